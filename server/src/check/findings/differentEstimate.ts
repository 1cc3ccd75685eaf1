/**
 * different-estimate (warning): a figure the sentence attributes to another source ("a 2010 U.S.
 * survey put them at $1 trillion") differs from the fact base's. Estimates differ; the warning
 * names the fact base's figure and where it comes from, so the writer can say which is used.
 */
import { valueInWords } from '../../valueKinds';
import type { Rule } from './types';
import { citation } from './cite';

export const DIFFERENT_ESTIMATE: Rule = {
  code: 'different-estimate',
  name: 'DifferentEstimateCited',
  severity: 'warning',
  summary: "A figure attributed to another source differs from the fact base's figure.",
  verdict: '⚠ A different estimate',
  tally: 'other',
  fixes: ['suppress'],
  detect(ctx) {
    return ctx.claims
      .filter((c) => c.kind === 'value' && c.verdict === 'differs' && c.estimateBy !== undefined && c.sure && c.assertion.mood === 'assert' && !(c.assertion.reported?.rejected ?? false))
      .map((c) => ({
        kind: DIFFERENT_ESTIMATE,
        message: `The draft attributes ${c.mention?.text ?? 'a figure'} to ${c.estimateBy ?? 'another source'}; the fact base's figure is ${valueInWords(c.fact) ?? 'different'} (${citation(c.fact, ctx.base)}).`,
        start: c.start, end: c.end, fact: c.fact,
      }));
  },
};
