/**
 * How a sentence speaks of a status fact in play: whether it asserts the status and whether it
 * presents it as current. Shared by the contradiction and outdated-status findings.
 *
 * A sentence with negation or modality (not, may, could, potential) claims nothing either way. A
 * sentence presents a status as current with present-tense or continuing wording (is, remains,
 * still, currently) and no past or ending wording (was, until, annulled, no longer).
 */
import type { Fact, StatusFactValue } from '../factbase/model';
import { clauseOf, isOrIsPartOf } from './claims';
import type { SentenceAnalysis } from './claims';
import { cueKey } from './factIndex';
import type { FactIndex } from './factIndex';

const CURRENT = /\b(?:is|are|remains?|still|currently|continues? to|now|stays?|has|have)\b/i;
const PAST_OR_ENDED = /\b(?:was|were|had|until|annull?ed|lifted|removed|ended|no longer|formerly|former|revoked|delisted|repealed|struck down|overturned|previously|used to|once)\b/i;
const NEGATION = /\b(?:not|no|never|nor|yet to|without|neither)\b|n't\b/i;
const MODALITY = /\b(?:may|might|could|would|should|potential|possible|possibly|if|whether|consider|considering|seeks?|toward|towards|likely|unlikely)\b/i;
/** Cue words that assert a status (verbs and participles: recognized, designates), not just name it. */
const ASSERTING = /(?:ed|es|s)$/;

const AUXILIARIES = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'have', 'had']);
const OBJECT_WINDOW = 4;

function receives(analysis: SentenceAnalysis, subject: string, cue: { firstWord: number; endWord: number }): boolean {
  const mentions = analysis.entities.filter((e) => e.value.id === subject);
  if (mentions.some((e) => e.firstWord >= cue.endWord && e.firstWord <= cue.endWord + OBJECT_WINDOW)) return true;
  const before = analysis.words.slice(Math.max(0, cue.firstWord - 2), cue.firstWord);
  const aux = before.findIndex((w) => AUXILIARIES.has(w.norm));
  if (aux < 0) return false;
  const auxWord = cue.firstWord - before.length + aux;
  return mentions.some((e) => e.endWord <= auxWord);
}

export interface StatusClaim {
  readonly fact: Fact & { readonly value: StatusFactValue };
  /** The cue that signals the status, in sentence offsets. */
  readonly start: number;
  readonly end: number;
  /** The sentence says the status holds now. */
  readonly presentsAsCurrent: boolean;
}

/** Status facts the sentence asserts (never for a negated or hedged sentence). */
export function statusClaims(analysis: SentenceAnalysis, inPlay: readonly Fact[], index: FactIndex): StatusClaim[] {
  const text = analysis.text;
  if (NEGATION.test(text) || MODALITY.test(text)) return [];
  const presentsAsCurrent = CURRENT.test(text) && !PAST_OR_ENDED.test(text);
  const claims: StatusClaim[] = [];
  for (const fact of inPlay) {
    if (fact.value.type !== 'status') continue;
    const status = fact as Fact & { readonly value: StatusFactValue };
    const keys = new Map(fact.cues.map((c) => [cueKey(c), c]));
    const cue = analysis.cues.find((m) => {
      const written = keys.get(m.value);
      // A status never granted is asserted only by a verb ("recognized"), not by naming it
      // ("recognition"); a granted one is asserted by any of its cues.
      return written !== undefined && (status.value.held || ASSERTING.test(written));
    });
    if (!cue) continue;
    // A status someone grants is claimed only when the grantor is named in the cue's clause:
    // "Russia has recognized the Taliban, unlike Iran" says nothing of Iran's recognition.
    const grantor = status.value.by;
    if (grantor !== undefined && !analysis.entities.some((e) => isOrIsPartOf(e.value, grantor, index) && clauseOf(analysis, e.start) === clauseOf(analysis, cue.start))) continue;
    // A status asserted by a verb ("recognized") is the subject's only when the subject receives
    // it: as the verb's object ("recognized the Taliban") or as a passive's subject ("the Taliban
    // was formally recognized"). "The movement recognized Chechnya" says nothing of the Taliban.
    if (!status.value.held && !receives(analysis, status.subject, cue)) continue;
    claims.push({ fact: status, start: cue.start, end: cue.end, presentsAsCurrent });
  }
  return claims;
}
