/**
 * What a sentence claims about the facts the fact base holds.
 *
 * 1. Frames in play: each trigger of a frame, and each name of an event, with the roles the
 *    sentence fills around it (args.ts).
 * 2. Which known event or relation that is: the instance whose roles the sentence's fillers match.
 *    A name or a distinguishing phrase makes it sure; so do two matching roles and no conflicting
 *    one. A filler from another state in a role that identifies the event means another event
 *    (Pakistan accrediting a Taliban envoy is not Russia doing it); a different filler of a
 *    detail role, or of any role of an event the sentence names, is a wrong actor.
 * 3. Claims: a value in the role a fact gives it, an actor in a fact's role, the status words of a
 *    status fact. Each is compared with the fact; `sure` says whether the event was identified
 *    without the claim itself; `assertion` says whether the writer asserts it.
 *
 * A sentence that only continues the one before ("It came in March 2023") speaks of the event the
 * previous sentence named.
 */
import type { Entity, Fact, Source, StatusFactValue } from '../factbase/model';
import { stateAt } from '../factbase/timeline';
import { ANAPHORS, ANCHOR_PREPOSITIONS, EVENT_TIME_PREPOSITIONS, COMPARISON_MARKERS, FIRST_WORDS, GENERAL_EVENT_NOUNS, LIGHT_VERBS, REPEAT_WORDS, TIME_SETTERS, FORMER_WORDS, WHEN_CLAUSE_MARKERS, ORIGIN_PHRASES, WRITERS_NOW_WORDS, CHANGE_WORDS, ADDITIVE_WORDS, CONTINUING_WORDS, PRESENT_AUXILIARIES } from '../lexicon/time';
import { ESTIMATE_SOURCE_NOUNS, ESTIMATE_VERBS, MODAL_WORDS, NOT_REAL_WORDS, PARTIAL_WORDS, WORD_NEGATORS } from '../lexicon/assertion';
import { ACTOR_HEADS, GENERIC_HEADS, LEADER_TITLES as LEADER_TITLE_WORDS, OFFICE_NOUNS, UNIT_NOUNS } from '../lexicon/actors';
import { CONCESSIVE_MARKERS, OBJECT_ONLY_AGENT_VERBS, CLAUSE_OPENERS, RELATIVE_PRONOUNS as RELATIVE_PRONOUN_WORDS, NONPERSONAL_RELATIVE_PRONOUNS, CONTRAST_WORDS, QUANTITY_COMPARATIVE_WORDS, DOING_VERBS as DOING_VERB_WORDS, GROUP_NOUNS as GROUP_NOUN_WORDS, MENTIONING_PREPOSITIONS, PREDICATE_VERBS } from '../lexicon/grammar';
import { kindOf, recognizeValues } from '../valueKinds';
import { claimedDate, resolveDeixis } from '../valueKinds/date';
import type { CompareContext, ValueMention } from '../valueKinds';
import type { DateRange, DateValue } from '../values/date';
import { argumentsOf, hitStartOfNounPhrase, nounPhraseEnd, roleFits } from './args';
import { clauseWithin } from './clauses';
import { attached, frontedAdverbial, hostOf } from './attachment';
import type { Host } from './attachment';
import type { ArgFill } from './args';
import { assertionAt, pastForm } from './assertion';
import type { Assertion, SentenceSetting } from './assertion';
import { isCueFrame } from './factIndex';
import type { FactIndex, FramePhrase, Instance } from './factIndex';
import type { Actor, PhraseHit, Sentence } from './reader';
import { normalizeName } from '../text/normalize';
import type { Token } from '../nlp/tokens';

export type ClaimKind = 'value' | 'actor' | 'status';
export type Verdict = 'agrees' | 'differs' | 'outdated' | 'beyond';

export interface Claim {
  readonly fact: Fact;
  readonly instance: Instance;
  readonly kind: ClaimKind;
  /** Sentence offsets the claim is reported at. */
  readonly start: number;
  readonly end: number;
  readonly verdict: Verdict;
  /** The event or relation was identified without this claim: a name, a distinguishing phrase, or two other roles. */
  readonly sure: boolean;
  readonly assertion: Assertion;
  readonly mention?: ValueMention;
  readonly actor?: Actor;
  /** A figure attributed to some other source ("a 2010 survey put them at $1 trillion"). */
  readonly estimateBy?: string;
  /** For a status: what the sentence says of it. */
  readonly status?: { readonly polarity: 'holds' | 'not-holds' | 'ended' | 'opposite'; readonly at?: DateRange };
  /** The words of the whole claim in its clause: its trigger and the participants it names, for a hover citation. */
  readonly extent?: { readonly start: number; readonly end: number };
}

/** The claim's words: the span, the trigger and the matched participants in the span's clause. */
function extentOf(s: Sentence, m: Match, start: number, end: number): { start: number; end: number } {
  const at = Math.max(0, s.tokens.findIndex((t) => t.end > start));
  const clause = s.clauseOf[at];
  let lo = start;
  let hi = end;
  // Every participant the sentence names that the event has in that role: "Iran supplied the
  // Taliban, al-Qaeda and the Haqqani Network" covers all three.
  const named = m.occurrence.args.filter((f) => m.matched.has(f.role) && f.actor.entity !== undefined && (m.instance.args[f.role] ?? []).includes(f.actor.entity.id)).map((f) => f.actor);
  const spans = [m.occurrence.hit, ...[...m.fills.entries()].filter(([role]) => m.matched.has(role)).map(([, f]) => f.actor), ...named];
  for (const x of spans) {
    if (s.clauseOf[x.first] !== clause || x.start === x.stop) continue;
    lo = Math.min(lo, x.start);
    hi = Math.max(hi, x.stop);
  }
  return { start: lo, end: hi };
}

/** What the next sentence may refer back to: the events this one identified, and its actors. */
export interface Discourse {
  /** Events identified in the last few sentences, latest first. */
  readonly instances: readonly Instance[];
  /** Those the last sentence identified, for "It" and "The attack" in the next. */
  readonly last: readonly Instance[];
  /** The main clause's subject, for "It", "They" and "The group" in the next sentence. */
  readonly subject?: Entity;
  /** Entities named, latest first. */
  readonly entities: readonly Entity[];
  /** The date the sentence's events are set in, when it gives one plainly ("In August 2021, most governments shut their embassies"). */
  readonly time?: DateRange;
  /** States and places named after a preposition ("an invasion of Afghanistan", "in Kabul"), latest first, for "there". */
  readonly places?: readonly Entity[];
  /** How many sentences ago the last one that named something was. */
  readonly age: number;
}

export interface ClaimOptions {
  readonly asOf: DateRange;
  readonly setting: SentenceSetting;
  readonly previous?: Discourse;
  /** A date that applies to the whole sentence: a table row's date cell. */
  readonly rowDate?: ValueMention;
  /** The sentence is a table row: its cells are clauses about one event. */
  readonly tableRow?: boolean;
  /**
   * The time the passage is set in: a heading, caption or lead that is only a date ("## 2003",
   * "[CAPTION: 2014]", "**2003.** Russia lists ..."). A present tense under it is a historical one.
   */
  readonly scene?: DateRange;
}

interface Occurrence {
  readonly frameId: string;
  readonly hit: PhraseHit;
  /** Token of the trigger's head, for clause and assertion. */
  readonly at: number;
  readonly args: readonly ArgFill[];
  /** An event named at the trigger ("the Crocus City Hall attack"). */
  readonly named?: Instance;
  readonly continued?: boolean;
  /** Found by a time counted from an event, not by a word of its own: its values are the clause's. */
  readonly anchored?: boolean;
  /** A singular indefinite noun ("a survey", "an attack"). */
  readonly indefinite?: boolean;
  /** A definite noun for the one event of its frame the base knows ("the court's decision"). */
  readonly definite?: boolean;
  /** An event named after "before", "after", "since": a point of reference, dated only by words right after its name. */
  readonly reference?: boolean;
  /** A noun after "than": the standard a comparison measures against ("worse than the 2002 theatre siege"). */
  readonly compared?: boolean;
  /**
   * A definite noun of a frame that does not recur, where the base knows one such event or
   * relation: "the Kremlin's special envoy" is the one office the base knows of the Kremlin's.
   */
  readonly sole?: boolean;
  /** In a table row, the cell that gives the state of what the row's first cell names ("Russian embassy, Kabul | Closed"). */
  readonly statusCell?: number;
}

interface Match {
  readonly occurrence: Occurrence;
  readonly instance: Instance;
  readonly named: boolean;
  readonly distinguished: boolean;
  /** Roles matched, by how: a role → true. */
  readonly matched: ReadonlySet<string>;
  /** Roles the sentence fills with someone else: role → the actor, and whether they differ in state. */
  readonly conflicts: ReadonlyMap<string, { readonly actor: Actor; readonly otherState: boolean; readonly blocking?: boolean }>;
  readonly fills: ReadonlyMap<string, ArgFill>;
  /** The sentence dates this occurrence to the event's own month or day ("in March 2025"). */
  readonly datedToMonth?: boolean;
}

/** A date long past, for comparisons that need no draft date. */
const FAR_PAST: DateRange = { kind: 'range', start: 0, end: 0, precision: 'day', label: '1 January 1970' };
/** Who fills a conflicting time: nobody. */
const NO_ACTOR: Actor = { first: 0, end: 0, start: 0, stop: 0, name: '', possessive: false, byNationality: false };

const FIRST = new Set(FIRST_WORDS);
const FORMER = new Set(FORMER_WORDS);
const REPEAT = new Set(REPEAT_WORDS);
const ANAPHOR = new Set(ANAPHORS);
const GENERAL = new Set(GENERAL_EVENT_NOUNS);
const LIGHT = new Set(LIGHT_VERBS);
const OPENERS = new Set(CLAUSE_OPENERS);
const CONCESSIVE = new Set(CONCESSIVE_MARKERS);
/** A light verb at token k, one word or two ("came", "took place"). */
function lightAt(s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  return t !== undefined && (LIGHT.has(t.lemma) || LIGHT.has(`${t.lemma} ${s.tokens[k + 1]?.norm ?? ''}`));
}
const ESTIMATE_SOURCES = new Set(ESTIMATE_SOURCE_NOUNS);
const RELATIVE_WORDS = new Set(RELATIVE_PRONOUN_WORDS);

function isTrigger(p: FramePhrase): p is Extract<FramePhrase, { kind: 'trigger' | 'agent-verb' }> {
  return p.kind === 'trigger' || p.kind === 'agent-verb';
}

function clauseOfHit(s: Sentence, hit: PhraseHit): number {
  return s.clauseOf[hit.first] ?? 0;
}

/**
 * A later clause whose subject is "it" and that names no event of its own speaks of the noun that
 * opens the sentence as its subject: "That listing had been in force since 2003, so it stood for
 * nearly three decades." (`at` is the value's token.)
 */
function pronounContinues(s: Sentence, at: number, o: Occurrence): boolean {
  if (at <= o.hit.end) return false;
  // The noun is the sentence's subject: nothing but its determiner and modifiers before it.
  const before = s.tokens.slice(0, o.hit.first);
  if (before.length > 4 || !before.every((t) => ['DET', 'ADJ', 'PRON', 'PROPN', 'NOUN'].includes(t.pos))) return false;
  for (let k = at - 1; k > o.hit.end; k--) {
    const t = s.tokens[k] as Token;
    if (t.norm !== 'it') continue;
    const prev = s.tokens[k - 1];
    const opens = prev !== undefined && (prev.text === ',' || prev.text === ';' || (OPENERS.has(prev.norm) && s.tokens[k - 2]?.text === ','));
    const verb = s.tokens[k + 1]?.pos === 'VERB' || s.tokens[k + 1]?.pos === 'AUX';
    const otherEvent = s.phrases.some((p) => isTrigger(p.phrase) && p.first > o.hit.end && p.first < at && p.phrase.frame.id !== o.frameId);
    return opens && verb && !otherEvent;
  }
  return false;
}

/** A description whose noun phrase names another state or place as its owner: "Russia's mineral resources", "Kazakh reserves". */
function ownedByOther(s: Sentence, index: FactIndex, p: PhraseHit, expected: readonly string[]): boolean {
  let k = p.first - 1;
  while (k >= 0 && (s.tokens[k]?.pos === 'ADJ' || s.tokens[k]?.norm === "'s" || s.tokens[k]?.norm === '’s' || s.tokens[k]?.norm === 'own')) k--;
  const owner = s.actors.find((a) => a.first <= k && k < a.end && (a.type === 'state' || a.type === 'place'));
  return owner !== undefined && owner.resolved === undefined && expected.length > 0 && compareActor(index, owner, expected) === 'other-state';
}

const PRESENT_AUX_SET = new Set(PRESENT_AUXILIARIES);
const NOW_WORDS = new Set(WRITERS_NOW_WORDS);
const MODAL_SET = new Set(MODAL_WORDS);
/**
 * The value at token `at` opens the sentence (after "now" or "today" at most), is set off by a
 * comma, and the clause after it is in the present: "Two years after Crocus, Moscow is ...".
 */
function speaksOfNow(s: Sentence, at: number): boolean {
  const start = s.tokens.findIndex((t) => /[\p{L}\p{N}]/u.test(t.text));
  const lead = s.tokens.slice(start, at).filter((t) => t.text !== ',');
  if (!lead.every((t) => NOW_WORDS.has(t.norm) || t.pos === 'ADV')) return false;
  const comma = s.tokens.findIndex((t, i) => i > at && t.text === ',');
  if (comma < 0 || comma > at + 10) return false;
  const verb = s.tokens.find((t, i) => i > comma && (t.pos === 'VERB' || t.pos === 'AUX'));
  return verb !== undefined && (PRESENT_AUX_SET.has(verb.norm) || MODAL_SET.has(verb.norm) || (verb.pos === 'VERB' && !pastForm(verb)));
}

const OBJECT_ONLY_AGENT = new Set(OBJECT_ONLY_AGENT_VERBS);
/** A clause starts at token k: "that ...", or a subject and then its verb ("Ukraine was involved"). */
function opensClause(s: Sentence, k: number): boolean {
  if (s.tokens[k]?.norm === 'that') return true;
  for (let j = k; j < Math.min(s.tokens.length, k + 5); j++) {
    const t = s.tokens[j] as Token;
    if (t.pos === 'AUX' || t.pos === 'VERB') return j > k;
    if (!['PROPN', 'PRON', 'NOUN', 'DET', 'ADJ'].includes(t.pos)) return false;
  }
  return false;
}

/** Token k stands in a concessive clause ("though China has led") that token `of` is not in. */
function conceded(s: Sentence, k: number, of: number): boolean {
  const own = s.clauseOf[of] ?? 0;
  for (let c: number | undefined = s.clauseOf[k] ?? 0, hops = 0; c !== undefined && c !== own && hops < 6; c = s.clauses[c]?.parent, hops++) {
    const clause = s.clauses[c];
    if (clause?.kind === 'subordinate' && CONCESSIVE.has(clause.marker ?? '')) return true;
  }
  return false;
}

/** Same clause, or one inside the other with no other clause between: "the Taliban, which took Kabul in 2021". */
function near(s: Sentence, a: number, b: number): boolean {
  const ca = s.clauseOf[a] ?? 0;
  const cb = s.clauseOf[b] ?? 0;
  if (ca === cb) return true;
  const pa = s.clauses[ca]?.parent;
  const pb = s.clauses[cb]?.parent;
  return pa === cb || pb === ca || (frontedAdverbial(s, a) && s.clauses[cb]?.kind === 'main');
}

/** How an actor in the sentence compares with the ids the fact base has for a role. */
/** Whether the base holds that a person holds an office in the body (or its state): Kabulov, the Kremlin's envoy. */
function representedBy(index: FactIndex, person: string, body: string): boolean {
  return index.factsAbout(person).some((f) => f.value.type === 'role' && f.value.organization !== undefined && (f.value.organization === body || index.rootOf(f.value.organization) === body || index.within(f.value.organization, body)));
}

function compareActor(index: FactIndex, actor: Actor, expected: readonly string[]): 'match' | 'detail' | 'other-state' | 'unknown' {
  // "Moscow's envoy": against a person the base names, an unnamed person; against a body, its owner.
  // "Moscow's envoy", "U.S. envoy Adam Boehler": a person acting for a state or a body is that
  // body where the fact names no person; where it does, a name tells them apart, a title alone not.
  if (actor.owner !== undefined) {
    if (!expected.some((e) => index.entity(e)?.type === 'person')) return compareActor(index, actor.owner, expected);
    if (actor.unnamed === true) return 'unknown';
  }
  const id = actor.entity?.id;
  if (id !== undefined) {
    if (expected.some((e) => e === id || index.within(id, e) || index.within(e, id))) return 'match';
    // "The Kremlin says ..." for what its envoy said: a body a person holds office in speaks
    // through them; it neither confirms nor contradicts who spoke.
    if (expected.some((e) => index.entity(e)?.type === 'person' && representedBy(index, e, id))) return 'unknown';
    const roots = new Set(expected.map((e) => index.rootOf(e)));
    const root = index.rootOf(id);
    const expectedStates = expected.map((e) => index.entity(index.rootOf(e))).filter((e): e is Entity => e?.type === 'state');
    const ownState = index.entity(root);
    if (ownState?.type === 'state' && expectedStates.length > 0 && !roots.has(root)) return 'other-state';
    return 'detail';
  }
  // An actor the fact base does not know, named by part of a known one's name ("the Supreme
  // Court" for the Supreme Court of the Russian Federation), is that one, less precisely.
  // A pronoun stands for someone; it names nobody by part of a name.
  if (actor.resolved !== undefined) {
    if (actor.root === undefined) return 'unknown';
    if (expected.some((e) => index.rootOf(e) === actor.root)) return 'match';
    return actor.type === 'state' ? 'other-state' : 'detail';
  }
  // A person the base knows only by description ("the American hostage ..."): a name it does not
  // know may be theirs; only another nationality tells them apart.
  const describedOnly = expected.length > 0 && expected.every((e) => { const en = index.entity(e); return en?.type === 'person' && /^(?:the|a|an) /i.test(en.name); });
  if (describedOnly && actor.root === undefined) return 'unknown';
  const written = ` ${normalizeName(actor.name).replace(/^the /, '')} `;
  const namesOf = (e: string) => { const en = index.entity(e); return en === undefined ? [] : [en.name, ...en.aliases].map((n) => ` ${normalizeName(n).replace(/^the /, '')} `); };
  // The part must be the known one's, not the same kind of body of another state: "Kazakhstan's
  // Supreme Court" is not Russia's.
  // (A gazetteer state's root is its name, a known state's its id.)
  const sameState = actor.root !== undefined && expected.some((e) => index.rootOf(e) === actor.root || (index.entity(index.rootOf(e))?.name ?? index.rootOf(e)) === actor.root);
  if ((actor.root === undefined || sameState) && expected.some((e) => namesOf(e).some((n) => n.includes(written)))) return 'match';
  // "Russia's business centre" for the Russian Business Centre in Afghanistan: the same kind of
  // body, of the same state, described rather than named.
  if (actor.described === true && actor.head !== undefined && actor.root !== undefined && expected.some((e) => index.rootOf(e) === actor.root && namesOf(e).some((n) => n.includes(` ${actor.head} `)))) return 'match';
  // "Russian Business Centre in AFG", "RU Business Centre in AF": the name cut short. Every word
  // is a word of the entity's name, the start of one, or a name of the entity's own state.
  if (actor.root !== undefined && expected.some((e) => index.rootOf(e) === actor.root && shortened(written, namesOf(e), namesOf(actor.root ?? '')))) return 'match';
  // "Zalmay Khalilzad, a former U.S. ambassador, made an unannounced visit": a person the base
  // does not know, where the fact names a state or a body, may well act for it; only a head of
  // government stands for another administration ("President Biden sent officials").
  if (actor.type === 'person' && actor.root === undefined && !expected.some((e) => index.entity(e)?.type === 'person') && !LEADER_TITLE_WORDS.some((w) => normalizeName(actor.name).startsWith(`${w} `))) return 'unknown';
  // "the Islamist group" describes someone; it names nobody that could be wrong.
  if (actor.head !== undefined && GENERIC.has(actor.head) && actor.root === undefined && actor.proper !== true) return 'unknown';
  // Its state, if the sentence gives one, tells the level.
  if (actor.root !== undefined) {
    if (actor.type === 'state') return sameState ? 'match' : 'other-state';
    return sameState ? 'detail' : 'other-state';
  }
  return 'detail';
}

