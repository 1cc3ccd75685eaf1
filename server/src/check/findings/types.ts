/**
 * What the checker reports about a draft. Each finding kind lives in its own file in this folder
 * with a stable code and a page in docs/codes/.
 */
import type { Entity, Fact, FactBase, Range } from '../../factbase/model';
import type { DateRange } from '../../values/date';
import type { SentenceAnalysis } from '../claims';
import type { FactIndex } from '../factIndex';
import type { Link } from '../claims';

export type FindingSeverity = 'error' | 'warning' | 'info';

export interface FindingKind {
  readonly code: string;
  /** A readable name, distinct from the code (SARIF's rule name). */
  readonly name: string;
  readonly severity: FindingSeverity;
  /** One line, for listings and SARIF rule descriptions. */
  readonly summary: string;
}

/** The part of a finding a kind decides: what is wrong, where in the sentence, about which fact. */
export interface SentenceFinding {
  readonly kind: FindingKind;
  readonly message: string;
  /** Offsets into the sentence text. */
  readonly start: number;
  readonly end: number;
  readonly fact?: Fact;
  /** The value the fact base holds, in words, for a quick fix that replaces the claim. */
  readonly expected?: string;
}

export interface Finding {
  readonly code: string;
  readonly severity: FindingSeverity;
  readonly message: string;
  readonly range: Range;
  /** Source offsets (UTF-16) of the range, start inclusive, end exclusive. */
  readonly offsets: { readonly start: number; readonly end: number };
  /** The text of the claim as written. */
  readonly claim: string;
  readonly factId?: string;
  readonly expected?: string;
  /** Set when a suppression comment covers the finding. */
  readonly suppressed?: { readonly reason?: string; readonly line: number };
}

/** What a finding kind sees of one sentence. */
export interface SentenceContext {
  readonly analysis: SentenceAnalysis;
  readonly index: FactIndex;
  readonly base: FactBase;
  readonly inPlay: readonly Fact[];
  readonly links: readonly Link[];
  /** The draft's date: what the draft's present tense means. */
  readonly asOf: DateRange;
  /** Whether a link or footnote backs this sentence. */
  readonly cited: boolean;
  readonly entityById: (id: string) => Entity | undefined;
}
