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
  /**
   * The date up to which the source speaks (its knowledge horizon): a claim about a change after
   * it is beyond what the fact base can know, not a contradiction.
   */
  readonly asOf?: DateRange;
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
  /** For an event: what happened, as a frame whose arguments the event's facts share. */
  readonly frame?: FrameInstance;
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

/**
 * A kind of event or relation and the words that express it (a frame in the linguist's sense):
 * "attack" with an agent, a place and a time; "designation" with whoever lists and who is listed.
 * Triggers are lemmas or lemma sequences ("carry out"); polarity words say what a status is,
 * what ends it and what its opposite is.
 */
export interface Frame {
  readonly id: string;
  readonly summary?: string;
  readonly triggers: readonly FrameTrigger[];
  /** Verbs whose subject (or "by" phrase) is the agent of the frame's event named beside them: "ISK carried out the attack". */
  readonly agentVerbs: readonly string[];
  /** The roles the frame has and the kinds of entity that may fill each. */
  readonly roles: Readonly<Record<string, readonly EntityType[]>>;
  /** Which role a possessor, an "of" phrase and other prepositions mark when the trigger is a noun. */
  readonly marks: Readonly<Record<string, string>>;
  readonly polarity?: FramePolarity;
  /**
   * Events of this kind happen again and again (visits, releases, attacks): a sentence that
   * describes one only by its participants may mean another one, so its date or figures are not
   * compared unless a name, a distinguishing phrase or its occasion identifies it.
   */
  readonly recurring: boolean;
  readonly note?: string;
  readonly origin: Origin;
}

export interface FrameTrigger {
  /** Lemmas, space-separated ("carry out", "terrorist organization"). */
  readonly phrase: string;
  /** The role the trigger verb's subject fills, when it is not the agent ("Kabul fell": the place). */
  readonly subject?: string;
  readonly object?: string;
  /** A role the sentence must fill for the word to express the frame ("take" needs a place taken). */
  readonly needs?: string;
  /** The word expresses the frame only as this part of speech ("court" as a verb). */
  readonly pos?: 'verb' | 'noun';
}

export interface FramePolarity {
  /** Words that assert the status holds ("designated", "open", "provisional"). */
  readonly holds: readonly string[];
  /** Words that assert the opposite ("closed", "final", "opposed"). */
  readonly opposite: readonly string[];
  /** Words that end the status ("annulled", "lifted", "removed"). */
  readonly ends: readonly string[];
}

/**
 * One event or relation: a frame and who or what fills its roles. `details` are roles a writer
 * may get wrong while still clearly meaning this event (the court that ruled); a different filler
 * of any other role means a different event (Pakistan accrediting a Taliban envoy is not Russia
 * doing it). `descriptions` are phrases that identify a role's filler in this event only ("the
 * capital" for Kabul); `distinguishing` phrases identify the event itself ("first known visit").
 */
export interface FrameInstance {
  readonly type: string;
  readonly args: Readonly<Record<string, readonly string[]>>;
  readonly descriptions: Readonly<Record<string, readonly string[]>>;
  readonly details: readonly string[];
  readonly distinguishing: readonly string[];
  /** Whether the event was a first occurrence or a repeat ("the Taliban's return to power"). */
  readonly occurrence?: 'first' | 'repeat';
}

/**
 * How a fact sits in a frame. A fact about an event shares the event's instance and names only
 * the role its value fills; any other fact names its frame `type` and its own `args`.
 */
export interface FactFrame {
  readonly type?: string;
  readonly args: Readonly<Record<string, readonly string[]>>;
  readonly descriptions: Readonly<Record<string, readonly string[]>>;
  readonly details: readonly string[];
  readonly distinguishing: readonly string[];
  readonly occurrence?: 'first' | 'repeat';
  /** The role the fact's value fills; by default time, amount, count, duration, agent, state or holder after the value's type. */
  readonly role?: string;
  /** Words one of which must occur in the clause ("deadliest" for "the deadliest attack since 2004"). */
  readonly requires: readonly string[];
  /** For a time measured from another event ("a year after the Crocus City Hall attack"): that event. */
  readonly anchor?: string;
}

export interface Fact {
  readonly id: string;
  readonly claim: string;
  readonly subject: string;
  readonly property: string;
  readonly about: readonly string[];
  readonly cues: readonly string[];
  /** How the fact sits in a frame; the checker builds a frame from the cues of a fact without one. */
  readonly frame?: FactFrame;
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
  readonly frames: ReadonlyMap<string, Frame>;
}