/** Whether a written name is one of `names` with words shortened, or its state's names used for its words. */
function shortened(written: string, names: readonly string[], stateNames: readonly string[]): boolean {
  const ws = written.trim().split(' ').filter((w) => w !== '');
  const stateWords = new Set(stateNames.flatMap((n) => n.trim().split(' ')));
  return ws.length >= 2 && names.some((n) => {
    const nameWords = n.trim().split(' ');
    return ws.every((w) => nameWords.some((x) => x === w || (w.length >= 2 && x.startsWith(w))) || stateWords.has(w)) && ws.some((w) => nameWords.includes(w) && !stateWords.has(w));
  });
}

function occurrencesOf(s: Sentence, index: FactIndex): Occurrence[] {
  const out: Occurrence[] = [];
  for (const hit of s.phrases) {
    const phrase = hit.phrase;
    if (!isTrigger(phrase)) continue;
    // "the Taliban's terror listing": a word inside a longer phrase of another frame is a word of
    // that phrase ("terror" of "terror listing"), as a name inside a longer name is.
    // (Only a word that modifies the longer phrase's head noun, not the head itself.)
    if (phrase.kind === 'trigger' && s.phrases.some((p) => p.phrase.kind === 'trigger' && p.phrase.frame !== phrase.frame && p.first <= hit.first && hit.end < p.end && s.tokens[p.end - 1]?.pos === 'NOUN')) continue;
    let at = hit.first;
    for (let i = hit.first; i < hit.end; i++) if (s.tokens[i]?.pos === 'VERB' || s.tokens[i]?.pos === 'NOUN') { at = i; break; }
    // "carried out", "announced", "began": an agent verb speaks of a frame only beside one of its
    // words or names ("ISK carried out the attack"), never alone ("Russia had begun engaging").
    // ("the attack, which ISKP carried out": the clause's noun counts.)
    const ownClause = s.clauses[s.clauseOf[hit.first] ?? 0];
    const inReach = (k: number) => s.clauseOf[k] === s.clauseOf[hit.first] || (ownClause?.kind === 'relative' && ownClause.antecedent !== undefined && Math.abs(k - ownClause.antecedent) <= 1);
    if (phrase.kind === 'agent-verb' && !pronounObject(s, hit) && !s.phrases.some((p) => p.phrase.kind === 'trigger' && p.phrase.frame === phrase.frame && (inReach(p.first) || inReach(p.end - 1))) && !s.actors.some((a) => a.entity?.type === 'event' && (inReach(a.first) || inReach(a.end - 1)) && index.instanceOfEvent(a.entity.id)?.frame === phrase.frame)) continue;
    // "Russian authorities claimed Ukraine was involved in the attack": a reporting verb whose
    // object is a clause reports; it does not claim the attack ("IS-K claimed the attack").
    if (phrase.kind === 'agent-verb' && OBJECT_ONLY_AGENT.has(s.tokens[hit.first]?.lemma ?? '') && opensClause(s, hit.end)) continue;
    // "recognises the Taliban as a terrorist organisation": a verb whose "as" phrase is another
    // frame's word expresses that frame, not its own.
    // (Unless that word is one a fact of this frame requires: "describe Afghanistan as a militant
    // haven" is data about a haven.)
    const required = s.phrases.some((p) => p.phrase.kind === 'requires' && p.first >= hit.end && index.placeOf(p.phrase.fact)?.instance.frame.id === phrase.frame.id);
    if (s.tokens[at]?.pos === 'VERB' && !required && predicateOfAnotherFrame(s, hit, phrase.frame.id)) continue;
    const args = argumentsOf(s, hit as PhraseHit & { phrase: Extract<FramePhrase, { kind: 'trigger' | 'agent-verb' }> });
    // "took custody", "took part": a word that expresses the frame only with its role filled.
    if (phrase.kind === 'trigger' && phrase.needs !== undefined && !args.some((f) => f.role === phrase.needs) && !s.phrases.some((p) => p.phrase.kind === 'description' && p.phrase.role === phrase.needs && p.first >= hit.end && p.first <= hit.end + 4)) continue;
    // An event named over or right at the trigger names its instance.
    // ("the attacks of 9/11", "the 9/11 attacks": a name of the frame's event right after "of", or
    // right before the trigger, is the trigger's own noun phrase.)
    const ofFrame = (a: Sentence['actors'][number]) => a.entity?.type === 'event' && index.instanceOfEvent(a.entity.id)?.frame.id === phrase.frame.id;
    const namedActor = s.actors.find((a) => a.entity?.type === 'event' && a.first <= hit.first && a.end >= hit.end)
      ?? s.actors.find((a) => ofFrame(a) && (args.some((f) => f.actor === a) || (a.first === hit.end + 1 && s.tokens[hit.end]?.norm === 'of') || (a.end === hit.first && s.tokens[hit.first]?.pos === 'NOUN')));
    const named = namedActor?.entity ? index.instanceOfEvent(namedActor.entity.id) : undefined;
    // ("the former special representative" is someone who held an office once, not its holder.)
    const sole = phrase.kind === 'trigger' && !phrase.frame.recurring && s.tokens.slice(hit.first, hit.end).some((t) => t.pos === 'NOUN') && definiteNounPhrase(s, hit) && index.instancesOf(phrase.frame.id).length === 1
      && !s.tokens.slice(Math.max(0, hit.first - 4), hit.first).some((t) => FORMER.has(t.norm));
    // "a year after ISK's attack on the concert hall": a noun after a preposition of time is a
    // point of reference, as a name there is.
    // ("after Russia's war on Ukraine began in February 2022": the word opens a clause whose
    // subject is the noun, and what that clause says is said of the event.)
    const reference = s.tokens[at]?.pos === 'NOUN' && afterAnchorPreposition(s, hitStartOfNounPhrase(s, hit)) && !subjectOfTimeClause(s, hit);
    const compared = s.tokens[at]?.pos === 'NOUN' && s.tokens[hitStartOfNounPhrase(s, hit) - 1]?.norm === 'than';
    out.push({ frameId: phrase.frame.id, hit, at, args, ...(named && named.frame.id === phrase.frame.id && { named }), ...(indefiniteNoun(s, hit) && { indefinite: true }), ...(sole && { sole: true }), ...(reference && { reference: true }), ...(compared && { compared: true }) });
  }
  // A name with a possessor, where the base holds who that possessor should be: "al-Qaeda's Voice
  // of Khorasan" says whose magazine it is, as "al-Qaeda's magazine, Voice of Khorasan" does.
  for (const a of s.actors) {
    if (!a.entity || a.entity.type === 'event' || a.resolved !== undefined) continue;
    // ("al-Qaeda's flagship Voice of Khorasan": the name's own modifiers may come between.)
    let from = a.first;
    while (from > 0 && from > a.first - 3 && (s.tokens[from - 1]?.pos === 'ADJ' || s.tokens[from - 1]?.pos === 'NOUN') && !s.actors.some((x) => x.first < from && x.end >= from)) from--;
    const owner = s.actors.find((o) => o.possessive && o.entity !== undefined && o.resolved === undefined && o.end === from - 1);
    if (!owner) continue;
    for (const fact of index.factsAbout(a.entity.id)) {
      const place = index.placeOf(fact);
      const frame = place?.instance.frame;
      if (!place || !frame || frame.marks.possessor !== place.role || out.some((o) => o.named === place.instance)) continue;
      const hit: PhraseHit = { first: a.first, end: a.end, start: a.start, stop: a.stop, phrase: { kind: 'trigger', frame } };
      const args = argumentsOf(s, hit as PhraseHit & { phrase: Extract<FramePhrase, { kind: 'trigger' }> });
      out.push({ frameId: frame.id, hit, at: a.end - 1, args, named: place.instance });
    }
  }
  // Event names with no trigger of their frame beside them ("since the fall of Kabul", "Crocus").
  for (const a of s.actors) {
    if (a.entity?.type !== 'event') continue;
    const instance = index.instanceOfEvent(a.entity.id);
    if (!instance) continue;
    if (out.some((o) => o.named === instance)) continue;
    const hit: PhraseHit = { first: a.first, end: a.end, start: a.start, stop: a.stop, phrase: { kind: 'trigger', frame: instance.frame } };
    const args = argumentsOf(s, hit as PhraseHit & { phrase: Extract<FramePhrase, { kind: 'trigger' }> });
    out.push({ frameId: instance.frame.id, hit, at: a.end - 1, args, named: instance, ...(afterAnchorPreposition(s, a.first) && { reference: true }) });
  }
  return out;
}

/** Whether a value's host is a noun of the occurrence's phrase (not a verb): "ISK's attack on the venue in March 2024". */
function nounHostAttached(s: Sentence, host: Host, o: Occurrence): boolean {
  return host.kind === 'tokens' && host.at.every((k) => s.tokens[k]?.pos !== 'VERB' && s.tokens[k]?.pos !== 'AUX') && attached(s, host, { first: o.hit.first, end: o.hit.end, at: o.at }) === true;
}

/** Whether a word that ends a status of the occurrence's frame comes right before its noun phrase: "ending a listing". */
function endedHere(s: Sentence, o: Occurrence): boolean {
  const start = hitStartOfNounPhrase(s, o.hit);
  return s.phrases.some((p) => p.phrase.kind === 'polarity' && p.phrase.frame.id === o.frameId && p.phrase.polarity === 'ends' && p.end <= start && p.end >= start - 1);
}

/** The trigger heads a noun phrase set off by a comma after the clause before it: "..., a listing that had stood ...". */
function summarizes(s: Sentence, o: Occurrence): boolean {
  const start = hitStartOfNounPhrase(s, o.hit);
  return start > 1 && s.tokens[start - 1]?.text === ',';
}

/**
 * The one instance of a frame whose participants all take part in one of the events just identified.
 * (Not for a frame made of facts' cue words: a large base has thousands of its instances, found by
 * the entities a sentence names; walking them all per noun cost 30% of the corpus bench.)
 */
function bridgedInstance(index: FactIndex, frameId: string, previous: readonly Instance[]): Instance | undefined {
  if (previous.length === 0 || index.isCueFrame(frameId)) return undefined;
  const fits = index.instancesOf(frameId).filter((c) => {
    const ids = Object.values(c.args).flat();
    return ids.length >= 2 && previous.some((p) => p.frame.id !== frameId && ids.every((id) => Object.values(p.args).flat().some((x) => x === id || index.rootOf(x) === id)));
  });
  return fits.length === 1 ? fits[0] : undefined;
}

const CONTRAST = new Set(CONTRAST_WORDS);
const QUANTITY_COMPARATIVES = new Set(QUANTITY_COMPARATIVE_WORDS);
const ANCHOR_PREPS = ANCHOR_PREPOSITIONS.map((p) => p.split(' '));
/** Whether the words before a name (past "the") are a preposition of time: "before Crocus", "since the fall of Kabul". */
/** Past the prepositional phrases after `end` whose objects fill the occurrence's roles ("attack near Moscow"). */
function pastOwnPhrases(s: Sentence, o: Occurrence, end: number): number {
  let k = end;
  for (;;) {
    if (s.tokens[k]?.pos !== 'ADP') return k;
    const arg = o.args.find((f) => f.actor.first === k + 1 || (f.actor.first === k + 2 && s.tokens[k + 1]?.pos === 'DET'));
    if (!arg) return k;
    k = arg.actor.end;
  }
}

/**
 * "the decision this spring by the Moscow City Court to strike the movement off the register":
 * a noun of a frame and the verb of the same frame in its "to" complement are one act, so each
 * takes the participants the other names in roles it has not filled itself.
 */
function withComplementArgs(s: Sentence, occurrences: Occurrence[]): Occurrence[] {
  const pairs = new Map<Occurrence, Occurrence>();
  for (const n of occurrences) {
    if (n.hit.phrase.kind !== 'trigger' || s.tokens[n.at]?.pos !== 'NOUN' || n.continued) continue;
    for (let k = n.hit.end; k < s.tokens.length && k < n.hit.end + 10; k++) {
      const t = s.tokens[k] as Token;
      if (t.norm === 'to' && t.pos === 'PART') {
        const v = occurrences.find((x) => x !== n && x.frameId === n.frameId && x.hit.first === k + 1 && s.tokens[x.at]?.pos === 'VERB');
        if (v) { pairs.set(n, v); pairs.set(v, n); }
        break;
      }
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.pos === 'PRON') break;
    }
  }
  if (pairs.size === 0) return occurrences;
  return occurrences.map((o) => {
    const other = pairs.get(o);
    if (!other) return o;
    const extra = other.args.filter((f) => !o.args.some((g) => g.role === f.role || g.actor === f.actor));
    return extra.length === 0 ? o : { ...o, args: [...o.args, ...extra] };
  });
}

/** The noun at `hit` is the subject of the clause a time word opens: "after the war began". */
function subjectOfTimeClause(s: Sentence, hit: PhraseHit): boolean {
  const c = s.clauses[s.clauseOf[hit.first] ?? 0];
  if (c?.kind !== 'subordinate' || c.first !== hitStartOfNounPhrase(s, hit) - 1) return false;
  // Its verb follows the noun phrase and whatever modifies it, before any other noun phrase's verb.
  for (let k = nounPhraseEnd(s, hit); k < c.end; k++) {
    const t = s.tokens[k] as Token;
    if (s.clauseOf[k] !== s.clauseOf[hit.first]) return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.norm) && s.tokens[k - 1]?.norm !== 'to')) return true;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return false;
  }
  return false;
}

function afterAnchorPreposition(s: Sentence, first: number): boolean {
  let k = first;
  if (s.tokens[k - 1]?.norm === 'the') k--;
  return ANCHOR_PREPS.some((p) => p.every((w, i) => s.tokens[k - p.length + i]?.norm === w));
}

/** "ISKP carried it out": an agent verb whose object is a pronoun for an event named before. */
function pronounObject(s: Sentence, hit: PhraseHit): boolean {
  const next = s.tokens.slice(hit.end).find((t) => t.pos !== 'ADV') ?? s.tokens[hit.first + 1];
  const inside = s.tokens.slice(hit.first + 1, hit.end).some((t) => /^(it|this|that)$/.test(t.norm));
  return inside || (next !== undefined && /^(it|this|that)$/.test(next.norm) && (next.pos === 'PRON' || next.pos === 'DET'));
}

function predicateOfAnotherFrame(s: Sentence, hit: PhraseHit, frameId: string): boolean {
  const clause = s.clauseOf[hit.first];
  // (The "as" may open a clause of its own in the segmentation: "recognizes the Taliban as a
  // terrorist organization, but ...".)
  // Such an "as" must open a noun phrase, with no other frame's noun before it that it could
  // describe instead ("annulled the Taliban's designation as a terrorist organisation").
  const nounBefore = (k: number) => s.phrases.some((p) => isTrigger(p.phrase) && p.first >= hit.end && p.end <= k);
  const opensPredicate = (k: number) => s.tokens[k]?.norm === 'as' && s.clauses[s.clauseOf[k] ?? -1]?.first === k && ['DET', 'ADJ', 'NOUN'].includes(s.tokens[k + 1]?.pos ?? '')
    && !nounBefore(k)
    && !s.tokens.slice(k + 1, k + 5).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  for (let k = hit.end; k < s.tokens.length && k <= hit.end + 6 && (s.clauseOf[k] === clause || opensPredicate(k)); k++) {
    if (s.tokens[k]?.norm !== 'as') continue;
    return !nounBefore(k) && s.phrases.some((p) => isTrigger(p.phrase) && p.phrase.frame.id !== frameId && p.first > k && p.first <= k + 4);
  }
  return false;
}

/** The participants, by role, of the events the sentence before identified. */
type Topic = ReadonlyMap<string, ReadonlySet<string>>;
const NO_TOPIC: Topic = new Map();

