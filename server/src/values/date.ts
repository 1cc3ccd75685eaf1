/**
 * Dates as the fact base and (later) the checker understand them.
 *
 * A date is never a single instant here: "March 2024" is the whole month, "the mid-to-late 1990s"
 * is most of a decade. Every date becomes an inclusive range of UTC day numbers plus the precision
 * it was stated with, so "15 March 2024" and "March 2024" are compatible because one range lies
 * inside the other. A month stated without a year ("In December") is kept as a month of the year,
 * because the analysis gives some dates that way and inventing a year would invent a fact.
 */

export type DatePrecision = 'day' | 'month' | 'year' | 'decade' | 'span' | 'month-of-year' | 'day-of-year';

/** Which part of a period a writer means: "early 2024", "the mid-to-late 1990s". */
export type DatePart = 'early' | 'mid' | 'late' | 'early-to-mid' | 'mid-to-late';

/** "by 2014" (at or before) or "after 2021"-style open ends. */
export type DateBound = 'at-or-before' | 'at-or-after';

export interface DateRange {
  readonly kind: 'range';
  /** First day, as days since 1970-01-01 UTC; -Infinity when open. */
  readonly start: number;
  /** Last day, inclusive; Infinity when open. */
  readonly end: number;
  readonly precision: DatePrecision;
  /** How the date reads in prose, for messages: "March 2024", "the mid-to-late 1990s". */
  readonly label: string;
  /** For a range opened on one side ("by 2014"), the date that bounds it. */
  readonly bound?: { readonly direction: DateBound; readonly date: DateRange };
}

/** A month (and maybe a day) whose year the source does not state. */
export interface DateOfYear {
  readonly kind: 'of-year';
  readonly month: number;
  readonly day?: number;
  readonly precision: 'month-of-year' | 'day-of-year';
  readonly label: string;
}

export type DateValue = DateRange | DateOfYear;

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const DAY_MS = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  // Date.UTC carries a 13th month into the next year, but maps years 0-99 to 1900-1999.
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year >= 0 && year < 100) d.setUTCFullYear(d.getUTCFullYear() - 1900);
  return Math.round(d.getTime() / DAY_MS);
}

export function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

/** Calendar date of a day number, for tests and messages. */
export function calendarDate(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const SPEC = /^(?:(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?)?|(?<decade>\d{3}0)s|--(?<om>\d{2})(?:-(?<od>\d{2}))?)$/;

/** The textual forms a date spec may take in a fact file, for messages and the schema. */
const DATE_SPEC_FORMS = '2024, 2024-03, 2024-03-15, 1990s, --12 (month, year not stated) or --12-25';

/**
 * Parses a date spec from a fact file: `2024`, `2024-03`, `2024-03-15`, `1990s`, `--12`, `--12-25`.
 * Years may also arrive as YAML integers.
 */
export function parseDateSpec(spec: string | number): Parsed<DateValue> {
  const text = typeof spec === 'number' ? String(spec) : spec.trim();
  const m = SPEC.exec(text);
  if (!m?.groups) {
    return { ok: false, message: `"${text}" is not a date; write ${DATE_SPEC_FORMS}` };
  }
  const g = m.groups;
  if (g.decade !== undefined) {
    const y = Number(g.decade);
    return ok({ kind: 'range', start: dayNumber(y, 1, 1), end: dayNumber(y + 9, 12, 31), precision: 'decade', label: `the ${y}s` });
  }
  if (g.om !== undefined) {
    const month = Number(g.om);
    if (month < 1 || month > 12) return { ok: false, message: `"${text}" has no month ${month}` };
    if (g.od !== undefined) {
      const day = Number(g.od);
      // 29 February is a valid day of some year.
      if (day < 1 || day > daysInMonth(2024, month)) return { ok: false, message: `"${text}" has no day ${day} in ${MONTH_NAMES[month - 1]}` };
      return ok({ kind: 'of-year', month, day, precision: 'day-of-year', label: `${day} ${MONTH_NAMES[month - 1]} (year not stated)` });
    }
    return ok({ kind: 'of-year', month, precision: 'month-of-year', label: `${MONTH_NAMES[month - 1]} (year not stated)` });
  }
  const year = Number(g.year);
  if (g.month === undefined) {
    return ok({ kind: 'range', start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31), precision: 'year', label: String(year) });
  }
  const month = Number(g.month);
  if (month < 1 || month > 12) return { ok: false, message: `"${text}" has no month ${month}` };
  const monthName = MONTH_NAMES[month - 1] ?? '';
  if (g.day === undefined) {
    return ok({ kind: 'range', start: dayNumber(year, month, 1), end: dayNumber(year, month, daysInMonth(year, month)), precision: 'month', label: `${monthName} ${year}` });
  }
  const day = Number(g.day);
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, message: `"${text}" is not a day: ${monthName} ${year} has ${daysInMonth(year, month)} days` };
  const n = dayNumber(year, month, day);
  return ok({ kind: 'range', start: n, end: n, precision: 'day', label: `${day} ${monthName} ${year}` });
}

