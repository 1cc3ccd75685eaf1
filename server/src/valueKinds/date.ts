/**
 * Dates as writers write them, turned into the fact model's date ranges, and compared with a
 * fact's date at the precision each was stated in.
 *
 * Absolute dates: "15 August 2021", "Aug. 15, 2021", "March 2024", "Mar. 2024", "March of 2024",
 * "2024-03", "2024-03-15", "early March 2024", "mid-2024", "the late 1990s", "the mid-to-late
 * 1990s", "2003-2025", "from 2003 to 2025", "between 2003 and 2025", "in 2014", "by 2014",
 * "in December", "last December". Relative time: "a year after the attack", "six months later",
 * "four years ago", "the same year", "last year"; these are resolved against the event they name,
 * the date before them, or the draft's date.
 */
import type { StatusFactValue } from '../factbase/model';
import { datesCompatible, MONTH_NAMES, parseDateSpec, span, withBound, withPart } from '../values/date';
import type { DatePart, DateRange, DateValue } from '../values/date';
import { approximationInterval, DURATION_DAYS, intervalsOverlap } from '../values/quantity';
import type { Approximation, DurationUnit, Interval } from '../values/quantity';
import type { Token } from '../nlp/tokens';
import { IDENTIFIER_LABELS, QUANTITY_UNITS_AFTER_NUMBER } from '../lexicon/time';
import { NUMBER_SOURCE, numberValue, YEAR_WORDS_SOURCE, yearWordsValue } from './numbers';
import { AND_A_HALF_SOURCE, APPROXIMATION_SOURCE, approximationOf, eitherCase, plusHalf, runRules, TIME_UNIT_NEEDED } from './shared';
import type { CompareContext, ValueKind } from './index';
import type { MentionBase, Rule } from './shared';

/** How a writer qualifies a date: "by 2014", "since 2003", "until 2025", "before", "after". */
export type DateQualifier = 'by' | 'since' | 'until' | 'before' | 'after';

/**
 * A month or day named relative to the draft's date: "last December", "this March"; `recent` is
 * one written without a year ("on 3 July", "In March"), read as the latest before the draft's date.
 */
export type Deixis = 'last' | 'this' | 'next' | 'recent';

export interface DateMention extends MentionBase {
  readonly kind: 'date';
  /** The date as stated, without its qualifier. */
  readonly date: DateValue;
  readonly qualifier?: DateQualifier;
  readonly deixis?: Deixis;
}

/**
 * A time stated relative to something else. `after`/`before` name an event after them ("a year
 * after the attack": the anchor starts at `anchorAt`); `later`/`earlier` count from the date
 * before them; `ago` from the draft's date; `same` is "the same year" of the date before it;
 * `calendar` is "last year", "this year", "next year".
 */
export interface RelativeMention extends MentionBase {
  readonly kind: 'relative';
  readonly direction: 'after' | 'before' | 'later' | 'earlier' | 'ago' | 'same' | 'calendar';
  readonly value: number;
  readonly unit: DurationUnit;
  readonly approximation: Approximation;
  /** The length it spans, in days, widened by the writer's approximation and rounding. */
  readonly interval: Interval;
  readonly anchorAt?: number;
  /** For "this spring", "last autumn": the season, counted like a calendar unit. */
  readonly season?: Season;
}

type Season = 'spring' | 'summer' | 'autumn' | 'winter';
/** "2000 troops": a unit that makes the number before it a quantity. */
const QUANTITY_UNIT_SOURCE = QUANTITY_UNITS_AFTER_NUMBER.join('|');
/** "Resolution 1267", "EDM 1187": a label that makes the number after it an identifier (any case). */
const IDENTIFIER_LABEL_SOURCE = IDENTIFIER_LABELS.flatMap((w) => [eitherCase([w]), w.toUpperCase()]).join('|');
const SEASON_SOURCE = '(?:spring|summer|autumn|fall|winter)';
/** The month each season starts in (meteorological seasons; winter runs into the next year). */
const SEASON_START: Readonly<Record<Season, number>> = { spring: 3, summer: 6, autumn: 9, winter: 12 };
/** Days either side of a season's months: writers put early June in spring and late August in autumn. */
const SEASON_SLACK = 15;