function matchInstance(s: Sentence, index: FactIndex, o: Occurrence, instance: Instance, others: readonly Occurrence[], previousEvents: readonly string[] = [], asOf: DateRange = FAR_PAST, rowDate?: ValueMention, topic: Topic = NO_TOPIC): Match | undefined {
  const named = o.named === instance;
  // A phrase that singles the event out, or a unique property the sentence gets right: "the first
  // known visit since 2021", "the deadliest attack on Russian soil since 2004".
  // A distinguishing word inside the name of a point of reference ("before Crocus") singles out
  // that event, not the one the sentence describes.
  const inReference = (p: PhraseHit) => !named && others.some((x) => x.reference && x.named === instance && x.hit.first <= p.first && p.end <= x.hit.end);
  // A clause inside another is about what it describes: a distinguishing word of the clause
  // around it counts only beside the noun a relative clause describes ("the Crocus massacre ...
  // the 2002 siege, which Chechen militants carried out": "Crocus" does not single out the siege).
  const ownClause = s.clauseOf[o.at] ?? 0;
  const own = s.clauses[ownClause];
  const inReach = (p: PhraseHit) => {
    const c = s.clauseOf[p.first] ?? 0;
    // ("shaped by the Dubrovka theatre siege of 2002 and by Beslan; Crocus forced a new question":
    // a clause after a semicolon does not single out a noun before it, though what comes before
    // may set the scene for it: "broken down over Crimea in 2014; by then Moscow was in contact".)
    if (!named && c !== ownClause && p.first > o.hit.end && s.tokens.slice(o.hit.end, p.first).some((t) => t.text === ';')) return false;
    if (named || c === ownClause || !clauseWithin(s.clauses, ownClause, c)) return true;
    return own?.kind === 'relative' && own.antecedent !== undefined && p.first <= own.antecedent + 1 && p.end >= own.antecedent - 1;
  };
  // A noun of the frame set apart from a name of the event ("the Beslan school siege ... from
  // Crocus", "worse than the 2002 theatre siege"): the name's words single out the event it
  // names, not the noun, unless the name is one of the noun's participants.
  const nounTrigger = s.tokens.slice(o.hit.first, o.hit.end).some((t) => t.pos === 'NOUN');
  // Set apart means a word of contrast between them, not an apposition ("at Crocus
  // City Hall, the deadliest attack ...").
  // ("more than 140 people" compares a number, not two events.)
  const contrast = (from: number, to: number) => s.tokens.slice(from, to).some((t, i) => CONTRAST.has(t.norm) && !(t.norm === 'than' && QUANTITY_COMPARATIVES.has(s.tokens[from + i - 1]?.norm ?? '')));
  let namesCache: { first: number; end: number }[] | undefined;
  const names = () => (namesCache ??= [...others.filter((x) => x !== o && x.named === instance).map((x) => x.hit), ...s.actors.filter((a) => instance.event !== undefined && a.entity?.id === instance.event.id)]);
  const npStart = nounTrigger || o.compared === true ? hitStartOfNounPhrase(s, o.hit) : o.hit.first;
  const npEnd = nounTrigger || o.compared === true ? nounPhraseEnd(s, o.hit) : o.hit.end;
  const apart = (x: { first: number; end: number }) => !o.args.some((f) => f.actor.first <= x.first && x.end <= f.actor.end)
    && ((x.first > npEnd && contrast(npEnd, x.first)) || (x.end < npStart && contrast(x.end, npStart)));
  const inOtherName = (p: PhraseHit) => !named && nounTrigger && names().some((x) => apart(x) && x.first <= p.first && p.end <= x.end);
  // The standard of a comparison is singled out only by its own words.
  const ownWords = (p: PhraseHit) => o.compared !== true || (p.first >= npStart && p.end <= npEnd);
  const distinguished = s.phrases.some((p) => p.phrase.kind === 'distinguishing' && p.phrase.instance === instance && !inReference(p) && !inOtherName(p) && ownWords(p) && inReach(p)) || o.compared !== true && instance.facts.some((f) => {
    const place = index.placeOf(f);
    if (!place || place.role !== 'since' || place.requires.length === 0 || !s.phrases.some((p) => p.phrase.kind === 'requires' && p.phrase.fact === f)) return false;
    return s.values.some((v) => v.kind === 'date' && v.qualifier === 'since' && near(s, Math.max(0, s.tokens.findIndex((t) => t.end > v.start)), o.at) && kindOf(v).compare(v, f, { asOf: FAR_PAST, role: 'since', timeOf: () => undefined }) === true);
  });
  // A first or a repeat that the instance is not: "the Taliban first took Kabul in 1996".
  if (!named && instance.occurrence !== undefined) {
    const clause = s.clauses[s.clauseOf[o.at] ?? 0];
    const window = s.tokens.slice(clause?.first ?? 0, clause?.end ?? s.tokens.length);
    if (instance.occurrence === 'repeat' && window.some((t) => FIRST.has(t.norm)) && !window.some((t) => REPEAT.has(t.norm))) return undefined;
    if (instance.occurrence === 'first' && window.some((t) => REPEAT.has(t.norm))) return undefined;
  }
  const matched = new Set<string>();
  const conflicts = new Map<string, { actor: Actor; otherState: boolean; blocking?: boolean }>();
  const fills = new Map<string, ArgFill>();
  for (const fill of o.args) {
    const expected = instance.args[fill.role];
    if (instance.event !== undefined && fill.actor.entity?.id === instance.event.id) continue;
    // A person described, not named: a word of this event's ("the envoy" it accredited), or, in a
    // role that identifies the event, someone else ("recognised the diplomat" is no recognition of the Taliban).
    if (fill.actor.unnamed === true && fill.actor.owner === undefined) {
      const described = s.phrases.some((p) => p.phrase.kind === 'description' && p.phrase.instance === instance && p.first <= fill.actor.first && fill.actor.first < p.end);
      if (described) matched.add(fill.role);
      else if (!named && !instance.details.includes(fill.role)) conflicts.set(fill.role, { actor: fill.actor, otherState: true, blocking: true });
      continue;
    }
    // "let Taliban appointees take over the Afghan embassy": a state's adjective before a noun for
    // a body names that body, not the state; where a place is wanted, unless the noun is this
    // frame's own ("the Russian embassy"), the event is about something else.
    // (Only for a place: a body may act for its state, "a Russian court ended the ban".)
    const placeRole = expected !== undefined && expected.length > 0 && expected.every((id) => index.entity(id)?.type === 'place');
    const body = placeRole && fill.actor.byNationality && fill.actor.entity?.type === 'state' ? s.tokens[fill.actor.end] : undefined;
    if (body?.pos === 'NOUN' && !named && (ACTOR_HEADS[body.lemma] === 'institution' || ACTOR_HEADS[body.lemma] === 'organization') && !s.phrases.some((p) => p.first <= fill.actor.end && fill.actor.end < p.end && 'frame' in p.phrase && p.phrase.frame === instance.frame)) {
      conflicts.set(fill.role, { actor: fill.actor, otherState: true, blocking: true });
      continue;
    }
    // "the Supreme Court annulled the designation": who the base says ended the status confirms it.
    if (fill.via === 'ender') {
      const enders = instance.facts.flatMap((f) => (f.value.type === 'status' && f.value.endedBy !== undefined ? [f.value.endedBy] : []));
      const ender = enders.length > 0 ? compareActor(index, fill.actor, enders) : 'unknown';
      if (ender === 'match') matched.add('ender');
      // "Kazakhstan's Supreme Court lifted the ban": a body of another state ended its own ban.
      else if (ender === 'other-state' && fill.actor.resolved === undefined && !named) conflicts.set('ender', { actor: fill.actor, otherState: true, blocking: true });
    }
    if (!expected || expected.length === 0) continue;
    const verdict = compareActor(index, fill.actor, expected);
    if (verdict === 'unknown') continue;
    // A pronoun's antecedent is a guess, and who ends a state ("the court annulled the designation")
    // or announces an act need not be who made it: either may confirm a role, never contradict one.
    if ((fill.via === 'ender' || fill.via === 'announcer') && verdict !== 'match') continue;
    if (((fill.via === 'pronoun' && fill.actor.resolved !== 'bound') || fill.actor.resolved === 'discourse') && verdict !== 'match') continue;
    // A pronoun bound to its clause's subject that names someone else makes this another event
    // ("Kazakhstan dropped the Taliban from its list"), but is never itself reported.
    if (fill.actor.resolved === 'bound' && verdict !== 'match') {
      if (!named) conflicts.set(fill.role, { actor: fill.actor, otherState: true, blocking: true });
      continue;
    }
    // A possessor or modifier may stand in any role of the event: "Russia's Crocus City Hall
    // attack" names where it happened, "ISK's attack" who did it.
    if ((fill.via === 'possessor' || fill.via === 'compound') && fill.actor.resolved === undefined && verdict !== 'match') {
      const other = Object.keys(instance.args).find((r) => r !== fill.role && roleFits(instance.frame, r, fill.actor) && compareActor(index, fill.actor, instance.args[r] ?? []) === 'match');
      if (other !== undefined) {
        matched.add(other);
        continue;
      }
    }
    // "Biden administration officials made the first known US visit": of two fillers of a role, a
    // body that differs is what the sentence says, though the state it belongs to matches.
    if (fills.has(fill.role) && matched.has(fill.role)) {
      const before = fills.get(fill.role) as ArgFill;
      if (!(verdict === 'detail' && before.actor.type === 'state' && fill.actor.type !== 'state' && fill.actor.type !== 'place')) continue;
      fills.set(fill.role, fill);
      conflicts.set(fill.role, { actor: fill.actor, otherState: false });
      continue;
    }
    fills.set(fill.role, fill);
    if (verdict === 'match') {
      matched.add(fill.role);
      conflicts.delete(fill.role);
    } else conflicts.set(fill.role, { actor: fill.actor, otherState: verdict === 'other-state' });
  }
  // The time: a date beside the trigger that agrees with the event's date identifies it; one that
  // disagrees is either a wrong date (if the rest identifies the event) or another event.
  const timeFact = instance.event ? index.timeOf(instance.event.id) : undefined;
  let datedToMonth = false;
  if (timeFact && timeFact.value.type === 'date') {
    // A year says nothing about a fact dated only by its month ("in December"): only a month does.
    const monthOnly = timeFact.value.date.kind === 'of-year';
    // Only a date that belongs to this occurrence's words: not "in March 2024" in a clause about the attack.
    const occurrenceWords = { first: o.hit.first, end: o.hit.end, at: o.at };
    const dates = s.values.filter((v) => ((v.kind === 'date' && !v.qualifier && (!monthOnly || /[A-Za-z]{3}/.test(v.text))) || (v.kind === 'relative' && (v.direction === 'same' || v.direction === 'calendar' || v.direction === 'ago'))) && near(s, Math.max(0, s.tokens.findIndex((t) => t.end > v.start)), o.at) && (o.continued === true || attached(s, hostOf(s, v), occurrenceWords) !== false));
    // A label's or a table row's date ("Mar. 2025: first known U.S. visit ...") dates its row.
    const first = dates[0] ?? (rowDate?.kind === 'date' && !rowDate.qualifier ? rowDate : undefined);
    const kind = first ? kindOf(first) : undefined;
    // "the same month" counts from the date before it in the sentence.
    const prior = first ? s.values.filter((v) => v.kind === 'date' && v.start < first.start && !v.qualifier && v.date.kind === 'range').pop() : undefined;
    const deictic = first?.kind === 'relative' && (first.direction === 'calendar' || first.direction === 'ago');
    const verdict = first && kind ? kind.compare(first, timeFact, { asOf: deictic ? asOf : FAR_PAST, role: 'time', timeOf: () => undefined, ...(prior?.kind === 'date' && prior.date.kind === 'range' && { previousDate: prior.date }) }) : undefined;
    if (verdict === true) matched.add('time');
    else if (verdict === false) conflicts.set('time', { actor: NO_ACTOR, otherState: false });
    datedToMonth = verdict === true && first?.kind === 'date' && first.date.kind === 'range' && (first.date.precision === 'month' || first.date.precision === 'day');
  }
  // A body of the state whose law the act falls under places the act there, whichever body it
  // names: "the Moscow City Court lifted the ban" is a Russian ruling, right court or not.
  const jurisdiction = instance.args.jurisdiction ?? [];
  if (jurisdiction.length > 0 && !matched.has('jurisdiction') && !conflicts.has('jurisdiction')) {
    // Only a body the sentence gets wrong: the right one has already said as much ("Russia's
    // Supreme Court" is no second clue beside itself).
    const within = [...fills].some(([role, f]) => conflicts.get(role)?.actor === f.actor && f.actor.type !== 'state' && f.actor.root !== undefined && jurisdiction.includes(f.actor.root) && f.actor.resolved === undefined);
    if (within) matched.add('jurisdiction');
  }
  // Descriptions of a role in this event: "the capital", "the concert hall".
  for (const p of s.phrases) {
    if (p.phrase.kind === 'description' && p.phrase.instance === instance && near(s, p.first, o.at)) {
      // (Not when the description is said to be another state's: "Russia's mineral resources".)
      if (ownedByOther(s, index, p, instance.args[p.phrase.role] ?? [])) continue;
      matched.add(p.phrase.role);
      conflicts.delete(p.phrase.role);
    }
  }
  // Participants named in the clause but in no role the reading found still count as present,
  // beside a role the reading did find: one participant alone never brings an event in.
  // (A frame made of a fact's cue words has no grammar of roles: its entities named beside a cue are enough.)
  const single = Object.keys(instance.args).length === 1 || index.isCueFrame(instance.frame.id);
  for (const [role, ids] of Object.entries(instance.args)) {
    if ((matched.size === 0 && !named && !single) || matched.has(role) || conflicts.has(role)) continue;
    if (s.actors.some((a) => a.entity && s.clauseOf[a.first] === s.clauseOf[o.at] && ids.some((id) => a.entity?.id === id || index.within(a.entity?.id ?? '', id)) && !o.args.some((f) => f.actor === a))) matched.add(role);
  }
  // An event just named in the sentence before fills a role that takes an event: "Russian
  // officials blamed Ukraine" after a sentence about the Crocus City Hall attack.
  for (const [role, ids] of Object.entries(instance.args)) {
    if (matched.has(role) || conflicts.has(role) || !instance.frame.roles[role]?.includes('event')) continue;
    if (previousEvents.some((e) => ids.includes(e))) matched.add(role);
  }
  // A role the sentence leaves open, held by the same participant in an event just identified,
  // is the topic carried on, when the sentence names no one in that role and gets nothing wrong.
  // (Only for who-did-it facts: a figure needs its own topic named, "a $421 billion lithium
  // deposit" is not the country's whole mineral wealth.)
  if (o.args.every((f) => f.role !== 'theme') && conflicts.size === 0 && !o.continued && instance.facts.every((f) => f.value.type === 'attribution' || f.value.type === 'role')) {
    for (const [role, ids] of Object.entries(instance.args)) {
      if (role !== 'theme' || matched.has(role) || fills.has(role)) continue;
      if (ids.some((id) => topic.get(role)?.has(id))) matched.add(role);
    }
  }
  // Where it happened, left unsaid, is the place of the event just identified, or a place inside
  // it: "The Taliban seized Kabul in August 2021. U.S. forces left that same month after two
  // decades of fighting" (in Afghanistan). Only with a role of its own found and nothing wrong.
  if (matched.size > 0 && conflicts.size === 0 && !o.continued) {
    const around = [...topic.values()].flatMap((ids) => [...ids]);
    for (const [role, ids] of Object.entries(instance.args)) {
      if (role !== 'place' || matched.has(role) || fills.has(role)) continue;
      if (around.some((x) => index.entity(x)?.type === 'place' || index.entity(x)?.type === 'state' ? ids.some((id) => x === id || index.within(x, id)) : false)) matched.add(role);
    }
  }
  // An occasion the sentence also names: the release that came with the visit; or refers to with
  // a definite noun, when the base knows one such event: "said the decision cleared away ...".
  for (const [role, ids] of Object.entries(instance.args)) {
    if (matched.has(role)) continue;
    if (ids.some((id) => others.some((x) => x !== o && (x.named?.event?.id === id)))) matched.add(role);
    else if (instance.frame.roles[role]?.includes('event') && ids.some((id) => { const event = index.instanceOfEvent(id); return event !== undefined && index.instancesOf(event.frame.id).length === 1 && others.some((x) => x !== o && x.frameId === event.frame.id && x.hit.phrase.kind === 'trigger' && definiteNounPhrase(s, x.hit)); })) matched.add(role);
  }
  return { occurrence: o, instance, named, distinguished, matched, conflicts, fills, ...(datedToMonth && { datedToMonth }) };
}

/**
 * "In March 2025, as U.S. officials visited Kandahar": an event the sentence dates to its own month
 * and gives its own doer is that event, though it recurs; a place in the same state that is not
 * its place is then a wrong place. (A place in another state may be another trip: "flew to Doha".)
 */
function datedWithItsDoer(m: Match, conflict: { readonly actor: Actor; readonly otherState: boolean }): boolean {
  return m.datedToMonth === true && !conflict.otherState && conflict.actor.type === 'place' && m.instance.details.some((r) => m.matched.has(r)) && m.conflicts.size === 1;
}

/**
 * A detail from another state is still a detail (a British hostage for the American one) unless
 * the event is that state's: a court of Kazakhstan did not issue Russia's ruling.
 */
function otherStateInIdentity(m: Match, actor: Actor): boolean {
  const states = Object.entries(m.instance.args).filter(([role]) => !m.instance.details.includes(role)).flatMap(([, ids]) => ids);
  const jurisdiction = m.instance.args.jurisdiction ?? [];
  return jurisdiction.length > 0 ? !jurisdiction.some((id) => id === actor.root || actor.entity?.id === id) : states.length === 0 && false;
}

/**
 * An actor of a role the reading found no place for, but whom the clause names: "sanctions
 * imposed on Moscow after the full-scale invasion of Ukraine" names Russia beside the invasion.
 * It can only agree: the sentence does not say this actor did it.
 */
function presentActor(s: Sentence, m: Match, role: string, index: FactIndex): ArgFill | undefined {
  if (!m.matched.has(role) || m.conflicts.has(role)) return undefined;
  const ids = m.instance.args[role] ?? [];
  const actor = s.actors.find((a) => a.entity && near(s, a.first, m.occurrence.at) && roleFits(m.instance.frame, role, a) && ids.some((id) => a.entity?.id === id || index.within(a.entity?.id ?? '', id)));
  return actor ? { role, actor, via: 'present' } : undefined;
}

/** Whether the match identifies its instance without the role under test. */
/** A match the sentence singles out for sure: by name, by a distinguishing word, or by its roles. */
function identifiedForSure(m: Match): boolean {
  return m.named || m.distinguished || identified(m, '').sure;
}

/** A role that only an event fills: an occasion ("the release that came with the visit"). */
function occasionRole(frame: Instance['frame'], role: string): boolean {
  return frame.roles[role]?.every((t) => t === 'event') === true;
}

/** identified(), worked out once per match and role: the ranking asks again and again. */
const identifiedCache = new WeakMap<Match, Map<string, { sure: boolean; likely: boolean }>>();
function identified(m: Match, without: string): { sure: boolean; likely: boolean } {
  let byRole = identifiedCache.get(m);
  if (!byRole) identifiedCache.set(m, (byRole = new Map()));
  const known = byRole.get(without);
  if (known) return known;
  const result = identifiedUncached(m, without);
  byRole.set(without, result);
  return result;
}

function identifiedUncached(m: Match, without: string): { sure: boolean; likely: boolean } {
  if (m.named) return { sure: true, likely: true };
  // A distinguishing word of an event said of another state's act is another such act: "a
  // Chinese firm signed an oil contract" is not Russia's oil deal.
  if (m.distinguished) {
    const otherActor = [...m.conflicts].some(([role, c]) => c.blocking === true || (c.otherState && c.actor !== NO_ACTOR && (!m.instance.details.includes(role) || otherStateInIdentity(m, c.actor))));
    return { sure: !otherActor, likely: !otherActor };
  }
  // An event the sentence continues from the one before is identified by it, unless the sentence
  // gives it a participant that makes it another event.
  if (m.occurrence.continued) {
    const other = [...m.conflicts].some(([role, c]) => role !== without && (!m.instance.details.includes(role) || c.otherState));
    return { sure: !other, likely: !other };
  }
  const identityConflict = [...m.conflicts].some(([role, c]) => (role !== without || c.blocking === true) && (c.blocking === true || !m.instance.details.includes(role) || (c.otherState && otherStateInIdentity(m, c.actor))));
  if (identityConflict) return { sure: false, likely: false };
  // Two matching roles (the time among them) identify an event; an instance with one role only
  // (a country's mineral wealth) is identified by that one, with the fact's required words.
  const others = [...m.matched].filter((r) => r !== without).length;
  const hasTime = m.instance.event !== undefined && m.instance.facts.some((f) => f.value.type === 'date');
  const roles = [...Object.keys(m.instance.args), ...(hasTime ? ['time'] : [])].filter((r) => r !== without).length;
  // An event of a kind that recurs, described only by who took part, may be another one: only its
  // occasion or its time, beside its participants, makes it this one.
  // A fact written with cue words is in play when its subject is named beside one of them.
  if (isCueFrame(m.occurrence.frameId) && m.matched.has('subject') && without !== 'subject') return { sure: true, likely: true };
  // A role that is itself an event anchors it too: a statement about the ruling.
  const anchored = (m.matched.has('time') && without !== 'time') || [...m.matched].some((r) => r !== without && m.instance.frame.roles[r]?.includes('event') === true);
  // "A 2010 survey", "an attack": an indefinite noun of a frame that recurs introduces one more of
  // its kind, not the one the base knows.
  if (m.instance.frame.recurring && m.occurrence.indefinite === true) return { sure: false, likely: false };
  if (m.instance.frame.recurring && !anchored) return { sure: false, likely: others >= 1 };
  // "The visit coincided with the release of a British hostage": an act tied to an occasion the
  // sentence identifies is the one act of its kind the base holds for that occasion.
  // (A role matched by an event: not a place that might also be one, "a raid on a Russian hospital".)
  const byEvent = (r: string) => m.fills.get(r)?.actor.entity?.type === 'event' || (!m.fills.has(r) && occasionRole(m.instance.frame, r));
  if ([...m.matched].some((r) => r !== without && byEvent(r))) return { sure: true, likely: true };
  // "the court's decision" or "last month's ruling", when the base knows one ruling, with a role
  // the sentence gets right and none it gets wrong.
  if (m.occurrence.definite === true && others >= 1 && m.conflicts.size === 0) return { sure: true, likely: true };
  // "the Kremlin's special envoy": a definite noun for the one such office the base knows, with a
  // role right; the role being checked may be wrong ("Sergei Lavrov, the Kremlin's special envoy").
  // Values and times of such a noun need more than this ("the diplomat ... in January 2024" may be another's).
  // Whose office it is must be among them: "the special representative for Afghanistan" may be anyone's.
  const owned = [...m.matched].some((r) => r !== without && (m.fills.get(r)?.via === 'possessor' || m.fills.get(r)?.via === 'compound'));
  // The same for its state: "Moscow shut its embassy when Kabul fell" is about the one embassy of Russia's the base knows.
  if (m.occurrence.sole === true && owned && (m.instance.frame.roles[without] !== undefined || without === 'state') && [...m.conflicts.keys()].every((r) => r === without)) return { sure: true, likely: true };
  return { sure: others >= Math.min(2, Math.max(1, roles)), likely: others >= 1 };
}

const GROUP_NOUNS = new Set(GROUP_NOUN_WORDS);
/** The pseudo-role of an event that a sure act of the sentence is about. */
const OCCASION_OF = 'occasion-of';

/**
 * A sentence's pronouns and "the group"-style nouns, standing for what the previous sentence
 * named: "It accredited a Taliban diplomat in 2022" after a sentence about Russia.
 */
/**
 * The preposition a name stands right after, past a determiner only: "of Afghanistan", "in
 * the capital". Narrower than args' prepositionBefore, which also walks past adjectives, numbers
 * and possessors: the names "there" may stand for are the ones a preposition itself governs.
 */
function prepositionOf(s: Sentence, a: Actor): Token | undefined {
  const before = s.tokens[a.first - 1];
  if (before?.pos === 'ADP') return before;
  const second = s.tokens[a.first - 2];
  return before?.pos === 'DET' && second?.pos === 'ADP' ? second : undefined;
}
const afterPreposition = (s: Sentence, a: Actor): boolean => prepositionOf(s, a) !== undefined;

