/**
 * Durations as writers write them ("two decades", "20 years", "a year", "two-decade",
 * "twenty-two-year", "a quarter-century"), with the writer's approximation.
 */
import type { StatusFactValue } from '../factbase/model';
import type { DateRange } from '../values/date';
import { approximationInterval, DURATION_DAYS, formatDuration, intervalsOverlap } from '../values/quantity';
import type { Approximation, DurationUnit, Interval } from '../values/quantity';
import { NUMBER_SOURCE, numberValue } from './numbers';
import { AND_A_HALF_SOURCE, APPROXIMATION_SOURCE, approximationOf, plusHalf, runRules, TIME_UNIT_NEEDED } from './shared';
import { spanInterval } from './date';
import type { ValueKind } from './index';
import type { MentionBase, Rule } from './shared';

export interface DurationMention extends MentionBase {
  readonly kind: 'duration';
  readonly value: number;
  readonly unit: DurationUnit;
  readonly approximation: Approximation;
  /** Plausible lengths in days. */
  readonly interval: Interval;
}

function duration(m: RegExpExecArray, approxWord: string | undefined, value: number, unit: DurationUnit): DurationMention {
  const approximation = approximationOf(approxWord);
  return {
    kind: 'duration', start: m.index, end: m.index + m[0].length, text: m[0], value, unit, approximation,
    interval: approximationInterval(value * DURATION_DAYS[unit], approximation),
  };
}

const RULES: readonly Rule<DurationMention>[] = [
  // two decades, 20 years, a year, two-decade, twenty-two-year, ~12 yrs; a decade and a half,
  // two and a half years
  {
    pattern: new RegExp(`${APPROXIMATION_SOURCE}\\b(${NUMBER_SOURCE})(${AND_A_HALF_SOURCE})?[- ](day|week|month|year|yr|decade|century|centuries)s?\\b(?!-old)(${AND_A_HALF_SOURCE})?`, 'gi'),
    needs: TIME_UNIT_NEEDED,
    make: (m) => {
      const whole = numberValue(m[2] ?? '');
      const value = whole === undefined ? undefined : plusHalf(whole, m[0]);
      // "2017-day" is a year before a word, not two thousand days.
      if (value === undefined || value === 0 || (/^\d{4}$/.test(m[2] ?? '') && value >= 1800 && value <= 2100)) return undefined;
      const unitWord = (m[4] ?? '').toLowerCase();
      const unit = (unitWord === 'centuries' ? 'century' : unitWord === 'yr' ? 'year' : unitWord) as DurationUnit;
      return duration(m, m[1], value, unit);
    },
  },
  // a quarter-century, half a century, a quarter of a century
  {
    pattern: new RegExp(`${APPROXIMATION_SOURCE}\\b(?:a\\s+)?(quarter|half)[- ](?:of\\s+a\\s+|a\\s+)?(century|decade)\\b`, 'gi'),
    needs: /century|decade/i,
    make: (m) => duration(m, m[1], (m[2] ?? '').toLowerCase() === 'quarter' ? 0.25 : 0.5, (m[3] ?? '').toLowerCase() as DurationUnit),
  },
];

export function recognizeDurations(text: string): DurationMention[] {
  return runRules(RULES, text);
}

/** How long a status held: from its start to its end, or to the draft's date while it holds. */
function statusSpan(v: StatusFactValue, asOf: DateRange): Interval | undefined {
  if (!v.from) return undefined;
  const end = v.until ?? (asOf.start >= v.from.start ? asOf : undefined);
  if (!end) return undefined;
  return { low: Math.max(0, end.start - v.from.end), high: end.end - v.from.start, lowOpen: false, highOpen: false };
}

export const DURATION_KIND: ValueKind<DurationMention> = {
  kinds: ['duration'],
  recognize: (text) => recognizeDurations(text),
  roles: () => ['duration'],
  compare(mention, fact, ctx) {
    const v = fact.value;
    if (v.type === 'duration') return intervalsOverlap(mention.interval, v.interval);
    if (v.type === 'status') {
      const held = statusSpan(v, ctx.asOf);
      // A writer rounds a span to whole units: "twenty-two years" for 2003 to 2025.
      return held === undefined ? undefined : intervalsOverlap(spanInterval(mention.value, mention.unit, mention.approximation), held);
    }
    return undefined;
  },
  format(fact) {
    const v = fact.value;
    return v.type === 'duration' ? formatDuration(v.value, v.unit, 'exact') : undefined;
  },
};
