/**
 * When two values of the fact model can both be true. The conflicting-facts check uses it on
 * pairs of facts; the checker will use it on a draft's claim against a fact.
 */
import { datesCompatible } from '../values/date';
import type { DateRange } from '../values/date';
import { intervalsOverlap } from '../values/quantity';
import { normalizeName } from '../text/normalize';
import type { FactValue } from './model';

export function valuesAgree(a: FactValue, b: FactValue): boolean {
  switch (a.type) {
    case 'date':
      return b.type === 'date' && datesCompatible(a.date, b.date);
    case 'money':
      return b.type === 'money' && a.currency === b.currency && intervalsOverlap(a.interval, b.interval);
    case 'count':
      return b.type === 'count' && normalizeName(a.unit) === normalizeName(b.unit) && intervalsOverlap(a.interval, b.interval);
    case 'duration':
      return b.type === 'duration' && intervalsOverlap(a.interval, b.interval);
    case 'attribution':
      return b.type === 'attribution' && a.actors.some((actor) => b.actors.includes(actor));
    case 'role':
      return b.type === 'role' && normalizeName(a.role) === normalizeName(b.role) && a.organization === b.organization;
    case 'status':
      return (
        b.type === 'status' &&
        a.held === b.held &&
        optionalDatesAgree(a.from, b.from) &&
        optionalDatesAgree(a.until, b.until)
      );
  }
}

function optionalDatesAgree(a: DateRange | undefined, b: DateRange | undefined): boolean {
  return a === undefined || b === undefined || datesCompatible(a, b);
}

/** The time a role or status held, as an interval of day numbers; open ends are infinite. */
export function validity(value: FactValue): { start: number; end: number } {
  if (value.type !== 'role' && value.type !== 'status') return { start: -Infinity, end: Infinity };
  return { start: value.from?.start ?? -Infinity, end: value.until?.end ?? Infinity };
}

export function validitiesOverlap(a: FactValue, b: FactValue): boolean {
  const x = validity(a);
  const y = validity(b);
  return x.start <= y.end && y.start <= x.end;
}
