/**
 * Money amounts as writers write them ("$3 trillion", "US$3tn", "3 trillion dollars", "three
 * trillion dollars", "$3,000 billion", "EUR 40 million", "€40m"), each with the writer's
 * approximation, compared with a fact's amount as intervals of plausible true values.
 */
import { approximationInterval, formatMoney, intervalsOverlap, MAGNITUDES } from '../values/quantity';
import type { Approximation, Interval, Magnitude } from '../values/quantity';
import { NUMBER_SOURCE, numberValue } from './numbers';
import { APPROXIMATION_SOURCE, approximationOf, runRules } from './shared';
import type { ValueKind } from './index';
import type { MentionBase, Rule } from './shared';

export interface MoneyMention extends MentionBase {
  readonly kind: 'money';
  readonly amount: number;
  readonly currency: string;
  readonly approximation: Approximation;
  readonly interval: Interval;
}

const MAGNITUDE_WORDS: Readonly<Record<string, Magnitude>> = {
  trillion: 'trillion', tn: 'trillion', tr: 'trillion', t: 'trillion',
  billion: 'billion', bn: 'billion', b: 'billion',
  million: 'million', mn: 'million', mln: 'million', m: 'million',
  thousand: 'thousand', k: 'thousand',
};
const MAGNITUDE_SOURCE = '(trillion|billion|million|thousand|tn|tr|bn|mn|mln|[tTbBmMkK])\\b';

function currencyOf(symbol: string): string | undefined {
  const s = symbol.replace(/\s/g, '').toUpperCase();
  if (s === '$' || s === 'US$' || s === 'U.S.$' || s === 'USD' || /^(US|U\.S\.)?DOLLARS?$/.test(s) || s === 'USDOLLARS') return 'USD';
  if (s === '€' || s === 'EUR' || s === 'EUROS' || s === 'EURO') return 'EUR';
  if (s === '£' || s === 'GBP' || s === 'POUNDS' || s === 'POUNDSSTERLING') return 'GBP';
  return undefined;
}

function moneyMention(m: RegExpExecArray, approxWord: string | undefined, numberText: string, magnitudeText: string | undefined, currencyText: string): MoneyMention | undefined {
  const n = numberValue(numberText);
  const currency = currencyOf(currencyText);
  if (n === undefined || currency === undefined) return undefined;
  const magnitude = magnitudeText === undefined ? undefined : MAGNITUDE_WORDS[magnitudeText.toLowerCase()];
  if (magnitudeText !== undefined && magnitude === undefined) return undefined;
  const amount = n * (magnitude ? MAGNITUDES[magnitude] : 1);
  const approximation = approximationOf(approxWord);
  return { kind: 'money', start: m.index, end: m.index + m[0].length, text: m[0], amount, currency, approximation, interval: approximationInterval(amount, approximation) };
}

/** "$1–3 trillion", "$1 trillion to $3 trillion", "between $1 and $3 trillion": the whole range is the claim. */
function rangeMention(m: RegExpExecArray, lowText: string, lowMagnitude: string | undefined, highText: string, magnitudeText: string | undefined, currencyText: string): MoneyMention | undefined {
  const low = numberValue(lowText);
  const high = numberValue(highText);
  const currency = currencyOf(currencyText);
  if (low === undefined || high === undefined || currency === undefined) return undefined;
  const highScale = magnitudeText === undefined ? 1 : MAGNITUDES[MAGNITUDE_WORDS[magnitudeText.toLowerCase()] ?? 'thousand'] ?? 1;
  const lowScale = lowMagnitude === undefined ? highScale : MAGNITUDES[MAGNITUDE_WORDS[lowMagnitude.toLowerCase()] ?? 'thousand'] ?? 1;
  const interval = { low: low * lowScale, high: high * highScale, lowOpen: false, highOpen: false };
  if (interval.high <= interval.low) return undefined;
  // "between $1 and $3 trillion"; without "between", "and" joins two sums.
  if (/\band\b/.test(m[0]) && !/\bbetween\s*$/i.test(m.input.slice(Math.max(0, m.index - 9), m.index))) return undefined;
  return { kind: 'money', start: m.index, end: m.index + m[0].length, text: m[0], amount: (interval.low + interval.high) / 2, currency, approximation: 'exact', interval };
}

const RULES: readonly Rule<MoneyMention>[] = [
  // $1-3 trillion, $1 trillion to $3 trillion, $1 to 3 trillion
  {
    pattern: new RegExp(`(US\\$|\\$|€|£)\\s?(${NUMBER_SOURCE})(?:\\s?${MAGNITUDE_SOURCE})?\\s?(?:-|–|—|to|and)\\s?(?:US\\$|\\$|€|£)?\\s?(${NUMBER_SOURCE})\\s?${MAGNITUDE_SOURCE}`, 'gi'),
    make: (m) => (/^\d/.test(m[2] ?? '') ? rangeMention(m, m[2] ?? '', m[3], m[4] ?? '', m[5], m[1] ?? '') : undefined),
  },
  // $3 trillion, US$3tn, €40m, USD 3 trillion
  {
    // (Not the first figure of a range: "estimated at $1-3 trillion" is the range's.)
    pattern: new RegExp(`${APPROXIMATION_SOURCE}(US\\$|U\\.S\\.\\s?\\$|\\$|€|£|\\bUSD|\\bEUR|\\bGBP)\\s?(${NUMBER_SOURCE})(?:\\s?${MAGNITUDE_SOURCE})?(?!\\d|\\s?(?:${MAGNITUDE_SOURCE})?\\s?(?:-|–|—|to\\s)\\s?(?:US\\$|\\$|€|£)?\\s?\\d)`, 'gi'),
    needs: /[$€£]|USD|EUR|GBP/i,
    // A currency code before a number word would read "entrepreneur a" as EUR 1: codes need figures.
    make: (m) => (/^[A-Z]/i.test(m[2] ?? '') && !/^\d/.test(m[3] ?? '') ? undefined : moneyMention(m, m[1], m[3] ?? '', m[4], m[2] ?? '')),
  },
  // 3 trillion dollars, three trillion US dollars, 40 million euros, a trillion dollars
  {
    pattern: new RegExp(`${APPROXIMATION_SOURCE}\\b(${NUMBER_SOURCE})\\s?(trillion|billion|million|thousand|tn|bn|mn)?\\s+(?:(?:of|in)\\s+)?((?:US |U\\.S\\. )?dollars|USD|euros?|EUR|pounds(?: sterling)?|GBP)\\b`, 'gi'),
    needs: /dollar|USD|euro|EUR|pound|GBP/i,
    make: (m) => moneyMention(m, m[1], m[2] ?? '', m[3], m[4] ?? ''),
  },
];

export function recognizeMoney(text: string): MoneyMention[] {
  return runRules(RULES, text);
}

export const MONEY_KIND: ValueKind<MoneyMention> = {
  kinds: ['money'],
  recognize: (text) => recognizeMoney(text),
  roles: () => ['amount'],
  compare(mention, fact) {
    const v = fact.value;
    return v.type === 'money' && v.currency === mention.currency ? intervalsOverlap(mention.interval, v.interval) : undefined;
  },
  format(fact) {
    const v = fact.value;
    return v.type === 'money' ? formatMoney(v.amount, v.magnitude, v.currency, v.approximation) : undefined;
  },
};
