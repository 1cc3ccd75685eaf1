/**
 * Which word a value in a sentence belongs to, so a value is compared only with the event it
 * dates or measures: "the law adopted last year" dates the law, not the ruling beside it; "the
 * 2003 listing" dates the listing; "minerals worth $3 trillion" prices the minerals.
 *
 * - A value followed by "'s" or by a noun it modifies ("last year's adoption", "the 2003
 *   listing") belongs to that noun (the last noun of the compound).
 * - A value in a phrase right after a noun ("the attack in March 2024", "$3 trillion in
 *   minerals") belongs to that noun when it is a trigger.
 * - "the two decades that U.S. forces fought" belongs to the verb of the clause that follows.
 * - Any other value is an adjunct of its clause's verb: the nearest one before it, or after it
 *   when it opens the clause ("In 2003, Russia designated ...").
 */
import { INTENTION_VERBS, PERMISSION_VERBS } from '../lexicon/assertion';
import { SUBJECT_PRONOUNS } from '../lexicon/grammar';
import { ANCHOR_PREPOSITIONS } from '../lexicon/time';
import type { Token } from '../nlp/tokens';
import type { ValueMention } from '../valueKinds';
import type { Sentence } from './reader';

/** The words a value may belong to (any of them), or its clause as a whole. */
export type Host = {
  readonly kind: 'tokens';
  readonly at: readonly number[];
  /** A length of time of the noun after it ("two decades of fighting"): it measures any event of that noun's kind. */
  readonly measures?: true;
} | { readonly kind: 'clause' };

const NOUNISH = new Set(['NOUN', 'PROPN']);
/** Parts of speech inside a noun phrase before its head: "the deadly ISK attack". */
const NOUN_PHRASE_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
const SUBJECTS = new Set(SUBJECT_PRONOUNS);
const INFINITIVE_HOSTS = new Set([...PERMISSION_VERBS, ...INTENTION_VERBS]);
const ANCHORS = ANCHOR_PREPOSITIONS.map((p) => p.split(' '));
const PREPOSITIONS = new Set(['in', 'on', 'at', 'since', 'by', 'until', 'from', 'during', 'of', 'for', 'after', 'before', 'around', 'about', 'worth', 'over']);

function firstToken(s: Sentence, mention: ValueMention): number {
  return Math.max(0, s.tokens.findIndex((t) => t.end > mention.start));
}

function lastToken(s: Sentence, mention: ValueMention): number {
  let k = firstToken(s, mention);
  while (k + 1 < s.tokens.length && (s.tokens[k + 1]?.start ?? Infinity) < mention.end) k++;
  return k;
}

/** The head of the noun phrase starting at `from`: its last noun before a non-noun word. */
function headNoun(s: Sentence, from: number): number | undefined {
  let k = from;
  let head: number | undefined;
  while (k < s.tokens.length && k < from + 6) {
    const t = s.tokens[k];
    if (!t) break;
    if (NOUNISH.has(t.pos)) head = k;
    else if (!(t.pos === 'ADJ' || t.text === '-' || (t.pos === 'VERB' && /(?:ed|en)$/.test(t.text)))) break;
    k++;
  }
  return head;
}

/** The head of the noun phrase from `from` after "of" ("U.S. efforts", "the Taliban's rule"), or a gerund ("fighting"). */
function measuredNoun(s: Sentence, from: number): number | undefined {
  let k = from;
  while (s.tokens[k]?.pos === 'DET') k++;
  let head: number | undefined;
  for (; k < s.tokens.length && k < from + 8; k++) {
    const t = s.tokens[k] as Token;
    // A name after a common noun opens the next clause: "during the U.S. military presence Iran had ...".
    if (t.pos === 'PROPN' && head !== undefined && s.tokens[head]?.pos === 'NOUN') break;
    // A word in -ing is the head ("U.S. fighting in ...") unless a noun follows it ("shifting policy").
    if (NOUNISH.has(t.pos) || (t.pos === 'VERB' && t.norm.endsWith('ing'))) head = k;
    else if (!(t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'PART' || t.text === '-' || t.norm === "'s" || t.norm === '’s' || (t.pos === 'VERB' && t.norm.endsWith('ed') && NOUNISH.has(s.tokens[k + 1]?.pos ?? '')))) break;
  }
  return head;
}

