/**
 * What a status or role fact says about one moment. A draft dated before or after a change is
 * judged by the state that held then, and a moment that falls inside an imprecise boundary
 * ("until 2025" asked about June 2025) is honestly unknown rather than guessed.
 */
import type { DateRange } from '../values/date';
import type { RoleFactValue, StatusFactValue } from './model';

export type StateAt =
  | { readonly state: 'held' }
  | { readonly state: 'not-held'; readonly reason: 'never' | 'not-yet' | 'ended' }
  | { readonly state: 'unknown'; readonly reason: 'starting' | 'ending' };

/**
 * The state of a status or role at `when`, a range of days (a draft's date may itself be a day,
 * a month or a year). Statuses stated as not held are not held at any time the fact covers.
 * `knownBy` is the date up to which the fact's source speaks: an end it reports came no later
 * than that ("until 2025" from a source of April 2025 had ended by May 2025).
 */
export function stateAt(value: StatusFactValue | RoleFactValue, when: DateRange, knownBy?: DateRange): StateAt {
  if (value.type === 'status' && !value.held) return { state: 'not-held', reason: 'never' };
  const { from } = value;
  const until = value.until && knownBy && knownBy.end < value.until.end ? { ...value.until, end: Math.max(value.until.start, knownBy.end) } : value.until;
  if (from) {
    if (when.end < from.start) return { state: 'not-held', reason: 'not-yet' };
    if (when.start <= from.end) return { state: 'unknown', reason: 'starting' };
  }
  if (until) {
    if (when.start > until.end) return { state: 'not-held', reason: 'ended' };
    if (when.end >= until.start) return { state: 'unknown', reason: 'ending' };
  }
  return { state: 'held' };
}
