/**
 * Money amounts, counts and durations, each with how approximate its source says it is.
 *
 * Every quantity becomes an interval of plausible true values, so "around $3 trillion" admits
 * $2.8 trillion and refuses $30 trillion, and "two decades" equals "20 years".
 */

export type Approximation = 'exact' | 'around' | 'nearly' | 'at-least' | 'more-than' | 'at-most' | 'less-than';
export type Magnitude = 'thousand' | 'million' | 'billion' | 'trillion';
export type DurationUnit = 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

export const MAGNITUDES: Record<Magnitude, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** Relative tolerance of "around" when a fact does not set its own. */
export const DEFAULT_AROUND_TOLERANCE = 0.1;

/** How far below its figure "nearly" and "almost" reach: "nearly three decades" is 25.5 to 30 years. */
export const DEFAULT_NEARLY_TOLERANCE = 0.15;

/** Days per unit; months and years are calendar averages, which is all prose ever means. */
export const DURATION_DAYS: Record<DurationUnit, number> = {
  day: 1,
  week: 7,
  month: 365.25 / 12,
  year: 365.25,
  decade: 3652.5,
  century: 36525,
};

export interface Interval {
  readonly low: number;
  readonly high: number;
  readonly lowOpen: boolean;
  readonly highOpen: boolean;
}

/** The interval of true values that a stated figure admits. */
export function approximationInterval(nominal: number, approximation: Approximation, tolerance?: number): Interval {
  switch (approximation) {
    case 'exact':
      return { low: nominal, high: nominal, lowOpen: false, highOpen: false };
    case 'around': {
      const t = tolerance ?? DEFAULT_AROUND_TOLERANCE;
      return { low: nominal * (1 - t), high: nominal * (1 + t), lowOpen: false, highOpen: false };
    }
    case 'nearly':
      return { low: nominal * (1 - (tolerance ?? DEFAULT_NEARLY_TOLERANCE)), high: nominal, lowOpen: false, highOpen: false };
    case 'at-least':
      return { low: nominal, high: Infinity, lowOpen: false, highOpen: true };
    case 'more-than':
      return { low: nominal, high: Infinity, lowOpen: true, highOpen: true };
    case 'at-most':
      return { low: -Infinity, high: nominal, lowOpen: true, highOpen: false };
    case 'less-than':
      return { low: -Infinity, high: nominal, lowOpen: true, highOpen: true };
  }
}

/** True when some value lies in both intervals. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  if (a.high < b.low || b.high < a.low) return false;
  if (a.high === b.low) return !a.highOpen && !b.lowOpen;
  if (b.high === a.low) return !b.highOpen && !a.lowOpen;
  return true;
}

const APPROXIMATION_WORDS: Record<Approximation, string> = {
  exact: '',
  around: 'around ',
  nearly: 'nearly ',
  'at-least': 'at least ',
  'more-than': 'more than ',
  'at-most': 'at most ',
  'less-than': 'less than ',
};

export function approximationWords(approximation: Approximation): string {
  return APPROXIMATION_WORDS[approximation];
}

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

/** "around $3 trillion", "RUB 40 billion". */
export function formatMoney(amount: number, magnitude: Magnitude | undefined, currency: string, approximation: Approximation): string {
  const symbol = CURRENCY_SYMBOLS[currency];
  const figure = `${formatNumber(amount)}${magnitude ? ` ${magnitude}` : ''}`;
  return `${approximationWords(approximation)}${symbol ? `${symbol}${figure}` : `${currency} ${figure}`}`;
}

const SMALL_NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "two decades", "18 months". */
export function formatDuration(value: number, unit: DurationUnit, approximation: Approximation): string {
  const count = Number.isInteger(value) && value <= 10 ? SMALL_NUMBER_WORDS[value] : formatNumber(value);
  const plural = value === 1 ? unit : unit === 'century' ? 'centuries' : `${unit}s`;
  return `${approximationWords(approximation)}${count} ${plural}`;
}

function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 6 });
}