/** The frames whose triggers cover token k. */
function framesAt(s: Sentence, k: number): Set<string> {
  return new Set(s.phrases.flatMap((p) => (p.first <= k && k < p.end && p.phrase.kind === 'trigger' ? [p.phrase.frame.id] : [])));
}

function isEventWord(s: Sentence, k: number): boolean {
  return s.phrases.some((p) => p.first <= k && k < p.end && p.phrase.kind === 'trigger' && NOUNISH.has(s.tokens[k]?.pos ?? '')) || s.actors.some((a) => a.entity?.type === 'event' && a.first <= k && k < a.end);
}

/** The event noun heading the noun phrases before a preposition: "the attack on Crocus City Hall |in". */
function eventNounBefore(s: Sentence, prep: number): number | undefined {
  for (let k = prep - 1; k >= 0 && k >= prep - 8; k--) {
    const t = s.tokens[k];
    // ("the trip to the Afghan capital earlier in September": an adverb of time may come between.)
    if (!t || !(NOUNISH.has(t.pos) || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'ADP' || t.pos === 'NUM' || (t.pos === 'ADV' && k === prep - 1))) return undefined;
    if (isEventWord(s, k)) return k;
  }
  return undefined;
}

/** Whether the noun phrase around token k is the object of a preposition ("after the attack"). */
function insidePhrase(s: Sentence, k: number): boolean {
  let j = k;
  const inPhrase = (t: Token | undefined) => t !== undefined && (NOUNISH.has(t.pos) || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.norm === "'s" || t.norm === '’s');
  while (j > 0 && inPhrase(s.tokens[j - 1])) j--;
  const before = s.tokens[j - 1];
  return before !== undefined && (before.pos === 'ADP' || before.pos === 'SCONJ') && before.norm !== 'of';
}

/**
 * Whether token k is in a phrase that opens the sentence before a comma ("In 2025, the court
 * threw it out, and it also lifted the ban"): such a phrase is said of every main clause the
 * sentence coordinates.
 */
export function frontedAdverbial(s: Sentence, k: number): boolean {
  const start = s.tokens.findIndex((t) => /[\p{L}\p{N}]/u.test(t.text));
  const opener = s.tokens[start];
  if (!opener || !['ADP', 'SCONJ', 'ADV'].includes(opener.pos) || s.clauses[s.clauseOf[k] ?? 0]?.kind !== 'main') return false;
  const comma = s.tokens.findIndex((t) => t.text === ',');
  return comma > k && comma <= start + 6;
}

/**
 * Where the noun phrase ending at `last` begins, across "of" and coordination: a relative clause
 * after "deposits of copper, lithium and iron ore" may describe the deposits, not only the ore.
 */
function nounPhraseStart(s: Sentence, last: number): number {
  let k = last;
  while (k > 0) {
    const t = s.tokens[k - 1] as Token;
    // A comma before a determiner opens an apposition ("George G., an American citizen"), not a list.
    const apposition = t.text === ',' && s.tokens[k]?.pos === 'DET';
    if (!apposition && (NOUNISH.has(t.pos) || t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'NUM' || t.norm === 'of' || t.norm === 'and' || t.norm === 'or' || t.text === ',' || t.text === '-' || t.norm === "'s" || t.norm === '’s')) k--;
    else break;
  }
  return k;
}

