/**
 * Loads a fact base from texts in memory. It never throws and never lets a bad entry cost a good
 * one: every entry is validated and built on its own, cross-file checks drop only the entries they
 * find unusable, and everything wrong comes back as a positioned problem.
 */
import { ambiguousAliases } from './checks/ambiguousAliases';
import { conflictingFacts } from './checks/conflictingFacts';
import { duplicateIds } from './checks/duplicateIds';
import { phraseTooLong } from './checks/phraseTooLong';
import type { Check, CheckInput, Loaded } from './checks/types';
import { unknownReferences } from './checks/unknownReferences';
import { buildEntity, buildFact, buildSource } from './build';
import type { Entity, Fact, FactBase, Source } from './model';
import type { Problem } from './problems';
import { isRecord, validateEntry, validateHeader } from './schema';
import { DEFAULT_LIMITS, parseFactFile } from './yamlFile';
import type { LoaderLimits, RawEntry } from './yamlFile';

export interface FactFileInput {
  /** How problems name the file: a path relative to the working folder, or a URI. */
  readonly file: string;
  readonly text: string;
}

export interface LoadResult {
  readonly base: FactBase;
  readonly problems: readonly Problem[];
}

/**
 * Checks run in this order: each sees only what the previous ones kept, so a duplicate is not
 * also reported as a conflict.
 */
const CHECKS: readonly Check[] = [duplicateIds, unknownReferences, conflictingFacts, ambiguousAliases, phraseTooLong];

export function loadFactBase(files: readonly FactFileInput[], limits: LoaderLimits = DEFAULT_LIMITS): LoadResult {
  const problems: Problem[] = [];
  const sources: Loaded<Source>[] = [];
  const entities: Loaded<Entity>[] = [];
  const facts: Loaded<Fact>[] = [];
  const declared = { source: new Set<string>(), entity: new Set<string>() };

  for (const input of files) {
    const parsed = parseFactFile(input.file, input.text, limits);
    problems.push(...parsed.problems);
    if (parsed.header !== undefined) problems.push(...validateHeader(parsed.header, parsed.headerAt));
    for (const entry of parsed.entries) {
      if (entry.kind !== 'fact' && isRecord(entry.data) && typeof entry.data.id === 'string') declared[entry.kind].add(entry.data.id);
      if (entry.data === undefined) continue;
      const schemaProblems = validateEntry(entry.kind, entry.data, entry);
      if (schemaProblems.length > 0) {
        problems.push(...schemaProblems);
        continue;
      }
      addBuilt(entry, sources, entities, facts, problems);
    }
  }

  let input: CheckInput = { sources, entities, facts, declared };
  for (const check of CHECKS) {
    const result = check(input);
    problems.push(...result.problems);
    if (result.rejected.size > 0) {
      const keep = <T>(list: readonly Loaded<T>[]): Loaded<T>[] => list.filter((l) => !result.rejected.has(l));
      input = { sources: keep(input.sources), entities: keep(input.entities), facts: keep(input.facts), declared };
    }
  }

  return {
    base: {
      sources: new Map(input.sources.map((l) => [l.item.id, l.item])),
      entities: new Map(input.entities.map((l) => [l.item.id, l.item])),
      facts: new Map(input.facts.map((l) => [l.item.id, l.item])),
    },
    problems: sortProblems(problems, files),
  };
}

function addBuilt(entry: RawEntry, sources: Loaded<Source>[], entities: Loaded<Entity>[], facts: Loaded<Fact>[], problems: Problem[]): void {
  switch (entry.kind) {
    case 'source': {
      const built = buildSource(entry);
      problems.push(...built.problems);
      if (built.item) sources.push({ item: built.item, entry });
      return;
    }
    case 'entity': {
      const built = buildEntity(entry);
      problems.push(...built.problems);
      if (built.item) entities.push({ item: built.item, entry });
      return;
    }
    case 'fact': {
      const built = buildFact(entry);
      problems.push(...built.problems);
      if (built.item) facts.push({ item: built.item, entry });
      return;
    }
  }
}

/** Problems in the order of the files given, then by position, so output is stable. */
function sortProblems(problems: Problem[], files: readonly FactFileInput[]): Problem[] {
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
