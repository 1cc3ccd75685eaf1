/**
 * Loads a fact base from texts in memory. It never throws and never lets a bad entry cost a good
 * one: every entry is validated and built on its own, cross-file checks drop only the entries they
 * find unusable, and everything wrong comes back as a positioned problem.
 *
 * Loading has two stages so that large bases stay cheap:
 * - `loadFile` does everything one file needs on its own (YAML, schema, typed values) and keeps
 *   only the model and the few field positions later checks report on; the YAML tree is let go
 *   when it returns. Its result depends on the file's name and text alone, so a caller (the
 *   language server) can keep it and redo only the file that changed.
 * - `assembleFactBase` runs the cross-file checks over loaded files, which is fast.
 */
import { ambiguousAliases } from './checks/ambiguousAliases';
import { conflictingFacts } from './checks/conflictingFacts';
import { duplicateIds } from './checks/duplicateIds';
import { phraseTooLong } from './checks/phraseTooLong';
import type { Check, CheckInput, Loaded } from './checks/types';
import { unknownFrames } from './checks/unknownFrames';
import { entityReferences, unknownReferences } from './checks/unknownReferences';
import { buildEntity, buildFact, buildFrame, buildSource } from './build';
import type { Entity, Fact, FactBase, Frame, Origin, Source } from './model';
import type { Problem } from './problems';
import { isRecord, validateEntry, validateHeader } from './schema';
import { DEFAULT_LIMITS, parseFactFile } from './yamlFile';
import type { LoaderLimits, PathSegment, RawEntry } from './yamlFile';

export interface FactFileInput {
  /** How problems name the file: a path relative to the working folder, or a URI. */
  readonly file: string;
  readonly text: string;
}

export interface LoadResult {
  readonly base: FactBase;
  readonly problems: readonly Problem[];
}

/** One file, loaded on its own: what it defines and what is wrong with it by itself. */
export interface LoadedFile {
  readonly file: string;
  readonly sources: readonly Loaded<Source>[];
  readonly entities: readonly Loaded<Entity>[];
  readonly facts: readonly Loaded<Fact>[];
  readonly frames: readonly Loaded<Frame>[];
  /** Ids the file declares, including entries that were not loaded. */
  readonly declaredSources: readonly string[];
  readonly declaredEntities: readonly string[];
  readonly declaredFrames: readonly string[];
  readonly problems: readonly Problem[];
}

/**
 * Checks run in this order: each sees only what the previous ones kept, so a duplicate is not
 * also reported as a conflict, and frames are checked only for facts whose entities exist.
 */
const CHECKS: readonly Check[] = [duplicateIds, unknownReferences, unknownFrames, conflictingFacts, ambiguousAliases, phraseTooLong];

export function loadFactBase(files: readonly FactFileInput[], limits: LoaderLimits = DEFAULT_LIMITS): LoadResult {
  return assembleFactBase(files.map((f) => loadFile(f, limits)));
}

export function loadFile(input: FactFileInput, limits: LoaderLimits = DEFAULT_LIMITS): LoadedFile {
  const parsed = parseFactFile(input.file, input.text, limits);
  const problems: Problem[] = [...parsed.problems];
  if (parsed.header !== undefined) problems.push(...validateHeader(parsed.header, parsed.headerAt));
  const sources: Loaded<Source>[] = [];
  const entities: Loaded<Entity>[] = [];
  const facts: Loaded<Fact>[] = [];
  const frames: Loaded<Frame>[] = [];
  const declaredSources: string[] = [];
  const declaredEntities: string[] = [];
  const declaredFrames: string[] = [];

  for (const entry of parsed.entries) {
    if (isRecord(entry.data) && typeof entry.data.id === 'string') {
      if (entry.kind === 'source') declaredSources.push(entry.data.id);
      if (entry.kind === 'entity') declaredEntities.push(entry.data.id);
      if (entry.kind === 'frame') declaredFrames.push(entry.data.id);
    }
    if (entry.data === undefined) continue;
    const schemaProblems = validateEntry(entry.kind, entry.data, entry);
    if (schemaProblems.length > 0) {
      problems.push(...schemaProblems);
      continue;
    }
    switch (entry.kind) {
      case 'source': {
        const built = buildSource(entry);
        problems.push(...built.problems);
        if (built.item) sources.push(located(entry, built.item, [['id']]));
        break;
      }
      case 'entity': {
        const built = buildEntity(entry);
        problems.push(...built.problems);
        if (built.item) {
          const e = built.item;
          const names: PathSegment[][] = [['id'], ['name'], ['partOf'], ['frame', 'type'], ...e.aliases.map((_, i) => ['aliases', i]), ...e.abbreviations.map((_, i) => ['abbreviations', i]), ...instancePaths(e.frame, ['frame'])];
          entities.push(located(entry, e, names));
        }
        break;
      }
      case 'fact': {
        const built = buildFact(entry);
        problems.push(...built.problems);
        if (built.item) {
          const references = entityReferences(built.item).map(([path]) => path);
          const frame = built.item.frame;
          const framePaths: PathSegment[][] = frame ? [['frame', 'type'], ['frame', 'role'], ['frame', 'anchor'], ...instancePaths(frame, ['frame'])] : [];
          facts.push(located(entry, built.item, [['id'], ['source', 'id'], ...references, ...framePaths], [['value']]));
        }
        break;
      }
      case 'frame': {
        const built = buildFrame(entry);
        problems.push(...built.problems);
        if (built.item) frames.push(located(entry, built.item, [['id']]));
        break;
      }
    }
  }
  return { file: input.file, sources, entities, facts, frames, declaredSources, declaredEntities, declaredFrames, problems };
}

