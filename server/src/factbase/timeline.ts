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
 */
export function stateAt(value: StatusFactValue | RoleFactValue, when: DateRange): StateAt {
  if (value.type === 'status' && !value.held) return { state: 'not-held', reason: 'never' };
  const { from, until } = value;
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