export function hostOf(s: Sentence, mention: ValueMention): Host {
  const first = firstToken(s, mention);
  // A fronted adverbial: the first verb of each main clause.
  if (frontedAdverbial(s, first)) {
    const verbs = s.clauses.flatMap((c, i) => {
      if (c.kind !== 'main') return [];
      const k = s.tokens.findIndex((t, j) => j >= c.first && j < c.end && s.clauseOf[j] === i && t.pos === 'VERB' && j > first);
      return k >= 0 ? [k] : [];
    });
    if (verbs.length > 1) return { kind: 'tokens', at: verbs };
  }
  const last = lastToken(s, mention);
  const after = s.tokens[last + 1];
  const before = s.tokens[first - 1];
  const clause = s.clauseOf[first];
  // "last year's adoption"
  if (after && (after.norm === "'s" || after.norm === '’s')) {
    const head = headNoun(s, last + 2);
    if (head !== undefined) return { kind: 'tokens', at: [head] };
  }
  // "the Beslan school siege (September 2004)": a value alone in brackets after a noun is the noun's.
  // ("the Soviet war in Afghanistan (1979 to 1989)": the noun heads a phrase that ends in a name.)
  if (before?.text === '(' && after?.text === ')' && (s.tokens[first - 2]?.pos === 'NOUN' || s.tokens[first - 2]?.pos === 'PROPN')) {
    let head = first - 2;
    while (head > 0 && s.tokens[head]?.pos === 'PROPN' && (s.tokens[head - 1]?.pos === 'PROPN' || PREPOSITIONS.has(s.tokens[head - 1]?.norm ?? ''))) head -= PREPOSITIONS.has(s.tokens[head - 1]?.norm ?? '') ? 2 : 1;
    return { kind: 'tokens', at: [['NOUN', 'VERB', 'ADJ'].includes(s.tokens[head]?.pos ?? '') ? head : first - 2] };
  }
  // "the 2003 listing", "a two-decade war" (not "in 2024 Russia ...", a phrase before the subject)
  const valueToken = s.tokens[first];
  const ownPreposition = valueToken !== undefined && PREPOSITIONS.has(valueToken.norm);
  if (after && (NOUNISH.has(after.pos) || after.pos === 'ADJ') && !ownPreposition && (before === undefined || before.pos === 'DET' || before.norm === "'s" || before.norm === '’s' || before.pos === 'ADJ')) {
    const head = headNoun(s, last + 1);
    if (head !== undefined && s.clauseOf[head] === clause) return { kind: 'tokens', at: [head] };
  }
  // "after two decades of U.S. efforts", "three decades of fighting": a length of time followed
  // by "of" measures the noun phrase (or gerund) after it.
  if (mention.kind === 'duration' && after?.norm === 'of') {
    const head = measuredNoun(s, last + 2);
    if (head !== undefined) return { kind: 'tokens', at: [head], measures: true };
  }
  // "the two decades that U.S. forces fought in Afghanistan"
  if (after && /^(that|when|during|in)$/.test(after.norm) && mention.kind === 'duration') {
    for (let k = last + 2; k < Math.min(s.tokens.length, last + 8); k++) if (s.tokens[k]?.pos === 'VERB') return { kind: 'tokens', at: [k] };
  }
  // "the attack in March 2024", "$3 trillion in minerals", "the ruling on Thursday"
  // A phrase after a noun may belong to the noun or to the verb before it ("accredited a Taliban
  // diplomat in 2022"): either will do.
  const prep = ownPreposition ? first : before && PREPOSITIONS.has(before.norm) ? first - 1 : undefined;
  const verbBefore = (() => {
    // (Not a verb right after a word in -ed or -en, unless that word is an adverb: "is often put at".)
    for (let k = first - 1; k >= 0 && s.clauseOf[k] === clause; k--) if (s.tokens[k]?.pos === 'VERB' && !(s.tokens[k - 1]?.pos !== 'ADV' && /(?:ed|en)$/.test(s.tokens[k - 1]?.text ?? '-'))) return k;
    return undefined;
  })();
  if (prep !== undefined) {
    // "the minerals, worth some $3 trillion": an amount phrase set off after a noun describes it.
    const setOff = s.tokens[prep]?.norm === 'worth' && s.tokens[prep - 1]?.text === ',' ? 1 : 0;
    const n = prep - 1 - setOff;
    const noun = s.tokens[n];
    if (noun && NOUNISH.has(noun.pos) && s.phrases.some((p) => p.first <= n && n < p.end && (p.phrase.kind === 'trigger' || p.phrase.kind === 'agent-verb'))) return { kind: 'tokens', at: verbBefore === undefined || insidePhrase(s, n) ? [n] : [n, verbBefore] };
    // "after the attack on Crocus City Hall in March 2024": a phrase after a chain of phrases
    // belongs to the event noun that heads the chain, when that noun is itself inside a phrase.
    const event = eventNounBefore(s, prep);
    if (event !== undefined && insidePhrase(s, event)) return { kind: 'tokens', at: [event] };
  }
  if ((mention.kind === 'money' || mention.kind === 'count') && after && (after.norm === 'in' || after.norm === 'of' || after.norm === 'worth')) {
    const head = headNoun(s, last + (s.tokens[last + 2]?.norm === 'of' ? 3 : 2));
    if (head !== undefined && s.phrases.some((p) => p.first <= head && head < p.end && p.phrase.kind === 'trigger')) return { kind: 'tokens', at: [head] };
  }
  // "a deal valued at $3 billion": a participle right after a noun that names an event of another
  // kind describes that noun, and its value is the noun's.
  // (Only where the clause has a verb of its own before the noun: "Taliban diplomat accredited
  // 2022" in a note is a clause whose verb is the participle.)
  const finiteBefore = (k: number) => s.tokens.slice(0, k).some((t, i) => s.clauseOf[i] === clause && (t.pos === 'VERB' || t.pos === 'AUX'));
  if (verbBefore !== undefined && /(?:ed|en)$/.test(s.tokens[verbBefore]?.text ?? '') && NOUNISH.has(s.tokens[verbBefore - 1]?.pos ?? '') && finiteBefore(verbBefore - 1)) {
    const nounFrames = framesAt(s, verbBefore - 1);
    const verbFrames = framesAt(s, verbBefore);
    if (nounFrames.size > 0 && ![...nounFrames].some((f) => verbFrames.has(f))) return { kind: 'tokens', at: [verbBefore - 1] };
  }
  // "Russia's war on Ukraine, launched in February 2022, ...": a participle set off by a comma
  // after an event's noun phrase describes that event.
  // (Not a participle that tells an event of its own, "annulled by the court in 2025", nor a value
  // past a conjunction after it: "carried out by ISK and the deadliest since 2004".)
  const ownPhrase = (k: number) => !s.tokens.slice(k + 1, first).some((t) => t.pos === 'CCONJ' || t.text === ',');
  if (verbBefore !== undefined && /(?:ed|en|wn)$/.test(s.tokens[verbBefore]?.text ?? '') && s.tokens[verbBefore - 1]?.text === ',' && framesAt(s, verbBefore).size === 0 && ownPhrase(verbBefore)) {
    const event = eventNounBefore(s, verbBefore - 1);
    // (Inside an event's name, "invasion of Ukraine", both the name's end and its trigger noun.)
    const named = event === undefined ? undefined : s.actors.find((a) => a.entity?.type === 'event' && a.first <= event && event < a.end);
    const trigger = named ? s.phrases.find((p) => p.phrase.kind === 'trigger' && p.first >= named.first && p.first < named.end)?.first : undefined;
    if (event !== undefined) return { kind: 'tokens', at: trigger !== undefined ? [event, trigger] : [event] };
  }
  // An adjunct of its clause's verb.
  if (verbBefore !== undefined) return { kind: 'tokens', at: [verbBefore] };
  for (let k = last + 1; k < s.tokens.length && s.clauseOf[k] === clause; k++) if (s.tokens[k]?.pos === 'VERB') return { kind: 'tokens', at: [k] };
  return { kind: 'clause' };
}

