/**
 * contradiction (error): a value in the draft differs from the fact base's value for the same
 * thing, beyond what the fact's precision and approximation allow; or the draft asserts a status
 * the fact base says was not granted ("Russia has recognized the Taliban").
 */
import { statusClaims } from '../statusWording';
import type { FindingKind, SentenceContext, SentenceFinding } from './types';
import { citation, claimText } from './cite';
import { valueInWords } from './valueWords';

export const CONTRADICTION: FindingKind = {
  code: 'contradiction',
  name: 'ContradictsFactBase',
  severity: 'error',
  summary: 'A value in the draft differs from the fact base.',
};

export function contradictions(ctx: SentenceContext): SentenceFinding[] {
  const denied = statusClaims(ctx.analysis, ctx.inPlay, ctx.index)
    .filter((claim) => !claim.fact.value.held)
    .map((claim) => ({
      kind: CONTRADICTION,
      message: `${claimText(claim.fact)} (${citation(claim.fact, ctx.base)}); the draft says otherwise.`,
      start: claim.start,
      end: claim.end,
      fact: claim.fact,
    }));
  return [...denied, ...valueContradictions(ctx)];
}

function valueContradictions(ctx: SentenceContext): SentenceFinding[] {
  return ctx.links
    .filter((link) => !link.agrees)
    .map((link) => {
      const v = link.fact.value;
      // For a status, the value a date claim speaks of is its start, or its end after "until".
      const boundary = v.type === 'status' && link.mention.kind === 'date' ? (link.mention.qualifier === 'until' ? v.until : v.from)?.label : undefined;
      const expected = valueInWords(link.fact) ?? boundary;
      return {
        kind: CONTRADICTION,
        message: `${claimText(link.fact)} (${citation(link.fact, ctx.base)}), not ${link.mention.text}.`,
        start: link.mention.start,
        end: link.mention.end,
        fact: link.fact,
        ...(expected !== undefined && { expected }),
      };
    });
}