/** The fields of a frame instance that later checks may report on. */
function instancePaths(frame: { args: Readonly<Record<string, readonly string[]>>; details: readonly string[] } | undefined, at: PathSegment[]): PathSegment[][] {
  if (!frame) return [];
  const paths: PathSegment[][] = [];
  for (const [role, ids] of Object.entries(frame.args)) {
    paths.push([...at, 'args', role]);
    ids.forEach((_, i) => paths.push([...at, 'args', role, i]));
  }
  frame.details.forEach((_, i) => paths.push([...at, 'details', i]));
  return paths;
}

/** Records the positions of `paths` (and of the keys of `keyPaths`) so the YAML tree can go. */
function located<T>(entry: RawEntry, item: T, paths: readonly PathSegment[][], keyPaths: readonly PathSegment[][] = []): Loaded<T> {
  const origins = new Map<string, Origin>();
  for (const path of paths) origins.set(path.join('\u0000'), entry.at(path));
  for (const path of keyPaths) origins.set(path.join('\u0000'), entry.keyAt(path));
  const origin = entry.origin;
  return { item, origin, at: (path) => origins.get(path.join('\u0000')) ?? origin };
}

export function assembleFactBase(files: readonly LoadedFile[]): LoadResult {
  const problems: Problem[] = files.flatMap((f) => f.problems);
  const declared = {
    source: new Set(files.flatMap((f) => f.declaredSources)),
    entity: new Set(files.flatMap((f) => f.declaredEntities)),
    frame: new Set(files.flatMap((f) => f.declaredFrames)),
  };
  let input: CheckInput = {
    sources: files.flatMap((f) => f.sources),
    entities: files.flatMap((f) => f.entities),
    facts: files.flatMap((f) => f.facts),
    frames: files.flatMap((f) => f.frames),
    declared,
  };
  for (const check of CHECKS) {
    const result = check(input);
    problems.push(...result.problems);
    if (result.rejected.size > 0) {
      const keep = <T>(list: readonly Loaded<T>[]): Loaded<T>[] => list.filter((l) => !result.rejected.has(l));
      input = { sources: keep(input.sources), entities: keep(input.entities), facts: keep(input.facts), frames: keep(input.frames), declared };
    }
  }
  return {
    base: {
      sources: new Map(input.sources.map((l) => [l.item.id, l.item])),
      entities: new Map(input.entities.map((l) => [l.item.id, l.item])),
      facts: new Map(input.facts.map((l) => [l.item.id, l.item])),
      frames: new Map(input.frames.map((l) => [l.item.id, l.item])),
    },
    problems: sortProblems(problems, files),
  };
}

/** Problems in the order of the files given, then by position, so output is stable. */
function sortProblems(problems: Problem[], files: readonly { file: string }[]): Problem[] {
  const order = new Map(files.map((f, i) => [f.file, i]));
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) =>
      (order.get(a.p.origin.file) ?? 0) - (order.get(b.p.origin.file) ?? 0) ||
      a.p.origin.range.start.line - b.p.origin.range.start.line ||
      a.p.origin.range.start.column - b.p.origin.range.start.column ||
      a.i - b.i)
    .map(({ p }) => p);
}
