/**
 * The registry of finding kinds: every rule, in the order they run, and every kind a finding may
 * have (the rules plus internal-error), for listings, SARIF rules, hovers, the tally and the docs
 * test.
 */
import { BEYOND_FACT_BASE } from './beyondFactBase';
import { CONTRADICTION } from './contradiction';
import { DIFFERENT_ESTIMATE } from './differentEstimate';
import { INTERNAL_ERROR } from './internalError';
import { MISATTRIBUTION } from './misattribution';
import { OUTDATED_STATUS } from './outdatedStatus';
import { REPORTED_CONTRADICTION } from './reportedContradiction';
import type { FindingKind, Rule } from './types';
import { UNSOURCED_FIGURE } from './unsourcedFigure';

export const RULES: readonly Rule[] = [CONTRADICTION, OUTDATED_STATUS, MISATTRIBUTION, REPORTED_CONTRADICTION, DIFFERENT_ESTIMATE, BEYOND_FACT_BASE, UNSOURCED_FIGURE];

export const FINDING_KINDS: readonly FindingKind[] = [...RULES, INTERNAL_ERROR];

const BY_CODE = new Map(FINDING_KINDS.map((k) => [k.code, k]));

/** The kind of a finding code, if factlint has one. */
export function findingKind(code: string): FindingKind | undefined {
  return BY_CODE.get(code);
}
