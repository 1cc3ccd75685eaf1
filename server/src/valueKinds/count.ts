/**
 * Counts of things ("one American hostage", "two hostages", "more than 330 people"), recognised
 * on tokens so the counted noun is known: a count is only ever compared with a fact that counts
 * the same noun.
 */
import type { Token } from '../nlp/tokens';
import { approximationInterval, approximationWords, intervalsOverlap } from '../values/quantity';
import type { Approximation, Interval } from '../values/quantity';
import { numberValue } from './numbers';
import { APPROXIMATION_WORDS } from './shared';
import type { ValueKind } from './index';
import type { MentionBase } from './shared';

export interface CountMention extends MentionBase {
  readonly kind: 'count';
  readonly value: number;
  /** The counted noun's lemma ("hostage"). */
  readonly unit: string;
  readonly approximation: Approximation;
  readonly interval: Interval;
}

/** Words between a number and its noun: adjectives, nationalities, compounds ("two American hostages"). */
const MODIFIER_POS = new Set(['ADJ', 'PROPN', 'NOUN', 'VERB']);

const TIME_UNIT_WORD = /^(?:day|week|month|year|decade|century|centuries)s?$/;

/** Determiners that count one: "an American hostage", "a single hostage". */
const ONE_WORDS = new Set(['a', 'an', 'one', 'single', 'lone', 'sole']);

export function recognizeCounts(text: string, tokens: readonly Token[]): CountMention[] {
  const found: CountMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const isNumber = t.pos === 'NUM' && !/^\d{4}$/.test(t.text);
    const isOne = ONE_WORDS.has(t.norm) && (t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'ADJ');
    if (!isNumber && !isOne) continue;
    const value = isOne ? 1 : numberValue(t.text.replace(/,/g, ''));
    if (value === undefined || (isNumber && /[.]/.test(t.text))) continue;
    // "three decades American troops were fighting": a number of time units is a duration.
    if (TIME_UNIT_WORD.test(tokens[i + 1]?.norm ?? '')) continue;
    // The noun: up to two modifiers, then a plural or singular noun.
    let j = i + 1;
    while (j < tokens.length && j <= i + 3 && MODIFIER_POS.has(tokens[j]?.pos ?? '') && tokens[j + 1] && MODIFIER_POS.has(tokens[j + 1]?.pos ?? '') && tokens[j]?.pos !== 'VERB') j++;
    const noun = tokens[j];
    if (!noun || noun.pos !== 'NOUN') continue;
    let start = t.start;
    let approximation: Approximation = 'exact';
    const before = text.slice(Math.max(0, t.start - 20), t.start).toLowerCase();
    const prior = tokens[i - 1];
    // "handed over two hostages": the verb's particle, not "more than".
    const particle = prior !== undefined && prior.pos === 'ADP' && tokens[i - 2]?.pos === 'VERB';
    for (const [word, a] of Object.entries(APPROXIMATION_WORDS)) {
      if (!particle && before.endsWith(`${word} `)) {
        approximation = a;
        start = t.start - word.length - 1;
        break;
      }
    }
    found.push({ kind: 'count', start, end: noun.end, text: text.slice(start, noun.end), value, unit: noun.lemma, approximation, interval: approximationInterval(value, approximation) });
  }
  return found;
}

/** "hostages" and "hostage" count the same thing. */
function singular(noun: string): string {
  return noun.toLowerCase().replace(/(?<=[^s])s$/, '');
}

export const COUNT_KIND: ValueKind<CountMention> = {
  kinds: ['count'],
  recognize: (text, tokens) => (tokens ? recognizeCounts(text, tokens) : []),
  roles: () => ['count'],
  compare(mention, fact) {
    const v = fact.value;
    return v.type === 'count' && singular(v.unit) === singular(mention.unit) ? intervalsOverlap(mention.interval, v.interval) : undefined;
  },
  format(fact) {
    const v = fact.value;
    if (v.type !== 'count') return undefined;
    const n = v.value === 1 ? 'one' : String(v.value);
    return `${approximationWords(v.approximation)}${n} ${v.value === 1 ? singular(v.unit) : `${singular(v.unit)}s`}`;
  },
};
