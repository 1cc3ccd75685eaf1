/**
 * ambiguous-alias: a name, alias or abbreviation that two entities share cannot tie prose to one
 * of them. Reported as a warning on the later entity; both stay loaded.
 */
import { normalizeName } from '../../text/normalize';
import { PROBLEM_KINDS, problem } from '../problems';
import type { Problem } from '../problems';
import type { PathSegment } from '../yamlFile';
import type { Check, Loaded } from './types';

export const ambiguousAliases: Check = (input) => {
  const problems: Problem[] = [];
  const owners = new Map<string, { id: string; loaded: Loaded<unknown>; path: PathSegment[] }>();
  for (const loaded of input.entities) {
    const e = loaded.item;
    const names: [PathSegment[], string][] = [
      [['name'], e.name],
      ...e.aliases.map((a, i): [PathSegment[], string] => [['aliases', i], a]),
      ...e.abbreviations.map((a, i): [PathSegment[], string] => [['abbreviations', i], a]),
    ];
    for (const [path, name] of names) {
      const key = normalizeName(name);
      const owner = owners.get(key);
      if (!owner) {
        owners.set(key, { id: e.id, loaded, path });
      } else if (owner.id !== e.id) {
        problems.push(problem(
          PROBLEM_KINDS.ambiguousAlias,
          `"${name}" names both "${owner.id}" and "${e.id}"; prose that uses it cannot be tied to either.`,
          loaded.at(path),
          [{ message: `"${name}" also names "${owner.id}"`, origin: owner.loaded.at(owner.path) }],
        ));
      }
    }
  }
  return { problems, rejected: new Set() };
};
