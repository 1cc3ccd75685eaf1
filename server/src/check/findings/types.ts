/**
 * What the checker reports about a draft. Each finding kind is one rule object in its own file in
 * this folder, with a stable code, a page in docs/codes/, and everything the front ends need to
 * show it (hover verdict, tally slot, quick fixes), so nothing outside switches on code strings.
 */
import type { Fact, FactBase, Range } from '../../factbase/model';
import type { DateRange } from '../../values/date';
import type { Claim } from '../claims';
import type { ValueMention } from '../../valueKinds';
import type { Instance } from '../factIndex';
import type { FactIndex } from '../factIndex';
import type { Sentence } from '../reader';

export type FindingSeverity = 'error' | 'warning' | 'info';

/** The status-bar tally's slots. */
export type TallySlot = 'contradicted' | 'outdated' | 'misattributed' | 'unsourced' | 'other';

/** Quick fixes a finding of a kind may offer. */
export type FixKind = 'replace-value' | 'suppress' | 'cite-source';

export interface FindingKind {
  readonly code: string;
  /** A readable name, distinct from the code (SARIF's rule name). */
  readonly name: string;
  readonly severity: FindingSeverity;
  /** One line, for listings and SARIF rule descriptions. */
  readonly summary: string;
  /** How a hover headlines a claim with this finding ("✗ Contradicts the fact base"). */
  readonly verdict: string;
  readonly tally: TallySlot;
  readonly fixes: readonly FixKind[];
}

/** A finding kind with the detector that produces it from a sentence's claims. */
export interface Rule extends FindingKind {
  detect(ctx: RuleContext): SentenceFinding[];
}

/** What a rule sees of one sentence. */
export interface RuleContext {
  readonly sentence: Sentence;
  readonly claims: readonly Claim[];
  readonly index: FactIndex;
  readonly base: FactBase;
  /** The draft's date: what the draft's present tense means. */
  readonly asOf: DateRange;
  /** Whether a link or footnote backs this sentence. */
  readonly cited: boolean;
  /** Figures in a sentence about a known event or relation, in a role no fact of it covers. */
  readonly figures: readonly { readonly mention: ValueMention; readonly instance: Instance }[];
}

/** The part of a finding a rule decides: what is wrong, where in the sentence, about which fact. */
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

/** A claim the fact base agrees with: not a finding, but what a hover citation shows. */
export interface SupportedClaim {
  readonly message: string;
  readonly range: Range;
  readonly offsets: { readonly start: number; readonly end: number };
  readonly claim: string;
  readonly factId: string;
  /** For a figure (a sum, a count, a length of time): where it is, and whether its sentence cites a source. */
  readonly figure?: { readonly start: number; readonly end: number; readonly cited: boolean };
}

/** Whether a claim is the writer's own assertion of a fact the sentence surely speaks of. */
export function asserted(claim: Claim): boolean {
  const a = claim.assertion;
  return claim.sure && a.mood === 'assert' && !a.modal && !(claim.kind === 'status' && a.future) && a.reported === undefined && (claim.kind === 'status' || !a.negated);
}