/** Words after which "there" is existential ("there is", "there may be"), not a place. */
const EXISTENTIAL_AFTER = new Set(['be', 'may', 'might', 'could', 'would', 'will', 'must', 'should', 'can', 'seem', 'appear', 'remain', 'exist', 'have']);
function withReferents(s: Sentence, previous: Discourse | undefined, index: FactIndex): Sentence {
  if (!previous || (previous.subject === undefined && previous.entities.length === 0)) return s;
  const extra: Actor[] = [];
  s.tokens.forEach((t, i) => {
    if (s.actors.some((a) => a.first <= i && i < a.end)) return;
    let entity: Entity | undefined;
    const earlier = (types: readonly string[]) => s.actors.some((a) => a.end <= i && a.entity && types.includes(a.entity.type));
    // "It came in March 2024", "It was the deadliest attack": after a sentence about an event, "it"
    // before a verb of happening or being is that event, not its agent.
    const verb = s.tokens[i + 1];
    // "It is also, famously, sitting on ...": past adverbs and commas, a verb makes "is" an auxiliary.
    const nextWord = s.tokens.slice(i + 2).find((x) => x.pos !== 'ADV' && x.pos !== 'PUNCT');
    const copula = verb?.lemma === 'be' && nextWord?.pos !== 'VERB';
    const eventReading = t.norm === 'it' && previous.last.some((x) => x.event) && verb !== undefined && lightAt(s, i + 1) && (verb.lemma !== 'be' || copula);
    // "While other capitals pulled their diplomats out": a possessive after its clause's own
    // subject noun and verb stands for that noun, whoever the last sentence was about.
    const ownSubjectNoun = (t.norm === 'its' || t.norm === 'their') && (() => {
      const c = s.clauseOf[i];
      const verbAt = s.tokens.findIndex((x, k) => k < i && s.clauseOf[k] === c && x.pos === 'VERB');
      return verbAt > 0 && s.tokens.some((x, k) => k < verbAt && s.clauseOf[k] === c && (x.pos === 'NOUN' || x.pos === 'PROPN'));
    })();
    if (t.pos === 'PRON' && /^(it|they|its|their|them)$/.test(t.norm) && !eventReading && !ownSubjectNoun && !earlier(['state', 'organization', 'group', 'institution', 'person'])) entity = previous.subject;
    // (Singular only: "the countries seeking ..." are not the country named before.)
    else if (t.pos === 'NOUN' && GROUP_NOUNS.has(t.lemma) && (t.norm === t.lemma || t.lemma === 'authorities' || t.lemma === 'militants' || t.lemma === 'insurgents') && /^(the|that|this)$/.test(s.tokens[i - 1]?.norm ?? '')) {
      // "the administration" is the one named last whose name says so; "the group", the last
      // group named, in this sentence or, with the last sentence's subject first, before it.
      const named = (e: Entity) => [e.name, ...e.aliases].some((n) => n.toLowerCase().split(/\W+/).includes(t.lemma));
      const wanted = t.lemma === 'country' || t.lemma === 'state' ? ['state'] : ['organization', 'group'];
      const fits = (e: Entity) => (['administration', 'government', 'regime', 'authorities', 'court'].includes(t.lemma) ? named(e) : wanted.includes(e.type));
      // Not a name that modifies the noun the description's phrase belongs to: in "U.S. combat in
      // the country" the country is not the U.S. (a description is not bound by its own phrase's
      // participant).
      const boundBy = (a: Actor) => { const between = s.tokens.slice(a.end, i - 1); return between.length >= 2 && between.slice(0, -1).every((x) => x.pos === 'NOUN' || x.pos === 'ADJ') && between[between.length - 1]?.pos === 'ADP'; };
      // A place names its country too: "Kabul fell, and ... in the country".
      const stateOf = (a: Actor) => (a.entity?.type === 'place' && wanted.includes('state') ? index.entity(index.rootOf(a.entity.id)) : a.entity);
      // Nor a state named in its own clause: in "U.S. troops fought in the country" the country is
      // not the U.S. (a description, like a name, is not its own clause's co-argument).
      const coArgument = (a: Actor) => a.entity?.type === 'state' && s.clauseOf[a.first] === s.clauseOf[i];
      const disjoint = s.actors.filter((a) => a.end <= i && coArgument(a)).map((a) => a.entity?.id);
      const inSentence = s.actors.filter((a) => a.end <= i && !boundBy(a) && !coArgument(a)).map(stateOf).filter((e): e is Entity => e !== undefined && fits(e)).pop();
      const prior = [...(previous.subject ? [previous.subject] : []), ...previous.entities];
      const priorState = (e: Entity) => (e.type === 'place' && wanted.includes('state') ? index.entity(index.rootOf(e.id)) ?? e : e);
      entity = inSentence ?? prior.map(priorState).find((e) => fits(e) && !disjoint.includes(e.id));
    } else if (t.norm === 'there' && (t.pos === 'ADV' || t.pos === 'PRON') && i > 0 && !EXISTENTIAL_AFTER.has(s.tokens[i + 1]?.lemma ?? '')) {
      // "American troops fought there": the place last named, not a state of the clause's own.
      const disjoint = s.actors.filter((a) => a.entity?.type === 'state' && s.clauseOf[a.first] === s.clauseOf[i]).map((a) => a.entity?.id);
      const place = (e: Entity) => (e.type === 'state' || e.type === 'place') && !disjoint.includes(e.id);
      const inSentence = s.actors.filter((a) => a.end <= i && a.entity !== undefined && place(a.entity) && afterPreposition(s, a)).pop()?.entity;
      // Before any other, the place of the event just told: "invaded Afghanistan, and Russia backed it. Troops fought there".
      const placeRoles = (x: Instance) => Object.keys(x.args).filter((r) => r !== 'agent' && x.frame.roles[r]?.includes('place') === true);
      const eventPlace = previous.last.flatMap((x) => placeRoles(x).flatMap((r) => x.args[r] ?? [])).map((id) => index.entity(id)).find((e): e is Entity => e !== undefined && place(e));
      entity = inSentence ?? eventPlace ?? previous.places?.find(place) ?? previous.entities.find(place);
    }
    if (!entity) return;
    extra.push({ first: i, end: i + 1, start: t.start, stop: t.end, entity, name: t.text, type: entity.type, root: index.rootOf(entity.id), possessive: t.norm === 'its' || t.norm === 'their', byNationality: false, resolved: 'discourse' });
  });
  return extra.length === 0 ? s : { ...s, actors: [...s.actors, ...extra].sort((a, b) => a.first - b.first) };
}

/** The continuation of the previous sentence's event: "It came in March 2023", "The ruling followed". */
function continuation(s: Sentence, previous: Discourse | undefined): Occurrence[] {
  if (!previous || previous.last.length === 0) return [];
  const first = s.tokens[0];
  if (!first) return [];
  const out: Occurrence[] = [];
  const anaphor = ANAPHOR.has(first.norm) && (first.pos === 'PRON' || first.pos === 'DET');
  // With several events just named, a trigger in this sentence says which one it continues.
  const framesHere = new Set(s.phrases.filter((p) => isTrigger(p.phrase)).map((p) => (p.phrase as Extract<FramePhrase, { kind: 'trigger' | 'agent-verb' }>).frame.id));
  const named = previous.last.length > 1 && previous.last.some((i) => framesHere.has(i.frame.id)) ? previous.last.filter((i) => framesHere.has(i.frame.id)) : previous.last;
  // "The court lifted the ban in April. It came a year after Crocus.": what "came" or "happened"
  // is an event, not a state the event ended; of one event and its states, the event.
  const lightVerb = s.tokens.findIndex((t, i) => i > 0 && i <= 3 && (t.pos === 'VERB' || t.pos === 'AUX') && lightAt(s, i));
  const events = named.filter((i) => i.event !== undefined);
  const candidates = anaphor && named.length > 1 && events.length === 1 && lightVerb > 0 && s.tokens[lightVerb]?.lemma !== 'be' ? events : named;
  for (const instance of candidates) {
    // "The attack", "That ruling", "The move": a definite noun of the event's frame or a general one.
    const definite = (first.norm === 'the' || first.norm === 'that' || first.norm === 'this') && s.phrases.some((p) => p.phrase.kind === 'trigger' && p.phrase.needs === undefined && p.phrase.frame === instance.frame && p.first <= 3);
    const general = (first.norm === 'the' || first.norm === 'that' || first.norm === 'this') && GENERAL.has(s.tokens[1]?.lemma ?? '');
    if (!anaphor && !definite && !general) continue;
    // "This investigation was carried out by ...": a demonstrative before a noun of no frame of the
    // event's is about that noun.
    const nounAfter = s.tokens[1];
    if (anaphor && (first.pos === 'DET' || first.pos === 'PRON' || first.pos === 'SCONJ') && nounAfter?.pos === 'NOUN' && !GENERAL.has(nounAfter.lemma) && !s.phrases.some((p) => p.first === 1 && isTrigger(p.phrase) && p.phrase.frame === instance.frame)) continue;
    if (anaphor && candidates.length > 1) continue;
    // "It came in March 2023", "It was claimed by IS-K": the anaphor is the event only as the
    // subject of a verb that says when or by whom it happened, not of a verb of its own ("It accredited").
    const mainVerb = s.tokens.find((t, i) => i > 0 && (t.pos === 'VERB' || (t.pos === 'AUX' && !s.tokens[i + 1]?.pos.startsWith('VERB'))));
    const agentVerb = s.phrases.some((p) => p.phrase.kind === 'agent-verb' && p.phrase.frame === instance.frame);
    if (anaphor && mainVerb && !lightAt(s, s.tokens.indexOf(mainVerb)) && !agentVerb && !s.phrases.some((p) => p.phrase.kind === 'trigger' && p.phrase.frame === instance.frame && p.first === s.tokens.indexOf(mainVerb))) continue;
    const hit: PhraseHit = { first: 0, end: 1, start: first.start, stop: first.end, phrase: { kind: 'trigger', frame: instance.frame } };
    // The verb of the anaphor's own clause ("That administration is ...: for four years no state
    // recognised it" continues the administration in "is", not in "recognised").
    const own = s.clauseOf[0];
    const inOwn = (pos: string) => s.tokens.findIndex((t, i) => t.pos === pos && s.clauseOf[i] === own);
    const verb = [inOwn('VERB'), inOwn('AUX'), s.tokens.findIndex((t) => t.pos === 'VERB')].find((k) => k >= 0) ?? -1;
    // Only the continuing clause's words say more of the event: "..., and the branch has spent
    // years attacking Taliban officials" is about other attacks.
    const continuing = s.clauseOf[verb >= 0 ? verb : 0];
    const args = s.phrases.filter((p) => isTrigger(p.phrase) && p.phrase.frame === instance.frame && s.clauseOf[p.first] === continuing).flatMap((p) => argumentsOf(s, p as PhraseHit & { phrase: Extract<FramePhrase, { kind: 'trigger' | 'agent-verb' }> }));
    // "It happened under the Biden administration", "It came in Kabul": a light verb's
    // phrases say of the event what the frame's prepositions say, past its other phrases ("It
    // took place in March 2025, under the Biden administration").
    if (verb >= 0 && lightAt(s, verb)) {
      for (const a of s.actors) {
        if (s.clauseOf[a.first] !== continuing || a.first <= verb || args.some((f) => f.actor === a)) continue;
        const prep = prepositionOf(s, a);
        const role = prep ? instance.frame.marks[prep.norm] : undefined;
        if (role !== undefined && prep && s.tokens.slice(verb + 1, s.tokens.indexOf(prep)).every((t) => !['VERB', 'AUX', 'CCONJ', 'SCONJ', 'PRON'].includes(t.pos)) && roleFits(instance.frame, role, a)) args.push({ role, actor: a, via: prep.norm });
      }
    }
    out.push({ frameId: instance.frame.id, hit, at: verb >= 0 ? verb : 0, args, named: instance, continued: true });
  }
  return out;
}

/**
 * In a table row, a cell that is only a name ("Iran | Formally recognised the Taliban government")
 * is the subject of a verb in a later cell that has none of its own.
 */