/**
 * Whether a value with this host speaks of the occurrence whose trigger spans [first, end) at
 * `at`; undefined when the host is the clause as a whole and the caller must judge by clause.
 */
/** The words with every comma-bounded aside removed that opens with a participle or "which"/"who". */
function withoutAsides(words: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Token;
    const next = words[i + 1];
    if (w.text === ',' && next !== undefined && ((next.pos === 'VERB' && /(?:ed|en|wn)$/.test(next.norm)) || /^(which|who|whose)$/.test(next.norm))) {
      const close = words.findIndex((x, k) => k > i && x.text === ',');
      if (close > i) { i = close; continue; }
    }
    out.push(w);
  }
  return out;
}

export function attached(s: Sentence, host: Host, occurrence: { readonly first: number; readonly end: number; readonly at: number }): boolean | undefined {
  if (host.kind === 'clause') return undefined;
  return host.at.some((h) => attachedAt(s, h, occurrence) || (host.measures === true && measuredEvent(s, h, occurrence.at)));
}

/**
 * Whether the event a length of time measures (the noun at h) is the trigger's: a noun of the
 * same kind of event, or one a clause holding the trigger describes ("pulled out after two
 * decades of fighting", "twenty years of war in which U.S. troops fought").
 */
function measuredEvent(s: Sentence, h: number, trigger: number): boolean {
  const sameKind = [...framesAt(s, h)].some((f) => framesAt(s, trigger).has(f));
  return sameKind || s.clauses[s.clauseOf[trigger] ?? 0]?.antecedent === h;
}

