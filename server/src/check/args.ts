/**
 * Who fills which role of a frame in a sentence, read from the trigger's position:
 *
 * - a verb's subject is its agent and its object its patient ("ISK attacked the hall"), the other
 *   way round in the passive ("was carried out by ISK"), and a subject the trigger names otherwise
 *   ("Kabul fell": the place);
 * - a noun's possessor, the noun before it and the prepositions after it mark roles as the frame
 *   says ("Moscow's recognition of the Taliban", "the ISK attack on the concert hall");
 * - the subject of a verb that governs the noun ("ISK carried out the attack", "Moscow kept its
 *   embassy open"), of a copula ("Kabulov is the Kremlin's envoy") and a name in apposition
 *   ("Zamir Kabulov, the Kremlin's envoy") fill the role a subject fills;
 * - a relative clause's subject is the noun it describes ("the Taliban, which took Kabul").
 */
import type { EntityType, Frame } from '../factbase/model';
import type { Token } from '../nlp/tokens';
import type { FramePhrase } from './factIndex';
import { antecedentActor } from './reader';
import type { Actor, PhraseHit, Sentence } from './reader';
import { AGENT_NOUNS, GENERIC_HEADS, OFFICE_NOUNS, PERSON_NOUNS } from '../lexicon/actors';
import { ANNOUNCING_VERBS as ANNOUNCING_VERB_WORDS, ENDING_VERBS as ENDING_VERB_WORDS, GIVING_VERBS as GIVING_VERB_WORDS, LINKING_VERBS, REGARDING_VERBS, SUPPORT_VERBS as SUPPORT_VERB_WORDS } from '../lexicon/grammar';

export interface ArgFill {
  readonly role: string;
  readonly actor: Actor;
  /** How the role was read: subject, object, by, of, possessor, compound, apposition, ... */
  readonly via: string;
}

const SUPPORT_VERBS = new Set(SUPPORT_VERB_WORDS);
const GIVING_VERBS = new Set(GIVING_VERB_WORDS);
const REGARDING = new Set(REGARDING_VERBS);
const ENDING_VERBS = new Set(ENDING_VERB_WORDS);
const ANNOUNCING_VERBS = new Set(ANNOUNCING_VERB_WORDS);
const COPULAS = new Set(LINKING_VERBS);
const SKIP_BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);

function headOf(s: Sentence, hit: PhraseHit): number {
  // After an article or a possessor the trigger is a noun phrase, whatever the tagger says of its
  // words ("the Taliban's power grab"): its head is its last word.
  const before = s.tokens[hit.first - 1];
  if (hit.end - hit.first > 1 && before !== undefined && (before.pos === 'DET' || before.norm === "'s" || before.norm === '’s' || (before.pos === 'PRON' && /^(its|their|his|her)$/.test(before.norm)))) return hit.end - 1;
  // The trigger's head: its first verb, else its last noun, else its last token.
  for (let i = hit.first; i < hit.end; i++) if (s.tokens[i]?.pos === 'VERB') return i;
  for (let i = hit.end - 1; i >= hit.first; i--) if (s.tokens[i]?.pos === 'NOUN' || s.tokens[i]?.pos === 'PROPN') return i;
  return hit.end - 1;
}

function roleFits(frame: Frame, role: string, actor: Actor): boolean {
  const types = frame.roles[role];
  if (!types) return false;
  if (actor.type === undefined) return true;
  // A person named by nationality or a state acting through its people fills a state's role.
  if (types.includes(actor.type)) return true;
  if (actor.type === 'group' && (types.includes('state') || types.includes('organization')) && actor.root !== undefined) return true;
  if (actor.type === 'state' && types.includes('place')) return true;
  if (actor.type === 'place' && types.includes('state')) return false;
  return false;
}

/**
 * The role for an actor a mark points at. A mark the frame declares (a preposition, a possessor)
 * decides the role alone: "a stake in Taliban stability" puts nobody in the agent role. A default
 * mark (a verb's subject or object) falls back to the first other role the actor's type fits,
 * never to the opposite one: an object is not the agent, a subject not the patient.
 */
function roleFor(frame: Frame, mark: string | undefined, actor: Actor, fallbackOrder: readonly string[], exclude?: string): string | undefined {
  if (mark !== undefined && roleFits(frame, mark, actor)) return mark;
  for (const r of fallbackOrder) if (r !== exclude && roleFits(frame, r, actor)) return r;
  return undefined;
}

const isBe = (t: Token | undefined) => t !== undefined && (t.lemma === 'be' || t.lemma === 'get') && (t.pos === 'AUX' || t.pos === 'VERB');

/** A verb in the passive: a form of be (or get) before it, with only adverbs and auxiliaries between. */
function passive(tokens: readonly Token[], head: number): boolean {
  const t = tokens[head];
  if (!t || /ing$/i.test(t.text)) return false;
  for (let k = head - 1; k >= Math.max(0, head - 4); k--) {
    const x = tokens[k] as Token;
    if (isBe(x)) return true;
    if (!SKIP_BEFORE_VERB.has(x.pos) && x.norm !== 'not') return false;
  }
  // A participle after a noun and a comma, or after "the": "the group, designated in 2003".
  const before = tokens[head - 1];
  return before !== undefined && /ed$|en$/i.test(t.text) && (before.text === ',' || before.pos === 'NOUN' || before.pos === 'PROPN') && tokens[head + 1]?.norm === 'by';
}

/** The word right before an actor, past determiners and adjectives: its preposition, if any, after `floor`. */
const YEAR = /^(?:1[5-9]|20)\d\d$/;

function prepositionBefore(tokens: readonly Token[], actor: Actor, floor = -1): { lemma: string; at: number } | undefined {
  for (let k = actor.first - 1; k > floor && k >= actor.first - 4; k--) {
    const x = tokens[k] as Token;
    // "In 2003 Russia listed the group": a year right after a preposition is that phrase's whole
    // object; the name after it begins the clause.
    if (x.pos === 'NUM' && YEAR.test(x.text) && tokens[k - 1]?.pos === 'ADP') return undefined;
    if (x.pos === 'DET' || x.pos === 'ADJ' || x.pos === 'NUM' || (x.pos === 'PRON' && /^(its|their|his|her|our)$/.test(x.norm)) || x.norm === 'former' || x.pos === 'PART' && x.norm !== 'not') continue;
    // A possessor before the name: "by Russia's Constitutional Court".
    if ((x.pos === 'PROPN' || x.pos === 'NOUN') && (tokens[k + 1]?.norm === "'s" || tokens[k + 1]?.norm === '’s')) continue;
    if (x.pos === 'ADP' || x.pos === 'SCONJ' || (x.norm === 'by')) return { lemma: x.norm, at: k };
    return undefined;
  }
  return undefined;
}

