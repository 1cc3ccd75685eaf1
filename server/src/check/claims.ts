/**
 * Ties the values in a sentence to the facts they speak to.
 *
 * A fact is in play in a sentence when its subject is named there and one of its cue words
 * occurs: naming the subject is what keeps "the 2002 Moscow theatre siege" away from the fact
 * about the Crocus City Hall attack. Values then go to facts in play by clause first and distance
 * second ("Russia, which annexed Crimea in 2014, accredited a Taliban diplomat in 2022" gives 2014
 * to the annexation and 2022 to the accreditation). A date qualified by "since", "until", "by",
 * "before" or "after" goes only to a fact cued by that word or to a status, whose interval it
 * describes. When a value that disagrees with its best fact agrees with another fact that is just
 * as plausible, factlint cannot tell which one the writer meant, and says nothing.
 */
import type { Entity, Fact } from '../factbase/model';

/** Whether an entity is the given one or part of it (the Russian Supreme Court is part of Russia). */
export function isOrIsPartOf(entity: Entity, id: string, index: FactIndex): boolean {
  let e: Entity | undefined = entity;
  for (let depth = 0; e && depth < 8; depth++) {
    if (e.id === id) return true;
    e = e.partOf === undefined ? undefined : index.base.entities.get(e.partOf);
  }
  return false;
}
import { qualifiedDate, recognizeValues } from '../recognize/values';
import type { ValueMention } from '../recognize/values';
import { datesCompatible } from '../values/date';
import { intervalsOverlap } from '../values/quantity';
import { cueKey } from './factIndex';
import type { FactIndex } from './factIndex';
import { words } from './phraseIndex';
import type { PhraseMatch, Word } from './phraseIndex';

export interface SentenceAnalysis {
  /** The sentence's text; every offset below is into it. */
  readonly text: string;
  readonly words: readonly Word[];
  readonly entities: readonly PhraseMatch<Entity>[];
  /** Every entity named, including names inside longer names ("Afghanistan" in "Russian Business Centre in Afghanistan"). */
  readonly namedAnywhere: ReadonlySet<string>;
  readonly cues: readonly PhraseMatch<string>[];
  readonly values: readonly ValueMention[];
  /** Offsets where clauses end (commas, semicolons, colons, dashes, parentheses). */
  readonly clauseBreaks: readonly number[];
}

export function analyseSentence(text: string, index: FactIndex): SentenceAnalysis {
  const ws = words(text);
  const clauseBreaks: number[] = [];
  for (const m of text.matchAll(/[,;:()\u2013\u2014]|\s-\s|\|/g)) clauseBreaks.push(m.index ?? 0);
  return {
    text,
    words: ws,
    entities: index.names.find(ws, false, text),
    namedAnywhere: new Set(index.names.find(ws, true).map((m) => m.value.id)),
    cues: index.cues.find(ws, true),
    values: recognizeValues(text),
    clauseBreaks,
  };
}

export function clauseOf(analysis: SentenceAnalysis, offset: number): number {
  let clause = 0;
  for (const b of analysis.clauseBreaks) {
    if (b < offset) clause++;
    else break;
  }
  return clause;
}

/**
 * Facts in play: a cue occurs, and the subject is named. A date or figure about an event may also
 * be in play when the event is paraphrased rather than named ("Russia opened covert channels to
 * the Taliban by 2010"): then at least two of its participants (`about`) must be named. One
 * participant is never enough: "Moscow" alone must not bring in the Crocus City Hall attack.
 */
export function factsInPlay(analysis: SentenceAnalysis, index: FactIndex): Fact[] {
  const named = new Set(analysis.entities.map((e) => e.value.id));
  const found = new Map<string, Fact>();
  for (const entity of analysis.entities) {
    for (const cue of analysis.cues) {
      for (const fact of index.facts(entity.value.id, cue.value)) {
        if (named.has(fact.subject) || paraphrasedEvent(fact, analysis.namedAnywhere, index)) found.set(fact.id, fact);
      }
    }
  }
  return [...found.values()];
}

const VALUE_TYPES = new Set(['date', 'money', 'count', 'duration']);

function paraphrasedEvent(fact: Fact, named: ReadonlySet<string>, index: FactIndex): boolean {
  if (!VALUE_TYPES.has(fact.value.type) || index.base.entities.get(fact.subject)?.type !== 'event') return false;
  return fact.about.filter((id) => named.has(id)).length >= 2;
}

/** Where a fact's evidence sits in the sentence: its subject's names and its cues. */
function evidence(analysis: SentenceAnalysis, fact: Fact): { start: number; end: number }[] {
  const cueKeys = new Set(fact.cues.map(cueKey));
  return [
    ...analysis.entities.filter((e) => e.value.id === fact.subject),
    ...analysis.cues.filter((c) => cueKeys.has(c.value)),
  ];
}

const QUALIFIER_CUES: Readonly<Record<string, readonly string[]>> = {
  since: ['since'],
  until: ['until', 'till'],
  by: ['by'],
  before: ['before'],
  after: ['after'],
};

