/**
 * unsourced-figure (warning): a check-worthy figure (an amount, a count, a duration) tied to an
 * event or relation the fact base knows, in a role no fact covers, that nothing in the sentence
 * cites ("the Crocus City Hall attack killed 145 people"). Dates and background history are left
 * alone; a figure a fact covers is compared instead.
 */
import type { Rule } from './types';

export const UNSOURCED_FIGURE: Rule = {
  code: 'unsourced-figure',
  name: 'FigureWithoutSource',
  severity: 'warning',
  summary: 'A figure about a known event or relation that no fact covers and no citation supports.',
  verdict: '⚠ Needs a source',
  tally: 'unsourced',
  fixes: ['cite-source', 'suppress'],
  detect(ctx) {
    if (ctx.cited) return [];
    return ctx.figures.map(({ mention, instance }) => ({
      kind: UNSOURCED_FIGURE,
      message: `No fact covers ${mention.text} about ${instance.event?.name ?? instance.facts[0]?.claim.replace(/\.$/, '') ?? 'this'}, and nothing in the sentence cites a source for it.`,
      start: mention.start,
      end: mention.end,
    }));
  },
};
