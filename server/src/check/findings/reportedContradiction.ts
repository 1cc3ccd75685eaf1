/**
 * reported-contradiction (warning): the draft reports someone else's claim, without rejecting
 * it, and the claim contradicts the fact base ("a Taliban spokesman said the listing had stood
 * since 1999"). The writer is not wrong; the reader may be misled.
 */
import type { Rule } from './types';
import { citation, claimClause } from './cite';

export const REPORTED_CONTRADICTION: Rule = {
  code: 'reported-contradiction',
  name: 'ReportsContradictedClaim',
  severity: 'warning',
  summary: "The draft reports someone's claim that the fact base contradicts, without rejecting it.",
  verdict: '⚠ Reports a claim the fact base contradicts',
  tally: 'other',
  fixes: ['suppress'],
  detect(ctx) {
    return ctx.claims
      .filter((c) => (c.verdict === 'differs' || c.verdict === 'outdated') && c.sure && c.assertion.reported !== undefined && !c.assertion.reported.rejected && c.estimateBy === undefined && c.assertion.mood === 'assert' && !c.assertion.modal && !(c.kind === 'status' && c.assertion.future))
      .map((c) => {
        const said = c.mention?.text ?? c.actor?.name ?? ctx.sentence.text.slice(c.start, c.end);
        const who = c.assertion.reported?.source ?? 'someone';
        return { kind: REPORTED_CONTRADICTION, message: `The draft reports ${who}'s claim ("${said}"); the fact base holds that ${claimClause(c.fact)} (${citation(c.fact, ctx.base)}).`, start: c.start, end: c.end, fact: c.fact };
      });
  },
};
