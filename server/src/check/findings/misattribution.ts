/**
 * misattribution (error): the writer names the wrong actor (perpetrator, government, court,
 * official, organisation, nationality, place, publisher) for an event, relation or role the
 * sentence surely speaks of ("the Crocus City Hall attack, carried out by Ukraine"; "Sergei
 * Lavrov, the Kremlin's special envoy for Afghanistan"; "a British hostage").
 */
import type { Rule } from './types';
import { asserted } from './types';
import { citation, claimText } from './cite';

export const MISATTRIBUTION: Rule = {
  code: 'misattribution',
  name: 'WrongActorNamed',
  severity: 'error',
  summary: 'The draft names the wrong actor for an event, role or publication.',
  verdict: '✗ Names the wrong actor',
  tally: 'misattributed',
  fixes: ['suppress'],
  detect(ctx) {
    return ctx.claims
      .filter((c) => c.kind === 'actor' && c.verdict === 'differs' && asserted(c) && c.actor)
      .map((c) => ({ kind: MISATTRIBUTION, message: `${claimText(c.fact)} (${citation(c.fact, ctx.base)}), not ${c.actor?.name ?? ''}.`, start: c.start, end: c.end, fact: c.fact }));
  },
};
