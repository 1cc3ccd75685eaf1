/** duplicate-id: the first definition of an id wins; later ones are reported and dropped. */
import { PROBLEM_KINDS, problem } from '../problems';
import type { Problem } from '../problems';
import type { Check, Loaded } from './types';

export const duplicateIds: Check = (input) => {
  const problems: Problem[] = [];
  const rejected = new Set<Loaded<unknown>>();
  const lists: [string, readonly Loaded<{ id: string }>[]][] = [
    ['source', input.sources],
    ['entity', input.entities],
    ['fact', input.facts],
    ['frame', input.frames],
  ];
  for (const [kind, list] of lists) {
    const first = new Map<string, Loaded<{ id: string }>>();
    for (const loaded of list) {
      const earlier = first.get(loaded.item.id);
      if (!earlier) {
        first.set(loaded.item.id, loaded);
        continue;
      }
      rejected.add(loaded);
      const at = earlier.at(['id']);
      problems.push(problem(
        PROBLEM_KINDS.duplicateId,
        `The ${kind} id "${loaded.item.id}" is already defined at ${at.file}:${at.range.start.line}:${at.range.start.column}; this one is not loaded.`,
        loaded.at(['id']),
        [{ message: `first definition of "${loaded.item.id}"`, origin: at }],
      ));
    }
  }
  return { problems, rejected };
};
