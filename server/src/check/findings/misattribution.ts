/**
 * misattribution (error): the draft names the wrong actor for an event, a publication or a role
 * ("the Crocus City Hall attack, carried out by Ukraine"; "the Taliban's flagship Voice of
 * Khorasan"; "Sergei Lavrov, the Kremlin's special envoy for Afghanistan").
 *
 * An actor is named as the one who did it when it follows "by", or follows "of" right after one
 * of the fact's cues ("the flagship magazine of al-Qaeda"), or is followed within a few words by
 * one of the cues, or owns it ("the Taliban's flagship magazine"). Factlint reports
 * only when none of the fact's actors is named in the sentence, so "Russia blamed Ukraine, though
 * ISK carried it out" is not a misattribution.
 */
import type { Entity, Fact, RoleFactValue } from '../../factbase/model';
import { normalizeName } from '../../text/normalize';
import { isOrIsPartOf } from '../claims';
import { cueKey } from '../factIndex';
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
  return [...actorMisattributions(ctx), ...roleMisattributions(ctx)];
}

function actorMisattributions(ctx: SentenceContext): SentenceFinding[] {
  const findings: SentenceFinding[] = [];
  const { analysis } = ctx;
  for (const fact of ctx.inPlay) {
    if (fact.value.type !== 'attribution') continue;
    const actors = new Set(fact.value.actors);
    const named = analysis.entities.filter((e) => ACTOR_TYPES.has(e.value.type));
    if (named.some((e) => [...actors].some((id) => isOrIsPartOf(e.value, id, ctx.index)))) continue;
    const cueKeys = new Set(fact.cues.map(cueKey));
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

const NAME = "(?:[\\p{Lu}][\\p{L}'\u2019-]+\\s+){1,3}[\\p{Lu}][\\p{L}'\u2019-]+";
/** "Sergei Lavrov, the Kremlin's " right before the role. */
const NAME_BEFORE = new RegExp(`(${NAME}),\\s+(?:the\\s+|a\\s+)?(?:[\\p{L}'\u2019.]+\\s+){0,3}$`, 'u');
/** ", Sergei Lavrov" or " Sergei Lavrov" right after the role (and its "for Afghanistan"). */
const NAME_AFTER = new RegExp(`^(?:\\s+(?:for|to|on)\\s+[\\p{Lu}][\\p{L}]+)?\\s*,?\\s+(${NAME})`, 'u');

/**
 * A role given to someone other than its holder: the name in apposition to the role phrase, on
 * either side, is not the holder's. Only when the role's organization is named in the sentence
 * (the Kremlin, or Russia that it is part of), so "U.S. special envoy Zalmay Khalilzad" is left
 * alone, and never when the holder is named anywhere in the sentence.
 */
function roleMisattributions(ctx: SentenceContext): SentenceFinding[] {
  const { analysis } = ctx;
  const findings: SentenceFinding[] = [];
  const seen = new Set<string>();
  for (const entity of analysis.entities) {
    for (const cue of analysis.cues) {
      for (const fact of ctx.index.facts(entity.value.id, cue.value)) {
        if (fact.value.type !== 'role' || seen.has(fact.id)) continue;
        seen.add(fact.id);
        const role: RoleFactValue = fact.value;
        if (analysis.entities.some((e) => e.value.id === fact.subject)) continue;
        const organization = role.organization;
        if (organization !== undefined && !analysis.entities.some((e) => ctx.entityById(organization) !== undefined && isOrIsPartOf(ctx.entityById(organization) as Entity, e.value.id, ctx.index))) continue;
        const wrong = nameBeside(ctx, fact, cue);
        if (!wrong) continue;
        findings.push({
          kind: MISATTRIBUTION,
          message: `${claimText(fact)} (${citation(fact, ctx.base)}), not ${wrong.name}.`,
          start: wrong.start,
          end: wrong.end,
          fact,
        });
      }
    }
  }
  return findings;
}

function nameBeside(ctx: SentenceContext, fact: Fact, cue: { start: number; end: number }): { name: string; start: number; end: number } | undefined {
  const text = ctx.analysis.text;
  const holder = ctx.entityById(fact.subject);
  const holderNames = new Set([holder?.name ?? '', ...(holder?.aliases ?? [])].map(normalizeName));
  const candidates: { name: string; start: number }[] = [];
  const before = NAME_BEFORE.exec(text.slice(0, cue.start));
  if (before?.[1]) candidates.push({ name: before[1], start: before.index });
  const after = NAME_AFTER.exec(text.slice(cue.end));
  if (after?.[1]) candidates.push({ name: after[1], start: cue.end + after[0].length - after[1].length });
  for (const c of candidates) {
    if (holderNames.has(normalizeName(c.name))) return undefined;
    // A name that is a known entity other than a person (a state, a group) is not a holder.
    const known = ctx.analysis.entities.find((e) => e.start >= c.start && e.end <= c.start + c.name.length);
    if (known && known.value.type !== 'person') continue;
    return { name: c.name, start: c.start, end: c.start + c.name.length };
  }
  return undefined;
}
