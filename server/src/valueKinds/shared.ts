/**
 * What every value kind's recogniser shares: the writer's approximation words, and lower- and
 * capitalised forms of words inside case-sensitive patterns.
 */
import type { Approximation } from '../values/quantity';

export interface MentionBase {
  /** Offsets into the text that was searched. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A recogniser rule: a pattern and how a match becomes a mention. */
export interface Rule<M> {
  readonly pattern: RegExp;
  readonly make: (m: RegExpExecArray) => M | undefined;
  /**
   * Words every match holds, for a pattern that opens with optional words ("about", "since"):
   * such a pattern is tried at every character, and a text without these words skips it. On the
   * claim-dense benchmark those patterns were about 5% of checking time before the gate.
   */
  readonly needs?: RegExp;
}

/** Runs rules over a text; overlaps are resolved by the registry. */
export function runRules<M>(rules: readonly Rule<M>[], text: string): M[] {
  const found: M[] = [];
  for (const rule of rules) {
    if (rule.needs && !rule.needs.test(text)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m !== null; m = rule.pattern.exec(text)) {
      const mention = rule.make(m);
      if (mention) found.push(mention);
      if (m[0].length === 0) rule.pattern.lastIndex++;
    }
  }
  return found;
}

/** "and a half" after a number or a unit: "two and a half years", "a decade and a half". */
export const AND_A_HALF_SOURCE = '\\s+and\\s+a\\s+half\\b';
const AND_A_HALF = new RegExp(AND_A_HALF_SOURCE, 'i');

/** Half a unit more when the words say "and a half". */
export function plusHalf(value: number, words: string): number {
  return AND_A_HALF.test(words) ? value + 0.5 : value;
}

/** What time units a duration or a relative time needs: "years", "a decade", "centuries". */
export const TIME_UNIT_NEEDED = /day|week|month|year|yr|decade|centur/i;

/** Lower-case and capitalised forms: date patterns stay case-sensitive so "may" is not May. */
export function eitherCase(words: readonly string[]): string {
  return words.flatMap((w) => [w, w[0]?.toUpperCase() + w.slice(1)]).join('|');
}

/**
 * Approximation words before a figure, longest first, each with what it means. "Nearly" and
 * "almost" admit a little less than the figure only; "around" admits 10% either way.
 */
export const APPROXIMATION_WORDS: Readonly<Record<string, Approximation>> = {
  around: 'around', about: 'around', approximately: 'around', 'approx.': 'around', roughly: 'around', some: 'around',
  nearly: 'nearly', almost: 'nearly', 'close to': 'nearly', 'just under': 'nearly', 'not quite': 'nearly',
  'an estimated': 'around', 'estimated at': 'around', 'something like': 'around', 'in the region of': 'around', 'on the order of': 'around', 'or so': 'around', '~': 'around', 'circa': 'around', 'c.': 'around',
  'more than': 'more-than', over: 'more-than', 'upwards of': 'more-than', 'in excess of': 'more-than', above: 'more-than', 'well over': 'more-than', 'just over': 'more-than',
  'at least': 'at-least', 'no fewer than': 'at-least', 'no less than': 'at-least',
  'less than': 'less-than', under: 'less-than', below: 'less-than', 'fewer than': 'less-than',
  'up to': 'at-most', 'at most': 'at-most', 'no more than': 'at-most',
};

const APPROXIMATION_KEYS = Object.keys(APPROXIMATION_WORDS).sort((a, b) => b.length - a.length).map((w) => w.replace(/[.~]/g, (c) => `\\${c}`));
export const APPROXIMATION_SOURCE = `(?:(?<![A-Za-z])(${APPROXIMATION_KEYS.join('|')})\\s*)?`;

export function approximationOf(word: string | undefined): Approximation {
  return word === undefined ? 'exact' : (APPROXIMATION_WORDS[word.toLowerCase()] ?? 'around');
}
