/**
 * outdated-status (error): the draft presents as current a status that had ended by the draft's
 * date ("Russia still lists the Taliban as a terrorist organization" in a draft dated 2026).
 */
import { stateAt } from '../../factbase/timeline';
import { statusClaims } from '../statusWording';
import type { FindingKind, SentenceContext, SentenceFinding } from './types';
import { citation, claimText } from './cite';

export const OUTDATED_STATUS: FindingKind = {
  code: 'outdated-status',
  name: 'StatusNoLongerHolds',
  severity: 'error',
  summary: 'The draft presents as current a status that had ended by its date.',
};

export function outdatedStatuses(ctx: SentenceContext): SentenceFinding[] {
  const findings: SentenceFinding[] = [];
  for (const claim of statusClaims(ctx.analysis, ctx.inPlay, ctx.index)) {
    if (!claim.fact.value.held || !claim.presentsAsCurrent) continue;
    const state = stateAt(claim.fact.value, ctx.asOf);
    if (state.state !== 'not-held' || state.reason !== 'ended') continue;
    findings.push({
      kind: OUTDATED_STATUS,
      message: `${claimText(claim.fact)} (${citation(claim.fact, ctx.base)}); it had ended by the draft's date, ${ctx.asOf.label}.`,
      start: claim.start,
      end: claim.end,
      fact: claim.fact,
    });
  }
  return findings;
}
