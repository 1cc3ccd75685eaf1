/**
 * conflicting-facts: two facts that speak to the same thing must agree, or the checker could not
 * say which one a draft contradicts. The earlier fact stays; the later one is reported and dropped.
 *
 * "The same thing" is the subject and property, narrowed for statuses by the status and who
 * grants it, and for roles by the role itself: one role of one organization held by two people at
 * overlapping times is a conflict, one person holding two roles is not.
 */
import { validitiesOverlap, valuesAgree } from '../agreement';
import type { Fact } from '../model';
import { normalizeName } from '../../text/normalize';
import { PROBLEM_KINDS, problem } from '../problems';
import type { Problem } from '../problems';
import type { Check, Loaded } from './types';

export function conflictKey(fact: Fact): string {
  const v = fact.value;
  switch (v.type) {
    case 'role':
      return `role\u0000${v.organization ?? ''}\u0000${normalizeName(v.role)}`;
    case 'status':
      return `status\u0000${fact.subject}\u0000${fact.property}\u0000${normalizeName(v.status)}\u0000${v.by ?? ''}`;
    default:
      return `value\u0000${fact.subject}\u0000${fact.property}`;
  }
}

function conflict(a: Fact, b: Fact): string | undefined {
  if (a.value.type !== b.value.type) return `gives a ${b.value.type} value where "${a.id}" gives a ${a.value.type} value`;
  if (a.value.type === 'role') {
    return a.subject !== b.subject && validitiesOverlap(a.value, b.value) ? `gives the same role to "${b.subject}" that "${a.id}" gives to "${a.subject}" at the same time` : undefined;
  }
  if (a.value.type === 'status' && b.value.type === 'status' && a.value.held !== b.value.held) {
    return validitiesOverlap(a.value, b.value) ? `says the status is ${b.value.held ? 'held' : 'not held'} while "${a.id}" says the opposite for an overlapping time` : undefined;
  }
  return valuesAgree(a.value, b.value) ? undefined : `disagrees with "${a.id}" about ${a.property} of "${a.subject}"`;
}

/** Two facts with the same sameness key say the same thing, so they agree with the same facts. */
function samenessKey(fact: Fact): string {
  return `${fact.subject}\u0000${JSON.stringify(fact.value, (key, v: unknown) => (key === 'label' ? undefined : v))}`;
}

export const conflictingFacts: Check = (input) => {
  const problems: Problem[] = [];
  const rejected = new Set<Loaded<unknown>>();
  // Per conflict key, one fact for each distinct thing said: a fact repeated many times is
  // compared once, not with every copy.
  const groups = new Map<string, Map<string, Loaded<Fact>>>();
  for (const loaded of input.facts) {
    const key = conflictKey(loaded.item);
    const group = groups.get(key) ?? new Map<string, Loaded<Fact>>();
    const same = samenessKey(loaded.item);
    if (group.has(same)) continue;
    let clash: { earlier: Loaded<Fact>; why: string } | undefined;
    for (const earlier of group.values()) {
      const why = conflict(earlier.item, loaded.item);
      if (why !== undefined) {
        clash = { earlier, why };
        break;
      }
    }
    if (clash) {
      rejected.add(loaded);
      const at = clash.earlier.origin;
      problems.push(problem(
        PROBLEM_KINDS.conflictingFacts,
        `The fact "${loaded.item.id}" ${clash.why} (${at.file}:${at.range.start.line}); it is not loaded.`,
        loaded.at(['value']),
        [{ message: `the fact "${clash.earlier.item.id}"`, origin: clash.earlier.at(['value']) }],
      ));
      continue;
    }
    group.set(same, loaded);
    groups.set(key, group);
  }
  return { problems, rejected };
};
