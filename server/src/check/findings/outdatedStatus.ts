/**
 * outdated-status (error): the writer presents as current a status that had ended by the draft's
 * date ("Russia still lists the Taliban as a terrorist organization" in a draft dated 2026).
 * Statements about the past ("Moscow had blacklisted the group back in 2003") are not.
 */
import type { Rule } from './types';
import { asserted } from './types';
import { citation, claimText } from './cite';

export const OUTDATED_STATUS: Rule = {
  code: 'outdated-status',
  name: 'StatusNoLongerHolds',
  severity: 'error',
  summary: 'The draft presents as current a status that had ended by its date.',
  verdict: '✗ Out of date',
  tally: 'outdated',
  fixes: ['suppress'],
  detect(ctx) {
    return ctx.claims
      .filter((c) => c.kind === 'status' && c.verdict === 'outdated' && asserted(c))
      .map((c) => ({ kind: OUTDATED_STATUS, message: `${claimText(c.fact)} (${citation(c.fact, ctx.base)}); it had ended by the draft's date, ${ctx.asOf.label}.`, start: c.start, end: c.end, fact: c.fact }));
  },
};
