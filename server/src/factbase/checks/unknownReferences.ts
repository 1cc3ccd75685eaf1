/**
 * unknown-entity and unknown-source: every id a fact or entity names must be defined. An item
 * that names a missing id is dropped, because the checker could not tie it to prose reliably.
 */
import type { Fact } from '../model';
import { PROBLEM_KINDS, problem } from '../problems';
import type { Problem } from '../problems';
import { formatPath } from '../schema';
import type { PathSegment } from '../yamlFile';
import type { Check, Loaded } from './types';

export const unknownReferences: Check = (input) => {
  const problems: Problem[] = [];
  const rejected = new Set<Loaded<unknown>>();
  const entities = new Set(input.entities.map((e) => e.item.id));
  const sources = new Set(input.sources.map((s) => s.item.id));

  const why = (id: string, declared: ReadonlySet<string>, kind: string): string =>
    declared.has(id) ? `the ${kind} "${id}" is defined but was not loaded because of its own problems` : `no ${kind} has the id "${id}"`;

  const checkEntity = (loaded: Loaded<unknown>, owner: string, id: string, path: PathSegment[]): void => {
    if (entities.has(id)) return;
    rejected.add(loaded);
    problems.push(problem(PROBLEM_KINDS.unknownEntity, `${owner} names ${formatPath(path)} "${id}", but ${why(id, input.declared.entity, 'entity')}; it is not loaded.`, loaded.at(path)));
  };

  for (const loaded of input.entities) {
    const owner = `The entity "${loaded.item.id}"`;
    if (loaded.item.partOf !== undefined) checkEntity(loaded, owner, loaded.item.partOf, ['partOf']);
    for (const [path, id] of argReferences(loaded.item.frame?.args, ['frame'])) checkEntity(loaded, owner, id, path);
  }
  for (const loaded of input.facts) {
    const owner = `The fact "${loaded.item.id}"`;
    for (const [path, id] of entityReferences(loaded.item)) checkEntity(loaded, owner, id, path);
    const sourceId = loaded.item.source.sourceId;
    if (!sources.has(sourceId)) {
      rejected.add(loaded);
      problems.push(problem(PROBLEM_KINDS.unknownSource, `${owner} cites source "${sourceId}", but ${why(sourceId, input.declared.source, 'source')}; it is not loaded.`, loaded.at(['source', 'id'])));
    }
  }
  return { problems, rejected };
};

/** Every entity id a fact names, with the path of the field that names it. */
export function entityReferences(fact: Fact): [PathSegment[], string][] {
  const refs: [PathSegment[], string][] = [[['subject'], fact.subject]];
  fact.about.forEach((id, i) => refs.push([['about', i], id]));
  const v = fact.value;
  if (v.type === 'attribution') v.actors.forEach((id, i) => refs.push([['value', 'actors', i], id]));
  if (v.type === 'role' && v.organization !== undefined) refs.push([['value', 'organization'], v.organization]);
  if (v.type === 'status') {
    if (v.by !== undefined) refs.push([['value', 'by'], v.by]);
    if (v.endedBy !== undefined) refs.push([['value', 'endedBy'], v.endedBy]);
  }
  refs.push(...argReferences(fact.frame?.args, ['frame']));
  if (fact.frame?.anchor !== undefined) refs.push([['frame', 'anchor'], fact.frame.anchor]);
  return refs;
}

/** The entity ids a frame instance's arguments name. */
function argReferences(args: Readonly<Record<string, readonly string[]>> | undefined, at: PathSegment[]): [PathSegment[], string][] {
  const refs: [PathSegment[], string][] = [];
  for (const [role, ids] of Object.entries(args ?? {})) ids.forEach((id, i) => refs.push([[...at, 'args', role, i], id]));
  return refs;
}
