/**
 * beyond-fact-base (info): the claim is about a change after the fact base's knowledge horizon
 * (its source's `asOf`): a step taken later, or a state reported in a draft dated later. The fact
 * base cannot know; the hover says what it knew and as of when.
 */
import type { Rule } from './types';
import { citation, claimClause } from './cite';

export const BEYOND_FACT_BASE: Rule = {
  code: 'beyond-fact-base',
  name: 'BeyondKnowledgeHorizon',
  severity: 'info',
  summary: 'The claim is about a change after the date the fact base speaks as of.',
  verdict: 'ℹ After what the fact base knows',
  tally: 'other',
  fixes: [],
  detect(ctx) {
    return ctx.claims
      .filter((c) => c.verdict === 'beyond' && c.sure && c.assertion.mood === 'assert' && !c.assertion.modal && !(c.kind === 'status' && c.assertion.future) && !(c.kind === 'value' && c.assertion.negated))
      .map((c) => {
        const horizon = ctx.base.sources.get(c.fact.source.sourceId)?.asOf;
        return {
          kind: BEYOND_FACT_BASE,
          message: `The fact base speaks as of ${horizon?.label ?? 'its sources'}, when ${claimClause(c.fact)} (${citation(c.fact, ctx.base)}); it cannot judge a later change.`,
          start: c.start, end: c.end, fact: c.fact,
        };
      });
  },
};
