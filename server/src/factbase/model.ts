/**
 * The loaded fact base: plain, immutable data that the checker, the language server and the CLI
 * all read. Every item remembers where it was defined so editors can jump to it.
 */
import type { DateRange, DateValue } from '../values/date';
import type { Approximation, DurationUnit, Interval, Magnitude } from '../values/quantity';

/** 1-based line and column; columns count UTF-16 code units, as JavaScript strings and LSP do. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export interface Origin {
  /** The file label the caller gave the loader (a path or a URI). */
  readonly file: string;
  readonly range: Range;
}

export type EntityType = 'person' | 'organization' | 'state' | 'institution' | 'event' | 'publication' | 'place' | 'group';

export type SourceKind = 'analysis' | 'report' | 'article' | 'dataset' | 'statement' | 'book' | 'web-page' | 'other';

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly kind: SourceKind;
  readonly publisher?: string;
  readonly date?: DateValue;
  readonly localCopy?: string;
  readonly note?: string;
  readonly origin: Origin;
}

export interface Entity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly abbreviations: readonly string[];
  readonly partOf?: string;
  readonly note?: string;
  readonly origin: Origin;
}

export interface Locator {
  readonly sourceId: string;
  readonly paragraph: number;
  readonly phrase: string;
  /** Where the paragraph number and the key phrase are written in the fact file. */
  readonly paragraphOrigin: Origin;
  readonly phraseOrigin: Origin;
}

export interface DateFactValue {
  readonly type: 'date';
  readonly date: DateValue;
}

export interface MoneyFactValue {
  readonly type: 'money';
  readonly amount: number;
  readonly magnitude?: Magnitude;
  readonly currency: string;
  readonly approximation: Approximation;
  readonly tolerance?: number;
  /** Plausible true values in whole currency units. */
  readonly interval: Interval;
}

export interface CountFactValue {
  readonly type: 'count';
  readonly value: number;
  readonly unit: string;
  readonly approximation: Approximation;
  readonly tolerance?: number;
  readonly interval: Interval;
}

export interface DurationFactValue {
  readonly type: 'duration';
  readonly value: number;
  readonly unit: DurationUnit;
  readonly approximation: Approximation;
  readonly tolerance?: number;
  /** Plausible true lengths in days. */
  readonly interval: Interval;
}

export interface RoleFactValue {
  readonly type: 'role';
  readonly role: string;
  readonly organization?: string;
  readonly from?: DateRange;
  readonly until?: DateRange;
}

export interface AttributionFactValue {
  readonly type: 'attribution';
  readonly relation: string;
  readonly actors: readonly string[];
}

export interface StatusFactValue {
  readonly type: 'status';
  readonly status: string;
  readonly by?: string;
  readonly held: boolean;
  readonly from?: DateRange;
  readonly until?: DateRange;
  readonly endedBy?: string;
  readonly ended?: string;
}

export type FactValue =
  | DateFactValue
  | MoneyFactValue
  | CountFactValue
  | DurationFactValue
  | RoleFactValue
  | AttributionFactValue
  | StatusFactValue;

export interface Fact {
  readonly id: string;
  readonly claim: string;
  readonly subject: string;
  readonly property: string;
  readonly about: readonly string[];
  readonly cues: readonly string[];
  readonly value: FactValue;
  readonly source: Locator;
  readonly note?: string;
  readonly origin: Origin;
  /** Where the claim is written, for problems about its wording. */
  readonly claimOrigin: Origin;
}

export interface FactBase {
  readonly sources: ReadonlyMap<string, Source>;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly facts: ReadonlyMap<string, Fact>;
}