/**
 * Whether a value of this kind can be a claim about this fact at all. A status takes only a date
 * that speaks of its interval: "since" its start, "until" its end, or a span when the status has
 * both ends ("The Taliban first ruled from 1996 to 2001" says nothing of a status held since 2021).
 */
function comparable(fact: Fact, mention: ValueMention, analysis: SentenceAnalysis, index: FactIndex): boolean {
  const v = fact.value;
  if (mention.kind === 'date') {
    if (v.type === 'status') {
      if (v.by !== undefined && !analysis.entities.some((e) => isOrIsPartOf(e.value, v.by ?? '', index))) return false;
      if (mention.qualifier === 'since') return v.from !== undefined;
      if (mention.qualifier === 'until') return v.until !== undefined;
      return mention.qualifier === undefined && mention.date.kind === 'range' && mention.date.precision === 'span' && v.from !== undefined && v.until !== undefined;
    }
    if (v.type !== 'date') return false;
    if (mention.qualifier === undefined) return true;
    const words = QUALIFIER_CUES[mention.qualifier] ?? [];
    return fact.cues.some((c) => words.includes(c.toLowerCase())) || v.date.kind === 'range' && (!Number.isFinite(v.date.start) || !Number.isFinite(v.date.end));
  }
  if (mention.kind === 'money') return v.type === 'money' && v.currency === mention.currency;
  return v.type === 'duration';
}

/** Whether the claimed value can be true of the fact. */
export function agrees(fact: Fact, mention: ValueMention): boolean {
  const v = fact.value;
  switch (mention.kind) {
    case 'date': {
      // "since 2003" and "until 2025" name a boundary: the date itself is the claim. "by",
      // "before" and "after" widen it into a range.
      const claimed = mention.qualifier === 'since' || mention.qualifier === 'until' ? mention.date : qualifiedDate(mention);
      if (v.type === 'date') {
        // "by 2010" against "by 2014": both are open ranges that overlap, but the writer dates
        // the start differently, so the bounds themselves are compared.
        if (claimed.kind === 'range' && claimed.bound && v.date.kind === 'range' && v.date.bound && claimed.bound.direction === v.date.bound.direction) {
          return datesCompatible(claimed.bound.date, v.date.bound.date);
        }
        return datesCompatible(claimed, v.date);
      }
      if (v.type === 'status') {
        if (mention.qualifier === undefined && claimed.kind === 'range' && v.from && v.until) {
          // A span claimed for a status: its start within the status's start, its end within its end.
          return claimed.start >= v.from.start && claimed.start <= v.from.end && claimed.end >= v.until.start && claimed.end <= v.until.end;
        }
        const target = mention.qualifier === 'until' ? v.until : v.from;
        return target === undefined || datesCompatible(claimed, target);
      }
      return true;
    }
    case 'money':
      return v.type !== 'money' || intervalsOverlap(mention.interval, v.interval);
    case 'duration':
      return v.type !== 'duration' || intervalsOverlap(mention.interval, v.interval);
  }
}

export interface Link {
  readonly fact: Fact;
  readonly mention: ValueMention;
  readonly agrees: boolean;
}

/** Pairs value mentions with facts in play; see the module comment for the rules. */
export function linkValues(analysis: SentenceAnalysis, facts: readonly Fact[], index: FactIndex): Link[] {
  interface Pair { fact: Fact; mention: ValueMention; score: number }
  const pairs: Pair[] = [];
  for (const fact of facts) {
    const spans = evidence(analysis, fact);
    if (spans.length === 0) continue;
    for (const mention of analysis.values) {
      if (!comparable(fact, mention, analysis, index)) continue;
      const mentionClause = clauseOf(analysis, mention.start);
      let best = Infinity;
      for (const span of spans) {
        const clauses = Math.abs(clauseOf(analysis, span.start) - mentionClause);
        const distance = mention.start >= span.end ? mention.start - span.end : span.start - mention.end + 10;
        best = Math.min(best, clauses * 1000 + Math.max(0, distance));
      }
      pairs.push({ fact, mention, score: best });
    }
  }
  pairs.sort((a, b) => a.score - b.score);
  const usedFacts = new Set<string>();
  const usedMentions = new Set<ValueMention>();
  const links: Link[] = [];
  for (const pair of pairs) {
    if (usedFacts.has(pair.fact.id) || usedMentions.has(pair.mention)) continue;
    usedFacts.add(pair.fact.id);
    usedMentions.add(pair.mention);
    let ok = agrees(pair.fact, pair.mention);
    if (!ok) {
      // Cannot tell: another fact in the same clause tier would take this value and agree.
      const tier = Math.floor(pair.score / 1000);
      ok = pairs.some((other) => other.mention === pair.mention && other.fact.id !== pair.fact.id && Math.floor(other.score / 1000) === tier && agrees(other.fact, other.mention));
      if (ok) continue;
    }
    links.push({ fact: pair.fact, mention: pair.mention, agrees: ok });
  }
  return links;
}
