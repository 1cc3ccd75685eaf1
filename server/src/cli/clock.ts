/** Today's date in UTC, for the front ends: the engine never reads the clock. */
import { dayNumber, parseDateSpec } from '../values/date';
import type { DateRange } from '../values/date';

export function today(now: Date = new Date()): DateRange {
  const parsed = parseDateSpec(now.toISOString().slice(0, 10));
  if (parsed.ok && parsed.value.kind === 'range') return parsed.value;
  const day = dayNumber(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
  return { kind: 'range', start: day, end: day, precision: 'day', label: now.toISOString().slice(0, 10) };
}
