/**
 * Finds dates, money amounts and durations in a sentence, the way writers write them, and turns
 * each into the same typed values the fact base holds, so a claim and a fact compare directly.
 *
 * Dates: "15 August 2021", "Aug. 15, 2021", "March 2024", "Mar. 2024", "March of 2024", "2024-03",
 * "2024-03-15", "early March 2024", "mid-2024", "the late 1990s", "the mid-to-late 1990s",
 * "2003-2025", "from 2003 to 2025", "between 2003 and 2025", "in 2014", "by 2014", "in December".
 * Money: "$3 trillion", "US$3tn", "3 trillion dollars", "three trillion dollars", "$3,000 billion",
 * "EUR 40 million", "€40m". Durations: "two decades", "20 years", "a year", "two-decade".
 * Each may carry the writer's approximation ("around", "more than", "by", "since").
 */
import { MONTH_NAMES, parseDateSpec, span, withBound, withPart } from '../values/date';
import type { DatePart, DateRange, DateValue } from '../values/date';
import { approximationInterval, DURATION_DAYS, MAGNITUDES } from '../values/quantity';
import type { Approximation, DurationUnit, Interval, Magnitude } from '../values/quantity';
import { NUMBER_SOURCE, numberValue } from './numbers';

interface MentionBase {
  /** Offsets into the text that was searched. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** How a writer qualifies a date: "by 2014", "since 2003", "until 2025", "before", "after". */
export type DateQualifier = 'by' | 'since' | 'until' | 'before' | 'after';

export interface DateMention extends MentionBase {
  readonly kind: 'date';
  /** The date as stated, without its qualifier. */
  readonly date: DateValue;
  readonly qualifier?: DateQualifier;
}

export interface MoneyMention extends MentionBase {
  readonly kind: 'money';
  readonly amount: number;
  readonly currency: string;
  readonly approximation: Approximation;
  readonly interval: Interval;
}

export interface DurationMention extends MentionBase {
  readonly kind: 'duration';
  readonly value: number;
  readonly unit: DurationUnit;
  readonly approximation: Approximation;
  /** Plausible lengths in days. */
  readonly interval: Interval;
}

export type ValueMention = DateMention | MoneyMention | DurationMention;

const MONTH_SOURCE = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const PART_SOURCE = '(?:early|mid|late|earlier|later|early-to-mid|mid-to-late|early to mid|mid to late)';
const YEAR_SOURCE = '(?:1[0-9]{3}|20[0-9]{2})';
const DASH = '(?:-|\\u2010|\\u2011|\\u2012|\\u2013|\\u2014)';

function monthNumber(name: string): number | undefined {
  const key = name.replace('.', '').slice(0, 3).toLowerCase();
  const index = MONTH_NAMES.findIndex((m) => m.slice(0, 3).toLowerCase() === key);
  return index < 0 ? undefined : index + 1;
}

function normalizePart(part: string): DatePart {
  const p = part.toLowerCase().replace(/ /g, '-');
  if (p === 'earlier') return 'early';
  if (p === 'later') return 'late';
  return p as DatePart;
}

function range(spec: string): DateRange | undefined {
  const parsed = parseDateSpec(spec);
  return parsed.ok && parsed.value.kind === 'range' ? parsed.value : undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

interface Rule {
  readonly pattern: RegExp;
  readonly make: (m: RegExpExecArray) => ValueMention | undefined;
}

/** Lower-case and capitalised forms: date patterns stay case-sensitive so "may" is not May. */
function eitherCase(words: readonly string[]): string {
  return words.flatMap((w) => [w, w[0]?.toUpperCase() + w.slice(1)]).join('|');
}

const QUALIFIER_SOURCE = `(?:(${eitherCase(['by', 'since', 'until', 'till', 'before', 'after', 'from', 'in', 'on', 'during', 'of', 'circa', 'c\\.'])})\\s+)?`;

function qualifierOf(word: string | undefined): DateQualifier | undefined {
  switch (word?.toLowerCase()) {
    case 'by': return 'by';
    case 'since': return 'since';
    case 'until':
    case 'till': return 'until';
    case 'before': return 'before';
    case 'after': return 'after';
    default: return undefined;
  }
}

/**
 * A date mention. A qualifying word ("by", "since") belongs to the mention; a plain preposition
 * ("in", "of") does not, so the range covers the date alone.
 */
function dateMention(m: RegExpExecArray, date: DateValue | undefined, qualifierWord?: string): DateMention | undefined {
  if (!date) return undefined;
  const qualifier = qualifierOf(qualifierWord);
  const skip = qualifierWord !== undefined && qualifier === undefined ? (/^\S+\s+/.exec(m[0])?.[0].length ?? 0) : 0;
  const start = m.index + skip;
  const text = m[0].slice(skip);
  return qualifier
    ? { kind: 'date', start, end: m.index + m[0].length, text, date, qualifier }
    : { kind: 'date', start, end: m.index + m[0].length, text, date };
}

const APPROXIMATION_SOURCE = '(?:(around|about|approximately|approx\\.|roughly|some|nearly|almost|close to|an estimated|estimated at|more than|over|upwards of|in excess of|above|at least|less than|under|below|up to|at most|no more than|~)\\s*)?';

function approximationOf(word: string | undefined): Approximation {
  switch (word?.toLowerCase()) {
    case undefined: return 'exact';
    case 'more than':
    case 'over':
    case 'upwards of':
    case 'in excess of':
    case 'above': return 'more-than';
    case 'at least': return 'at-least';
    case 'less than':
    case 'under':
    case 'below': return 'less-than';
    case 'up to':
    case 'at most':
    case 'no more than': return 'at-most';
    default: return 'around';
  }
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

const RULES: readonly Rule[] = [
  // 15 August 2021, 15th of August, 2021
  {
    pattern: new RegExp(`\\b${QUALIFIER_SOURCE}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_SOURCE})(?![a-z]),?\\s+(${YEAR_SOURCE})\\b`, 'g'),
    make: (m) => {
      const month = monthNumber(m[3] ?? '');
      return month === undefined ? undefined : dateMention(m, range(`${m[4]}-${pad(month)}-${pad(Number(m[2]))}`), m[1]);
    },
  },
  // August 15, 2021; Aug. 15 2021
  {
    pattern: new RegExp(`\\b${QUALIFIER_SOURCE}(${MONTH_SOURCE})(?![a-z])\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(${YEAR_SOURCE})\\b`, 'g'),
    make: (m) => {
      const month = monthNumber(m[2] ?? '');
      return month === undefined ? undefined : dateMention(m, range(`${m[4]}-${pad(month)}-${pad(Number(m[3]))}`), m[1]);
    },
  },
  // 2024-03-15, 2024-03 (but not 2003-2025)
  {
    pattern: new RegExp(`\\b${QUALIFIER_SOURCE}(${YEAR_SOURCE})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12][0-9]|3[01]))?\\b(?!-?\\d)`, 'g'),
    make: (m) => dateMention(m, range(m[4] ? `${m[2]}-${m[3]}-${m[4]}` : `${m[2]}-${m[3]}`), m[1]),
  },
  // early March 2024, mid-March of 2024
  {
    pattern: new RegExp(`\\b${QUALIFIER_SOURCE}(${PART_SOURCE})[- ](${MONTH_SOURCE})(?![a-z])\\s+(?:of\\s+)?(${YEAR_SOURCE})\\b`, 'g'),
    make: (m) => {
      const month = monthNumber(m[3] ?? '');
      const base = month === undefined ? undefined : range(`${m[4]}-${pad(month)}`);
      return dateMention(m, base && withPart(base, normalizePart(m[2] ?? '')), m[1]);
    },
  },
  // March 2024, Mar. 2024, March of 2024
  {
    pattern: new RegExp(`\\b${QUALIFIER_SOURCE}(${MONTH_SOURCE})(?![a-z])\\s+(?:of\\s+)?(${YEAR_SOURCE})\\b`, 'g'),
    make: (m) => {
      const month = monthNumber(m[2] ?? '');
      return month === undefined ? undefined : dateMention(m, range(`${m[3]}-${pad(month)}`), m[1]);
    },
  },
  // from 2003 to 2025, between 2003 and 2025, 2003-2025, 2003–25
  {
    pattern: new RegExp(`\\b(?:(from|between)\\s+)?(${YEAR_SOURCE})\\s*(?:${DASH}|\\s(?:to|and|until|through|till)\\s)\\s*(${YEAR_SOURCE}|\\d{2})\\b(?!-)`, 'g'),
    make: (m) => {
      if (m[1]?.toLowerCase() === 'between' && !/\sand\s/.test(m[0])) return undefined;
      if (m[1]?.toLowerCase() === 'from' && /\sand\s/.test(m[0])) return undefined;
      const from = range(m[2] ?? '');
      const toText = (m[3] ?? '').length === 2 ? `${(m[2] ?? '').slice(0, 2)}${m[3]}` : (m[3] ?? '');
      const to = range(toText);
      if (!from || !to) return undefined;
      const s = span(from, to);
      return s.ok ? { kind: 'date', start: m.index, end: m.index + m[0].length, text: m[0], date: s.value } : undefined;
    },
  },
  // the mid-to-late 1990s, the 1990s, early 2000s
  {
    pattern: new RegExp(`\\b${QUALIFIER_SOURCE}(?:the\\s+)?(?:(${PART_SOURCE})[- ])?(\\d{3}0)s\\b`, 'g'),
    make: (m) => {
      const decade = range(`${m[3]}s`);
      return dateMention(m, decade && (m[2] ? withPart(decade, normalizePart(m[2])) : decade), m[1]);
    },
  },
  // early 2024, mid-2024, late 2024
  {
    pattern: new RegExp(`\\b${QUALIFIER_SOURCE}(${PART_SOURCE})[- ](${YEAR_SOURCE})\\b`, 'g'),
    make: (m) => {
      const year = range(m[3] ?? '');
      return dateMention(m, year && withPart(year, normalizePart(m[2] ?? '')), m[1]);
    },
  },
  // in 2014, by 2014, since 2003; a bare year that is not part of an amount or a count
  {
    pattern: new RegExp(`(?<![\\d$€£.,])\\b${QUALIFIER_SOURCE}(${YEAR_SOURCE})\\b(?![.,]?\\d|\\s*%|\\s+(?:people|persons|troops|soldiers|fighters|members|deaths|casualties|dead|km|kilometres|kilometers|miles|tons|tonnes|dollars|euros|pounds|metres|meters))`, 'g'),
    make: (m) => dateMention(m, range(m[2] ?? ''), m[1]),
  },
  // in December, since March (a month whose year is not stated)
  {
    pattern: new RegExp(`\\b(${eitherCase(['in', 'on', 'during', 'since', 'by', 'until', 'from', 'of', 'last', 'this', 'next', 'early', 'late', 'mid'])})[- ](${MONTH_SOURCE})(?![a-z])(?!\\.?\\s*(?:\\d|of\\s+\\d))`, 'g'),
    make: (m) => {
      const month = monthNumber(m[2] ?? '');
      if (month === undefined) return undefined;
      const parsed = parseDateSpec(`--${pad(month)}`);
      return parsed.ok ? dateMention(m, parsed.value, m[1]) : undefined;
    },
  },
  // $3 trillion, US$3tn, €40m, USD 3 trillion
  {
    pattern: new RegExp(`${APPROXIMATION_SOURCE}(US\\$|U\\.S\\.\\s?\\$|\\$|€|£|\\bUSD|\\bEUR|\\bGBP)\\s?(${NUMBER_SOURCE})(?:\\s?${MAGNITUDE_SOURCE})?`, 'gi'),
    // A currency code before a number word would read "entrepreneur a" as EUR 1: codes need figures.
    make: (m) => (/^[A-Z]/i.test(m[2] ?? '') && !/^\d/.test(m[3] ?? '') ? undefined : moneyMention(m, m[1], m[3] ?? '', m[4], m[2] ?? '')),
  },
  // 3 trillion dollars, three trillion US dollars, 40 million euros
  {
    pattern: new RegExp(`${APPROXIMATION_SOURCE}\\b(${NUMBER_SOURCE})\\s?(trillion|billion|million|thousand|tn|bn|mn)?\\s+((?:US |U\\.S\\. )?dollars|USD|euros?|EUR|pounds(?: sterling)?|GBP)\\b`, 'gi'),
    make: (m) => moneyMention(m, m[1], m[2] ?? '', m[3], m[4] ?? ''),
  },
  // two decades, 20 years, a year, two-decade
  {
    pattern: new RegExp(`${APPROXIMATION_SOURCE}\\b(${NUMBER_SOURCE})[- ](day|week|month|year|decade|century|centuries)s?\\b(?!-old)`, 'gi'),
    make: (m) => {
      const value = numberValue(m[2] ?? '');
      // "2017-day" is a year before a word, not two thousand days.
      if (value === undefined || value === 0 || (/^\d{4}$/.test(m[2] ?? '') && value >= 1800 && value <= 2100)) return undefined;
      const unitWord = (m[3] ?? '').toLowerCase();
      const unit = (unitWord === 'centuries' ? 'century' : unitWord) as DurationUnit;
      const approximation = approximationOf(m[1]);
      return {
        kind: 'duration', start: m.index, end: m.index + m[0].length, text: m[0], value, unit, approximation,
        interval: approximationInterval(value * DURATION_DAYS[unit], approximation),
      };
    },
  },
];

/**
 * Every value mentioned in `text`, in order. Where two readings overlap, the earlier and then the
 * longer wins ("15 August 2021" over "August 2021" over "2021").
 */
export function recognizeValues(text: string): ValueMention[] {
  const found: ValueMention[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m !== null; m = rule.pattern.exec(text)) {
      const mention = rule.make(m);
      if (mention) found.push(mention);
      if (m[0].length === 0) rule.pattern.lastIndex++;
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: ValueMention[] = [];
  let reach = -1;
  for (const mention of found) {
    if (mention.start >= reach) {
      kept.push(mention);
      reach = mention.end;
    }
  }
  return kept;
}

/** The range a date mention admits once its qualifier is applied ("by 2014" is up to 2014). */
export function qualifiedDate(mention: DateMention): DateValue {
  const d = mention.date;
  if (d.kind !== 'range' || mention.qualifier === undefined) return d;
  switch (mention.qualifier) {
    case 'by':
    case 'until':
      return withBound(d, 'at-or-before');
    case 'since':
      return withBound(d, 'at-or-after');
    case 'before':
      return { ...withBound(d, 'at-or-before'), end: d.start - 1, label: `before ${d.label}` };
    case 'after':
      return { ...withBound(d, 'at-or-after'), start: d.end + 1, label: `after ${d.label}` };
  }
}

