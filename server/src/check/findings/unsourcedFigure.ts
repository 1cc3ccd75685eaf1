/**
 * unsourced-figure (warning): a figure (money or a length of time) tied to a known entity, or a
 * date in a sentence that speaks to facts of the base, that no fact covers and no link or
 * footnote in the sentence supports. It asks for a citation, not a correction.
 */
import type { FindingKind, SentenceContext, SentenceFinding } from './types';
import { clauseOf } from '../claims';

export const UNSOURCED_FIGURE: FindingKind = {
  code: 'unsourced-figure',
  name: 'FigureWithoutSource',
  severity: 'warning',
  summary: 'A figure or date about a known entity that no fact covers and no citation supports.',
};

export function unsourcedFigures(ctx: SentenceContext): SentenceFinding[] {
  if (ctx.cited) return [];
  const { analysis } = ctx;
  const linked = new Set(ctx.links.map((l) => l.mention));
  const findings: SentenceFinding[] = [];
  for (const mention of analysis.values) {
    if (linked.has(mention)) continue;
    const clause = clauseOf(analysis, mention.start);
    const entity = analysis.entities.find((e) => clauseOf(analysis, e.start) === clause);
    if (!entity) continue;
    if (mention.kind === 'date' && ctx.inPlay.length === 0) continue;
    findings.push({
      kind: UNSOURCED_FIGURE,
      message: `No fact covers ${mention.text} about ${entity.value.name}, and nothing in the sentence cites a source for it.`,
      start: mention.start,
      end: mention.end,
    });
  }
  return findings;
}
