/**
 * internal-error (error): a check failed on this draft. Reported once per draft, so one bad input
 * never costs the other checks or the other drafts.
 */
import type { FindingKind } from './types';

export const INTERNAL_ERROR: FindingKind = {
  code: 'internal-error',
  name: 'CheckFailed',
  severity: 'error',
  summary: 'A check failed on this draft; the other checks still ran.',
  verdict: '✗ factlint failed on this draft',
  tally: 'other',
  fixes: [],
};
