import type { Entity, Fact, Source } from '../model';
import type { Problem } from '../problems';
import type { RawEntry } from '../yamlFile';

/** An item that passed the schema, with the entry it came from for field positions. */
export interface Loaded<T> {
  readonly item: T;
  readonly entry: RawEntry;
}

export interface CheckInput {
  readonly sources: readonly Loaded<Source>[];
  readonly entities: readonly Loaded<Entity>[];
  readonly facts: readonly Loaded<Fact>[];
  /** Every id declared in the files, including entries that were not loaded. */
  readonly declared: { readonly source: ReadonlySet<string>; readonly entity: ReadonlySet<string> };
}

export interface CheckResult {
  readonly problems: readonly Problem[];
  /** Items the check found unusable; they leave the fact base. */
  readonly rejected: ReadonlySet<Loaded<unknown>>;
}

/** A fact-base check: one kind of problem, one file, one doc page in docs/codes/. */
export type Check = (input: CheckInput) => CheckResult;
