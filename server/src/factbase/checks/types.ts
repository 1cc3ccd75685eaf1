import type { Entity, Fact, Frame, Origin, Source } from '../model';
import type { Problem } from '../problems';
import type { PathSegment } from '../yamlFile';

/**
 * An item that passed the schema, with the positions of the fields checks may report on. The
 * positions are recorded when its file is loaded, so the file's YAML tree can be let go.
 */
export interface Loaded<T> {
  readonly item: T;
  /** The entry's first line. */
  readonly origin: Origin;
  /** Where a field is written (for `value`, where its key is); the entry's first line if unknown. */
  at(path: readonly PathSegment[]): Origin;
}

export interface CheckInput {
  readonly sources: readonly Loaded<Source>[];
  readonly entities: readonly Loaded<Entity>[];
  readonly facts: readonly Loaded<Fact>[];
  readonly frames: readonly Loaded<Frame>[];
  /** Every id declared in the files, including entries that were not loaded. */
  readonly declared: { readonly source: ReadonlySet<string>; readonly entity: ReadonlySet<string>; readonly frame: ReadonlySet<string> };
}

export interface CheckResult {
  readonly problems: readonly Problem[];
  /** Items the check found unusable; they leave the fact base. */
  readonly rejected: ReadonlySet<Loaded<unknown>>;
}

/** A fact-base check: one kind of problem, one file, one doc page in docs/codes/. */
export type Check = (input: CheckInput) => CheckResult;