/** Actors in a token range that are not the object of a preposition. */
function bareActors(s: Sentence, from: number, to: number): Actor[] {
  return s.actors.filter((a) => {
    if (a.first < from || a.end > to) return false;
    const prep = prepositionBefore(s.tokens, a);
    // "as the Taliban released a hostage": the word that opens a clause is no preposition. (An
    // event after it is a point of reference: "before Crocus".)
    if (prep === undefined || (s.clauses[s.clauseOf[a.first] ?? 0]?.markerAt === prep.at && a.entity?.type !== 'event')) return true;
    // "officials of the Biden administration made the visit": people of a body act for it.
    const noun = s.tokens[prep.at - 1];
    return (prep.lemma === 'of' || prep.lemma === 'from') && noun !== undefined && noun.pos === 'NOUN' && AGENT_NOUN_SET.has(noun.lemma) && (prep.at - 1 === from || !['ADP', 'VERB'].includes(s.tokens[prep.at - 2]?.pos ?? ''));
  });
}

/** An actor inside an aside between commas after another actor: ", the Kremlin's special envoy for Afghanistan,". */
function inApposition(s: Sentence, a: Actor): boolean {
  let k = a.first - 1;
  while (k >= 0 && s.tokens[k]?.text !== ',' && k > a.first - 6) k--;
  if (k < 1 || s.tokens[k]?.text !== ',') return false;
  const prior = s.actors.find((x) => x.end === k);
  if (!prior || prior.possessive || prepositionBefore(s.tokens, prior)) return false;
  const between = s.tokens.slice(k + 1, a.first);
  return between.every((t) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.norm === "'s" || t.norm === '’s') && s.tokens.slice(a.end).some((t) => t.text === ',');
}

/** Pronouns that can stand for an actor named earlier in the sentence. */
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'its', 'their', 'his', 'her', 'them', 'him']);

/** The actor a pronoun before `at` stands for: the nearest earlier actor that is not an event. */
function antecedentOf(s: Sentence, at: number): Actor | undefined {
  // "it" stands for a noun phrase, not for the nationality that modifies a noun inside one ("two
  // Russian embassy staff", "the Russian embassy").
  const singular = /^(it|its)$/.test(s.tokens[at]?.norm ?? '');
  const modifier = (a: Actor) => a.byNationality && ['DET', 'NUM'].includes(s.tokens[a.first - 1]?.pos ?? '');
  const earlier = s.actors.filter((a) => a.end <= at && a.entity?.type !== 'event' && a.type !== 'place' && !(singular && modifier(a)));
  // A subject pronoun continues the subject before it, not the object: "The Taliban has governed
  // Afghanistan since it took Kabul".
  const pronoun = s.tokens[at];
  // "the Taliban, who have served as the government since they seized Kabul": a pronoun inside a
  // relative clause (or a clause within it) stands for the noun the clause describes.
  // (Only from a clause of its own within it: "..., which X designates ..., and they give cover"
  // starts a new clause the segmenter left inside the relative one.)
  if (pronoun !== undefined && /^(it|they|he|she)$/.test(pronoun.norm) && s.clauses[s.clauseOf[at] ?? 0]?.kind === 'subordinate') {
    for (let c: number | undefined = s.clauses[s.clauseOf[at] ?? 0]?.parent, depth = 0; c !== undefined && depth < 6; c = s.clauses[c]?.parent, depth++) {
      const clause = s.clauses[c];
      if (clause?.kind !== 'relative' || clause.antecedent === undefined || (clause.marker !== 'who' && clause.marker !== 'which')) continue;
      if (clause.markerAt !== undefined && clause.markerAt + 1 === at) break;
      const described = antecedentActor(s.actors, clause, (a) => a.entity?.type !== 'event' && a.type !== 'place');
      if (described) return described;
      break;
    }
  }
  if (pronoun !== undefined && /^(it|they|he|she)$/.test(pronoun.norm)) {
    const subjects = earlier.filter((a) => !a.possessive && !['VERB', 'ADP', 'SCONJ'].includes(s.tokens[a.first - 1]?.pos ?? '') && !(s.tokens[a.first - 1]?.pos === 'DET' && ['VERB', 'ADP'].includes(s.tokens[a.first - 2]?.pos ?? '')));
    // A pronoun that opens a main clause continues a main clause's subject, not one of a clause
    // inside it ("Moscow never closed its embassy, even as most Western missions left; it accredited").
    const inMain = (a: Actor) => s.clauses[s.clauseOf[a.first] ?? 0]?.kind === 'main';
    const subject = s.clauses[s.clauseOf[at] ?? 0]?.kind === 'main' && subjects.some(inMain) ? subjects.filter(inMain).pop() : subjects.pop();
    if (subject) return subject;
    // "They shelter al-Qaeda and they back the TTP": the same pronoun again is the same someone,
    // not the object between.
    if (s.tokens.slice(0, at).some((t) => t.norm === pronoun.norm && t.pos === 'PRON')) return undefined;
  }
  return earlier.pop();
}

/**
 * The verb's subject: the nearest bare actor before it in its clause (a pronoun there stands for
 * the nearest earlier actor), the noun a relative clause describes, or the subject of the verb
 * it is coordinated with ("lifted the ban ... and annulled the designation").
 */