function attachedAt(s: Sentence, h: number, occurrence: { readonly first: number; readonly end: number; readonly at: number }): boolean {
  if (h >= occurrence.first && h < occurrence.end) return true;
  if (h === occurrence.at) return true;
  const hostToken = s.tokens[h];
  if (!hostToken) return false;
  // A verb whose subject or object is the trigger's noun phrase: "the ruling came in April",
  // "Moscow accredited a Taliban diplomat in 2022", "ISK carried out the attack in March 2024".
  if (hostToken.pos === 'VERB' || hostToken.pos === 'AUX') {
    const [from, to] = h < occurrence.first ? [h + 1, occurrence.first] : [occurrence.end, h];
    // The verb of a clause describing the trigger's noun: "a listing that had stood for decades".
    const hostClause = s.clauses[s.clauseOf[h] ?? 0];
    // A "who" clause is about a person, whatever comes before: "the release of George G., an
    // American citizen who was detained in 2022" dates the detention, not the release.
    const describes = hostClause?.kind === 'relative' && hostClause.antecedent !== undefined && hostClause.antecedent >= occurrence.first
      && (hostClause.antecedent < occurrence.end || (hostClause.marker !== 'who' && hostClause.marker !== 'whom' && nounPhraseStart(s, hostClause.antecedent) <= occurrence.first));
    if (s.clauseOf[h] !== s.clauseOf[occurrence.at] && !describes) return false;
    if (describes) return true;
    // "The listing, imposed in 2003, had stood for ...": an aside between commas that opens with
    // a participle or a relative pronoun describes the noun; its verb is not the clause's.
    const between = withoutAsides(s.tokens.slice(from, to));
    const participle = (i: number) => /(?:ed|en|wn)$/.test(between[i]?.text ?? '') && NOUNISH.has(s.tokens[from + i + 1]?.pos ?? '');
    // "annulled its status, a label it had carried since 2003": a subject pronoun between opens a
    // clause of its own, whose verb the value belongs to.
    const ownSubject = h > occurrence.at && between.some((t) => t.pos === 'PRON' && SUBJECTS.has(t.norm));
    // "came in 2025, a year after ISK's attack": a noun inside a phrase of time after the verb is
    // a point of reference, not the verb's subject or object.
    const inTimePhrase = h < occurrence.first && between.some((_, i) => ANCHORS.some((p) => p.every((w, k) => between[i + k]?.norm === w) && between.slice(i + p.length).every((t) => NOUN_PHRASE_WORDS.has(t.pos) || t.norm === "'s" || t.norm === '’s')));
    // "Amendments in 2023 allowed courts to suspend such listings": the time of a verb of
    // permission or intention whose infinitive holds the trigger is the permission's or the plan's.
    const infinitive = h < occurrence.first && INFINITIVE_HOSTS.has(hostToken.lemma) && s.tokens[occurrence.first - 1]?.norm === 'to' && s.tokens[occurrence.first]?.pos === 'VERB';
    return between.length <= 12 && !ownSubject && !inTimePhrase && !infinitive && between.every((t, i) => t.pos !== 'VERB' || participle(i));
  }
  return false;
}
