/**
 * supported (info): a claim that agrees with the fact base. Not a problem; recorded so the editor
 * can show the fact and its source on hover.
 */
import type { FindingKind, SentenceContext, SentenceFinding } from './types';
import { citation, claimText } from './cite';

export const SUPPORTED: FindingKind = {
  code: 'supported',
  name: 'SupportedByFactBase',
  severity: 'info',
  summary: 'A claim agrees with the fact base.',
};

export function supported(ctx: SentenceContext): SentenceFinding[] {
  return ctx.links
    .filter((link) => link.agrees)
    .map((link) => ({
      kind: SUPPORTED,
      message: `Supported: ${claimText(link.fact)} (${citation(link.fact, ctx.base)}).`,
      start: link.mention.start,
      end: link.mention.end,
      fact: link.fact,
    }));
}