function subjectOf(s: Sentence, verb: number): { actor: Actor; via: string; owner?: Actor } | undefined {
  // "coincided with the Taliban freeing a hostage": a name right before a gerund is its subject,
  // whatever preposition governs the two.
  if (/ing$/.test(s.tokens[verb]?.norm ?? '')) {
    const right = s.actors.find((a) => a.end === verb && !a.possessive && a.entity?.type !== 'event' && a.type !== 'place');
    if (right && prepositionBefore(s.tokens, right) !== undefined) return { actor: right, via: 'gerund-subject' };
  }
  const clauseIndex = s.clauseOf[verb] ?? 0;
  const clause = s.clauses[clauseIndex];
  const from = clause?.first ?? 0;
  // The words between the subject and the verb: a pronoun there is the subject.
  for (let k = verb - 1; k >= from; k--) {
    const t = s.tokens[k] as Token;
    if (SKIP_BEFORE_VERB.has(t.pos) || t.norm === 'not' || t.norm === 'also') continue;
    if (t.pos === 'PRON' && PRONOUNS.has(t.norm)) {
      const ante = s.actors.find((a) => a.first === k) ?? antecedentOf(s, k);
      return ante ? { actor: ante, via: 'pronoun' } : undefined;
    }
    if (t.pos === 'PRON' && /^(which|who|that)$/.test(t.norm)) break;
    break;
  }
  // Actors inside a clause nested in this one (a relative clause, an aside) are not its subject,
  // nor are actors in apposition ("Zamir Kabulov, the Kremlin's envoy for Afghanistan, said").
  const inClause = bareActors(s, from, verb).filter((a) => s.clauseOf[a.first] === clauseIndex && !inApposition(s, a));
  // An infinitive or a gerund after a preposition ("to recognise", "without recognising") has the
  // clause's subject: the first actor of the clause, whatever verbs come between.
  const before = s.tokens[verb - 1];
  // "the decision by the court to remove": an infinitive after a noun has that noun's agent, which
  // the clause's first actor need not be; it is left unread.
  if (before?.norm === 'to' && ['NOUN', 'PROPN'].includes(s.tokens[verb - 2]?.pos ?? '')) return undefined;
  // "the countries seeking to exploit it": the infinitive has the subject of the verb before "to".
  if (before?.norm === 'to' && s.tokens[verb - 2]?.pos === 'VERB') return subjectOf(s, verb - 2);
  const controlled = before !== undefined && (before.norm === 'to' || (['without', 'by', 'after', 'before', 'while', 'since', 'despite', 'instead'].includes(before.norm) && /ing$/.test(s.tokens[verb]?.text ?? '')));
  // "this risks legitimizing the Taliban": a gerund after a verb has that verb's subject.
  if (before !== undefined && before.pos === 'VERB' && /ing$/.test(s.tokens[verb]?.text ?? '')) {
    const governing = subjectOf(s, verb - 1);
    return governing;
  }
  // An actor right after a verb is its object, not the next verb's subject.
  // Unless the verb follows it at once: "people forget the Biden administration sent officials"
  // (a clause without "that", whose subject it is).
  const rightBeforeVerb = (a: Actor) => a.end <= verb && s.tokens.slice(a.end, verb).every((t) => t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART');
  const notObject = (a: Actor) => rightBeforeVerb(a) || !(s.tokens[a.first - 1]?.pos === 'VERB' || (s.tokens[a.first - 1]?.pos === 'DET' && s.tokens[a.first - 2]?.pos === 'VERB'));
  // "the Taliban government, which has controlled Afghanistan since taking Kabul": a controlled
  // verb after the clause's own verb has that verb's subject (the clause's first name may be its
  // object).
  // (Or of the clause around, where "since" opens a clause of its own.)
  if (controlled) {
    const own = from >= verb - 1 && clause?.parent !== undefined && clause.parent >= 0 ? clause.parent : clauseIndex;
    const ownFrom = s.clauses[own]?.first ?? 0;
    const main = s.tokens.findIndex((t, k) => k >= ownFrom && k < verb - 1 && s.clauseOf[k] === own && t.pos === 'VERB' && !/ing$/.test(t.text));
    const governing = main >= 0 ? subjectOf(s, main) : undefined;
    if (governing) return { actor: governing.actor, via: 'controlled-subject' };
  }
  // "The Taliban, in power since seizing Kabul": a controlled verb whose own clause names no one
  // has the subject of the clause around it.
  if (controlled && inClause.length === 0 && clause?.parent !== undefined) {
    const outer = s.clauses[clause.parent];
    const subject = outer ? bareActors(s, outer.first, from).find((a) => s.clauseOf[a.first] === clause.parent && !prepositionBefore(s.tokens, a) && !a.possessive) : undefined;
    if (subject) return { actor: subject, via: 'controlled-subject' };
  }
  // (A verb of a clause nested between, "many countries, led by India, want", stands nowhere between.)
  const candidates = controlled ? inClause.slice(0, 1) : inClause.filter((a) => notObject(a) && s.tokens.slice(a.end, verb).every((t, j) => t.pos !== 'VERB' || /ing$/.test(t.text) || s.clauseOf[a.end + j] !== clauseIndex));
  // The nearest is the one ending last; of two ending together, the longer: "Russia's embassy", not "Russia".
  const nearest = candidates.reduce<Actor | undefined>((best, a) => (best === undefined || a.end > best.end || (a.end === best.end && a.first < best.first) ? a : best), undefined);
  // "Moscow's envoy called it ...": the subject is the person the possessed noun names, not its possessor.
  if (nearest?.possessive) {
    let k = nearest.end;
    if (/^['’]s?$/.test(s.tokens[k]?.norm ?? '')) k++;
    while (s.tokens[k]?.pos === 'ADJ') k++;
    const head = s.tokens[k];
    if (head && head.pos === 'NOUN' && (OFFICE_SET.has(head.lemma) || PERSON_NOUN_SET.has(head.lemma)) && k < verb) {
      const person: Actor = { first: k, end: k + 1, start: head.start, stop: head.end, name: s.text.slice(nearest.start, head.end), head: head.lemma, type: 'person', possessive: false, byNationality: false, unnamed: true, owner: nearest };
      return { actor: person, via: 'subject', owner: nearest };
    }
  }
  // "Officials from the Biden administration visited Kabul": a person noun whose "from" phrase
  // names its body, right before the verb, is the subject, and that body its owner.
  for (let k = from; k < verb - 2; k++) {
    const head = s.tokens[k] as Token;
    // (Opening the sentence, the tagger may take the plural for a name: "Officials/PROPN".)
    const personNoun = (head.pos === 'NOUN' || head.pos === 'PROPN') && (PERSON_NOUN_SET.has(head.lemma) || PERSON_NOUN_SET.has(head.norm.replace(/s$/, '')));
    // ("officials of the Biden administration" is read as the body acting, elsewhere.)
    if (!personNoun || s.tokens[k + 1]?.norm !== 'from') continue;
    const body = s.actors.find((a) => (a.first === k + 2 || (a.first === k + 3 && s.tokens[k + 2]?.pos === 'DET')) && a.end <= verb && !a.possessive);
    if (!body || !s.tokens.slice(body.end, verb).every((t) => t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART')) continue;
    const person: Actor = { first: k, end: k + 1, start: head.start, stop: head.end, name: s.text.slice(head.start, body.stop), head: head.lemma, type: 'person', possessive: false, byNationality: false, unnamed: true, owner: body };
    return { actor: person, via: 'subject', owner: body };
  }
  if (nearest && !(clause?.kind === 'relative' && clause.markerAt !== undefined && nearest.first < clause.markerAt)) return { actor: nearest, via: 'subject' };
  if (clause?.kind === 'relative' && clause.antecedent !== undefined && (clause.markerAt === undefined || clause.markerAt + 1 >= verb - 3)) {
    // The noun the clause describes is the one right before its marker (past a comma).
    let ante = antecedentActor(s.actors, clause);
    // "Sergei Lavrov, the Kremlin's envoy for Afghanistan, who said": "who" is a person, not the
    // place that ends the apposition before it.
    if (clause.marker === 'who' && ante && (ante.type === 'state' || ante.type === 'place' || ante.type === 'event')) {
      ante = s.actors.filter((a) => a.end <= (clause.markerAt ?? 0) && a.type === 'person').pop();
    }
    if (ante) return { actor: ante, via: 'relative' };
  }
  // A verb coordinated with an earlier one in the same clause shares its subject: "lifted the ban
  // ... and annulled", "kept its embassy open, accredited a diplomat and signed agreements".
  const between = s.tokens.slice(from, verb);
  const andAt = Math.max(between.map((t) => t.norm).lastIndexOf('and'), between.map((t) => t.norm).lastIndexOf('but'), before?.text === ',' ? between.length - 1 : -1);
  // Only a verb right after the conjunction shares the subject: not "..., and China leads the
  // countries seeking to exploit it".
  const rightAfter = andAt >= 0 && between.slice(andAt + 1).every((t) => t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART' || t.text === ',');
  if (nearest === undefined && andAt >= 0 && rightAfter && between.slice(0, andAt).some((t) => t.pos === 'VERB')) {
    const earlier = bareActors(s, from, from + andAt).filter((a) => notObject(a) && s.tokens.slice(a.end, from + andAt).some((t) => t.pos === 'VERB'));
    // "Russia's Constitutional Court struck ... and lifted": the owner's body, not the owner.
    const first = earlier.find((a) => !a.possessive || !earlier.some((b) => b.first === a.end || b.first === a.end + 1));
    if (first) return { actor: first, via: 'coordinated-subject' };
  }
  return undefined;
}

/** Words that end a verb's phrase: its object comes before them. */
const PHRASE_ENDS = new Set([',', ';', ':', 'and', 'but', 'or', 'while', 'whereas', 'as', 'when', 'because', 'after', 'before', 'since', 'until', 'which', 'who', 'that', '—', '–', '(', ')']);

/** The nearest bare actor after a verb within its phrase: its object. */
function objectOf(s: Sentence, verb: number): Actor | undefined {
  const clause = s.clauses[s.clauseOf[verb] ?? 0];
  const to = clause?.end ?? s.tokens.length;
  for (const a of s.actors) {
    if (a.first <= verb || a.first >= to) continue;
    const between = s.tokens.slice(verb + 1, a.first);
    if (between.some((t) => t.pos === 'VERB' || PHRASE_ENDS.has(t.norm))) return undefined;
    // The verb's own particle ("handed over") is not a preposition of its object.
    if (prepositionBefore(s.tokens, a, verb)) continue;
    // "accepted the Taliban's offer": the object is the offer; "recognised the Taliban's
    // government" names the Taliban by their government.
    if (a.possessive) {
      // "persecuted Afghanistan's Shia Hazaras": a name possessed by a name is the object.
      const possessedName = s.actors.find((b) => b.first === a.end + 1 && b.first < to);
      if (possessedName) return possessedName;
      const at = s.tokens.findIndex((t, k) => k > a.end && t.pos !== 'ADJ');
      const possessed = s.tokens[at];
      if (possessed !== undefined && GENERIC_HEAD_SET.has(possessed.lemma)) return a;
      // "designated the Taliban's ally, the Haqqani Network": the name in apposition is the object.
      const apposed = s.tokens[at + 1]?.text === ',' ? s.actors.find((b) => b.first >= at + 2 && b.first <= at + 3) : undefined;
      return apposed;
    }
    return a;
  }
  return undefined;
}
const GENERIC_HEAD_SET = new Set([...GENERIC_HEADS, 'leadership', 'rule', 'rulers', 'leaders', 'emirate']);

const PERSON_NOUN_SET = new Set(PERSON_NOUNS);
const OFFICE_SET = new Set(OFFICE_NOUNS);

/** Another frame's noun right after a verb, as its object: "lifted [the prohibition] on Taliban activity". */
function nounObjectOf(s: Sentence, verb: number): PhraseHit | undefined {
  const own = s.phrases.find((p) => p.first <= verb && verb < p.end);
  // (Up to four words before the noun, besides a possessor's name: "annulled the Taliban's
  // designation" is done to the designation, and through it to the Taliban.)
  let words = 0;
  for (let k = verb + 1; k < s.tokens.length && words < 4; k++) {
    const t = s.tokens[k] as Token;
    const possessor = s.actors.find((a) => a.first === k && a.possessive);
    if (possessor) {
      k = possessor.end;
      continue;
    }
    words++;
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'ADV') continue;
    if (t.pos !== 'NOUN') return undefined;
    return s.phrases.find((p) => p.first === k && p.phrase.kind === 'trigger' && (own === undefined || !('frame' in own.phrase) || p.phrase.frame !== own.phrase.frame));
  }
  return undefined;
}

/**
 * A described object right after a verb, when no name is there: a person ("recognised the
 * diplomat") or a thing ("recognised Chechnya's independence"). Not a frame's own word (those pass
 * their roles on), nor a noun that may stand for a named actor ("the new authorities").
 */
function personObjectOf(s: Sentence, verb: number): number | undefined {
  for (let k = verb + 1; k < s.tokens.length && k <= verb + 5; k++) {
    const t = s.tokens[k] as Token;
    // A name before the noun modifies it: "accepted a Taliban diplomat".
    const actor = s.actors.find((a) => a.first <= k && k < a.end);
    if (actor) {
      // "a Taliban diplomat", "Chechnya's independence": the name before the noun modifies it.
      if (actor.possessive) { k = actor.end; continue; }
      if (actor.end < s.tokens.length && s.tokens[actor.end]?.pos === 'NOUN') { k = actor.end - 1; continue; }
      return undefined;
    }
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'ADV' || t.norm === "'s" || t.norm === '’s') continue;
    if (t.pos !== 'NOUN' || ['NOUN', 'PROPN'].includes(s.tokens[k + 1]?.pos ?? '')) return undefined;
    if (PERSON_NOUN_SET.has(t.lemma)) return k;
    const frameWord = s.phrases.some((p) => (p.phrase.kind === 'trigger' || p.phrase.kind === 'agent-verb' || p.phrase.kind === 'polarity') && p.first <= k && k < p.end);
    return frameWord || GENERIC_HEAD_SET.has(t.lemma) || AGENT_NOUN_SET.has(t.lemma) ? undefined : k;
  }
  return undefined;
}
const AGENT_NOUN_SET = new Set(AGENT_NOUNS);

/** Every role fill for a trigger (or agent verb) hit. */
export function argumentsOf(s: Sentence, hit: PhraseHit & { phrase: Extract<FramePhrase, { kind: 'trigger' | 'agent-verb' }> }): ArgFill[] {
  const frame = hit.phrase.frame;
  const fills: ArgFill[] = [];
  const add = (role: string | undefined, actor: Actor | undefined, via: string) => {
    if (role === undefined || actor === undefined) return;
    if (fills.some((f) => f.actor === actor)) return;
    fills.push({ role, actor, via });
  };
  const order = Object.keys(frame.roles);
  const head = headOf(s, hit);
  const t = s.tokens[head] as Token;
  const nounPhrase = hit.end - hit.first > 1 && head === hit.end - 1 && ['DET', 'PART', 'PRON'].includes(s.tokens[hit.first - 1]?.pos ?? '');
  const verbal = !nounPhrase && (t.pos === 'VERB' || (t.pos === 'ADJ' && /ed$/.test(t.text)));
  const subjectRole = hit.phrase.kind === 'trigger' && hit.phrase.subject !== undefined ? hit.phrase.subject : 'agent';
  const objectRole = hit.phrase.kind === 'trigger' && hit.phrase.object !== undefined ? hit.phrase.object : 'patient';

  // A participle before its noun ("designated terrorist groups like al-Qaeda") is done to that
  // noun and whatever "like" or "such as" names after it; it has no subject of its own.
  // ("internationally recognized President Ghani": an adverb of manner before it changes nothing;
  // "during which" is a preposition's object, not a subject.)
  let lead = head - 1;
  while (s.tokens[lead]?.pos === 'ADV' && /ly$/.test(s.tokens[lead]?.norm ?? '')) lead--;
  const leadWord = s.tokens[lead];
  const objectRelative = leadWord?.norm === 'which' && s.tokens[lead - 1]?.pos === 'ADP';
  const attributive = verbal && /(?:ed|en)$/.test(t.text) && ['NOUN', 'PROPN', 'ADJ'].includes(s.tokens[head + 1]?.pos ?? '')
    && (objectRelative || (!['AUX', 'PRON', 'PROPN'].includes(leadWord?.pos ?? '') && (leadWord?.pos === 'DET' || leadWord?.pos === 'ADP' || leadWord?.pos === 'ADJ' || lead < 0 || leadWord?.text === ',')));
  if (attributive) {
    let k = head + 1;
    while (k < s.tokens.length && (s.tokens[k]?.pos === 'NOUN' || s.tokens[k]?.pos === 'ADJ' || s.tokens[k]?.pos === 'PROPN')) k++;
    const modified = s.actors.find((a) => a.first > head && a.first <= k) ?? (['like', 'such', 'including'].includes(s.tokens[k]?.norm ?? '') ? s.actors.find((a) => a.first > k && a.first <= k + 3) : undefined);
    // (One of a kind the role does not take is still what the participle is done to: "recognized
    // President Ghani" is not about a recognition of the Taliban.)
    if (modified) add(roleFor(frame, objectRole, modified, []) ?? objectRole, modified, 'modified');
    return fills;
  }
  if (verbal) {
    const isPassive = passive(s.tokens, head);
    const subject = subjectOf(s, head);
    // A passive's subject is what the verb is done to: it fills that role or none.
    if (subject) {
      const role = isPassive ? (roleFits(frame, objectRole, subject.actor) ? objectRole : undefined) : roleFor(frame, frame.marks.subject ?? subjectRole, subject.actor, order, objectRole);
      // "The Biden administration's envoys flew into Kabul": where a person cannot fill the role,
      // the body acts through its people.
      if (role === undefined && subject.owner && !isPassive) add(roleFor(frame, frame.marks.subject ?? subjectRole, subject.owner, order, objectRole), subject.owner, 'subject');
      else add(role, subject.actor, subject.via);
    }
    const object = objectOf(s, hit.end - 1);
    if (object) add(roleFor(frame, frame.marks.object ?? objectRole, object, order, subjectRole), object, 'object');
    // "alleged that Kyiv was involved", "insisted Ukraine had a hand in it": the subject of the
    // clause the verb takes, where the frame marks that position.
    const inClause = object === undefined && frame.marks.clause !== undefined ? clauseSubjectAfter(s, hit.end) : undefined;
    if (inClause) add(roleFor(frame, frame.marks.clause, inClause, []), inClause, 'clause');
    // "lifted the ban on the Taliban": a verb done to another frame's noun is done to that noun's
    // patient too.
    if (object === undefined && !isPassive) {
      const inner = nounObjectOf(s, hit.end - 1);
      if (inner !== undefined) {
        for (const f of argumentsOf(s, inner as PhraseHit & { phrase: Extract<FramePhrase, { kind: 'trigger' | 'agent-verb' }> })) {
          if ((f.role === 'patient' || f.via === 'of' || f.via === 'on' || f.via === 'against') && roleFits(frame, objectRole, f.actor)) add(objectRole, f.actor, `object-${f.via}`);
        }
      }
    }
    // "recognised the diplomat sent by the Taliban": a person the verb is done to, described, not named.
    const noun = object === undefined && !isPassive ? personObjectOf(s, hit.end - 1) : undefined;
    if (noun !== undefined) {
      const t = s.tokens[noun] as Token;
      fills.push({ role: frame.marks.object ?? objectRole, actor: { first: noun, end: noun + 1, start: t.start, stop: t.end, name: t.text, head: t.lemma, ...(PERSON_NOUN_SET.has(t.lemma) && { type: 'person' as const }), possessive: false, byNationality: false, unnamed: true }, via: 'object-noun' });
    }
  } else {
    // Possessor and the nouns before the trigger: "Moscow's formal recognition", "the ISK attack".
    const nameStart = s.actors.find((a) => a.entity?.type === 'event' && a.first <= hit.first && hit.end <= a.end)?.first;
    let pastNoun = false;
    for (let k = hit.first - 1, steps = 0; k >= 0 && steps < 6; k--, steps++) {
      const x = s.tokens[k] as Token;
      const actor = s.actors.find((a) => a.end === k + 1 || (a.end === k && (x.norm === "'s" || x.norm === '’s' || x.norm === "'" || x.norm === '’')));
      if (actor) {
        // "the Moscow theatre siege": a name before a common noun that modifies the trigger
        // modifies that noun; only where that noun is, is also where the event was.
        if (!actor.possessive && pastNoun) {
          if (actor.type === 'place' || actor.type === 'state') add(roleFits(frame, 'place', actor) ? 'place' : undefined, actor, 'compound');
          break;
        }
        // "granted the Taliban formal recognition": a name right after a verb of giving, before the
        // noun given, is who receives it.
        const verbBefore = s.tokens[actor.first - 1]?.pos === 'DET' ? s.tokens[actor.first - 2] : s.tokens[actor.first - 1];
        if (!actor.possessive && verbBefore?.pos === 'VERB' && GIVING_VERBS.has(verbBefore.lemma)) {
          add(roleFits(frame, objectRole, actor) ? objectRole : undefined, actor, 'recipient');
          break;
        }
        const mark = actor.possessive ? 'possessor' : 'compound';
        // "Russia's deadliest attack", "Afghanistan's biggest deposits": before a superlative the
        // possessor is the domain the noun is ranked in, not a participant.
        if (actor.possessive && s.tokens.slice(actor.end, hit.first).some((t) => SUPERLATIVE.test(t.norm) && (t.pos === 'ADJ' || t.pos === 'ADV'))) break;
        // Before an event's name, a plain noun is a modifier of the name ("the Moscow Crocus City
        // Hall attack": where), never its agent.
        if (!actor.possessive && nameStart !== undefined && actor.end <= nameStart) break;
        const declared = frame.marks[mark];
        // A possessor is what the frame says it is; a noun before the trigger, any role it fits
        // ("the Voice of Khorasan magazine": the magazine itself).
        add(actor.possessive && declared !== undefined ? (roleFits(frame, declared, actor) ? declared : undefined) : roleFor(frame, declared, actor, order), actor, mark);
        if (!actor.possessive) { k = actor.first; continue; }
        break;
      }
      if (!(x.pos === 'ADJ' || x.pos === 'NOUN' || x.pos === 'NUM' || x.pos === 'PROPN' || x.norm === "'s" || x.norm === '’s' || x.pos === 'PUNCT' && x.text === '-' || x.pos === 'VERB' && /ed$/.test(x.text))) break;
      if (x.pos === 'NOUN') pastNoun = true;
    }
    // "Moscow classifies the Taliban as a terrorist organization": after "as", the verb's subject
    // and object fill the roles a verbal trigger's would.
    const np = hitStartOfNounPhrase(s, hit);
    // "had given Osama bin Laden and his network a safe haven": the first name after a verb of
    // giving whose direct object the trigger heads is who receives it.
    let giving: number | undefined;
    for (let k = np - 1; k >= Math.max(0, np - 8) && giving === undefined; k--) {
      if (s.tokens[k]?.pos === 'VERB' && GIVING_VERBS.has(s.tokens[k]?.lemma ?? '') && s.clauseOf[k] === s.clauseOf[hit.first]) giving = k;
    }
    if (giving !== undefined && !fills.some((f) => f.role === objectRole)) {
      const recipient = s.actors.find((a) => a.first > giving && a.end <= np && !a.possessive);
      if (recipient && !s.tokens.slice(giving + 1, recipient.first).some((t) => t.pos === 'ADP' || t.pos === 'VERB') && roleFits(frame, objectRole, recipient)) add(objectRole, recipient, 'recipient');
    }
    if (s.tokens[np - 1]?.norm === 'as') {
      for (let k = np - 2; k >= 0; k--) {
        const v = s.tokens[k] as Token;
        if (v.pos !== 'VERB') continue;
        // "were designated as ...": the subject of a passive is who is designated; of an active
        // verb, who designates, and nobody else ("which this government designates as ...").
        const subject = subjectOf(s, k);
        const asPassive = passive(s.tokens, k);
        if (subject) add(asPassive ? (roleFits(frame, objectRole, subject.actor) ? objectRole : undefined) : roleFor(frame, frame.marks.subject ?? subjectRole, subject.actor, order, objectRole), subject.actor, 'as-subject');
        // "al-Qaeda, which this government designates as ...": a relative clause with a subject of
        // its own is about its noun as the verb's object.
        const own = s.clauses[s.clauseOf[k] ?? 0];
        const relativeObject = !asPassive && own?.kind === 'relative' && own.markerAt !== undefined && subject !== undefined && subject.via !== 'relative' && subject.actor.first > own.markerAt
          ? antecedentActor(s.actors, own)
          : undefined;
        const object = objectOf(s, k) ?? relativeObject;
        if (object) add(roleFor(frame, frame.marks.object ?? objectRole, object, order, subjectRole), object, 'as-object');
        break;
      }
    }
    // A verb that governs the noun: its subject ("ISK carried out the attack"), or a copula's.
    const clauseStart = s.clauses[s.clauseOf[head] ?? 0]?.first ?? 0;
    for (let k = hit.first - 1; k >= clauseStart; k--) {
      const x = s.tokens[k] as Token;
      // A participle inside the noun phrase ("the first known US visit") is not its verb.
      const inNounPhrase = ['DET', 'ADJ', 'NUM', 'ADV'].includes(s.tokens[k - 1]?.pos ?? '') || s.tokens[k - 1]?.norm === "'s" || s.tokens[k - 1]?.norm === '’s';
      if (x.pos === 'VERB' && /(?:ed|en|wn)$/.test(x.text) && inNounPhrase && ['NOUN', 'PROPN', 'ADJ'].includes(s.tokens[k + 1]?.pos ?? '') && k + 1 < hit.first) continue;
      if (x.pos === 'VERB' || (x.pos === 'AUX' && COPULAS.has(x.lemma))) {
        // (A verb of regarding governs the noun it predicates of its object, not its object.)
        const regardedObject = REGARDING.has(x.lemma) && !s.actors.some((a) => a.first > k && a.end <= hit.first && !a.possessive);
        const governing = (SUPPORT_VERBS.has(x.lemma) && !regardedObject) || COPULAS.has(x.lemma);
        const between = s.tokens.slice(k + 1, hit.first);
        const plainBetween = between.every((b) => b.pos === 'DET' || b.pos === 'ADJ' || b.pos === 'NOUN' || b.pos === 'PRON' || b.pos === 'ADV' || b.pos === 'NUM' || b.pos === 'PART' || b.norm === "'s" || b.norm === '’s' || b.pos === 'PROPN' || (b.pos === 'VERB' && /(?:ed|en|wn)$/.test(b.text)) || b.text === '-');
        if (governing && plainBetween) {
          // "the court annulled the movement's designation": who ends a state is not who made it.
          // (It may still confirm the state's own act: the Supreme Court lifting Russia's ban.)
          const ender = ENDING_VERBS.has(x.lemma);
          const subject = subjectOf(s, k);
          const copula = COPULAS.has(x.lemma);
          if (subject) add(roleFor(frame, copula ? (frame.marks.subject ?? copularRole(frame, subject.actor)) : (frame.marks.subject ?? 'agent'), subject.actor, order), subject.actor, copula ? 'copula' : ender ? 'ender' : ANNOUNCING_VERBS.has(x.lemma) ? 'announcer' : 'governing-subject');
          // "put the group on its terrorist list": the verb's object, when it is not the noun itself.
          const object = copula ? undefined : objectOf(s, k);
          if (object && object.end <= hit.first && object.first > k) add(roleFor(frame, frame.marks.object ?? objectRole, object, order), object, 'governing-object');
        }
        break;
      }
    }
    // A clause describing the noun without "that": "the sanctuary the group offered to bin Laden".
    // (Nothing but a determiner between: after a comma or a colon a new clause begins.)
    const after = s.actors.find((a) => a.first >= hit.end && a.first <= hit.end + 1 && s.tokens.slice(hit.end, a.first).every((t) => t.pos === 'DET'));
    const verbAfter = after ? s.tokens[after.end] : undefined;
    if (after && verbAfter && verbAfter.pos === 'VERB' && SUPPORT_VERBS.has(verbAfter.lemma) && !after.possessive && !prepositionBefore(s.tokens, after)) add(roleFor(frame, frame.marks.subject ?? 'agent', after, order), after, 'reduced-relative');
    // Apposition: "Zamir Kabulov, the Kremlin's special envoy"; "the Kremlin's envoy, Zamir Kabulov";
    // a title before a name: "special envoy Zamir Kabulov".
    const beforeComma = s.tokens[hitStartOfNounPhrase(s, hit) - 1];
    // (Not when the noun is the title of a name right after it: in "..., Putin's special
    // representative Zamir Kabulov said", the comma closes a clause.)
    const titleOfName = s.actors.some((a) => a.first === nounPhraseEnd(s, hit) && a.type === 'person');
    if (beforeComma?.text === ',' && !titleOfName) {
      const prior = s.actors.filter((a) => a.end === hitStartOfNounPhrase(s, hit) - 1).pop();
      if (prior) add(roleFor(frame, frame.marks.subject ?? copularRole(frame, prior), prior, order), prior, 'apposition');
    }
    const afterEnd = nounPhraseEnd(s, hit);
    const next = s.tokens[afterEnd];
    const following = s.actors.find((a) => a.first === afterEnd + (next?.text === ',' ? 1 : 0));
    // "the envoy Zamir Kabulov", "the al-Qaeda magazine Voice of Khorasan": a name right after the
    // noun is who or what the noun is.
    // A thing, not a person, a state, a place or an event: a publication, a body.
    const thing = following !== undefined && following.type !== 'person' && following.type !== 'state' && following.type !== 'place' && following.type !== 'event';
    if (following && following.first === afterEnd && thing) add(roleFits(frame, copularRole(frame, following), following) ? copularRole(frame, following) : undefined, following, 'title');
    if (following && following.type === 'person') add(roleFor(frame, frame.marks.subject ?? copularRole(frame, following), following, order), following, 'apposition');
    // "al-Qaeda's magazine, Voice of Khorasan, mocked ...": a name set off by commas right after
    // the noun is what the noun is, in the role its kind fits.
    const closed = following && [',', ')', ';', '—', '–', '.'].includes(s.tokens[following.end]?.text ?? '.');
    // (Not a list: "support to the Taliban, al-Qaeda, the Haqqanis".)
    const listed = following !== undefined && s.actors.some((a) => a.first > following.end && a.first <= following.end + 2 && s.tokens.slice(following.end, a.first).every((t) => t.text === ',' || t.norm === 'and' || t.norm === 'or' || t.pos === 'DET'));
    if (following && afterEnd === hit.end && next?.text === ',' && closed && !listed && thing && roleFits(frame, copularRole(frame, following), following)) add(copularRole(frame, following), following, 'apposition');
    if (following && following.first === afterEnd && following.type === 'person') add(roleFor(frame, frame.marks.subject ?? copularRole(frame, following), following, order), following, 'title');
  }

  // Prepositional phrases after the trigger, within its clause: "of Kabul", "on the concert hall",
  // "by ISK". A phrase after another trigger noun or event name belongs to that one: "the visit,
  // coinciding with the release of a hostage by the Taliban".
  const clause = s.clauses[s.clauseOf[head] ?? 0];
  const to = clause?.end ?? s.tokens.length;
  const nextHead = s.phrases.filter((p) => p.first >= hit.end && (p.phrase.kind === 'trigger' || p.phrase.kind === 'agent-verb') && s.tokens.slice(p.first, p.end).some((x) => x.pos === 'NOUN' || x.pos === 'VERB')).map((p) => p.first)
    .concat(s.actors.filter((a) => a.first >= hit.end && a.entity?.type === 'event').map((a) => a.first))
    .sort((x, y) => x - y)[0] ?? Infinity;
  const npEnd = verbal ? hit.end : Math.max(hit.end, compoundEnd(s, hit.end));
  for (const a of s.actors) {
    if (a.first < hit.end || a.first >= to || a.first > nextHead) continue;
    // "by Russia's Constitutional Court": the possessor is not the phrase's object; the name after it is.
    if (a.possessive && s.actors.some((b) => b.first === a.end + 1)) continue;
    const prep = prepositionBefore(s.tokens, a);
    if (!prep || prep.at < hit.end - 1) continue;
    if (s.tokens.slice(hit.end, prep.at).some((x) => x.pos === 'VERB')) continue;
    // A phrase belongs to the nearest noun before it: "on the edge of Moscow" is about the edge.
    if (!onlyPhrasesBetween(s, npEnd, prep.at)) continue;
    const mark = verbal && prep.lemma === 'by' ? 'agent' : frame.marks[prep.lemma];
    if (mark === undefined) continue;
    // "the annulment of the designation", "the ruling of the Constitutional Court": after a noun,
    // "of" names what the act is done to or who does it; a name that cannot fill the marked role
    // fills the subject's, if it fits that (only right after the noun: in "abuses against the
    // Uyghurs, a staple of its pitch" the "of" belongs to "staple").
    const genitiveSubject = !verbal && prep.lemma === 'of' && prep.at === npEnd && !roleFits(frame, mark, a) && roleFits(frame, subjectRole, a);
    add(roleFits(frame, mark, a) ? mark : genitiveSubject ? subjectRole : undefined, a, prep.lemma);
  }
  // Actors coordinated with one that fills a role fill it too: "support for al-Qaeda and the TTP",
  // "backing to al-Qaeda and to the TTP".
  for (const fill of [...fills]) {
    let end = fill.actor.end;
    for (;;) {
      // Not a name that modifies the noun after it: "a Canadian hostage, and U.S. bounties".
      const next = s.actors.find((a) => a.first > end && a.first <= end + 3 && !(a.byNationality && ['NOUN', 'PROPN'].includes(s.tokens[a.end]?.pos ?? '')) && s.tokens.slice(end, a.first).every((t) => t.norm === 'and' || t.text === ',' || t.norm === 'or' || t.pos === 'DET' || t.norm === 'as' || t.norm === 'well' || (t.norm === fill.via && t.pos === 'ADP')));
      // "A and B", "A, B and C": a comma alone may open an apposition, not a list.
      const joined = next ? s.tokens.slice(end, next.first).some((t) => t.norm === 'and' || t.norm === 'or') || (s.tokens.slice(end, next.first).some((t) => t.text === ',') && s.tokens.slice(next.end, next.end + 4).some((t) => t.norm === 'and' || t.norm === 'or')) : false;
      if (!next || !joined || next.resolved === 'discourse') break;
      // "freed a German hostage, and the United States dropped the bounties": a name with a verb
      // of its own after it is the subject of a new clause, not one more object.
      const after = s.tokens.slice(next.end).find((t) => t.pos !== 'ADV');
      if (after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX')) break;
      if (roleFits(frame, fill.role, next)) add(fill.role, next, `${fill.via}+and`);
      end = next.end;
    }
  }
  // A verbal trigger's fronted place or time phrases are left to the claim layer; so are values.
  return fills;
}

/** Superlatives: "deadliest", "worst", "most". */
const SUPERLATIVE = /^(?:\w+est|most|worst|best|least)$/;

/** The end of the nouns right after a trigger noun that extend it: "Crocus City Hall concert venue". */
function compoundEnd(s: Sentence, from: number): number {
  let k = from;
  while (k < s.tokens.length && s.tokens[k]?.pos === 'NOUN') k++;
  return k;
}

/**
 * Whether the words between a trigger and a preposition are only other phrases that can hang on
 * the trigger: prepositions, articles, adjectives, commas, names and values ("the attack on Crocus
 * City Hall in March 2024 by ISK"). A common noun there takes the phrase after it.
 */
function onlyPhrasesBetween(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = s.tokens[k] as Token;
    if (s.actors.some((a) => a.first <= k && k < a.end)) continue;
    // A number, a date or a sum; not "a suburb", whose article the count reader takes for one.
    if (s.values.some((v) => v.start <= t.start && t.end <= v.end && !(v.kind === 'count' && /^an?\s/i.test(v.text)))) continue;
    if (s.phrases.some((p) => p.phrase.kind === 'description' && p.first <= k && k < p.end)) continue;
    if (t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'ADV' || t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.norm === "'s" || t.norm === '’s') continue;
    return false;
  }
  return true;
}

/** The role a copula's subject fills: the first role that is not the one the noun's possessor fills. */
function copularRole(frame: Frame, actor: Actor): string {
  const skip = new Set([frame.marks.possessor, frame.marks.compound, frame.marks.of, frame.marks.for].filter((x): x is string => x !== undefined));
  for (const role of Object.keys(frame.roles)) if (!skip.has(role) && roleFits(frame, role, actor)) return role;
  return Object.keys(frame.roles)[0] ?? 'agent';
}

/** Where the noun phrase of a nominal trigger starts: before its determiner, possessor and modifiers. */
/** The name that opens a clause right after a verb ("that Kyiv was involved", "Ukraine had a hand"), before its verb. */
function clauseSubjectAfter(s: Sentence, from: number): Actor | undefined {
  const start = s.tokens[from]?.norm === 'that' ? from + 1 : from;
  const a = s.actors.find((x) => x.first === start || (x.first === start + 1 && s.tokens[start]?.pos === 'DET'));
  if (!a || a.possessive) return undefined;
  const next = s.tokens.slice(a.end, a.end + 2).find((t) => t.pos !== 'ADV');
  return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX') ? a : undefined;
}

export function hitStartOfNounPhrase(s: Sentence, hit: PhraseHit): number {
  let k = hit.first;
  while (k > 0) {
    // A name is one word of the phrase, however it is tagged ("al-Qaeda's glossy magazine").
    const name = s.actors.find((a) => a.end === k && a.first < k && a.resolved === undefined);
    if (name) { k = name.first; continue; }
    const x = s.tokens[k - 1] as Token;
    // A determiner opens the phrase: in "until that ruling the blacklisting" the phrase of
    // "blacklisting" starts at "the".
    if (x.pos === 'DET') return k - 1;
    if (x.pos === 'ADJ' || x.pos === 'NUM' || x.norm === "'s" || x.norm === '’s' || x.pos === 'PROPN' || x.text === '-' || (x.pos === 'NOUN' && k - 1 >= hit.first - 4)) k--;
    else break;
  }
  return k;
}

/** Where the noun phrase of a nominal trigger ends: after "for Afghanistan", "of Khorasan". */
export function nounPhraseEnd(s: Sentence, hit: PhraseHit): number {
  let k = hit.end;
  const prep = s.tokens[k];
  if (prep && (prep.norm === 'for' || prep.norm === 'to' || prep.norm === 'of' || prep.norm === 'on')) {
    const a = s.actors.find((x) => x.first === k + 1 || x.first === k + 2);
    if (a) k = a.end;
  }
  return k;
}

/** Types a frame role accepts, for callers that compare an actor with a role. */
export function roleTypes(frame: Frame, role: string): readonly EntityType[] {
  return frame.roles[role] ?? [];
}

export { roleFits };
