/**
 * misattribution (error): the draft names the wrong actor for an event or a publication ("the
 * Crocus City Hall attack, carried out by Ukraine"; "the Taliban's flagship Voice of Khorasan").
 *
 * An actor is named as the one who did it when it follows "by", or follows "of" right after one
 * of the fact's cues ("the flagship magazine of al-Qaeda"), or is followed within a few words by
 * one of the cues, or owns it ("the Taliban's flagship magazine"). Factlint reports
 * only when none of the fact's actors is named in the sentence, so "Russia blamed Ukraine, though
 * ISK carried it out" is not a misattribution.
 */
import type { Entity } from '../../factbase/model';
import type { PhraseMatch } from '../phraseIndex';
import type { FindingKind, SentenceContext, SentenceFinding } from './types';
import { citation, claimText } from './cite';

export const MISATTRIBUTION: FindingKind = {
  code: 'misattribution',
  name: 'WrongActorNamed',
  severity: 'error',
  summary: 'The draft names the wrong actor for an event, role or publication.',
};

const ACTOR_TYPES = new Set(['person', 'organization', 'state', 'institution', 'group']);
const AGENT_WINDOW = 3;

export function misattributions(ctx: SentenceContext): SentenceFinding[] {
  const findings: SentenceFinding[] = [];
  const { analysis } = ctx;
  for (const fact of ctx.inPlay) {
    if (fact.value.type !== 'attribution') continue;
    const actors = new Set(fact.value.actors);
    const named = analysis.entities.filter((e) => ACTOR_TYPES.has(e.value.type));
    if (named.some((e) => actors.has(e.value.id) || isPartOf(ctx, e.value, actors))) continue;
    const cueKeys = new Set(fact.cues.map((c) => c.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')));
    const wrong = named.find((e) => e.value.id !== fact.subject && !fact.about.includes(e.value.id) && isAgent(ctx, e, cueKeys));
    if (!wrong) continue;
    findings.push({
      kind: MISATTRIBUTION,
      message: `${claimText(fact)} (${citation(fact, ctx.base)}), not ${analysis.text.slice(wrong.start, wrong.end)}.`,
      start: wrong.start,
      end: wrong.end,
      fact,
    });
  }
  return findings;
}

function isAgent(ctx: SentenceContext, entity: PhraseMatch<Entity>, cueKeys: ReadonlySet<string>): boolean {
  const ws = ctx.analysis.words;
  const before = ws.slice(Math.max(0, entity.firstWord - 2), entity.firstWord).map((w) => w.norm);
  if (before.includes('by')) return true;
  // "the flagship magazine of al-Qaeda": "of" right after one of the fact's cues.
  const of = before.lastIndexOf('of');
  if (of >= 0) {
    const ofWord = entity.firstWord - before.length + of;
    if (ctx.analysis.cues.some((c) => cueKeys.has(c.value) && c.endWord <= ofWord && c.endWord >= ofWord - 1)) return true;
  }
  const after = ws.slice(entity.endWord, entity.endWord + AGENT_WINDOW + 1);
  const possessive = after[0]?.norm === 's';
  return ctx.analysis.cues.some((c) => cueKeys.has(c.value) && c.firstWord >= entity.endWord && c.firstWord <= entity.endWord + AGENT_WINDOW + (possessive ? 1 : 0));
}

function isPartOf(ctx: SentenceContext, entity: Entity, actors: ReadonlySet<string>): boolean {
  for (let e: Entity | undefined = entity, depth = 0; e?.partOf !== undefined && depth < 8; depth++) {
    if (actors.has(e.partOf)) return true;
    e = ctx.entityById(e.partOf);
  }
  return false;
}

