/**
 * unsourced-figure (warning): a figure or date tied to a known entity that no fact covers and no
 * link or footnote in the sentence supports. It asks for a citation, not a correction.
 *
 * To stay quiet on prose that merely mentions a known entity ("the United States ... 30 years"),
 * it speaks only where the sentence is on the fact base's topic, that is, where a fact is in play;
 * a money amount also counts when the fact base has facts about the entity it is tied to. "A
 * year" and "a day" are not figures.
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
    if (mention.kind === 'duration' && /^an?\b/i.test(mention.text)) continue;
    const onTopic = ctx.inPlay.length > 0 || (mention.kind === 'money' && ctx.index.factsAbout(entity.value.id).length > 0);
    if (!onTopic) continue;
    findings.push({
      kind: UNSOURCED_FIGURE,
      message: `No fact covers ${mention.text} about ${entity.value.name}, and nothing in the sentence cites a source for it.`,
      start: mention.start,
      end: mention.end,
    });
  }
  return findings;
}