function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

// Parts overlap a little at their edges on purpose: "early 2024" and "mid-2024" both admit April.
const PART_FRACTIONS: Record<DatePart, readonly [number, number]> = {
  early: [0, 0.4],
  mid: [0.3, 0.7],
  late: [0.6, 1],
  'early-to-mid': [0, 0.7],
  'mid-to-late': [0.3, 1],
};

const PART_WORDS: Record<DatePart, string> = {
  early: 'early',
  mid: 'mid-',
  late: 'late',
  'early-to-mid': 'early-to-mid',
  'mid-to-late': 'mid-to-late',
};

/**
 * Narrows a range to a part of it: "mid-to-late" of the 1990s. Parts are cut in the units the
 * period is made of (years of a decade, months of a year, days of a month), so the mid-to-late
 * 1990s start on 1 January 1993 rather than on some day of 1992.
 */
export function withPart(value: DateRange, part: DatePart): DateRange {
  const [a, b] = PART_FRACTIONS[part];
  const first = calendarDate(value.start);
  let start: number;
  let end: number;
  if (value.precision === 'decade' || value.precision === 'year') {
    const units = value.precision === 'decade' ? 10 : 12;
    const from = Math.floor(units * a);
    const to = Math.ceil(units * b) - 1;
    if (value.precision === 'decade') {
      start = dayNumber(first.year + from, 1, 1);
      end = dayNumber(first.year + to, 12, 31);
    } else {
      start = dayNumber(first.year, from + 1, 1);
      end = dayNumber(first.year, to + 1, daysInMonth(first.year, to + 1));
    }
  } else {
    const length = value.end - value.start + 1;
    start = value.start + Math.floor(length * a);
    end = Math.min(value.end, value.start + Math.ceil(length * b) - 1);
  }
  const base = value.label.startsWith('the ') ? value.label.slice(4) : value.label;
  const word = PART_WORDS[part];
  const label = `${value.precision === 'decade' ? 'the ' : ''}${word}${word.endsWith('-') ? '' : ' '}${base}`;
  return { kind: 'range', start, end, precision: 'span', label };
}

/** Opens a range on one side: "by 2014" is any time up to the end of 2014. */
export function withBound(value: DateRange, bound: DateBound): DateRange {
  return bound === 'at-or-before'
    ? { kind: 'range', start: -Infinity, end: value.end, precision: value.precision, label: `by ${value.label}`, bound: { direction: bound, date: value } }
    : { kind: 'range', start: value.start, end: Infinity, precision: value.precision, label: `${value.label} or later`, bound: { direction: bound, date: value } };
}

/** A span such as 2003-2025: from the start of one date to the end of another. */
export function span(from: DateRange, to: DateRange): Parsed<DateRange> {
  if (to.end < from.start) return { ok: false, message: `the span ends (${to.label}) before it starts (${from.label})` };
  return ok({ kind: 'range', start: from.start, end: to.end, precision: 'span', label: `${from.label} to ${to.label}` });
}

/** True when both dates can describe the same moment: one lies within, or overlaps, the other. */
export function datesCompatible(a: DateValue, b: DateValue): boolean {
  if (a.kind === 'range' && b.kind === 'range') return a.start <= b.end && b.start <= a.end;
  if (a.kind === 'of-year' && b.kind === 'of-year') {
    return a.month === b.month && (a.day === undefined || b.day === undefined || a.day === b.day);
  }
  const range = (a.kind === 'range' ? a : b) as DateRange;
  const ofYear = (a.kind === 'of-year' ? a : b) as DateOfYear;
  return rangeTouchesDayOfYear(range, ofYear.month, ofYear.day);
}

function rangeTouchesDayOfYear(range: DateRange, month: number, day: number | undefined): boolean {
  if (!Number.isFinite(range.start) || !Number.isFinite(range.end) || range.end - range.start >= 366) return true;
  const first = calendarDate(range.start);
  const last = calendarDate(range.end);
  for (let year = first.year; year <= last.year; year++) {
    const lo = dayNumber(year, month, day ?? 1);
    const hi = day === undefined ? dayNumber(year, month, daysInMonth(year, month)) : lo;
    if (lo <= range.end && range.start <= hi) return true;
  }
  return false;
}