function seasonOf(word: string): Season {
  const w = word.toLowerCase();
  return w === 'fall' ? 'autumn' : (w as Season);
}

/** The days of a season of a year (winter: from its December), with slack either side; "early" and "late" take its halves. */
function seasonRange(season: Season, year: number, part?: string): DateRange | undefined {
  const first = range(`${year}-${pad(SEASON_START[season])}`);
  const lastMonth = ((SEASON_START[season] + 1) % 12) + 1;
  const last = range(`${season === 'winter' ? year + 1 : year}-${pad(lastMonth)}`);
  if (!first || !last) return undefined;
  const p = part?.toLowerCase();
  const length = last.end - first.start + 1;
  const start = p === 'late' ? first.start + Math.floor(length / 2) : first.start;
  const end = p === 'early' ? first.start + Math.ceil(length / 2) : last.end;
  const label = `${p ? `${p} ` : ''}${season} ${season === 'winter' ? `${year}–${String(year + 1).slice(2)}` : year}`;
  return { kind: 'range', start: start - SEASON_SLACK, end: end + SEASON_SLACK, precision: 'span', label };
}

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

// ("pre-dates 2021", "prior to 2021": before it; "later than 2021": after it.)
const BEFORE_WORDS = ['before', 'predates', 'pre-dates', 'predated', 'pre-dated', 'predating', 'pre-dating', 'prior to', 'earlier than'];
const AFTER_WORDS = ['after', 'postdates', 'post-dates', 'later than'];
const QUALIFIER_SOURCE = `(?:(${eitherCase(['by', 'since', 'until', 'till', ...BEFORE_WORDS, ...AFTER_WORDS, 'from', 'in', 'on', 'during', 'of', 'circa', 'c\\.'])})\\s+)?`;

