/**
 * unknown-frame and unknown-role: every frame a fact or an event names must be defined, and every
 * role it fills must be one the frame has. A fact or entity that names a missing frame or role is
 * dropped, because the checker could not tell which words in a sentence speak of it.
 */
import type { Entity, Fact, Frame, FrameInstance } from '../model';
import { PROBLEM_KINDS, problem } from '../problems';
import type { Problem } from '../problems';
import type { PathSegment } from '../yamlFile';
import type { Check, Loaded } from './types';

/** Roles a fact's value may fill in any frame, beside the frame's own argument roles. */
export const VALUE_ROLES: readonly string[] = ['time', 'since', 'until', 'after', 'before', 'amount', 'count', 'duration', 'state'];

export const unknownFrames: Check = (input) => {
  const problems: Problem[] = [];
  const rejected = new Set<Loaded<unknown>>();
  const frames = new Map(input.frames.map((f) => [f.item.id, f.item]));
  const entities = new Map(input.entities.map((e) => [e.item.id, e.item]));

  const frameOf = (loaded: Loaded<unknown>, owner: string, id: string, path: PathSegment[]): Frame | undefined => {
    const frame = frames.get(id);
    if (frame) return frame;
    rejected.add(loaded);
    const why = input.declared.frame.has(id) ? `the frame "${id}" is defined but was not loaded because of its own problems` : `no frame has the id "${id}"`;
    problems.push(problem(PROBLEM_KINDS.unknownFrame, `${owner} names the frame "${id}", but ${why}; it is not loaded.`, loaded.at(path)));
    return undefined;
  };
  const roleProblem = (loaded: Loaded<unknown>, owner: string, role: string, frame: Frame, path: PathSegment[], extra: readonly string[] = []): void => {
    rejected.add(loaded);
    const known = [...Object.keys(frame.roles), ...extra];
    problems.push(problem(PROBLEM_KINDS.unknownRole, `${owner} fills the role "${role}", which the frame "${frame.id}" does not have (it has ${known.join(', ')}); it is not loaded.`, loaded.at(path)));
  };
  const checkInstance = (loaded: Loaded<unknown>, owner: string, frame: Frame, inst: Pick<FrameInstance, 'args' | 'details'>, at: PathSegment[]): void => {
    for (const role of Object.keys(inst.args)) if (!(role in frame.roles)) roleProblem(loaded, owner, role, frame, [...at, 'args', role]);
    inst.details.forEach((role, i) => {
      if (!(role in frame.roles)) roleProblem(loaded, owner, role, frame, [...at, 'details', i]);
    });
  };

  for (const loaded of input.entities) {
    const inst = loaded.item.frame;
    if (!inst) continue;
    const owner = `The entity "${loaded.item.id}"`;
    const frame = frameOf(loaded, owner, inst.type, ['frame', 'type']);
    if (frame) checkInstance(loaded, owner, frame, inst, ['frame']);
  }
  for (const loaded of input.facts) {
    const spec = loaded.item.frame;
    if (!spec) continue;
    const owner = `The fact "${loaded.item.id}"`;
    const event = spec.type === undefined ? eventFrameOf(loaded.item, entities) : undefined;
    if (spec.type === undefined && !event) {
      rejected.add(loaded);
      problems.push(problem(PROBLEM_KINDS.unknownFrame, `${owner} gives its frame no type, and its subject "${loaded.item.subject}" is not an event with a frame; name the frame's type.`, loaded.at(['frame'])));
      continue;
    }
    const frame = frameOf(loaded, owner, spec.type ?? event?.type ?? '', spec.type !== undefined ? ['frame', 'type'] : ['subject']);
    if (!frame) continue;
    checkInstance(loaded, owner, frame, spec, ['frame']);
    if (spec.role !== undefined && !(spec.role in frame.roles) && !VALUE_ROLES.includes(spec.role)) roleProblem(loaded, owner, spec.role, frame, ['frame', 'role'], VALUE_ROLES);
  }
  return { problems, rejected };
};

/** The frame of the event a fact is about, when its subject is one. */
export function eventFrameOf(fact: Fact, entities: ReadonlyMap<string, Entity>): FrameInstance | undefined {
  const subject = entities.get(fact.subject);
  return subject?.type === 'event' ? subject.frame : undefined;
}