function withRowSubject(s: Sentence, o0: Occurrence): Occurrence {
  const statusCell = statusCellOf(s, o0);
  const o = statusCell === undefined ? o0 : { ...o0, statusCell };
  const head = s.tokens[o.at];
  if (!head || head.pos !== 'VERB' || o.args.some((f) => f.via === 'subject' || f.via === 'pronoun' || f.via === 'relative' || f.via === 'coordinated-subject')) return o;
  const clause = s.clauseOf[o.at] ?? 0;
  const firstOfClause = s.clauses[clause]?.first ?? 0;
  if (s.tokens.slice(firstOfClause, o.at).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON')) return o;
  for (let c = 0; c < clause; c++) {
    const cell = s.clauses[c];
    if (!cell) continue;
    const inCell = s.actors.filter((a) => s.clauseOf[a.first] === c);
    const words = s.tokens.slice(cell.first, cell.end).filter((t) => t.pos !== 'PUNCT');
    if (inCell.length === 1 && words.length === (inCell[0] as Actor).end - (inCell[0] as Actor).first) {
      const actor = inCell[0] as Actor;
      const phrase = o.hit.phrase as Extract<FramePhrase, { kind: 'trigger' | 'agent-verb' }>;
      const role = phrase.kind === 'trigger' && phrase.subject !== undefined ? phrase.subject : (phrase.frame.marks.subject ?? 'agent');
      if (!roleFits(phrase.frame, role, actor)) return o;
      return { ...o, args: [...o.args, { role, actor, via: 'row' }] };
    }
  }
  return o;
}

/**
 * A table row's first cell names a thing and a later cell opens with its state: "Russian
 * embassy, Kabul | Closed | Aug 2021", "Taliban diplomat in Moscow | Accredited". That cell is
 * said of the first, as a predicate is of its subject.
 */
function statusCellOf(s: Sentence, o: Occurrence): number | undefined {
  if ((s.clauseOf[o.hit.first] ?? 0) !== 0 || o.hit.phrase.kind !== 'trigger') return undefined;
  const frame = o.hit.phrase.frame;
  for (let c = 1; c < s.clauses.length; c++) {
    const cell = s.clauses[c];
    if (!cell) continue;
    let k = cell.first;
    while (k < cell.end && (s.tokens[k]?.pos === 'ADV' || s.tokens[k]?.pos === 'PART')) k++;
    if (s.phrases.some((p) => p.phrase.kind === 'polarity' && p.phrase.frame === frame && p.first === k)) return c;
  }
  return undefined;
}

/**
 * "Barely two years after the concert hall attack, Moscow's judges handed the Taliban the prize":
 * a time counted from an event, in a clause that names a participant of the one act the base
 * counts from that event, speaks of that act, however the sentence words it.
 */
function anchoredOccurrences(s: Sentence, index: FactIndex, present: readonly Occurrence[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const v of s.values) {
    if (v.kind !== 'relative' || v.anchorAt === undefined) continue;
    // The event named or described after "after", or a word of its frame ("two years after the
    // massacre") when the base counts from one event of that frame.
    const phrase = anchorPhraseAt(s, v.anchorAt);
    const ofFrame = phrase && 'frame' in phrase ? index.anchorsOfFrame(phrase.frame.id) : [];
    const anchor = phrase && 'event' in phrase ? phrase.event : ofFrame.length === 1 ? ofFrame[0] : undefined;
    if (anchor === undefined) continue;
    const at = Math.max(0, s.tokens.findIndex((t) => t.end > v.start));
    // ("It was two years after the massacre that the court ...": the clause may sit deeper.)
    const reach = (k: number) => clauseWithin(s.clauses, s.clauseOf[k] ?? 0, s.clauseOf[at] ?? 0) || clauseWithin(s.clauses, s.clauseOf[at] ?? 0, s.clauseOf[k] ?? 0);
    for (const fact of index.anchoredOn(anchor)) {
      const instance = index.placeOf(fact)?.instance;
      if (!instance || present.some((o) => o.named === instance)) continue;
      const ids = Object.entries(instance.args).filter(([role]) => !instance.frame.roles[role]?.includes('event')).flatMap(([, list]) => list);
      // A participant named, or described, in the value's clause or one it sits in or holds.
      const written = (a: Actor) => a.entity !== undefined || (a.type === 'institution' && a.head !== undefined && ids.some((id) => index.entity(id)?.name.toLowerCase().includes(a.head as string)));
      const byName = s.actors.find((a) => written(a) && !a.resolved && reach(a.first) && (a.entity ? ids.some((id) => a.entity?.id === id || index.within(id, a.entity?.id ?? '') || index.within(a.entity?.id ?? '', id)) : true));
      const byDescription = s.phrases.find((p) => p.phrase.kind === 'description' && p.phrase.instance === instance && reach(p.first));
      const who = byName ?? byDescription;
      if (!who) continue;
      const hit: PhraseHit = { first: who.first, end: who.end, start: who.start, stop: who.stop, phrase: { kind: 'trigger', frame: instance.frame } };
      out.push({ frameId: instance.frame.id, hit, at, args: [], named: instance, anchored: true });
    }
  }
  return out;
}

/** What the words after "after" name: an event (by name or description), or only a frame ("the massacre"). */
function anchorPhraseAt(s: Sentence, at: number): { readonly event: string } | { readonly frame: Instance['frame']; readonly hit?: PhraseHit } | undefined {
  // "the Crocus City Hall attack", "the concert hall attack"; or anywhere in the clause "after"
  // opens: "two years after gunmen from ISKP stormed Crocus City Hall".
  const prep = s.tokens.findIndex((t, i) => t.end <= at && (s.tokens[i + 1]?.start ?? Infinity) >= at);
  const opened = s.clauses.find((c) => c.markerAt !== undefined && c.markerAt === prep && c.kind === 'subordinate');
  const clauseStop = opened ? (s.tokens[opened.end - 1]?.end ?? at) : at + ANCHOR_REACH;
  const within = (p: { readonly start: number }) => p.start >= at && p.start <= Math.max(clauseStop, at + ANCHOR_REACH);
  const named = s.actors.find((a) => a.entity?.type === 'event' && within(a));
  if (named?.entity) return { event: named.entity.id };
  const described = s.phrases.find((p) => p.phrase.kind === 'description' && p.phrase.instance.event !== undefined && within(p));
  if (described?.phrase.kind === 'description' && described.phrase.instance.event) return { event: described.phrase.instance.event.id };
  // Only one event of the frame: "after the massacre", not "after some of the worst attacks".
  const plural = (p: PhraseHit) => s.tokens.slice(p.first, p.end).some((t) => t.pos === 'NOUN' && t.lemma !== t.norm && t.norm.endsWith('s'));
  const hit = s.phrases.find((p) => isTrigger(p.phrase) && within(p));
  return hit && isTrigger(hit.phrase) && !plural(hit) ? { frame: hit.phrase.frame, hit } : undefined;
}

/** A noun phrase headed by the trigger that opens with "a" or "an": "a 2010 survey". */
function indefiniteNoun(s: Sentence, hit: PhraseHit): boolean {
  if (!s.tokens.slice(hit.first, hit.end).some((t) => t.pos === 'NOUN')) return false;
  for (let k = hit.first - 1; k >= 0 && k >= hit.first - 5; k--) {
    const t = s.tokens[k] as Token;
    if (t.norm === 'a' || t.norm === 'an') return true;
    if (!(t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.text === '-')) return false;
  }
  return false;
}

/** A definite noun phrase headed by the trigger: "the ruling", "the court's decision", "last month's ruling". */
function definiteNounPhrase(s: Sentence, hit: PhraseHit): boolean {
  for (let k = hit.first - 1; k >= 0 && k >= hit.first - 6; k--) {
    const t = s.tokens[k] as Token;
    if (/^(the|that|this|its|their)$/.test(t.norm)) return true;
    if (t.norm === "'s" || t.norm === '’s') return true;
    if (!(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.text === '-')) return false;
  }
  return false;
}

function sourceOf(index: FactIndex, fact: Fact): Source | undefined {
  return index.base.sources.get(fact.source.sourceId);
}

/** The status words the sentence uses for a status fact's frame, near the trigger, with negation applied. */
/**
 * What the sentence says of a status: its polarity words in the trigger's clause, each with its
 * own negation ("nothing final", "never closed"), the longest phrase winning over words inside
 * it; a trigger alone asserts the status, and a negated clause denies it.
 */
const polarityCache = new WeakMap<Match, WeakMap<Assertion, ReturnType<typeof statusPolarityUncached>>>();
function statusPolarity(s: Sentence, m: Match, assertion: Assertion): 'holds' | 'not-holds' | 'ended' | 'opposite' | undefined {
  let byAssertion = polarityCache.get(m);
  if (!byAssertion) polarityCache.set(m, (byAssertion = new WeakMap()));
  if (byAssertion.has(assertion)) return byAssertion.get(assertion);
  const result = statusPolarityUncached(s, m, assertion);
  byAssertion.set(assertion, result);
  return result;
}

function statusPolarityUncached(s: Sentence, m: Match, assertion: Assertion): 'holds' | 'not-holds' | 'ended' | 'opposite' | undefined {
  const frame = m.instance.frame;
  const trigger = m.occurrence.hit;
  const attached = (p: PhraseHit) => {
    if (p.first >= trigger.first && p.end <= trigger.end) return true;
    const gap = p.first >= trigger.end ? s.tokens.slice(trigger.end, p.first) : s.tokens.slice(p.end, trigger.first);
    // "final trade agreements", "kept its embassy open", "the agreements are only provisional".
    if (gap.length <= 3 && gap.every((t) => t.pos !== 'VERB' || COPULA_VERBS.has(t.lemma)) && !gap.some((t) => t.pos === 'ADP' && t.norm !== 'of')) return true;
    // "the trade agreements signed with the TB are now final", "the agreements it signed with the
    // group were final": the predicate of a copula whose subject the trigger heads, past what
    // describes it.
    if (p.first < trigger.end || gap.length > 14 || gap.some((t) => t.text === ',' || t.text === ';' || t.text === ':')) return false;
    const copula = gap.map((t, k) => ({ t, k })).filter(({ t }) => (t.pos === 'AUX' || t.pos === 'VERB') && COPULA_VERBS.has(t.lemma) && t.lemma !== 'keep').pop();
    return copula !== undefined && copula.k > 0 && gap.slice(copula.k + 1).every((t) => t.pos === 'ADV' || t.pos === 'PART') && !gap.slice(0, copula.k).some((t) => t.pos === 'AUX' && COPULA_VERBS.has(t.lemma));
  };
  const inStatusCell = (p: PhraseHit) => m.occurrence.statusCell !== undefined && s.clauseOf[p.first] === m.occurrence.statusCell;
  // "the trade agreements Moscow signed with the Taliban, which are final", "Russia's embassy,
  // which closed in August 2021", "the agreements they signed, now final, are ...": after the
  // phrase the trigger heads and a comma, a relative clause whose predicate is the word (past
  // adverbs and auxiliaries), or the word alone set off by commas, describes it.
  const setOff = (p: PhraseHit) => {
    if (p.first < trigger.end || p.first - trigger.end > 16) return false;
    const gap = s.tokens.slice(trigger.end, p.first);
    const comma = gap.findIndex((t) => t.text === ',');
    if (comma < 0 || gap.slice(0, comma).some((t) => t.text === ';' || t.text === ':' || (t.pos === 'VERB' && s.clauseOf[trigger.first] !== s.clauseOf[trigger.first + gap.indexOf(t)]))) return false;
    const rest = gap.slice(comma + 1);
    const relative = rest.length > 0 && THING_RELATIVES.has(rest[0]?.norm ?? '') && s.clauses[s.clauseOf[p.first] ?? 0]?.kind === 'relative'
      && rest.slice(1).every((t) => t.pos === 'ADV' || t.pos === 'AUX' || (t.pos === 'VERB' && COPULA_VERBS.has(t.lemma)));
    const apposed = rest.every((t) => t.pos === 'ADV') && s.tokens[p.end]?.text === ',';
    return relative || apposed;
  };
  const all = s.phrases.filter((p) => p.phrase.kind === 'polarity' && p.phrase.frame === frame && ((s.clauseOf[p.first] === s.clauseOf[m.occurrence.at] && (attached(p) || frame.polarity?.holds.length === 0 || isVerbal(s, p))) || inStatusCell(p) || setOff(p)));
  // Each polarity word's own modifier: "never closed", "partially evacuated".
  const modifiedBy = (h: PhraseHit, words: ReadonlySet<string>) => s.tokens.slice(Math.max(0, h.first - 2), h.first).some((t) => words.has(t.norm));
  // (A change made only in part, "partially evacuate", leaves the status as it was.)
  const partial = (h: PhraseHit) => (h.phrase as Extract<FramePhrase, { kind: 'polarity' }>).polarity !== 'holds' && modifiedBy(h, PARTIAL);
  const hits = all.filter((h) => !partial(h) && !all.some((o) => o !== h && o.first <= h.first && h.end <= o.end && o.end - o.first > h.end - h.first));
  const kinds = new Set<string>();
  for (const h of hits) {
    const polarity = (h.phrase as Extract<FramePhrase, { kind: 'polarity' }>).polarity;
    const negated = modifiedBy(h, NEGATING_WORDS);
    kinds.add(negated ? (polarity === 'holds' ? 'not-holds' : 'holds') : polarity);
  }
  // "no longer" ends a status in any frame.
  if (/\bno longer\b/.test(s.text.toLowerCase())) kinds.add('ends');
  let polarity: 'holds' | 'not-holds' | 'ended' | 'opposite' | undefined = kinds.has('opposite') ? 'opposite' : kinds.has('ends') ? 'ended' : kinds.has('holds') ? 'holds' : kinds.has('not-holds') ? 'not-holds' : undefined;
  // A word of the frame asserts its status; a pronoun that continues it ("That's longer than my
  // marriage") asserts only what polarity words the sentence has.
  const ownWord = !m.occurrence.continued || s.phrases.some((p) => isTrigger(p.phrase) && p.phrase.frame === frame && p.first === trigger.first);
  if (polarity === undefined && m.occurrence.hit.phrase.kind === 'trigger' && ownWord) polarity = 'holds';
  if (polarity === undefined) return undefined;
  // A noun alone asserts nothing of its state unless the sentence presents it as real: "Russia's
  // recognition of the Taliban" or "extended recognition" do; "recognition remains conditional",
  // "the start of formal recognition" say it does not hold; "calls for recognition" says nothing.
  const onlyTheNoun = polarity === 'holds' && hits.every((h) => h.first >= trigger.first && h.end <= trigger.end) && !s.tokens.slice(trigger.first, trigger.end).some((t) => t.pos === 'VERB');
  if (onlyTheNoun && !m.occurrence.continued && m.occurrence.named === undefined) {
    const clause = s.clauses[s.clauseOf[m.occurrence.at] ?? 0];
    const words = s.tokens.slice(clause?.first ?? 0, clause?.end ?? s.tokens.length);
    if (hasLemmaPhrase(words, NOT_REAL)) return 'not-holds';
    if (!presentedAsReal(s, trigger)) return undefined;
  }
  // A negation of the whole clause ("has not recognised") denies what its words say.
  const wordNegated = hits.some((h) => modifiedBy(h, NEGATING_WORDS));
  if (assertion.negated && !wordNegated) {
    if (polarity === 'holds') return 'not-holds';
    if (polarity === 'ended' || polarity === 'opposite') return 'holds';
  }
  return polarity;
}

/** How a role is filled inside the event's own noun phrase: "al-Qaeda's magazine", "the al-Qaeda magazine", "the magazine, Voice of Khorasan,". */
const NOUN_PHRASE_VIAS = new Set(['possessor', 'compound', 'apposition', 'title']);
/** How a person is given a title: "special envoy Zamir Kabulov", "Zamir Kabulov, the special envoy,". */
const TITLE_VIAS = new Set(['apposition', 'title']);
const NOT_REAL = NOT_REAL_WORDS.map((w) => w.split(' '));
const THING_RELATIVES = new Set(NONPERSONAL_RELATIVE_PRONOUNS);
const MENTIONING = new Set(MENTIONING_PREPOSITIONS);
const ORIGIN = ORIGIN_PHRASES.map((w) => w.split(' '));
const CONTINUING = new Set(CONTINUING_WORDS.filter((w) => !w.includes(' ')));
const WRITERS_NOW = WRITERS_NOW_WORDS.map((w) => w.split(' '));
const CHANGE = CHANGE_WORDS.map((w) => w.split(' '));
const ADDITIVE = ADDITIVE_WORDS.map((w) => w.split(' '));

/** Whether the verb at `at` is in the perfect: "has signed", "have already signed". */
function perfectAt(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const t = tokens[k] as Token;
    if (t.lemma === 'have' && t.pos === 'AUX') return true;
    if (t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/** Whether the words hold one of the phrases, each word matched by its lemma or as written. */
function hasLemmaPhrase(words: readonly Token[], phrases: readonly (readonly string[])[]): boolean {
  return words.some((_, i) => phrases.some((p) => p.every((w, k) => words[i + k]?.lemma === w || words[i + k]?.norm === w)));
}

const WHEN_MARKERS = new Set(WHEN_CLAUSE_MARKERS);
const EVENT_TIME_MARKERS = new Set(EVENT_TIME_PREPOSITIONS.filter((p) => !p.includes(' ')));
/**
 * The time a clause of time gives the clause it depends on: "Moscow shut its embassy when Kabul
 * fell in August 2021" (its date), "When Kabul fell, Russia shut its embassy" (the time the base
 * holds for the event it names).
 */
function whenClauseTime(s: Sentence, at: number, timeOf: (eventId: string) => DateValue | undefined, matches: readonly Match[]): DateRange | undefined {
  const own = s.clauseOf[at] ?? 0;
  for (let c = 0; c < s.clauses.length; c++) {
    const clause = s.clauses[c];
    // ("shut its embassy after the Taliban seized power in August 2021": a change told after an
    // event is set at that event's time too, as the prepositions of EVENT_TIME_PREPOSITIONS set it.)
    if (!clause || clause.parent !== own || clause.kind !== 'subordinate' || !(WHEN_MARKERS.has(clause.marker ?? '') || EVENT_TIME_MARKERS.has(clause.marker ?? ''))) continue;
    const date = s.values.find((v) => v.kind === 'date' && !v.qualifier && s.clauseOf[s.tokens.findIndex((t) => t.end > v.start)] === c);
    if (date?.kind === 'date' && date.date.kind === 'range') return date.date;
    // The event named there, or told there by its own words ("when Kabul fell": a likely reading
    // that nothing in the clause contradicts is enough to set the time).
    const event = s.actors.find((a) => a.entity?.type === 'event' && s.clauseOf[a.first] === c)?.entity
      ?? matches.find((x) => x.instance.event !== undefined && s.clauseOf[x.occurrence.at] === c && (identifiedForSure(x) || (identified(x, '').likely && x.conflicts.size === 0)))?.instance.event;
    const known = event ? timeOf(event.id) : undefined;
    if (known?.kind === 'range') return known;
  }
  return undefined;
}

const EVENT_TIME_PREPS = EVENT_TIME_PREPOSITIONS.map((p) => p.split(' '));
/** What ends the noun phrase after a preposition. */
const PHRASE_ENDS = new Set(['VERB', 'AUX', 'PUNCT', 'SCONJ', 'CCONJ', 'PRON']);

/**
 * "Russia shut its embassy after the takeover": a change told in the clause with a preposition
 * of time before an event the base dates ("after", "during", "in the wake of") is set at that
 * event's time, whether the phrase names the event or uses the one word of its frame the base
 * knows ("the takeover"), and through a noun of its circumstances ("during the chaos of the
 * takeover").
 */
function eventPhraseTime(s: Sentence, at: number, occurrences: readonly Occurrence[], index: FactIndex, timeOf: (eventId: string) => DateValue | undefined): DateRange | undefined {
  const own = s.clauseOf[at];
  for (let k = 0; k < s.tokens.length; k++) {
    if (s.clauseOf[k] !== own) continue;
    const prep = EVENT_TIME_PREPS.find((p) => p.every((w, i) => s.tokens[k + i]?.norm === w));
    if (!prep) continue;
    const from = k + prep.length;
    let end = from;
    while (end < s.tokens.length && end < from + 6 && !PHRASE_ENDS.has(s.tokens[end]?.pos ?? 'PUNCT')) end++;
    const inPhrase = (first: number) => first >= from && first < end;
    const named = s.actors.find((a) => a.entity?.type === 'event' && inPhrase(a.first))?.entity;
    const o = occurrences.find((x) => inPhrase(x.hit.first) && (x.named !== undefined || x.definite === true || x.sole === true));
    const event = named ?? o?.named?.event ?? (o ? index.instancesOf(o.frameId)[0]?.event : undefined);
    const known = event ? timeOf(event.id) : undefined;
    if (known?.kind === 'range') return known;
  }
  return undefined;
}

/** The passage's time for a clause that does not speak of the writer's own now ("today", "currently"). */
function sceneTime(s: Sentence, at: number, scene: DateRange | undefined): DateRange | undefined {
  if (scene === undefined) return undefined;
  const c = s.clauses[s.clauseOf[at] ?? 0];
  return hasLemmaPhrase(c ? s.tokens.slice(c.first, c.end) : s.tokens, WRITERS_NOW) ? undefined : scene;
}

/** The time a next sentence sets for the narration before it: "The year is 2003." */
/**
 * "Most governments shut their embassies in August 2021. Russia, too, closed its mission.": a
 * clause that adds its subject to what the sentence before told, with "too", "also" or
 * "likewise", is set in that sentence's time.
 */
function additiveTime(s: Sentence, at: number, previous: Discourse | undefined): DateRange | undefined {
  if (!previous?.time || previous.age > 0) return undefined;
  const c = s.clauses[s.clauseOf[at] ?? 0];
  const words = c ? s.tokens.slice(c.first, c.end) : s.tokens;
  return hasLemmaPhrase(words, ADDITIVE) ? previous.time : undefined;
}

function narrationTime(next: string | undefined): DateRange | undefined {
  if (next === undefined) return undefined;
  const lower = next.trimStart().toLowerCase();
  const setter = TIME_SETTERS.find((w) => lower.startsWith(`${w} `));
  if (setter === undefined) return undefined;
  const offset = next.length - next.trimStart().length + setter.length + 1;
  const first = recognizeValues(next)[0];
  return first?.kind === 'date' && first.start === offset && first.date.kind === 'range' && !first.qualifier ? first.date : undefined;
}

/**
 * Whether the noun phrase before `first` (past words of the given parts of speech) is governed by
 * "of", "from", "than" and the like: a noun there is only mentioned.
 */
function afterMentioningPreposition(s: Sentence, first: number, phrasePos: readonly string[] = ['DET', 'ADJ', 'PROPN', 'PART', 'NOUN']): boolean {
  let k = first - 1;
  while (k >= 0 && phrasePos.includes(s.tokens[k]?.pos ?? '')) k--;
  return MENTIONING.has(s.tokens[k]?.norm ?? '');
}

/** A noun presented as real: definite or possessed, or the object of a verb that does it ("granted recognition"). */
function presentedAsReal(s: Sentence, trigger: PhraseHit): boolean {
  if (definiteNounPhrase(s, trigger) || s.actors.some((a) => a.possessive && a.end <= trigger.first && a.end >= trigger.first - 4)) {
    // "the start of the recognition": a noun after "of" describes the noun before it.
    return !afterMentioningPreposition(s, trigger.first, ['DET', 'ADJ', 'PROPN', 'PART']);
  }
  let k = trigger.first - 1;
  while (k >= 0 && ['DET', 'ADJ', 'ADV', 'NOUN', 'PROPN'].includes(s.tokens[k]?.pos ?? '') && !s.actors.some((a) => a.first <= k && k < a.end && a.possessive)) k--;
  const verb = s.tokens[k];
  // "classifies the Taliban as a terrorist organization", "is a banned organisation": a predicate noun.
  if (verb?.norm === 'as' || (verb !== undefined && (verb.pos === 'AUX' || verb.pos === 'VERB') && COPULA_VERBS.has(verb.lemma))) return true;
  return verb !== undefined && verb.pos === 'VERB' && DOING_VERBS.has(verb.lemma);
}

const DOING_VERBS = new Set(DOING_VERB_WORDS);

const COPULA_VERBS = new Set(PREDICATE_VERBS);

/** A polarity word that is the clause's verb ("annulled", "closed") governs the whole clause. */
function isVerbal(s: Sentence, p: PhraseHit): boolean {
  return s.tokens.slice(p.first, p.end).some((t) => t.pos === 'VERB');
}

/** Whether the status is expressed by a verb (an act: designated, annulled), not a noun or an adjective. */
function actAt(s: Sentence, m: Match): boolean {
  const near = s.phrases.filter((p) => (p.phrase.kind === 'polarity' || p.phrase.kind === 'trigger') && 'frame' in p.phrase && p.phrase.frame === m.instance.frame && s.clauseOf[p.first] === s.clauseOf[m.occurrence.at]);
  return near.some((p) => isVerbal(s, p));
}

const NEGATING_WORDS = new Set(WORD_NEGATORS);
const PARTIAL = new Set(PARTIAL_WORDS);

/** The fact base's own figure is attributed to a source other than the writer: "a 2010 survey put them at $1 trillion". */
/**
 * A source noun whose own words say whose or when it is (a year, a name, a possessor), between
 * tokens `from` and `to`: "the 2010 U.S. estimate", "a survey's earlier estimate".
 */
function qualifiedSource(s: Sentence, from: number, to: number, head?: number): readonly Token[] | undefined {
  for (let k = head ?? from; k < to; k++) {
    const t = s.tokens[k] as Token;
    if (t.pos !== 'NOUN' || !ESTIMATE_SOURCES.has(t.lemma)) { if (head !== undefined) return undefined; continue; }
    // (To the head of the compound: "a 2010 U.S. government survey".)
    while (k + 1 < to && s.tokens[k + 1]?.pos === 'NOUN') k++;
    let j = k;
    while (j > from && ['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PART', 'PUNCT'].includes(s.tokens[j - 1]?.pos ?? '') && s.tokens[j - 1]?.text !== '|') j--;
    const before = s.tokens.slice(j, k);
    if (before.some((x) => (x.pos === 'NUM' && /^(1[89]|20)\d\d$/.test(x.text)) || x.pos === 'PROPN' || x.norm === "'s" || x.norm === '’s')) return s.tokens.slice(j, k + 1);
  }
  return undefined;
}

/** The value at token `at` is what a qualified source noun gives: "the 2010 U.S. estimate of about $1 trillion", "their 2010 estimate was $1 trillion". */
function complementOfSource(s: Sentence, at: number): readonly Token[] | undefined {
  // "US officials' 2010 estimate was closer to $1 trillion": the source noun as the subject of a
  // verb of being whose predicate is the value (past words of degree: "closer to", "about").
  if (s.tokens[at - 1]?.norm !== 'of') {
    let b = at - 1;
    while (b > at - 5 && b > 0 && ['ADV', 'ADJ', 'ADP', 'PART'].includes(s.tokens[b]?.pos ?? '')) b--;
    if (b < 1 || s.tokens[b]?.lemma !== 'be') return undefined;
    return qualifiedSource(s, Math.max(0, b - 9), b, b - 1);
  }
  const own = qualifiedSource(s, Math.max(0, at - 9), at - 1);
  return own && s.tokens.indexOf(own[own.length - 1] as Token) === at - 2 ? own : undefined;
}

function estimateSource(s: Sentence, mention: ValueMention, assertion: Assertion, tableRow = false): string | undefined {
  if (assertion.reported) return assertion.reported.source;
  const at = s.tokens.findIndex((t) => t.start >= mention.start);
  const phrase = (ts: readonly Token[]) => ts.filter((t, k) => k > 0 || !RELATIVE_WORDS.has(t.norm)).map((t, k) => (k === 0 && t.pos === 'DET' ? t.text.toLowerCase() : t.text)).join(' ');
  const complement = complementOfSource(s, at);
  if (complement) return phrase(complement);
  // A row whose value stands alone in its cell, and another cell says whose estimate it is:
  // "| $1 trillion | a 2010 U.S. survey's lower estimate of the same deposits |".
  if (tableRow) {
    const cell = s.clauses[s.clauseOf[at] ?? 0];
    const alone = cell !== undefined && s.tokens.slice(cell.first, cell.end).every((t) => (t.start >= mention.start && t.end <= mention.end) || !/[\p{L}\p{N}]/u.test(t.text));
    if (alone && cell) {
      for (const [c, other] of s.clauses.entries()) {
        if (c === s.clauseOf[at]) continue;
        const found = qualifiedSource(s, other.first, other.end);
        if (found) return phrase(found);
      }
    }
  }
  // The value's clause, then the clauses it is part of: "experts estimated that the soil is rich
  // in minerals valued at $1 trillion".
  const own = s.clauses[s.clauseOf[at] ?? 0];
  const inOwn = s.tokens.slice(own?.first ?? 0, own?.end ?? s.tokens.length);
  // A source noun counts where the clause has it estimate something ("a 2010 survey put them at",
  // "according to officials"), not wherever one stands ("a visit by U.S. officials coincided
  // with the release of two American hostages").
  const estimating = inOwn.some((t) => (t.pos === 'VERB' && ESTIMATE_VERB_SET.has(t.lemma)) || t.norm === 'according' || t.norm === 'per');
  // (A headline in title case tags the noun a proper noun: "U.S. Geologists Uncover $1 Trillion Cache".)
  const sourceNoun = (t: Token) => (t.pos === 'NOUN' && ESTIMATE_SOURCES.has(t.lemma)) || (t.pos === 'PROPN' && (ESTIMATE_SOURCES.has(t.lemma) || ESTIMATE_SOURCES.has(t.lemma.replace(/s$/, ''))));
  const noun = estimating ? inOwn.find((t) => sourceNoun(t) && t.start < mention.start) : undefined;
  if (noun) return phrase(inOwn.slice(Math.max(0, inOwn.indexOf(noun) - 3), inOwn.indexOf(noun) + 1));
  // "The USGS has estimated the riches at $1 trillion": a name as the subject of a verb of
  // estimating, right before it (past its auxiliaries and adverbs), is the source.
  const verbAt = inOwn.findIndex((t) => t.pos === 'VERB' && ESTIMATE_VERB_SET.has(t.lemma) && t.start < mention.start);
  if (verbAt > 0) {
    let k = verbAt - 1;
    let passive = false;
    while (k > 0 && (inOwn[k]?.pos === 'AUX' || inOwn[k]?.pos === 'ADV')) { if (inOwn[k]?.lemma === 'be') passive = true; k--; }
    // (Not what is valued, "Deposits are valued at", nor a capitalised first word: the name is an
    // acronym or one the reading found, "the USGS", "the Pentagon".)
    const name = inOwn[k];
    const nameAt = (own?.first ?? 0) + k;
    const named = name !== undefined && (/^\p{Lu}{2,}$/u.test(name.text) || s.actors.some((a) => a.first <= nameAt && nameAt < a.end));
    if (!passive && named && name?.pos === 'PROPN') return phrase(inOwn.slice(Math.max(0, k - 2), k + 1).filter((t, i, all) => i > 0 || all.length === 1 || t.pos !== 'ADP'));
  }
  // A clause that is what someone estimated: its subject is the source.
  if (own?.kind === 'complement' && own.parent !== undefined) {
    const parent = own.parent;
    const words = s.tokens.filter((t, i) => s.clauseOf[i] === parent && t.start < (s.tokens[own.first]?.start ?? 0));
    const verb = words.findIndex((t) => t.pos === 'VERB' && ESTIMATE_VERB_SET.has(t.lemma));
    if (verb > 0) return phrase(words.slice(Math.max(0, verb - 5), verb));
  }
  return undefined;
}
const ESTIMATE_VERB_SET = new Set(ESTIMATE_VERBS);

/**
 * How long after its horizon a fact base's knowledge of a state is taken as current: a draft
 * written within two months of the source that says, undated, that a status changed is taken to
 * contradict it; one written later may report a change the source could not know of.
 */
const FRESH_DAYS = 60;

const OFFICES = new Set(OFFICE_NOUNS);
const UNITS = new Set(UNIT_NOUNS);
/** Words a title before a name may be made of: "Russia's deputy foreign minister". */
const NOUN_PHRASE_POS = new Set<Token['pos']>(['DET', 'ADJ', 'NOUN', 'PROPN']);
const GENERIC = new Set(GENERIC_HEADS);

/**
 * The office a sentence gives a person the fact base knows an office of: a title in apposition
 * ("Zamir Kabulov, the Russian Foreign Minister"), in parentheses ("Kabulov (RF amb. in Kabul)")
 * or before the name ("Foreign Minister Zamir Kabulov"). An office noun that is none of the
 * fact's frame's triggers names another office: a wrong role, unless the sentence says it was a
 * former one.
 */
function officeClaims(s: Sentence, index: FactIndex, options: ClaimOptions, claims: readonly Claim[]): Claim[] {
  const out: Claim[] = [];
  for (const holder of s.actors) {
    if (!holder.entity || holder.entity.type !== 'person' || holder.resolved) continue;
    const facts = index.factsAbout(holder.entity.id).filter((f) => f.value.type === 'role');
    for (const fact of facts) {
      if (claims.some((c) => c.fact === fact)) continue;
      const place = index.placeOf(fact);
      if (!place) continue;
      const title = titleOf(s, holder);
      if (!title) continue;
      const words = s.tokens.slice(title.first, title.end);
      const triggerHere = s.phrases.some((p) => p.phrase.kind === 'trigger' && p.phrase.frame === place.instance.frame && p.first >= title.first && p.end <= title.end);
      if (triggerHere) continue;
      if (!words.some((t) => OFFICES.has(t.lemma) || OFFICES.has(t.norm.replace(/\.$/, '')))) continue;
      if (words.some((t) => FORMER.has(t.norm))) continue;
      if (words.some((t) => UNITS.has(t.lemma))) continue;
      // "Ambassador Kabulov": a diplomat keeps the courtesy title before the name.
      if (title.end === holder.first && words.every((t) => /^[\p{Lu}]/u.test(t.text)) && words.some((t) => t.lemma === 'ambassador')) continue;
      const assertion = assertionAt(s, title.first, options.setting);
      const name = s.text.slice(title.start, title.stop);
      out.push({
        fact, instance: place.instance, kind: 'actor', start: title.start, end: title.stop, verdict: 'differs', sure: true, assertion,
        actor: { ...title, name, possessive: false, byNationality: false },
      });
    }
  }
  return out;
}

/** The title a sentence attaches to a person: after a comma, in parentheses, or right before the name. */
function titleOf(s: Sentence, holder: Actor): { first: number; end: number; start: number; stop: number } | undefined {
  const span = (first: number, end: number) => {
    const a = s.tokens[first];
    const b = s.tokens[end - 1];
    return a && b && end > first ? { first, end, start: a.start, stop: b.end } : undefined;
  };
  const next = s.tokens[holder.end];
  // "Russia's foreign minister, Zamir Kabulov, said": a title before the name, set off as an
  // apposition (a comma after the name, or the sentence's end). Not a fronted phrase of its own:
  // "In a letter to the foreign minister, Kabulov wrote" (a preposition or a verb before it).
  if (s.tokens[holder.first - 1]?.text === ',' && OFFICES.has(s.tokens[holder.first - 2]?.lemma ?? '') && (next === undefined || next.text === ',' || next.pos === 'PUNCT')) {
    let first = holder.first - 2;
    while (first > 0 && (NOUN_PHRASE_POS.has(s.tokens[first - 1]?.pos ?? 'X') || /^['’]s?$/.test(s.tokens[first - 1]?.norm ?? ''))) first--;
    const before = s.tokens[first - 1];
    while (s.tokens[first]?.pos === 'DET') first++;
    if (before === undefined || !['ADP', 'SCONJ', 'VERB', 'AUX'].includes(before.pos)) return span(first, holder.first - 1);
  }
  if (next && (next.text === ',' || next.text === '(')) {
    const close = next.text === ',' ? ',' : ')';
    let k = holder.end + 1;
    while (k < s.tokens.length && s.tokens[k]?.text !== close && k < holder.end + 16) k++;
    if (s.tokens[k]?.text === close || close === ',') {
      let first = holder.end + 1;
      while (s.tokens[first]?.pos === 'DET') first++;
      return span(first, Math.min(k, s.tokens.length));
    }
  }
  // "Foreign Minister Zamir Kabulov": capitalised words right before the name, ending in an office noun.
  let k = holder.first;
  while (k > 0 && /^[\p{Lu}]/u.test(s.tokens[k - 1]?.text ?? '') && s.tokens[k - 1]?.pos !== 'DET') k--;
  if (k < holder.first && OFFICES.has(s.tokens[holder.first - 1]?.lemma ?? '')) return span(k, holder.first);
  // "Kremlin spokesman Zamir Kabulov", "Russian foreign minister Kabulov": an office noun in lower
  // case right before the name, with the words that qualify it.
  if (OFFICES.has(s.tokens[holder.first - 1]?.lemma ?? '') && s.tokens[holder.first - 1]?.pos === 'NOUN') {
    let j = holder.first - 1;
    while (j > 0 && ['NOUN', 'PROPN', 'ADJ'].includes(s.tokens[j - 1]?.pos ?? '') && j > holder.first - 5) j--;
    return span(j, holder.first);
  }
  return undefined;
}

/**
 * The roles a value can fill in its sentence. "Since" after a superlative opens the period a
 * comparison runs over, and does not date the event compared: "the deadliest attack since 2004",
 * "more people than any attack on Russian soil since 2004", "the worst attack since Beslan in
 * 2004" (a date of the noun after "since" is that "since").
 */
function rolesOf(s: Sentence, mention: ValueMention, at: number): readonly string[] {
  const roles = kindOf(mention).roles(mention);
  if (mention.kind !== 'date') return roles;
  const clause = s.clauseOf[at];
  let since = -1;
  // ("since the Moscow theatre siege of 2002": a noun phrase and its "of" phrase may come between.)
  for (let k = at - 1; k >= 0 && k >= at - 8 && s.clauseOf[k] === clause; k--) {
    const t = s.tokens[k] as Token;
    if (t.norm === 'since') { since = k; break; }
    if (!['DET', 'ADJ', 'PROPN', 'NOUN', 'ADP', 'NUM'].includes(t.pos)) break;
  }
  if (since < 0 && mention.qualifier !== 'since') return roles;
  const from = since >= 0 ? since : at;
  let compared = false;
  for (let k = from - 1; k >= 0 && s.clauseOf[k] === clause && !compared; k--) {
    const t = s.tokens[k] as Token;
    const next = s.tokens[k + 1];
    compared = ((t.pos === 'ADJ' || t.pos === 'ADV') && /[a-z]est$/.test(t.norm) && t.lemma !== t.norm) || COMPARISON.has(t.norm) || (next !== undefined && COMPARISON.has(`${t.norm} ${next.norm}`));
  }
  return compared ? ['since'] : roles;
}
const COMPARISON = new Set(COMPARISON_MARKERS);

/** How many years apart a claimed date and the fact's date are at the least. */
const FAR_YEARS = 5;
/** Whether a date is within a year of the fact's: September 2021 for August 2021. */
function withinAYear(mention: ValueMention, fact: Fact): boolean {
  if (mention.kind !== 'date' || mention.qualifier !== undefined || mention.date.kind !== 'range' || fact.value.type !== 'date' || fact.value.date.kind !== 'range') return false;
  const gap = Math.max(mention.date.start - fact.value.date.end, fact.value.date.start - mention.date.end);
  return Number.isFinite(gap) && gap <= 366;
}

function farFrom(mention: ValueMention, fact: Fact): boolean {
  if (mention.kind !== 'date' || mention.date.kind !== 'range' || fact.value.type !== 'date' || fact.value.date.kind !== 'range') return false;
  const a = mention.date;
  const b = fact.value.date;
  const gap = Math.max(a.start - b.end, b.start - a.end);
  return Number.isFinite(gap) && gap > FAR_YEARS * 365.25;
}

/**
 * The event a relative time counts from: one named right after "after" ("a year after the Crocus
 * City Hall attack"), or a noun of a frame whose event this sentence or the one before identified
 * ("two years after that massacre").
 */
function anchorOf(s: Sentence, index: FactIndex, at: number, matches: readonly Match[], previous: Discourse | undefined): string | undefined {
  const phrase = anchorPhraseAt(s, at);
  if (!phrase || 'event' in phrase) return phrase?.event;
  // ("twenty years after the school siege at Beslan": a noun whose own words name a place or
  // party the event does not have is another event of its kind.)
  const hit = phrase.hit;
  const other = (i: Instance) => hit !== undefined && s.actors.some((a) => {
    const own = (a.first >= hit.end && a.first <= hit.end + 2 && prepositionOf(s, a) !== undefined) || (a.end <= hit.first && a.end >= hit.first - 2);
    return own && a.entity?.type !== 'event' && !Object.values(i.args).flat().some((id) => a.entity !== undefined && (a.entity.id === id || index.within(id, a.entity.id) || index.within(a.entity.id, id)));
  });
  const here = matches.find((m) => m.instance.frame === phrase.frame && m.instance.event && identifiedForSure(m));
  const chosen = here?.instance ?? previous?.instances.find((i) => i.frame === phrase.frame && i.event);
  return chosen && !other(chosen) ? chosen.event?.id : undefined;
}

/** How far after "after" the event it counts from may start, in characters ("the concert hall attack"). */
const ANCHOR_REACH = 24;

/**
 * Whether the sentence has the words a fact needs ("first" for "the first visit since 2021"). A
 * value at token `at` inside a relative clause needs them inside that clause, or at the noun the
 * clause describes ("the first visit that anyone made since 2021"): in "Qatar, which has mediated
 * since 2022, called it a first step", "since 2022" is not counted from a first.
 */
function requirementsMet(s: Sentence, fact: Fact, index: FactIndex, at?: number): boolean {
  const place = index.placeOf(fact);
  if (!place || place.requires.length === 0) return true;
  const own = at === undefined ? undefined : s.clauseOf[at] ?? 0;
  const reaches = (p: PhraseHit) => {
    if (own === undefined) return true;
    const clause = s.clauses[own];
    if (clause?.kind !== 'relative') return true;
    return clauseWithin(s.clauses, s.clauseOf[p.first] ?? 0, own) || (clause.antecedent !== undefined && clause.antecedent >= p.first && clause.antecedent <= p.end + 3);
  };
  return s.phrases.some((p) => p.phrase.kind === 'requires' && p.phrase.fact === fact && reaches(p));
}

export interface SentenceClaims {
  /** The sentence as read, with what its pronouns stand for. */
  readonly sentence: Sentence;
  readonly claims: Claim[];
  readonly discourse: Discourse;
  /** Figures about an event or relation the sentence surely speaks of, in a role no fact covers. */
  readonly figures: { readonly mention: ValueMention; readonly instance: Instance }[];
}

export function claimsOf(sentence: Sentence, index: FactIndex, options: ClaimOptions): SentenceClaims {
  const s = withReferents(sentence, options.previous, index);
  const found0 = withComplementArgs(s, [...occurrencesOf(s, index), ...continuation(s, options.previous)].map((o) => (options.tableRow ? withRowSubject(s, o) : o)));
  const occurrences = [...found0, ...anchoredOccurrences(s, index, found0)];
  const previousEvents = (options.previous?.last ?? []).flatMap((i) => (i.event ? [i.event.id] : []));
  // Who filled each role of the events the sentence before identified: "Estimates of
  // Afghanistan's mineral wealth vary. China is the front-runner." (for Afghanistan's minerals).
  const topic = new Map<string, Set<string>>();
  for (const i of options.previous?.last ?? []) for (const [role, ids] of Object.entries(i.args)) topic.set(role, new Set([...(topic.get(role) ?? []), ...ids]));
  const matches: Match[] = [];
  for (const o0 of occurrences) {
    // "That massacre, carried out by al-Qaeda gunmen, ...": a participle set off right after a
    // noun of its frame says more of the event that noun was found to continue.
    const host = o0.hit.phrase.kind === 'agent-verb' && s.tokens[o0.hit.first - 1]?.text === ','
      ? matches.find((m) => m.occurrence.continued === true && m.occurrence.frameId === o0.frameId && m.occurrence.hit.end === o0.hit.first - 1 && identifiedForSure(m))
      : undefined;
    const o: Occurrence = host ? { ...o0, continued: true, named: host.instance } : o0;
    // A frame of cue words speaks of the facts whose entities the sentence names, and only those.
    const named = () => s.actors.flatMap((a) => (a.entity ? [a.entity.id, index.rootOf(a.entity.id)] : []));
    const candidates = o.named ? [o.named] : index.isCueFrame(o.frameId) ? index.instancesWith(o.frameId, named()) : index.instancesOf(o.frameId);
    const found: Match[] = [];
    for (const instance of candidates) {
      const m = matchInstance(s, index, o, instance, occurrences, previousEvents, options.asOf, options.rowDate, topic);
      if (m && (m.named || m.distinguished || m.matched.size > 0)) found.push(m);
    }
    // A trigger the sentence gives no participants ("The ruling ends a listing"), of an event the
    // previous sentence identified, speaks of that event.
    // Only a trigger that heads its own phrase ("the ban", "it was annulled") refers back; one
    // inside another phrase ("lists of banned organisations") describes that phrase.
    const before = s.tokens[o.hit.first - 1]?.norm ?? '';
    // (A participle between a determiner or adjective and a noun modifies the noun: "its own
    // banned list".)
    const premodifier = ['DET', 'ADJ', 'PRON'].includes(s.tokens[o.hit.first - 1]?.pos ?? '') && s.tokens[o.hit.end]?.pos === 'NOUN';
    const headsPhrase = !/^(of|for|with)$/.test(before) && (/^(the|that|this|its|their|a|an)$/.test(before) || (!premodifier && s.tokens.slice(o.hit.first, o.hit.end).some((t) => t.pos === 'VERB')));
    // An agent verb alone ("said", "carried out") names no event to refer back to.
    // Its participants are those of every reading of its words ("its own list" and "list of
    // banned organisations" are one phrase); a pronoun bound to the clause's subject is one.
    // "designates al-Qaeda as a terrorist organisation": the verb and its "as" phrase are one predication.
    const asPhraseOf = (x: Occurrence) => x.hit.first > o.hit.end && x.hit.first - o.hit.end <= 6 && near(s, x.hit.first, o.hit.first) && s.tokens.slice(o.hit.end, x.hit.first).some((t) => t.norm === 'as');
    const ownArgs = occurrences.filter((x) => x.frameId === o.frameId && ((x.hit.first < o.hit.end && o.hit.first < x.hit.end) || asPhraseOf(x))).flatMap((x) => x.args);
    const bare = found.length === 0 && !o.continued && (o.hit.phrase.kind === 'trigger' || pronounObject(s, o.hit)) && ownArgs.every((f) => f.actor.resolved === 'discourse' || o.hit.phrase.kind === 'agent-verb') && headsPhrase;
    // "that attack", "the ruling": a definite noun of an event just named is that event, whatever
    // else the sentence says of it.
    const nounTrigger = !o.continued && !o.named && o.hit.phrase.kind === 'trigger' && s.tokens.slice(o.hit.first, o.hit.end).some((t) => t.pos === 'NOUN');
    // ("noted that formal recognition could follow": a "that" opening a clause is no determiner.)
    // ("That listing had stood ...": a sentence-initial "that" before its noun is a determiner
    // whatever the tagger says; "this" always is.)
    const demonstrative = (before === 'this' || (before === 'that' && (o.hit.first === 1 || s.tokens[o.hit.first - 2]?.pos === 'PUNCT')));
    const definite = nounTrigger && /^(the|that|this)$/.test(before) && (s.tokens[o.hit.first - 1]?.pos === 'DET' || demonstrative);
    // "The Constitutional Court's decision", "the Constitutional Court decision": a definite noun
    // whose possessor or modifier names who did it, of an event the paragraph has just been
    // speaking of, is that event, and who it names is compared with who did it.
    // (Not a noun only mentioned: "a different measure from Russia's domestic list".)
    const described = nounTrigger && !definite && o.args.some((f) => f.via === 'possessor' || f.via === 'compound') && definiteNounPhrase(s, o.hit) && !afterMentioningPreposition(s, o.hit.first);
    // An event this sentence names as its point of reference is not the one it goes on to
    // describe: "Its best-known strike before Crocus was the bombing at Kabul airport".
    const referred = (i: Instance) => i.frame.id === o.frameId && !occurrences.some((x) => x.reference && x.named?.id === i.id);
    const earlier = bare || described ? options.previous?.instances.find(referred) : definite ? options.previous?.last.find(referred) : undefined;
    if (earlier) {
      const m = matchInstance(s, index, { ...o, continued: true }, earlier, occurrences, previousEvents, options.asOf, options.rowDate, topic);
      if (m && !identified(m, '').sure && found.length > 0) {
        // the sentence's own reading conflicts with the event just named: keep its own
      } else if (m && described && m.conflicts.size >= 2) {
        // "the Beslan school siege (September 2004)" after Crocus: a noun whose own words get two
        // of the event's roles wrong is another event.
      } else if (m) {
        for (let k = found.length - 1; k >= 0; k--) if (found[k]?.instance === earlier) found.splice(k, 1);
        found.push(m);
      }
    } else if (found.length === 0 && !o.continued && o.hit.phrase.kind === 'trigger' && candidates.length === 1 && s.tokens.slice(o.hit.first, o.hit.end).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') && (definiteNounPhrase(s, o.hit) || s.actors.some((a) => a.possessive && a.end < o.hit.first && a.end >= o.hit.first - 4))) {
      // "The ruling", when the base knows one ruling: a candidate that a fact's anchor may confirm.
      const only = candidates[0] as Instance;
      const m = matchInstance(s, index, { ...o, definite: true }, only, occurrences, previousEvents, options.asOf, options.rowDate, topic);
      if (m) found.push(m);
    } else if (found.length === 0 && definite && bare) {
      // "The Supreme Court removed the Taliban from the register. The designation had stood since
      // 2003.": a definite noun of another frame is the one instance of it whose participants are
      // all participants of the event just identified.
      const bridged = bridgedInstance(index, o.frameId, options.previous?.last ?? []);
      const m = bridged ? matchInstance(s, index, { ...o, continued: true }, bridged, occurrences, previousEvents, options.asOf, options.rowDate, topic) : undefined;
      if (m) found.push(m);
    } else if (o.indefinite === true && endedHere(s, o) && !found.some((x) => identified(x, '').sure)) {
      // "The court lifted the ban on Taliban activity in Russia, ending a listing that had stood
      // for twenty-two years": what an act of the event just identified ends is the one instance
      // of its frame whose participants all take part in that event.
      const sureHere = [...new Set(matches.filter((x) => x.instance.frame.id !== o.frameId && identifiedForSure(x)).map((x) => x.instance))];
      const bridged = bridgedInstance(index, o.frameId, sureHere);
      const m = bridged ? matchInstance(s, index, { ...o, continued: true, indefinite: false }, bridged, occurrences, previousEvents, options.asOf, options.rowDate, topic) : undefined;
      if (m) { found.length = 0; found.push(m); }
    } else if (o.indefinite === true && summarizes(s, o) && !found.some((x) => identified(x, '').sure)) {
      // "..., lifted the prohibition on the movement's activities, a prohibition which had stood
      // for a decade": an indefinite noun set off after a clause, of the frame of what that clause
      // identified for sure, is an appositive that says more of it, not one more of its kind.
      const before = [...new Set(matches.filter((x) => x.instance.frame.id === o.frameId && x.occurrence.hit.end <= o.hit.first && identifiedForSure(x)).map((x) => x.instance))];
      const m = before.length === 1 ? matchInstance(s, index, { ...o, continued: true, indefinite: false }, before[0] as Instance, occurrences, previousEvents, options.asOf, options.rowDate, topic) : undefined;
      if (m) { found.length = 0; found.push(m); }
    }
    matches.push(...found);
  }
  // "The attack, in March 2024, was carried out by IS-K, and it was the deadliest on Russian soil
  // since 2002": "it" opening a later main clause, before a verb of being or happening, is the
  // event an earlier clause identified.
  for (let c = 1; c < s.clauses.length; c++) {
    const clause = s.clauses[c];
    if (!clause || clause.kind !== 'main') continue;
    let k = clause.first;
    if (s.tokens[k]?.norm === 'and' || s.tokens[k]?.norm === 'but') k++;
    const pronoun = s.tokens[k];
    const verb = s.tokens[k + 1];
    if (pronoun?.norm !== 'it' || verb === undefined || !lightAt(s, k + 1)) continue;
    if (s.phrases.some((p) => isTrigger(p.phrase) && s.clauseOf[p.first] === c)) continue;
    const earlier = matches.filter((m) => m.instance.event !== undefined && (s.clauseOf[m.occurrence.at] ?? 0) < c && s.clauses[s.clauseOf[m.occurrence.at] ?? 0]?.kind === 'main' && identifiedForSure(m));
    const instances = [...new Set(earlier.map((m) => m.instance))];
    if (instances.length !== 1) continue;
    const instance = instances[0] as Instance;
    const hit: PhraseHit = { first: k, end: k + 1, start: pronoun.start, stop: pronoun.end, phrase: { kind: 'trigger', frame: instance.frame } };
    const o: Occurrence = { frameId: instance.frame.id, hit, at: k + 1, args: [], named: instance, continued: true };
    const m = matchInstance(s, index, o, instance, occurrences, previousEvents, options.asOf, options.rowDate, topic);
    if (m) matches.push(m);
  }
  // An act whose only tie to its instance is an occasion the sentence names for sure ("U.S.
  // officials visited Kabul ...; a British hostage was freed"): matched by that occasion, so who
  // the sentence says took part is compared.
  const sureEvents = new Set(matches.filter((x) => x.instance.event !== undefined && identifiedForSure(x)).map((x) => x.instance.event?.id));
  for (const o of occurrences) {
    if (o.hit.phrase.kind !== 'trigger' || sureEvents.size === 0 || matches.some((m) => m.occurrence === o)) continue;
    // Only frames with a role for an occasion (not the cue frames of a large base, whose many
    // instances would be walked for every occurrence).
    const frame = o.hit.phrase.frame;
    if (!Object.keys(frame.roles).some((role) => occasionRole(frame, role))) continue;
    for (const instance of index.instancesOf(o.frameId)) {
      const tied = Object.entries(instance.args).some(([role, ids]) => occasionRole(instance.frame, role) && ids.some((id) => sureEvents.has(id)));
      if (!tied) continue;
      const m = matchInstance(s, index, o, instance, occurrences, previousEvents, options.asOf, options.rowDate, topic);
      if (m && !m.named && m.matched.size === 0) matches.push(m);
    }
  }
  // An occasion the sentence identifies for sure: the release that came with the first U.S. visit.
  for (const m of matches) {
    for (const [role, ids] of Object.entries(m.instance.args)) {
      if (m.matched.has(role) || !m.instance.frame.roles[role]?.includes('event')) continue;
      if (matches.some((x) => x !== m && x.instance.event !== undefined && ids.includes(x.instance.event.id) && identifiedForSure(x))) (m.matched as Set<string>).add(role);
    }
  }
  // The other way round: an event that a sure act of the sentence is about, told there with a role
  // of its own right ("When the court annulled the designation in 2025, Kabulov said the decision
  // cleared the path"): the act's topic names it, and who it names as its agent is compared.
  const sureNow = matches.filter(identifiedForSure);
  for (const m of matches) {
    const event = m.instance.event?.id;
    if (event === undefined || m.matched.size === 0 || sureNow.includes(m)) continue;
    const about = sureNow.some((x) => x.instance !== m.instance && Object.entries(x.instance.args).some(([r, ids]) => x.matched.has(r) && x.instance.frame.roles[r]?.includes('event') === true && ids.includes(event)));
    if (about) { (m.matched as Set<string>).add(OCCASION_OF); identifiedCache.delete(m); }
  }
  const claims: Claim[] = [];
  const asOf = options.asOf;
  const timeOf = (eventId: string) => {
    const f = index.timeOf(eventId);
    return f?.value.type === 'date' ? f.value.date : undefined;
  };

  // Values: each mention goes to the best (match, fact) pair whose role it can fill.
  interface Pair { m: Match; fact: Fact; role: string; mention: ValueMention; rank: readonly number[]; anchor?: string }
  const pairs: Pair[] = [];
  const mentions = s.values;
  const tokenOfMention = new Map(s.values.map((v) => [v, Math.max(0, s.tokens.findIndex((t) => t.end > v.start))]));
  const mentionToken = (mention: ValueMention) => tokenOfMention.get(mention) ?? Math.max(0, s.tokens.findIndex((t) => t.end > mention.start));
  const hosts = new Map(mentions.map((x) => [x, hostOf(s, x)]));
  const lastTokenOf = (mention: ValueMention) => { let k = mentionToken(mention); while (s.tokens[k + 1] !== undefined && (s.tokens[k + 1] as Token).end <= mention.end) k++; return k; };
  // "The attack was in March 2024, and the ruling came two years later": "later" counts from the
  // event the date before it dates, in the sentence or, with none there, the one event the
  // sentence before identified.
  const laterAnchor = (mention: ValueMention): string | undefined => {
    const before = mentions.filter((x) => x.kind === 'date' && x.start < mention.start && x.qualifier === undefined).pop();
    const events = (ms: readonly Match[]) => [...new Set(ms.map((x) => x.instance.event?.id).filter((id): id is string => id !== undefined))];
    if (before) {
      const dated = matches.filter((x) => x.instance.event !== undefined && identifiedForSure(x) && x.instance.facts.some((f) => index.placeOf(f)?.role === 'time' && kindOf(before).compare(before, f, { asOf: options.asOf, role: 'time', timeOf: () => undefined }) === true));
      const ids = events(dated);
      return ids.length === 1 ? ids[0] : undefined;
    }
    const last = (options.previous?.last ?? []).flatMap((i) => (i.event ? [i.event.id] : []));
    return new Set(last).size === 1 ? last[0] : undefined;
  };
  const otherSource = new Set(mentions.filter((x) => (x.kind === 'money' || x.kind === 'count') && complementOfSource(s, mentionToken(x)) !== undefined));
  // "a year after the Crocus City Hall attack": the event a relative time counts from.
  const anchors = new Map(mentions.map((x) => [x, x.kind === 'relative' && x.anchorAt !== undefined ? anchorOf(s, index, x.anchorAt, matches, options.previous) : x.kind === 'relative' && x.direction === 'later' ? laterAnchor(x) : undefined]));
  for (const mention of mentions) {
    const kind = kindOf(mention);
    const mt = mentionToken(mention);
    const last = lastTokenOf(mention);
    const roles = rolesOf(s, mention, mt);
    const anchor = anchors.get(mention);
    for (const m of matches) {
      if (m.instance.event?.id === anchor && anchor !== undefined) continue;
      const fromRow = mention === options.rowDate;
      // A point of reference is dated only right after its name: "since the fall of Kabul in August 2021".
      // (or by words the noun phrase takes: "after ISK's attack on the venue in March 2024").
      // (A date inside its noun phrase is its own too: "after the Aug 2021 takeover".)
      // (Past the phrases that name its participants: "since the Crocus City Hall attack near Moscow two years ago".)
      const rightAfter = m.occurrence.reference === true && ((mt >= m.occurrence.hit.end && mt <= pastOwnPhrases(s, m.occurrence, nounPhraseEnd(s, m.occurrence.hit)) + 1) || (last < m.occurrence.hit.first && last >= hitStartOfNounPhrase(s, m.occurrence.hit)));
      if (m.occurrence.reference && !rightAfter && !nounHostAttached(s, hosts.get(mention) as Host, m.occurrence)) continue;
      if (!fromRow && !near(s, mt, m.occurrence.at) && !m.occurrence.continued && !options.tableRow) continue;
      // The value must belong to this event's words: "the law adopted last year" is not the ruling's date.
      if (!fromRow && !options.tableRow && !m.occurrence.anchored && !rightAfter && attached(s, hosts.get(mention) as Host, { first: m.occurrence.hit.first, end: m.occurrence.hit.end, at: m.occurrence.at }) === false && !(mention.kind === 'duration' && pronounContinues(s, mt, m.occurrence))) continue;
      // An act found by its time counted from an event takes that time only.
      if (m.occurrence.anchored && mention.kind !== 'relative') continue;
      for (const fact of m.instance.facts) {
        const place = index.placeOf(fact);
        if (!place) continue;
        let role = place.role;
        if (fact.value.type === 'status') {
          // A date speaks of a status's interval: "since" its start, "until" its end, a span both;
          // a plain date, of the start when the clause asserts the status ("blacklisted in 2003",
          // "a listing that dates back to 2003") and of the end when it ends it ("annulled in 2025").
          role = roles.find((r) => r === 'since' || r === 'until' || r === 'span' || r === 'duration') ?? role;
          if (role === 'state' && mention.kind === 'date') {
            // Only the act dates a start or an end ("blacklisted the group in 2003", "annulled it in
            // April"); a state described at a time ("was still a banned organisation in 2019") is
            // judged at that time as a status claim.
            const polarity = statusPolarity(s, m, assertionAt(s, m.occurrence.at, options.setting));
            // ("though IEA still banned in RF at the time": a status said to go on is a state at
            // that time, not the act that began it.)
            const continuing = s.tokens.slice(Math.max(0, m.occurrence.hit.first - 3), m.occurrence.hit.first).some((t) => CONTINUING.has(t.norm) || CONTINUING.has(t.lemma));
            const act = (actAt(s, m) && !continuing) || hasLemmaPhrase(s.tokens, ORIGIN);
            role = !act ? 'state' : polarity === 'ended' ? 'until' : polarity === 'holds' ? 'since' : 'state';
            // In a table row, a cell of its own with an ending word dates the end: "| 2003 | Russia
            // lists the Taliban ... | Lifted 2025 |".
            if (options.tableRow && s.clauseOf[mt] !== s.clauseOf[m.occurrence.at] && s.phrases.some((p) => p.phrase.kind === 'polarity' && p.phrase.frame === m.instance.frame && p.phrase.polarity === 'ends' && s.clauseOf[p.first] === s.clauseOf[mt])) role = 'until';
            // "the ban, imposed in 2003": a clause about the status's noun dates what its own verb does.
            const own = s.clauses[s.clauseOf[mt] ?? 0];
            if (own?.kind === 'relative' && own.antecedent !== undefined && own.antecedent >= m.occurrence.hit.first && own.antecedent < m.occurrence.hit.end && s.clauseOf[mt] !== s.clauseOf[m.occurrence.at]) {
              const ends = s.phrases.some((p) => p.phrase.kind === 'polarity' && p.phrase.frame === m.instance.frame && p.phrase.polarity === 'ends' && s.clauseOf[p.first] === s.clauseOf[mt]);
              const verb = s.tokens.some((t, i) => s.clauseOf[i] === s.clauseOf[mt] && t.pos === 'VERB');
              role = ends ? 'until' : verb ? 'since' : role;
            }
          }
          if (role === 'state') continue;
          // A span of a status is said in its clause, or in a relative clause about its noun
          // ("a listing that had stood for two decades").
          const mc = s.clauses[s.clauseOf[mt] ?? 0];
          const describesTrigger = mc?.kind === 'relative' && mc.antecedent !== undefined && mc.antecedent >= m.occurrence.hit.first && mc.antecedent < m.occurrence.hit.end;
          if (role === 'duration' && s.clauseOf[mt] !== s.clauseOf[m.occurrence.at] && !describesTrigger && !pronounContinues(s, mt, m.occurrence)) continue;
        } else if (!roles.includes(role)) continue;
        // "since 2003" opens a period; it never dates a one-off act ("a designation that had
        // stood since 2003 and scrapped the ban" does not date the ruling).
        else if (role === 'time' && fact.value.type === 'date' && mention.kind === 'date' && mention.qualifier === 'since') continue;
        if (!requirementsMet(s, fact, index, mt)) continue;
        const distance = Math.abs(mt - m.occurrence.at);
        // A row's date is first the date of the event its first cell after the date names.
        const rowOrder = fromRow ? (s.clauseOf[m.occurrence.at] ?? 0) : 0;
        // (A figure given as another source's, "the 2010 U.S. estimate of $1 trillion", after one that is not.)
        const rank = [fromRow ? 1 : 0, m.occurrence.continued ? 1 : 0, s.clauseOf[mt] === s.clauseOf[m.occurrence.at] ? 0 : 1, rowOrder, m.named || m.distinguished ? 0 : 1, roles.indexOf(role) < 0 ? 9 : roles.indexOf(role), otherSource.has(mention) ? 1 : 0, distance];
        pairs.push({ m, fact, role, mention, rank, ...(anchor !== undefined && { anchor }) });
      }
    }
  }
  const asOfLabel = options.asOf.label;
  // "Two years after Crocus, it would be irresponsible not to talk to them": a time counted from
  // an event that opens a sentence in the present says how long ago the event was.
  for (const mention of mentions) {
    if (mention.kind !== 'relative' || mention.direction !== 'after' || mention.anchorAt === undefined || pairs.some((p) => p.mention === mention)) continue;
    const mt = mentionToken(mention);
    const anchor = anchors.get(mention);
    const m = anchor === undefined ? undefined : matches.find((x) => x.instance.event?.id === anchor && identifiedForSure(x));
    const fact = anchor === undefined ? undefined : index.timeOf(anchor);
    if (!m || !fact || !speaksOfNow(s, mt)) continue;
    // (Worded as what it claims: "two years before the draft's date, 2025-05-22".)
    const text = `${mention.text.replace(/\s+(?:after|on from|since)$/i, '').replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase())} before the draft's date, ${asOfLabel}`;
    // (Ranked after every reading the sentence's own words give a value: like a row's date.)
    pairs.push({ m, fact, role: 'time', mention: { ...mention, direction: 'ago', text }, rank: [1, 1, 1, 0, 0, 0, 0, 0] });
  }
  pairs.sort((a, b) => {
    for (let i = 0; i < a.rank.length; i++) if ((a.rank[i] ?? 0) !== (b.rank[i] ?? 0)) return (a.rank[i] ?? 0) - (b.rank[i] ?? 0);
    return 0;
  });
  const pairsOf = new Map<ValueMention, Pair[]>();
  for (const pair of pairs) pairsOf.set(pair.mention, [...(pairsOf.get(pair.mention) ?? []), pair]);
  const usedMentions = new Set<ValueMention>();
  // A fact takes one value per role: a status both its start and its length ("In 2003 Moscow
  // listed the Taliban, and the listing stood for twenty-two years").
  const usedFacts = new Set<string>();
  const slot = (p: Pair) => `${p.fact.id}:${p.role}`;
  // "the same month" after "In March 2025"; a month written without its year ("In March") is the
  // last one before the draft's date; "since 2021" is a boundary, not a time the sentence is at.
  const previousDateOf = (mention: ValueMention): DateRange | undefined => {
    const before = mentions.filter((x) => x.kind === 'date' && x.start < mention.start && x.qualifier === undefined).pop();
    if (before?.kind === 'date') {
      const d = before.date.kind === 'of-year' ? resolveDeixis({ ...before, deixis: before.deixis ?? 'recent' }, asOf) : before.date;
      if (d.kind === 'range') return d;
    }
    return options.rowDate?.kind === 'date' && options.rowDate.date.kind === 'range' ? options.rowDate.date : undefined;
  };
  for (const pair of pairs) {
    if (usedMentions.has(pair.mention) || usedFacts.has(slot(pair))) continue;
    // Of two readings that give a value to one fact, the one that identifies the event surely wins:
    // "It was the deadliest attack since 2002" continues the attack the sentence before named.
    const rivals = pairsOf.get(pair.mention) ?? [];
    if (!identified(pair.m, pair.role).sure && rivals.some((o) => o !== pair && o.fact === pair.fact && identified(o.m, o.role).sure)) continue;
    const kind = kindOf(pair.mention);
    const prev = previousDateOf(pair.mention);
    const ctx: CompareContext = { asOf, role: pair.role, timeOf, ...(pair.anchor !== undefined && { anchor: pair.anchor }), ...(prev && { previousDate: prev }) };
    const agrees = kind.compare(pair.mention, pair.fact, ctx);
    if (agrees === undefined) continue;
    const likely = identified(pair.m, pair.role).likely || (pair.anchor !== undefined && pair.anchor === index.placeOf(pair.fact)?.anchor);
    let { sure } = identified(pair.m, pair.role);
    if (!likely) continue;
    // A date years away from the one the fact base holds, for an event that recurs or that the
    // sentence only describes, dates another event of the same kind: an earlier capture of Kabul.
    // "The Taliban, in power since seizing Kabul in September 2021": every participant of an event
    // that recurs, within a year of the time the base holds, is that event with its date wrong.
    const everyone = Object.keys(pair.m.instance.args).every((r) => pair.m.matched.has(r)) && [...pair.m.conflicts.keys()].every((r) => r === 'time');
    if (!sure && !agrees && pair.role === 'time' && pair.m.instance.frame.recurring === true && everyone && withinAYear(pair.mention, pair.fact)) sure = true;
    if (!agrees && farFrom(pair.mention, pair.fact) && (pair.m.instance.occurrence === 'repeat' || (pair.m.instance.frame.recurring && !(pair.m.named || pair.m.distinguished)) || (pair.m.occurrence.indefinite === true && !pair.m.named))) sure = false;
    // "The ruling came a year after the Crocus City Hall attack": the event the time counts from
    // singles out the one fact the base has about that span.
    if (pair.anchor !== undefined && pair.anchor === index.placeOf(pair.fact)?.anchor) sure = true;
    // A value that another equally ranked fact would take and agree with: factlint cannot tell which the writer meant.
    if (!agrees && rivals.some((o) => o !== pair && o.rank.slice(0, 6).join() === pair.rank.slice(0, 6).join() && o.fact.id !== pair.fact.id && kindOf(o.mention).compare(o.mention, o.fact, { ...ctx, role: o.role }) === true)) {
      usedMentions.add(pair.mention);
      continue;
    }
    usedMentions.add(pair.mention);
    usedFacts.add(slot(pair));
    // A value that agrees with its fact may agree with others the sentence surely speaks of too
    // ("By 2014, as relations unraveled over the annexation of Crimea, Russia began covertly
    // engaging the Taliban"): those are recorded as supported as well.
    if (agrees) {
      for (const other of pairs) {
        if (other === pair || other.mention !== pair.mention || usedFacts.has(slot(other)) || !identified(other.m, other.role).sure) continue;
        const c = { asOf, role: other.role, timeOf, ...(other.anchor !== undefined && { anchor: other.anchor }), ...(prev && { previousDate: prev }) };
        if (kindOf(other.mention).compare(other.mention, other.fact, c) !== true) continue;
        usedFacts.add(slot(other));
        claims.push({ fact: other.fact, instance: other.m.instance, kind: 'value', start: other.mention.start, end: other.mention.end, verdict: 'agrees', sure: true, assertion: assertionAt(s, mentionToken(other.mention), options.setting), mention: other.mention, extent: extentOf(s, other.m, other.mention.start, other.mention.end) });
      }
    }
    const at = mentionToken(pair.mention);
    const assertion = assertionAt(s, at, options.setting);
    let verdict: Verdict = agrees ? 'agrees' : 'differs';
    // A later event than the fact base can know of: a described (not named) event dated after its horizon.
    const horizon = sourceOf(index, pair.fact)?.asOf;
    // (The time as the sentence means it: "3 July" in a July 2025 draft, "the same day" after it.)
    const claimedAt = pair.mention.kind === 'date' || pair.mention.kind === 'relative' ? claimedDate(pair.mention, ctx) : undefined;
    // A time counted from an event that the base holds as a length ("a year after the attack")
    // speaks of that event, whenever it falls.
    const afterHorizon = horizon !== undefined && pair.fact.value.type !== 'duration' && claimedAt?.kind === 'range' && claimedAt.start > horizon.end;
    if (!agrees && afterHorizon && (!pair.m.named || pair.fact.value.type === 'status')) verdict = 'beyond';
    const fromRow = pair.mention === options.rowDate;
    const estimateBy = !agrees && (pair.mention.kind === 'money' || pair.mention.kind === 'count') ? estimateSource(s, pair.mention, assertion, options.tableRow === true) : undefined;
    claims.push({
      fact: pair.fact, instance: pair.m.instance, kind: 'value',
      start: pair.mention.start, end: pair.mention.end,
      verdict, sure, assertion, mention: pair.mention,
      ...(estimateBy !== undefined && { estimateBy }),
      ...(!fromRow && { extent: extentOf(s, pair.m, pair.mention.start, pair.mention.end) }),
    });
  }

  // Actors: an attribution or role fact's actor as the sentence gives it.
  const claimedActorFacts = new Set<string>();
  // Of two readings of one event, the one where a body differs speaks first: in "It happened under
  // the Biden administration, and it was the first American visit", the administration is what the
  // sentence says of who made the visit, though the state it belongs to matches.
  const bodyDiffers = (m: Match) => [...m.conflicts.values()].some((c) => c.blocking !== true && c.actor.type !== undefined && c.actor.type !== 'state' && c.actor.type !== 'place' && c.actor.root === undefined);
  // (Each actor fact is one instance's, so ordering every match this way orders each instance's.)
  const byBody = [...matches].sort((a, b) => Number(bodyDiffers(b)) - Number(bodyDiffers(a)));
  for (const m of byBody) {
    for (const fact of m.instance.facts) {
      if (claimedActorFacts.has(fact.id)) continue;
      const place = index.placeOf(fact);
      if (!place || (fact.value.type !== 'attribution' && fact.value.type !== 'role')) continue;
      if (!requirementsMet(s, fact, index)) continue;
      const role = place.role;
      const fill = m.fills.get(role) ?? presentActor(s, m, role, index);
      if (!fill) continue;
      // The words a fact requires speak of this participant, not of another conceded beside it
      // ("Russian firms have eyed the deposits, though China has led" does not make Russia the leader).
      const required = s.phrases.filter((p) => p.phrase.kind === 'requires' && p.phrase.fact === fact);
      if (fill.actor.resolved === undefined && required.length > 0 && required.every((p) => conceded(s, p.first, fill.actor.first))) continue;
      const { sure, likely } = identified(m, role);
      // "Special envoy Zamir Kabulov": the event's own noun with its participant for a title says
      // what the fact says, though it names no other participant; it could not say otherwise (a
      // special envoy named so may be another state's).
      const titled = !likely && !m.instance.frame.recurring && TITLE_VIAS.has(fill.via) && fill.actor.entity !== undefined && (m.instance.args[role] ?? []).includes(fill.actor.entity.id) && m.conflicts.size === 0;
      if (!likely && !titled) continue;
      const conflict = m.conflicts.get(role);
      // Someone else in a role that identifies the event is another event, unless the event is named.
      if (conflict && !(m.named || m.distinguished) && !datedWithItsDoer(m, conflict) && (!m.instance.details.includes(role) || (conflict.otherState && otherStateInIdentity(m, conflict.actor)))) continue;
      const at = fill.actor.first;
      // "Russian officials alleged that Kyiv was behind it": where the frame's own verb reports
      // the clause its participant is in, the writer asserts the act, not what it reports.
      const own = assertionAt(s, at, options.setting);
      const ofVerb = s.tokens[m.occurrence.at]?.pos === 'VERB' && m.occurrence.at < at && m.occurrence.hit.phrase.kind === 'trigger' ? assertionAt(s, m.occurrence.at, options.setting) : undefined;
      const stated = own.reported !== undefined && ofVerb !== undefined && ofVerb.reported === undefined ? ofVerb : own;
      // "Read al-Qaeda's Voice of Khorasan", "Did al-Qaeda's magazine mock Moscow?": whose thing a
      // noun phrase says it is, the writer takes for granted; a question or a directive around it
      // asks or bids something else.
      const presupposed = NOUN_PHRASE_VIAS.has(fill.via) && (stated.mood === 'question' || stated.mood === 'directive');
      const assertion: Assertion = presupposed ? { ...stated, mood: 'assert' } : stated;
      claimedActorFacts.add(fact.id);
      // "the Biden administration's envoys": the words compared are the owner's.
      const said = fill.actor.owner ?? fill.actor;
      claims.push({ fact, instance: m.instance, kind: 'actor', start: said.start, end: said.stop, verdict: conflict ? 'differs' : 'agrees', sure, assertion, actor: said, extent: extentOf(s, m, Math.min(said.start, fill.actor.start), Math.max(said.stop, fill.actor.stop)) });
    }
  }

  // Statuses: what the sentence says of a status fact of the instance.
  const claimedStatus = new Set<string>();
  for (const m of matches) {
    for (const fact of m.instance.facts) {
      if (fact.value.type !== 'status' || claimedStatus.has(`${fact.id}@${s.clauseOf[m.occurrence.at] ?? 0}`)) continue;
      if (!requirementsMet(s, fact, index)) continue;
      const v: StatusFactValue = fact.value;
      const { sure, likely } = identified(m, 'state');
      if (!likely) continue;
      // "We should mention the agreements, which are final": a relative clause set off by a comma
      // is the writer's own assertion, whatever the clause around the trigger does.
      const ownClause = s.clauseOf[m.occurrence.at];
      const aside = s.phrases.find((p) => p.phrase.kind === 'polarity' && p.phrase.frame === m.instance.frame && s.clauseOf[p.first] !== ownClause && s.clauses[s.clauseOf[p.first] ?? 0]?.kind === 'relative' && p.first > m.occurrence.hit.end);
      const atTrigger = assertionAt(s, m.occurrence.at, options.setting);
      const assertion = aside && statusPolarity(s, m, atTrigger) !== undefined ? assertionAt(s, aside.first, options.setting) : atTrigger;
      const polarity = statusPolarity(s, m, assertion);
      if (polarity === undefined) continue;
      // A date the clause gives the change: "in 2023 Iran recognised", "annulled in April 2025".
      // In a table row with a status cell, a cell that is only a date dates that status ("| Closed | Aug 2021 |").
      const dateCell = (x: ValueMention) => { const c = s.clauses[s.clauseOf[mentionToken(x)] ?? 0]; return m.occurrence.statusCell !== undefined && c !== undefined && s.tokens.slice(c.first, c.end).every((t) => t.pos === 'PUNCT' || (t.start >= x.start && t.end <= x.end)); };
      // (A relative clause set off after the trigger dates what it says: "Russia's embassy, which closed in August 2021".)
      const inAside = (x: ValueMention) => aside !== undefined && s.clauseOf[mentionToken(x)] === s.clauseOf[aside.first] && Math.abs(mentionToken(x) - aside.first) <= 8;
      const dated = s.values.find((x) => x.kind === 'date' && !x.qualifier && ((s.clauseOf[mentionToken(x)] === s.clauseOf[m.occurrence.at] && Math.abs(mentionToken(x) - m.occurrence.at) <= 8) || dateCell(x) || inAside(x)));
      const datedRange = dated?.kind === 'date' ? (dated.date.kind === 'of-year' ? resolveDeixis({ ...dated, deixis: dated.deixis ?? 'recent' }, asOf) : dated.date) : undefined;
      const at = datedRange?.kind === 'range' ? datedRange : options.rowDate?.kind === 'date' && options.rowDate.date.kind === 'range' ? options.rowDate.date : whenClauseTime(s, m.occurrence.at, timeOf, matches) ?? eventPhraseTime(s, m.occurrence.at, occurrences, index, timeOf) ?? narrationTime(options.setting.next) ?? additiveTime(s, m.occurrence.at, options.previous) ?? sceneTime(s, m.occurrence.at, options.scene);
      const horizon = sourceOf(index, fact)?.asOf;
      // A change the sentence dates after the horizon, or in a time that runs past it ("in 2025"
      // for a base that speaks as of April 2025), is beyond the fact base; so is one it does not
      // date in a draft written well after it. Within a quarter of the horizon the fact base's
      // knowledge is taken as still current.
      const afterHorizon = horizon !== undefined && (at ? at.end > horizon.end : asOf.start > horizon.end + FRESH_DAYS);
      let verdict: Verdict | undefined;
      if (!v.held) {
        // A status never granted: asserting it is a contradiction, unless it may have come after
        // the horizon; speaking of it as a possibility ("the potential recognition") says what the
        // fact base says.
        if (polarity === 'holds' && (assertion.modal || assertion.future) && assertion.mood === 'assert') verdict = 'agrees';
        else if (polarity === 'holds') verdict = afterHorizon ? 'beyond' : 'differs';
        else if (polarity === 'not-holds') verdict = 'agrees';
      } else if (polarity === 'opposite') {
        // "then signed final trade agreements", "has signed final trade agreements": the act that
        // made the status, told in the past or the perfect, is one the base knows, and it says what
        // the status was then; unless the clause tells of a change since ("has now signed").
        const clause = s.clauses[s.clauseOf[m.occurrence.at] ?? 0];
        const changed = hasLemmaPhrase(clause ? s.tokens.slice(clause.first, clause.end) : s.tokens, CHANGE);
        // ("it concluded final trade agreements": a past verb that does what its object noun names.)
        const doneAct = (k: number) => { const from = Math.max(0, k - 4); return s.tokens.slice(from, k).some((t, i) => t.pos === 'VERB' && DOING_VERBS.has(t.lemma) && s.clauseOf[from + i] === s.clauseOf[k] && (pastForm(t) || perfectAt(s.tokens, from + i))); };
        const pastAct = at === undefined && !changed && (s.phrases.some((p) => isTrigger(p.phrase) && p.phrase.frame === m.instance.frame && s.tokens[p.first]?.pos === 'VERB' && s.clauseOf[p.first] === s.clauseOf[m.occurrence.at] && (assertion.past || perfectAt(s.tokens, p.first) || pastForm(s.tokens[p.first] as Token))) || doneAct(m.occurrence.hit.first));
        verdict = afterHorizon && v.until === undefined && !pastAct ? 'beyond' : 'differs';
      } else if (polarity === 'ended') {
        verdict = v.until !== undefined ? 'agrees' : afterHorizon ? 'beyond' : 'differs';
      } else if (polarity === 'holds') {
        // "That is twenty-two years on a terror blacklist": a clause that measures an ended status's
        // whole span, rightly, looks back on it; it does not say the status holds now.
        const measured = v.until !== undefined && claims.some((c) => c.fact === fact && c.kind === 'value' && c.verdict === 'agrees' && c.mention?.kind === 'duration');
        const presentsAsCurrent = assertion.current && !assertion.past && at === undefined && !measured;
        if (presentsAsCurrent) {
          const state = stateAt(v, asOf, horizon);
          verdict = state.state === 'not-held' && state.reason === 'ended' ? 'outdated' : state.state === 'held' ? 'agrees' : undefined;
        } else {
          const state = at ? stateAt(v, at, horizon) : undefined;
          // Before the status began, the base says nothing: "the Taliban first ruled from 1996 to
          // 2001" is an earlier period, not a contradiction of their rule since 2021.
          verdict = state === undefined || state.state === 'held' || state.state === 'unknown' ? 'agrees' : state.reason === 'ended' ? 'differs' : undefined;
          if (at === undefined && !assertion.past && !assertion.current) verdict = undefined;
        }
      } else if (polarity === 'not-holds') {
        // "has not lifted the ban" says it still holds; "is not designated" says it ended.
        verdict = v.until !== undefined && stateAt(v, asOf, horizon).state === 'not-held' ? 'agrees' : undefined;
      }
      if (verdict === undefined) continue;
      // A status whose date the sentence gets wrong is not also supported: "had been in place since 2005".
      if (verdict === 'agrees' && claims.some((c) => c.fact === fact && c.verdict === 'differs')) continue;
      // A dated status whose date the sentence gets wrong is reported once, at the date.
      if (at !== undefined && verdict === 'differs' && claims.some((c) => c.fact === fact && c.kind === 'value' && c.verdict === 'differs')) continue;
      const words = s.phrases.filter((p) => p.phrase.kind === 'polarity' && p.phrase.frame === m.instance.frame && (s.clauseOf[p.first] === s.clauseOf[m.occurrence.at] || s.clauseOf[p.first] === m.occurrence.statusCell || p === aside));
      // A status is claimed once per sentence, unless a later clause says it again in words of
      // its own: "described the accords as memoranda; the two sides in fact signed final agreements".
      const first = words[0];
      const own = first !== undefined && !claims.some((c) => c.fact === fact && c.kind === 'status' && c.start <= first.start && first.start < c.end);
      if (claims.some((c) => c.fact === fact && c.kind === 'status') && !own) continue;
      claimedStatus.add(`${fact.id}@${s.clauseOf[m.occurrence.at] ?? 0}`);
      const spanFrom = words[0] ?? m.occurrence.hit;
      claims.push({
        fact, instance: m.instance, kind: 'status', start: spanFrom.start, end: spanFrom.stop, verdict, sure, assertion,
        status: { polarity, ...(at && { at }) },
        extent: extentOf(s, m, Math.min(spanFrom.start, m.occurrence.hit.start), Math.max(spanFrom.stop, m.occurrence.hit.stop)),
      });
    }
  }

  claims.push(...officeClaims(s, index, options, claims));
  const sureMatches = matches.filter(identifiedForSure);
  const sureInstances = [...new Set(sureMatches.map((m) => m.instance))];
  // Figures in a sure frame's clause that no fact of its instance takes.
  const figures: { mention: ValueMention; instance: Instance }[] = [];
  for (const mention of mentions) {
    if (usedMentions.has(mention) || (mention.kind !== 'money' && mention.kind !== 'count' && mention.kind !== 'duration')) continue;
    // "a year", "an American hostage": the article is not a figure anyone would cite.
    if ((mention.kind === 'duration' || mention.kind === 'count') && /^(?:an?|one|single)\b/i.test(mention.text)) continue;
    const roles = rolesOf(s, mention, mentionToken(mention));
    const m = sureMatches.find((x) => near(s, mentionToken(mention), x.occurrence.at));
    if (!m || m.instance.facts.some((f) => roles.includes(index.placeOf(f)?.role ?? '') || (f.value.type === 'status' && mention.kind === 'duration'))) continue;
    const assertion = assertionAt(s, mentionToken(mention), options.setting);
    if (assertion.mood !== 'assert' || assertion.modal || assertion.reported) continue;
    figures.push({ mention, instance: m.instance });
  }
  // The main clause's subject and every entity named, for the next sentence's pronouns.
  const main = s.clauses.findIndex((c) => c.kind === 'main');
  const subject = s.actors.find((a) => a.entity && a.entity.type !== 'event' && a.entity.type !== 'place' && a.entity.type !== 'publication' && (s.clauseOf[a.first] === main || main < 0) && !s.tokens.slice(Math.max(0, a.first - 2), a.first).some((t) => t.pos === 'ADP'))?.entity;
  const entities = [...new Set(s.actors.filter((a) => a.entity && a.entity.type !== 'event').map((a) => a.entity as Entity).reverse())];
  // Events stay in view for the next few sentences: a list of bullets about one ruling.
  const recent = [...sureInstances, ...(options.previous?.instances ?? []).filter((i) => !sureInstances.includes(i))].slice(0, 6);
  // The sentence's own time: a plain date in its main clause or a clause of time ("When Kabul fell in August 2021, ...").
  const mainDate = s.values.find((v) => v.kind === 'date' && !v.qualifier && v.date.kind === 'range' && (s.clauseOf[mentionToken(v)] === main || main < 0 || WHEN_MARKERS.has(s.clauses[s.clauseOf[mentionToken(v)] ?? 0]?.marker ?? '')));
  const time = mainDate?.kind === 'date' && mainDate.date.kind === 'range' ? mainDate.date : undefined;
  const places = [...new Set(s.actors.filter((a) => afterPreposition(s, a) && (a.entity?.type === 'state' || a.entity?.type === 'place')).map((a) => a.entity as Entity).reverse())];
  return { sentence: s, claims, discourse: { age: 0, instances: recent, last: sureInstances, ...(subject && { subject }), entities: [...entities, ...(options.previous?.entities ?? [])].slice(0, 8), places: [...places, ...(options.previous?.places ?? [])].slice(0, 4), ...(time && { time }) }, figures };
}

export { clauseOfHit };