function qualifierOf(word: string | undefined): DateQualifier | undefined {
  switch (word?.toLowerCase()) {
    case 'by': return 'by';
    case 'since': return 'since';
    case 'until':
    case 'till': return 'until';
    default: {
      const w = word?.toLowerCase().replace(/\s+/g, ' ');
      if (w !== undefined && BEFORE_WORDS.includes(w)) return 'before';
      if (w !== undefined && AFTER_WORDS.includes(w)) return 'after';
      return undefined;
    }
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

/** A unit, with "and a half" after it when said ("a year and a half later"); see `relative`. */
const UNIT_SOURCE = `(day|week|month|year|decade|century|centuries)s?(?:${AND_A_HALF_SOURCE})?`;

function unitOf(word: string): DurationUnit {
  const w = word.toLowerCase().replace(/s$/, '');
  return (w === 'centurie' || w === 'centuries' ? 'century' : w) as DurationUnit;
}

/**
 * The lengths a stated span admits. A writer rounds: "four years after" August 2021 may be any
 * time from three and a half to four and a half years on, so an exact count of whole units
 * admits half a unit either way; an approximation widens it as it does any figure.
 */
export function spanInterval(value: number, unit: DurationUnit, approximation: Approximation): Interval {
  const days = DURATION_DAYS[unit];
  const base = approximationInterval(value * days, approximation);
  const half = days / 2;
  return {
    low: Number.isFinite(base.low) ? Math.max(0, base.low - (approximation === 'nearly' ? 0 : half)) : base.low,
    high: Number.isFinite(base.high) ? base.high + (approximation === 'nearly' ? 0 : half) : base.high,
    lowOpen: base.lowOpen,
    highOpen: base.highOpen,
  };
}

const RELATIVE_APPROXIMATION = `(?:(${['just', 'barely', 'only', 'merely', 'a mere', 'scarcely', 'little more than', 'little over'].join('|')})\\s+)?`;

function relative(m: RegExpExecArray, direction: RelativeMention['direction'], approxWord: string | undefined, numberText: string | undefined, unitText: string, anchorAt?: number): RelativeMention | undefined {
  const whole = numberText === undefined ? 1 : numberValue(numberText);
  if (whole === undefined || whole === 0) return undefined;
  const value = plusHalf(whole, m[0]);
  const unit = unitOf(unitText);
  const approximation = approxWord === undefined ? 'exact' : approximationOf(approxWord);
  return {
    kind: 'relative', start: m.index, end: m.index + m[0].length, text: m[0], direction, value, unit, approximation,
    interval: spanInterval(value, unit, approximation),
    ...(anchorAt !== undefined && { anchorAt }),
  };
}

const RELATIVE_RULES: readonly Rule<RelativeMention>[] = [
  // a year after the attack, barely six months after, roughly two years before
  {
    pattern: new RegExp(`${APPROXIMATION_SOURCE}${RELATIVE_APPROXIMATION}\\b(${NUMBER_SOURCE})[- ]${UNIT_SOURCE}\\s+(after|before|following|since|on from)\\b\\s*`, 'gi'),
    needs: TIME_UNIT_NEEDED,
    make: (m) => {
      // "stood for barely a decade before the court threw it out": a span that "for" measures,
      // followed by a clause that "before" opens, is a duration, not a time counted from an event.
      if (/\bfor\s+(?:[a-z]+\s+)?$/i.test(m.input.slice(Math.max(0, m.index - 24), m.index))) return undefined;
      const dir = (m[5] ?? '').toLowerCase();
      const mention = relative(m, dir === 'before' ? 'before' : 'after', m[1] ?? m[2], m[3], m[4] ?? '', m.index + m[0].length);
      // The mention covers the span and its preposition, not the space before the anchor.
      return mention && { ...mention, end: m.index + m[0].trimEnd().length, text: m[0].trimEnd() };
    },
  },
  // six months later, a year earlier, two years on (not "two years on a blacklist")
  {
    pattern: new RegExp(`${APPROXIMATION_SOURCE}${RELATIVE_APPROXIMATION}\\b(${NUMBER_SOURCE})[- ]${UNIT_SOURCE}\\s+(later|earlier|on(?!\\s+(?:a|an|the|this|that|its|their|his|her|our|[A-Z]))|afterwards|afterward|before that(?!\\s+[a-z])|after that(?!\\s+[a-z]))\\b`, 'gi'),
    needs: TIME_UNIT_NEEDED,
    make: (m) => relative(m, /^(earlier|before)/i.test(m[5] ?? '') ? 'earlier' : 'later', m[1] ?? m[2], m[3], m[4] ?? ''),
  },
  // four years ago; a year ago this month (one time, not two)
  {
    pattern: new RegExp(`${APPROXIMATION_SOURCE}${RELATIVE_APPROXIMATION}\\b(${NUMBER_SOURCE})[- ]${UNIT_SOURCE}\\s+ago\\b(?:,?\\s+this\\s+(?:month|week)\\b)?`, 'gi'),
    needs: TIME_UNIT_NEEDED,
    make: (m) => relative(m, 'ago', m[1] ?? m[2], m[3], m[4] ?? ''),
  },
  // the same year, that same month, that year, the following year, the next month, the year before
  {
    pattern: /\b(?:the|that)\s+(same\s+|following\s+|next\s+|previous\s+|preceding\s+)?(year|month|day)\b(\s+(?:before|after|later|earlier))?/gi,
    make: (m) => {
      const which = (m[1] ?? '').trim().toLowerCase();
      const tail = (m[3] ?? '').trim().toLowerCase();
      if (which === '' && tail === '') {
        // "that year" refers back; "the year" alone ("the year the Taliban took Kabul") does not.
        if (!/^that/i.test(m[0])) return undefined;
      }
      const unit = unitOf(m[2] ?? '');
      if (which === 'same' || (which === '' && tail === '')) return { ...relative(m, 'same', undefined, '1', unit)!, value: 0, interval: { low: 0, high: DURATION_DAYS[unit], lowOpen: false, highOpen: false } };
      const earlier = which === 'previous' || which === 'preceding' || tail === 'before' || tail === 'earlier';
      return relative(m, earlier ? 'earlier' : 'later', undefined, '1', unit);
    },
  },
  // this spring, last autumn, next winter
  {
    pattern: new RegExp(`\\b(?:(?:early|late)\\s+)?(last|this|next|past)\\s+(${SEASON_SOURCE})\\b`, 'gi'),
    make: (m) => {
      const word = (m[1] ?? '').toLowerCase();
      const base = relative(m, 'calendar', undefined, '1', 'month');
      return base && { ...base, value: word === 'this' ? 0 : word === 'next' ? 1 : -1, season: seasonOf(m[2] ?? '') };
    },
  },
  // last year, this year, next year, last month, late last week
  {
    pattern: /\b(?:(?:early|late)\s+)?(last|this|next|past)\s+(year|month|week)\b/gi,
    make: (m) => {
      const word = (m[1] ?? '').toLowerCase();
      const unit = unitOf(m[2] ?? '');
      const base = relative(m, 'calendar', undefined, '1', unit);
      return base && { ...base, value: word === 'this' ? 0 : word === 'next' ? 1 : -1 };
    },
  },
];

const DATE_RULES: readonly Rule<DateMention>[] = [
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
  // from 2003 to 2025, between 2003 and 2025, 2003-2025, 2003–25, 1979–89
  {
    pattern: new RegExp(`\\b(?:(from|between)\\s+)?(${YEAR_SOURCE})\\s*(?:${DASH}|\\s(?:to|and|until|through|till)\\s)\\s*(${YEAR_SOURCE}|\\d{2})\\b(?!-)`, 'g'),
    make: (m) => {
      if (m[1]?.toLowerCase() === 'between' && !/\sand\s/.test(m[0])) return undefined;
      if (m[1]?.toLowerCase() === 'from' && /\sand\s/.test(m[0])) return undefined;
      // "2003 and 2025" without "between" lists two dates; it does not span them.
      if (m[1] === undefined && /\sand\s/.test(m[0])) return undefined;
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
  // spring 2025, the spring of 2025, in autumn 2001
  {
    pattern: new RegExp(`\\b${QUALIFIER_SOURCE}(?:the\\s+)?(?:(early|late)\\s+)?(${SEASON_SOURCE})\\s+(?:of\\s+)?(${YEAR_SOURCE})\\b`, 'gi'),
    make: (m) => {
      // ("the Arab Spring 2011 protests": a capitalised season after a name is part of the name.)
      if (/^[A-Z]/.test(m[3] ?? '') && m[1] === undefined && /[A-Z][\w'’-]*\s+$/.test(m.input.slice(0, m.index))) return undefined;
      return dateMention(m, seasonRange(seasonOf(m[3] ?? ''), Number(m[4]), m[2]), m[1]);
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
    pattern: new RegExp(`(?<![\\d$€£.,])(?<!\\b(?:${IDENTIFIER_LABEL_SOURCE})\\.?\\s+)\\b${QUALIFIER_SOURCE}(${YEAR_SOURCE})\\b(?![.,]?\\d|\\s*%|\\s+(?:${QUANTITY_UNIT_SOURCE}))`, 'g'),
    make: (m) => dateMention(m, range(m[2] ?? ''), m[1]),
  },
  // February twenty twenty-two; in nineteen ninety-six (years as speakers say them)
  {
    pattern: new RegExp(`\\b(?:${QUALIFIER_SOURCE}(${MONTH_SOURCE})\\s+(?:of\\s+)?)?(?:(${eitherCase(['in', 'since', 'by', 'until', 'from', 'before', 'after'])})\\s+)?(${YEAR_WORDS_SOURCE})\\b`, 'gi'),
    needs: /nineteen|twenty|two thousand/i,
    make: (m) => {
      const year = yearWordsValue(m[4] ?? '');
      if (year === undefined || year < 1000 || year > 2100) return undefined;
      const monthWord = m[2];
      if (monthWord === undefined && m[3] === undefined) return undefined;
      const month = monthWord === undefined ? undefined : monthNumber(monthWord);
      return dateMention(m, range(month === undefined ? String(year) : `${year}-${pad(month)}`), m[1] ?? m[3]);
    },
  },
  // "The Russian listing is two thousand three.": a year in words that completes a copula at the
  // end of a clause (not "two thousand three hundred fighters").
  {
    pattern: new RegExp(`(?<=\\b(?:is|was|were|are|'s|’s)\\s+)(${YEAR_WORDS_SOURCE})(?=\\s*[.!?;,:]|\\s*$)`, 'gi'),
    needs: /nineteen|twenty|two thousand/i,
    make: (m) => {
      const year = yearWordsValue(m[1] ?? '');
      return year === undefined || year < 1000 || year > 2100 ? undefined : dateMention(m, range(String(year)));
    },
  },
  // on 3 July, July 3 (a day whose year is not stated)
  {
    pattern: new RegExp(`\\b(${eitherCase(['on', 'by', 'since', 'until', 'from', 'before', 'after'])})\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_SOURCE})|(${MONTH_SOURCE})\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?![a-z])(?!,?\\s*\\d{4})`, 'g'),
    make: (m) => {
      const month = monthNumber(m[3] ?? m[4] ?? '');
      const day = Number(m[2] ?? m[5]);
      if (month === undefined || !(day >= 1 && day <= 31)) return undefined;
      const parsed = parseDateSpec(`--${pad(month)}-${pad(day)}`);
      const mention = parsed.ok ? dateMention(m, parsed.value, m[1]) : undefined;
      return mention && { ...mention, deixis: 'recent' };
    },
  },
  // in December, since March, last December (a month whose year is not stated)
  {
    pattern: new RegExp(`\\b(${eitherCase(['in', 'on', 'during', 'since', 'by', 'until', 'from', 'of', 'last', 'this', 'next', 'early', 'late', 'mid', 'that', 'each', 'every'])})[- ](${MONTH_SOURCE})(?![a-z])(?!\\.?\\s*(?:\\d|of\\s+\\d))`, 'g'),
    make: (m) => {
      const month = monthNumber(m[2] ?? '');
      if (month === undefined) return undefined;
      const word = (m[1] ?? '').toLowerCase();
      if (word === 'each' || word === 'every') return undefined;
      const parsed = parseDateSpec(`--${pad(month)}`);
      if (!parsed.ok) return undefined;
      const mention = dateMention(m, parsed.value, m[1]);
      if (!mention) return undefined;
      if (word === 'last' || word === 'this' || word === 'next') return { ...mention, start: m.index, text: m[0], deixis: word };
      return mention;
    },
  },
  // A month alone at the start of a table cell or a line ("Mar | ...") is handled by the row's date.
];

export function recognizeDates(text: string): (DateMention | RelativeMention)[] {
  return [...runRules(DATE_RULES, text), ...runRules(RELATIVE_RULES, text)];
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

/** A month "last December" means, from the draft's date: the most recent one before it. */
export function resolveDeixis(mention: DateMention, asOf: DateRange): DateValue {
  if (mention.deixis === undefined || mention.date.kind !== 'of-year') return mention.date;
  const { month, day } = mention.date;
  const draft = new Date(asOf.start * 86_400_000);
  const draftYear = draft.getUTCFullYear();
  const draftMonth = draft.getUTCMonth() + 1;
  const onOrBefore = month < draftMonth || (month === draftMonth && (day === undefined || day <= draft.getUTCDate()));
  let year: number;
  switch (mention.deixis) {
    case 'this': year = draftYear; break;
    case 'next': year = month > draftMonth ? draftYear : draftYear + 1; break;
    case 'last': year = month < draftMonth ? draftYear : draftYear - 1; break;
    case 'recent': year = onOrBefore ? draftYear : draftYear - 1; break;
  }
  return range(day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`) ?? mention.date;
}

/** Shifts a range by a relative span: the earliest and latest days it may land on. */
export function shifted(from: DateRange, mention: RelativeMention, sign: 1 | -1): DateRange {
  const low = Number.isFinite(mention.interval.low) ? mention.interval.low : 0;
  const high = Number.isFinite(mention.interval.high) ? mention.interval.high : 36525;
  const start = sign > 0 ? from.start + Math.floor(low) : from.start - Math.ceil(high);
  const end = sign > 0 ? from.end + Math.ceil(high) : from.end - Math.floor(low);
  return { kind: 'range', start, end, precision: 'span', label: `${mention.text} ${from.label}` };
}

/** The calendar year or month "last year" or "this month" means from the draft's date. */
export function calendarRange(mention: RelativeMention, asOf: DateRange): DateRange | undefined {
  const d = new Date(asOf.start * 86_400_000);
  if (mention.season) {
    // "this spring" is the one of the draft's year (for winter, the one under way or ahead);
    // "last spring" the latest one begun before the draft's date that is not under way; "next" the first ahead.
    const year = d.getUTCFullYear();
    const month = d.getUTCMonth() + 1;
    const startMonth = SEASON_START[mention.season];
    const underWay = mention.season === 'winter' ? month === 12 || month <= 2 : month >= startMonth && month < startMonth + 3;
    const begunThisYear = mention.season === 'winter' ? month === 12 : month >= startMonth;
    const thisYear = mention.season === 'winter' ? (month <= 6 ? year - 1 : year) : year;
    const latestBegun = begunThisYear ? year : year - 1;
    const y = mention.value === 0 ? thisYear : mention.value > 0 ? (begunThisYear ? year + 1 : year) : underWay ? latestBegun - 1 : latestBegun;
    return seasonRange(mention.season, y);
  }
  if (mention.unit === 'year') return range(String(d.getUTCFullYear() + mention.value));
  if (mention.unit === 'month') {
    const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + mention.value, 1));
    return range(`${m.getUTCFullYear()}-${pad(m.getUTCMonth() + 1)}`);
  }
  if (mention.unit === 'week') {
    // The calendar week before (or of) the draft's date, give or take a day either side.
    const start = asOf.start + 7 * mention.value - 7;
    return { kind: 'range', start, end: start + 14, precision: 'span', label: mention.text };
  }
  return undefined;
}

/** The whole calendar unit a date falls in: "the same year" as March 2024 is 2024. */
export function sameUnit(of: DateRange, unit: DurationUnit): DateRange {
  const first = new Date(of.start * 86_400_000);
  if (unit === 'year') return range(String(first.getUTCFullYear())) ?? of;
  if (unit === 'month') return range(`${first.getUTCFullYear()}-${pad(first.getUTCMonth() + 1)}`) ?? of;
  return of;
}

// ── Comparison and wording ──────────────────────────────────────────────────────────────────


/** The absolute date a relative mention stands for, once its anchor is known. */
export function resolveRelative(mention: RelativeMention, ctx: CompareContext): DateRange | undefined {
  switch (mention.direction) {
    case 'after':
    case 'before': {
      const anchor = ctx.anchor === undefined ? undefined : ctx.timeOf(ctx.anchor);
      return anchor?.kind === 'range' ? shifted(anchor, mention, mention.direction === 'after' ? 1 : -1) : undefined;
    }
    case 'later':
    case 'earlier':
      return ctx.previousDate ? shifted(ctx.previousDate, mention, mention.direction === 'later' ? 1 : -1) : undefined;
    case 'ago':
      return shifted(ctx.asOf, mention, -1);
    case 'same':
      return ctx.previousDate ? sameUnit(ctx.previousDate, mention.unit) : undefined;
    case 'calendar':
      return calendarRange(mention, ctx.asOf);
  }
}

/** The date a mention claims, with "last December" and relative times resolved. */
export function claimedDate(mention: DateMention | RelativeMention, ctx: CompareContext): DateValue | undefined {
  if (mention.kind === 'relative') return resolveRelative(mention, ctx);
  const base = mention.deixis ? { ...mention, date: resolveDeixis(mention, ctx.asOf) } : mention;
  // "since 2003" and "until 2025" name a boundary: the date itself is the claim. "by",
  // "before" and "after" widen it into a range.
  return base.qualifier === 'since' || base.qualifier === 'until' ? base.date : qualifiedDate(base);
}

function compareDates(claimed: DateValue, held: DateValue, openOnly: boolean): boolean {
  // "by 2010" against "by 2014": both are open ranges that overlap, but the writer dates the
  // start differently, so the bounds themselves are compared. "Before 2021" dates nothing: it
  // only rules out 2021 and later, so the ranges are compared.
  if (!openOnly && claimed.kind === 'range' && claimed.bound && held.kind === 'range' && held.bound && claimed.bound.direction === held.bound.direction) {
    return datesCompatible(claimed.bound.date, held.bound.date);
  }
  return datesCompatible(claimed, held);
}

/** A date claimed for a status: its start ("since 2003"), its end ("until 2025") or both (a span). */
function compareStatusDate(claimed: DateValue, v: StatusFactValue, role: string): boolean | undefined {
  if (role === 'span') {
    if (claimed.kind !== 'range' || !v.from || !v.until) return undefined;
    return claimed.start >= v.from.start && claimed.start <= v.from.end && claimed.end >= v.until.start && claimed.end <= v.until.end;
  }
  const target = role === 'until' ? v.until : role === 'since' ? v.from : undefined;
  return target === undefined ? undefined : datesCompatible(claimed, target);
}

/**
 * "after Aug 2021 takeover", "before the 2024 attack": a date right before a noun modifies that
 * noun, and the preposition governs the whole noun phrase, so the date is stated plainly.
 */
function premodifier(m: DateMention | RelativeMention, text: string, tokens: readonly Token[] | undefined): DateMention | RelativeMention {
  if (m.kind !== 'date' || m.qualifier === undefined || tokens === undefined) return m;
  const next = tokens.find((t) => t.start >= m.end);
  if (next === undefined || next.pos !== 'NOUN' || text.slice(m.end, next.start).trim() !== '') return m;
  // The span keeps the preposition, so that no shorter reading inside it wins over this one.
  return { kind: 'date', start: m.start, end: m.end, text: m.text, date: m.date };
}

export const DATE_KIND: ValueKind<DateMention | RelativeMention> = {
  kinds: ['date', 'relative'],
  recognize: (text, tokens) => recognizeDates(text).map((m) => premodifier(m, text, tokens)),
  roles(mention) {
    // ("six months later" counts from an event as "six months after" it does.)
    if (mention.kind === 'relative') return mention.direction === 'after' || mention.direction === 'before' || mention.direction === 'later' ? ['after', 'time'] : ['time'];
    if (mention.qualifier === 'since') return ['since', 'time'];
    if (mention.qualifier === 'until') return ['until', 'time'];
    if (mention.date.kind === 'range' && mention.date.precision === 'span' && /\d{4}\D+\d{2,4}/.test(mention.text)) return ['span', 'time'];
    return ['time'];
  },
  compare(mention, fact, ctx) {
    const v = fact.value;
    if (v.type === 'duration' && ctx.role === 'after') {
      if (mention.kind !== 'relative' || ctx.anchor === undefined || ctx.anchor !== fact.frame?.anchor) return undefined;
      return intervalsOverlap(mention.interval, v.interval);
    }
    const claimed = claimedDate(mention, ctx);
    if (claimed === undefined) return undefined;
    const verdict = v.type === 'date' ? compareDates(claimed, v.date, mention.kind === 'date' && (mention.qualifier === 'before' || mention.qualifier === 'after'))
      : v.type === 'status' ? compareStatusDate(claimed, v, ctx.role) : undefined;
    // "On Aug. 15, the Taliban captured Kabul": the year of a day written without one is only a
    // guess (the latest before the draft's date). Against another year it tells nothing; only the
    // day and month it states can be wrong.
    if (verdict === false && mention.kind === 'date' && mention.deixis === 'recent') {
      const stated = v.type === 'date' ? compareDates(mention.date, v.date, false) : v.type === 'status' ? compareStatusDate(mention.date, v, ctx.role) : undefined;
      return stated === false ? false : undefined;
    }
    return verdict;
  },
  format(fact) {
    return fact.value.type === 'date' ? fact.value.date.label.replace(/ \(year not stated\)$/, '') : undefined;
  },
};
