/**
 * contradiction (error): the writer asserts a date, figure, count, duration or status that the
 * fact base contradicts, about an event or relation the sentence surely speaks of.
 */
import { valueInWords } from '../../valueKinds';
import type { Rule } from './types';
import { asserted } from './types';
import { citation, claimText } from './cite';

export const CONTRADICTION: Rule = {
  code: 'contradiction',
  name: 'ContradictsFactBase',
  severity: 'error',
  summary: 'A value in the draft differs from the fact base.',
  verdict: '✗ Contradicts the fact base',
  tally: 'contradicted',
  fixes: ['replace-value', 'suppress'],
  detect(ctx) {
    return ctx.claims
      .filter((c) => c.verdict === 'differs' && (c.kind === 'value' || c.kind === 'status') && asserted(c) && c.estimateBy === undefined)
      .map((c) => {
        if (c.kind === 'status' || !c.mention) {
          return { kind: CONTRADICTION, message: `${claimText(c.fact)} (${citation(c.fact, ctx.base)}); the draft says otherwise.`, start: c.start, end: c.end, fact: c.fact };
        }
        const v = c.fact.value;
        // For a status, the value a date claim speaks of is its start, or its end after "until".
        const boundary = v.type === 'status' && c.mention.kind === 'date' ? (c.mention.qualifier === 'until' ? v.until : v.from)?.label : undefined;
        const expected = valueInWords(c.fact) ?? boundary;
        return {
          kind: CONTRADICTION, message: `${claimText(c.fact)} (${citation(c.fact, ctx.base)}), not ${c.mention.text}.`, start: c.start, end: c.end, fact: c.fact,
          ...(expected !== undefined && { expected }),
        };
      });
  },
};
