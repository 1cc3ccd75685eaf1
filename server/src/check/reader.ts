/**
 * Reads one sentence the way the checker needs it: tokens with lemmas and parts of speech, the
 * actors it names (entities of the fact base, and noun phrases that name some other actor), the
 * phrases of frames it uses (triggers, polarity words, descriptions), the values it states, and
 * its clauses.
 *
 * No well-kept JavaScript library parses dependencies from data shipped on npm, so clauses and
 * arguments are found by shallow rules over wink-nlp's parts of speech (see clauses.ts and
 * args.ts); every rule is one a reader could state about any English sentence.
 */
import type { Entity, EntityType } from '../factbase/model';
import { ACTOR_HEADS, AGENT_NOUNS, LEADER_BODY_NOUNS, NAME_JOINERS, NATIONAL_PERSON_NOUNS, OFFICE_NOUNS, PERSON_TITLES, PLACES, SET_MEMBER_WORDS, SET_QUANTIFIERS, STATE_SET_NOUNS, STATES } from '../lexicon/actors';
import { REPAIR_MARKERS } from '../lexicon/assertion';
import { SEPARABLE_PREPOSITIONS, VERB_PARTICLES } from '../lexicon/grammar';
import { IDIOMS } from '../lexicon/idioms';
import { tokenize } from '../nlp/tokens';
import type { Token } from '../nlp/tokens';
import { recognizeValues } from '../valueKinds';
import type { ValueMention } from '../valueKinds';
import { segmentClauses } from './clauses';
import type { Clause } from './clauses';
import type { FactIndex, FramePhrase } from './factIndex';
import { PhraseIndex, words } from './phraseIndex';
import type { PhraseMatch, Word } from './phraseIndex';

/** A span of tokens: `first` inclusive, `end` exclusive; `start`/`stop` are character offsets. */
export interface Span {
  readonly first: number;
  readonly end: number;
  readonly start: number;
  readonly stop: number;
}

/**
 * An actor a sentence names: an entity of the fact base, or a noun phrase that names another
 * actor ("the Constitutional Court", "Sergei Lavrov", "a British hostage").
 */
export interface Actor extends Span {
  readonly entity?: Entity;
  /** As written. */
  readonly name: string;
  readonly type?: EntityType;
  /** The state the actor belongs to, when known: an entity id, or a state's name from the gazetteer. */
  readonly root?: string;
  /** For a phrase like "a British hostage": the head noun's lemma. */
  readonly head?: string;
  /** A name the fact base does not know that has a proper noun in it ("Biden administration"), not a description ("Islamist group"). */
  readonly proper?: boolean;
  /** A person the sentence does not name, only describes: "the diplomat" in "recognised the diplomat". */
  readonly unnamed?: boolean;
  /** Named by its kind and its owner, not by a name: "Russia's business centre". */
  readonly described?: boolean;
  /** For a person named by office and owner ("Moscow's envoy"): the owner, who acts through them. */
  readonly owner?: Actor;
  /** Written with a possessive ("Moscow's", "ISK's"). */
  readonly possessive: boolean;
  /** The entity is named by a demonym or nationality ("Russian officials", "American hostage"). */
  readonly byNationality: boolean;
  /**
   * A pronoun or "the group" standing for an entity named before: `discourse` when it is a guess
   * from an earlier sentence (it may confirm, never contradict), `bound` when grammar ties it to
   * its clause's subject ("Kazakhstan dropped the Taliban from its list").
   */
  readonly resolved?: 'discourse' | 'bound';
}

export interface PhraseHit extends Span {
  readonly phrase: FramePhrase;
}

export interface Sentence {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly actors: readonly Actor[];
  readonly phrases: readonly PhraseHit[];
  readonly values: readonly ValueMention[];
  readonly clauses: readonly Clause[];
  /** The clause of each token. */
  readonly clauseOf: readonly number[];
}

/** Gazetteer phrases, built once: states and places factlint knows by name though the fact base does not. */
interface GazetteerEntry { readonly name: string; readonly type: EntityType; readonly demonym: boolean }
let gazetteer: PhraseIndex<GazetteerEntry> | undefined;
function theGazetteer(): PhraseIndex<GazetteerEntry> {
  if (gazetteer) return gazetteer;
  gazetteer = new PhraseIndex<GazetteerEntry>();
  for (const [state, demonyms] of Object.entries(STATES)) {
    gazetteer.add(state, { name: state, type: 'state', demonym: false });
    for (const d of demonyms) gazetteer.add(d, { name: state, type: 'state', demonym: true }, /^[A-Z.]+$/.test(d));
  }
  for (const [state, places] of Object.entries(PLACES)) for (const p of places) gazetteer.add(p, { name: state, type: 'place', demonym: false });
  return gazetteer;
}

const AGENT_NOUN_SET = new Set(AGENT_NOUNS);
/** Nouns for a person whose nationality the noun before them gives. */
const NATIONAL_PERSONS = new Set(NATIONAL_PERSON_NOUNS);
const TITLE_SET = new Set(PERSON_TITLES);
const OFFICE_SET = new Set(OFFICE_NOUNS);
const LEADER_BODIES = new Set(LEADER_BODY_NOUNS);
const JOINERS = new Set(NAME_JOINERS);
/** The adjectives of states ("Russian", "Iranian"). */
const DEMONYMS = new Set(Object.values(STATES).flat());

/** Token span of a character span. */
export function tokenSpan(tokens: readonly Token[], start: number, stop: number): Span | undefined {
  // Tokens are in order: the first that ends after `start`, and one past the last that starts before `stop`.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if ((tokens[mid] as Token).end > start) hi = mid; else lo = mid + 1; }
  const first = lo < tokens.length ? lo : -1;
  lo = 0;
  hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if ((tokens[mid] as Token).start < stop) lo = mid + 1; else hi = mid; }
  const end = lo;
  if (first < 0 || end <= first) return undefined;
  return { first, end, start, stop };
}

/** The actor over the noun a relative clause describes, of those `fits` accepts. */
export function antecedentActor(actors: readonly Actor[], clause: Clause, fits: (a: Actor) => boolean = () => true): Actor | undefined {
  const k = clause.antecedent ?? -1;
  return actors.find((a) => a.first <= k && k < a.end && fits(a));
}

const PARTICLES = new Set(VERB_PARTICLES);
const SEPARABLE = new Set(SEPARABLE_PREPOSITIONS);
/** What may stand between a phrasal verb and its particle: its object, "the group", "it", "Russia's ban". */
const OBJECT_WORDS = new Set<Token['pos']>(['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * Phrasal verbs with their object between verb and particle ("struck the group off its list",
 * "carried it out"): found as the two-word phrase they are, on the verb's words.
 */
function separatedParticleHits(tokens: readonly Token[], index: FactIndex): PhraseHit[] {
  const out: PhraseHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i] as Token;
    if (verb.pos !== 'VERB') continue;
    for (let j = i + 2; j < tokens.length && j <= i + 6; j++) {
      const t = tokens[j] as Token;
      if ((PARTICLES.has(t.norm) && (t.pos === 'ADP' || t.pos === 'ADV' || t.pos === 'PART')) || (SEPARABLE.has(t.norm) && t.pos === 'ADP')) {
        const pair = (form: string): Word[] => [{ norm: form, raw: verb.text, start: verb.start, end: verb.end }, { norm: t.norm, raw: t.text, start: t.start, end: t.end }];
        for (const form of new Set([verb.lemma, verb.norm, ...(verb.alt !== undefined ? [verb.alt] : [])])) {
          for (const m of index.phrases.find(pair(form), true)) {
            if (m.firstWord === 0 && m.endWord === 2) out.push({ first: i, end: i + 1, start: verb.start, stop: verb.end, phrase: m.value });
          }
        }
        break;
      }
      if (!(OBJECT_WORDS.has(t.pos) || t.norm === "'s" || t.norm === '’s' || t.text === '-')) break;
    }
  }
  return out;
}

function wordsOfTokens(tokens: readonly Token[], form: 'lemma' | 'norm' | 'alt'): Word[] {
  return tokens.map((t) => ({ norm: form === 'lemma' ? t.lemma : form === 'alt' ? (t.alt ?? t.lemma) : t.norm, raw: t.text, start: t.start, end: t.end }));
}

/** The actor a demonym names: an entity of the fact base with that demonym as an alias, if any. */
function entityNamed(index: FactIndex, name: string): Entity | undefined {
  const matches = index.names.find(words(name), false, name);
  const m = matches[0];
  return m && m.start === 0 && m.end >= name.length - 1 ? m.value : undefined;
}

/** The body a state's name and a kind of body name together: "Russia" and "Supreme Court" give "Russia's Supreme Court". */
function bodyOfState(index: FactIndex, kind: string, root: string): Entity | undefined {
  const state = index.entity(root);
  if (!state || kind.split(' ').length < 2) return undefined;
  for (const name of [state.name, ...(state.aliases ?? [])]) {
    // (And by the state's adjective: "Russia's Business Centre" is the "Russian Business Centre".)
    const found = entityNamed(index, `${name}'s ${kind}`) ?? entityNamed(index, `${kind} of ${name}`) ?? (DEMONYMS.has(name) ? entityNamed(index, `${name} ${kind}`) : undefined);
    if (found && found.type !== 'state' && index.rootOf(found.id) === root) return found;
  }
  return undefined;
}

export function readSentence(text: string, index: FactIndex, entityMatches?: readonly PhraseMatch<Entity>[]): Sentence {
  const tokens = tokenize(text);
  const named = entityMatches ?? index.names.find(words(text), false, text);
  const actors: Actor[] = [];
  const covered = new Array<boolean>(tokens.length).fill(false);

  for (const m of named) {
    const span = tokenSpan(tokens, m.start, m.end);
    if (!span) continue;
    const after = tokens[span.end];
    const possessive = after !== undefined && (after.norm === "'s" || after.norm === '’s' || after.norm === "'" || after.norm === '’');
    // A state named before a noun ("Russian officials", "U.S. forces", "an American hostage")
    // gives that noun's nationality.
    const byNationality = m.value.type === 'state' && !possessive && after !== undefined && (after.pos === 'NOUN' || after.pos === 'PROPN');
    actors.push({ ...span, entity: m.value, name: text.slice(m.start, m.end), type: m.value.type, root: index.rootOf(m.value.id), possessive, byNationality });
    for (let i = span.first; i < span.end; i++) covered[i] = true;
    // The participants an event's name names are actors too: "the Taliban's recognition of
    // Chechnya's independence", "the U.S.-led invasion of Afghanistan".
    if (m.value.type === 'event') {
      const inner = text.slice(m.start, m.end);
      for (const x of index.names.find(words(inner), true, inner)) {
        if (x.value.type === 'event' || (x.start === 0 && x.end >= inner.length)) continue;
        const innerSpan = tokenSpan(tokens, m.start + x.start, m.start + x.end);
        if (!innerSpan) continue;
        const next = tokens[innerSpan.end];
        actors.push({ ...innerSpan, entity: x.value, name: inner.slice(x.start, x.end), type: x.value.type, root: index.rootOf(x.value.id), possessive: next !== undefined && (next.norm === "'s" || next.norm === '’s'), byNationality: x.value.type === 'state' && (next?.pos === 'NOUN' || next?.pos === 'PROPN' || next?.text === '-') });
      }
    }
  }

  // Gazetteer states and places the fact base does not know.
  for (const m of theGazetteer().find(wordsOfTokens(tokens, 'norm').map((w, i) => ({ ...w, raw: tokens[i]?.text ?? w.raw })), false, text)) {
    const span = tokenSpan(tokens, m.start, m.end);
    if (!span || covered.slice(span.first, span.end).some(Boolean)) continue;
    // "English-language", "Russian-speaking": a language, not a state.
    if (tokens[span.end]?.text === '-' && /^(language|speaking|made|born|based|backed|led)$/.test(tokens[span.end + 1]?.norm ?? '')) continue;
    const known = entityNamed(index, m.value.name);
    const after = tokens[span.end];
    const possessive = after !== undefined && (after.norm === "'s" || after.norm === '’s');
    actors.push({
      ...span, name: text.slice(m.start, m.end), type: m.value.type, root: known ? index.rootOf(known.id) : m.value.name, possessive, byNationality: m.value.demonym,
      ...(known && m.value.type === 'state' && { entity: known }),
    });
    for (let i = span.first; i < span.end; i++) covered[i] = true;
  }

  // A value the speaker takes back ("in twenty twenty— sorry, twenty twenty-two") is not said.
  const values = recognizeValues(text, tokens).filter((v) => !retracted(text, v.end) && !inCitation(text, v.start, v.end) && !inQuotedTitle(text, v.start, v.end));
  // Words of a value are not words of a name: "by September Trump's saying", "Last December the ...".
  const inValue = tokens.map((t) => values.some((v) => v.start <= t.start && t.end <= v.end));
  const unknown = unknownActors(text, tokens, covered, inValue, actors, index);
  // A name inside a longer name is part of it: "Moscow" in "the Moscow City Court".
  const kept = actors.filter((a) => !unknown.some((u) => u.first <= a.first && a.end <= u.end && (u.end - u.first) > (a.end - a.first) && u.entity === undefined && !u.described));
  actors.length = 0;
  actors.push(...leaderBodies(text, tokens, [...kept, ...unknown], index), ...countedStates(text, tokens, [...kept, ...unknown]));
  actors.sort((a, b) => a.first - b.first);

  const allHits: PhraseHit[] = [];
  const forms = tokens.some((t) => t.alt !== undefined) ? (['lemma', 'norm', 'alt'] as const) : (['lemma', 'norm'] as const);
  // Hits found only through a lemma that differs from the word as written.
  const byLemmaOnly = new Set<PhraseHit>();
  for (const form of forms) {
    for (const m of index.phrases.find(wordsOfTokens(tokens, form), true)) {
      const hit: PhraseHit = { first: m.firstWord, end: m.endWord, start: m.start, stop: m.end, phrase: m.value };
      if (form !== 'norm' && tokens.slice(hit.first, hit.end).some((t) => (form === 'lemma' ? t.lemma : t.alt ?? t.lemma) !== t.norm)) byLemmaOnly.add(hit);
      allHits.push(hit);
    }
  }
  allHits.push(...separatedParticleHits(tokens, index));
  const { clauses, clauseOf } = segmentClauses(tokens);
  // "Kazakhstan drops the Taliban from its list": a possessive pronoun stands for its clause's subject.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.pos !== 'PRON' || !/^(its|their)$/.test(t.norm) || actors.some((a) => a.first <= i && i < a.end)) continue;
    // In a relative clause the subject may be the noun it describes: "Kazakhstan and Kyrgyzstan,
    // which dropped the movement from their own lists".
    const own = clauses[clauseOf[i] ?? 0];
    const described = own?.kind === 'relative' && own.marker !== 'that' && own.antecedent !== undefined && tokens[(own.markerAt ?? -1) + 1]?.pos === 'VERB' ? antecedentActor(actors, own, (a) => a.entity?.type !== 'event') : undefined;
    const subject = described ?? actors.find((a) => clauseOf[a.first] === clauseOf[i] && a.end <= i && a.entity?.type !== 'event' && !/^(ADP)$/.test(tokens[a.first - 1]?.pos ?? ''));
    if (subject) actors.push({ first: i, end: i + 1, start: t.start, stop: t.end, name: t.text, possessive: true, byNationality: false, resolved: 'bound', ...(subject.entity && { entity: subject.entity }), ...(subject.type && { type: subject.type }), ...(subject.root !== undefined && { root: subject.root }) });
  }
  actors.sort((a, b) => a.first - b.first);
  // Words inside a name are part of the name: "Court" in "Russia's Supreme Court" triggers nothing.
  const insideName = (h: PhraseHit) => actors.some((a) => a.entity?.type !== 'event' && !a.described && a.first <= h.first && h.end <= a.end && (a.end - a.first > 1 || a.entity !== undefined));
  // An agent verb is a verb: "that claim", "its own list" use the word otherwise.
  // "took place", "take part": an idiom's words express no frame.
  const idiomAt = new Set<number>();
  tokens.forEach((t, i) => {
    for (const idiom of [...(IDIOMS_BY_FIRST.get(t.lemma) ?? []), ...(t.norm !== t.lemma ? IDIOMS_BY_FIRST.get(t.norm) ?? [] : [])]) {
      if (idiom.every((w, k) => tokens[i + k]?.lemma === w || tokens[i + k]?.norm === w)) for (let k = 0; k < idiom.length; k++) idiomAt.add(i + k);
    }
  });
  // "the ruling": a noun that one frame lists as written is that frame's noun; another frame's
  // trigger found only through its lemma ("rule", to govern) is the verb's sense, not the noun's.
  const frameOf = (h: PhraseHit) => ('frame' in h.phrase ? h.phrase.frame : undefined);
  const otherFramesNoun = (h: PhraseHit) => byLemmaOnly.has(h) && h.phrase.kind === 'trigger' && tokens[h.first]?.pos === 'NOUN'
    && allHits.some((o) => o !== h && !byLemmaOnly.has(o) && o.phrase.kind === 'trigger' && frameOf(o) !== frameOf(h) && o.first <= h.first && h.end <= o.end);
  // "struck down the designation": a verb of one frame ("struck", an attack) with a particle that
  // makes a phrasal verb of another ("strike down", a ruling) is that phrasal verb.
  // (Only a verb with its particle: a phrasal verb means something else than its verb alone.)
  const insideLongerTrigger = (h: PhraseHit) => h.phrase.kind === 'trigger' && allHits.some((o) => o.phrase.kind === 'trigger' && frameOf(o) !== frameOf(h) && o.first === h.first && h.end < o.end
    && tokens[o.first]?.pos === 'VERB' && tokens.slice(h.end, o.end).every((t) => PARTICLES.has(t.norm)));
  const inIdiom = (h: PhraseHit) => (h.phrase.kind === 'trigger' || h.phrase.kind === 'agent-verb') && idiomAt.has(h.first);
  const notVerb = (h: PhraseHit) => {
    const pos = tokens[h.first]?.pos ?? '';
    if (h.phrase.kind === 'agent-verb') return !['VERB', 'AUX'].includes(pos);
    if (h.phrase.kind === 'trigger' && h.phrase.pos !== undefined) return h.phrase.pos === 'verb' ? pos !== 'VERB' : pos !== 'NOUN' && pos !== 'PROPN';
    return false;
  };
  return {
    text,
    tokens,
    actors,
    phrases: onePerPhrase(allHits.filter((h) => !insideName(h) && !notVerb(h) && !inIdiom(h) && !otherFramesNoun(h) && !insideLongerTrigger(h))).sort((a, b) => a.first - b.first),
    values,
    clauses,
    clauseOf,
  };
}

const IDIOMS_BY_FIRST = new Map<string, string[][]>();
for (const idiom of IDIOMS) {
  const ws = idiom.split(' ');
  const first = ws[0] ?? '';
  IDIOMS_BY_FIRST.set(first, [...(IDIOMS_BY_FIRST.get(first) ?? []), ws]);
}

/** An author-date citation: "(Reuters, 2025)", "(Giustozzi 2019, p. 4)", "(see Smith, 2021)". */
const CITATION = /\((?:see |cf\. )?(?:[\p{Lu}][\p{L}.&'’-]*(?: (?:and |& )?[\p{Lu}][\p{L}.&'’-]*)*(?: et al\.)?),? (?:\d{4}[a-z]?)(?:, (?:p|pp)\. ?[\d–-]+)?(?:; [^)]*)?\)/gu;
const MONTH_NAME = /^\((?:see |cf\. )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Early|Late|Mid|Spring|Summer|Autumn|Fall|Winter)/i;
/** A short phrase in quotation marks whose every word is capitalised or a number: a defined term or a title. */
const QUOTED_TITLE = /[“"]((?:[\p{Lu}\p{N}][\p{L}\p{N}.’'-]*[ ]?){1,5})[”"]/gu;
/** A value inside a quoted title ("the “2003 Decision”", "the “Doha 2020” talks") is part of a name, not a claim. */
function inQuotedTitle(text: string, start: number, end: number): boolean {
  for (const m of text.matchAll(QUOTED_TITLE)) if (m.index !== undefined && m.index < start && end < m.index + m[0].length && /\p{L}/u.test(m[1] ?? '')) return true;
  return false;
}

function inCitation(text: string, start: number, end: number): boolean {
  // "(March 2024)" is a date in brackets, not a citation.
  for (const m of text.matchAll(CITATION)) if (m.index !== undefined && !MONTH_NAME.test(m[0]) && m.index <= start && end <= m.index + m[0].length) return true;
  return false;
}
// After a dash any marker takes back; after a comma not a bare "rather" ("in 2003, rather than 1999").
const REPAIRS = new RegExp(`^\\s*[—–-]+\\s*(?:${REPAIR_MARKERS.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
const COMMA_REPAIRS = new RegExp(`^\\s*,\\s*(?:${REPAIR_MARKERS.filter((w) => w !== 'rather').map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
function retracted(text: string, end: number): boolean {
  const after = text.slice(end, end + 24);
  return REPAIRS.test(after) || COMMA_REPAIRS.test(after);
}

/**
 * One hit per frame phrase and place. Filtered first: "backing" is the support frame's noun
 * trigger as written and its verb trigger "back" by lemma; the verb reading is dropped as not a
 * verb, and the noun must stay.
 */
function onePerPhrase(hits: readonly PhraseHit[]): PhraseHit[] {
  const seen = new Map<string, PhraseHit>();
  for (const h of hits) {
    const key = `${h.first}:${h.end}:${describePhrase(h.phrase)}`;
    if (!seen.has(key)) seen.set(key, h);
  }
  return [...seen.values()];
}

function describePhrase(p: FramePhrase): string {
  switch (p.kind) {
    case 'trigger': case 'agent-verb': return `${p.kind}:${p.frame.id}`;
    case 'polarity': return `polarity:${p.frame.id}:${p.polarity}`;
    case 'description': return `description:${p.instance.id}:${p.role}`;
    case 'distinguishing': return `distinguishing:${p.instance.id}`;
    case 'requires': return `requires:${p.fact.id}`;
  }
}

const capitalisedWord = (t: Token | undefined): boolean => t !== undefined && /^[\p{Lu}]/u.test(t.text);

const SET_QUANTIFIER_SET = new Set(SET_QUANTIFIERS);
const STATE_SETS = new Set(STATE_SET_NOUNS);
const SET_MEMBERS = new Set(SET_MEMBER_WORDS);
/** "Most nations", "many other Western governments": states counted, not named (see SET_QUANTIFIERS). */
function countedStates(text: string, tokens: readonly Token[], actors: readonly Actor[]): Actor[] {
  const out: Actor[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!SET_QUANTIFIER_SET.has(tokens[i]?.norm ?? '')) continue;
    let k = i + 1;
    while (k < tokens.length && k <= i + 4 && (SET_QUANTIFIER_SET.has(tokens[k]?.norm ?? '') || tokens[k]?.norm === 'all' || tokens[k]?.norm === 'of' || tokens[k]?.norm === 'the' || tokens[k]?.pos === 'ADJ')) k++;
    const head = tokens[k];
    if (!head || !STATE_SETS.has(head.norm) || actors.some((a) => a.first <= k && k < a.end)) continue;
    // A set the sentence names a member of is that member's: "most governments, Russia's among them,".
    if (tokens.slice(k + 1, k + 7).some((t) => SET_MEMBERS.has(t.norm))) continue;
    const first = tokens[i] as Token;
    const next = tokens[k + 1];
    out.push({ first: i, end: k + 1, start: first.start, stop: head.end, name: text.slice(first.start, head.end), type: 'state', head: head.lemma, unnamed: true, possessive: next?.norm === "'" || next?.norm === '’', byNationality: false });
    i = k;
  }
  return out;
}

/**
 * "President Trump's government", "Biden's people": a leader's name, its possessive and a word for
 * the body that takes a leader's name are that body, as "the Trump administration" or "the Biden
 * government" are (the base's entity of that name when it knows one); the leader alone is not who acts.
 */
function leaderBodies(text: string, tokens: readonly Token[], actors: readonly Actor[], index: FactIndex): Actor[] {
  const out: Actor[] = [];
  const replaced = new Set<Actor>();
  const possessiveAt = (k: number) => tokens[k]?.norm === "'s" || tokens[k]?.norm === '’s';
  // The body from the name's first token to the noun at `noun`, named after the surname before "'s".
  const body = (first: number, start: number, noun: Token, nounAt: number): Actor => {
    const surname = tokens[nounAt - 2]?.text ?? '';
    const entity = [`${surname} ${noun.lemma}`, `${surname} administration`].map((n) => entityNamed(index, n)).find((e) => e !== undefined && e.type !== 'person');
    return {
      first, end: nounAt + 1, start, stop: noun.end, name: text.slice(start, noun.end), type: entity?.type ?? 'institution', head: noun.lemma,
      possessive: possessiveAt(nounAt + 1), byNationality: false,
      ...(entity ? { entity, root: index.rootOf(entity.id) } : { proper: true }),
    };
  };
  const bodyNoun = (k: number) => { const t = tokens[k]; return t?.pos === 'NOUN' && LEADER_BODIES.has(t.lemma) ? t : undefined; };
  for (const a of actors) {
    const noun = bodyNoun(a.end + 1);
    if (!a.possessive || a.type !== 'person' || !noun || actors.some((b) => b !== a && b.first <= a.end + 1 && a.end + 1 < b.end)) continue;
    replaced.add(a);
    out.push(body(a.first, a.start, noun, a.end + 1));
  }
  // (A surname alone, which is no actor by itself: "Biden's people went to Kabul".)
  for (let k = 0; k + 2 < tokens.length; k++) {
    const name = tokens[k] as Token;
    const noun = bodyNoun(k + 2);
    if (name.pos !== 'PROPN' || !capitalisedWord(name) || !possessiveAt(k + 1) || !noun) continue;
    if (actors.some((b) => b.first <= k + 2 && k < b.end) || out.some((b) => b.first <= k && k < b.end)) continue;
    out.push(body(k, name.start, noun, k + 2));
  }
  return [...actors.filter((a) => !replaced.has(a)), ...out];
}

/**
 * Noun phrases that name actors the fact base does not know: a run of capitalised words with a
 * head noun ("the Constitutional Court", "Chinese Chamber of Commerce", "Biden administration"),
 * a title and a name ("Foreign Minister Sergei Lavrov"), or two or more proper nouns ("Sergei
 * Lavrov"). A known entity inside the run gives the actor's state ("Moscow City Court": Russia).
 */
function unknownActors(text: string, tokens: readonly Token[], covered: boolean[], inValue: readonly boolean[], known: readonly Actor[], index: FactIndex): Actor[] {
  const out: Actor[] = [];
  const valueTokens = new Set(tokens.filter((_, i) => inValue[i]));
  const capitalised = (t: Token | undefined): boolean => t !== undefined && !valueTokens.has(t) && capitalisedWord(t);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // A run may start at a known name ("Moscow City Court") but not inside one ("Qaeda" in al-Qaeda).
    if (!capitalised(t) || (covered[i] && !known.some((a) => a.first === i)) || t.pos === 'PUNCT' || t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'AUX' || t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.pos === 'VERB' || t.pos === 'ADV') continue;
    // The run: capitalised words, joined by "of", "for", "in", "on" when more capitalised words
    // follow, and by "the" only after one of those ("Voice of the ..."; not "Today the Taliban").
    let j = i;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1] as Token;
      // A capitalised determiner opens a new phrase ("**B.** The Supreme Court", an answer's letter
      // and then the answer); it joins a name only after "of", "for", "in" or "on" (below).
      if (capitalised(next) && next.pos !== 'PUNCT' && next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'DET') { j++; continue; }
      if (JOINERS.has(next.norm) && capitalised(tokens[j + 2]) && next.norm !== 'and' && next.norm !== 'the') { j++; continue; }
      if (next.norm === 'the' && JOINERS.has(tokens[j]?.norm ?? '') && capitalised(tokens[j + 2])) { j++; continue; }
      // "the Prosecutor General's Office": a post's possessive before a body's capitalised head is
      // the name of that post's body, not a person and a body.
      const body = tokens[j + 2];
      if ((next.norm === "'s" || next.norm === '’s') && body !== undefined && capitalised(body) && ACTOR_HEADS[body.lemma] !== undefined && tokens.slice(i, j + 1).every((x) => OFFICE_SET.has(x.lemma))) { j += 2; continue; }
      break;
    }
    // A lower-case head noun right after the run: "Biden administration", "Chinese officials".
    let end = j + 1;
    const tail = tokens[end];
    if (tail && tail.pos === 'NOUN' && (ACTOR_HEADS[tail.lemma] !== undefined || AGENT_NOUN_SET.has(tail.norm) || AGENT_NOUN_SET.has(tail.lemma))) end++;
    const span = { first: i, end };
    const runTokens = tokens.slice(span.first, span.end);
    // Entirely a known entity or a gazetteer name already: nothing new.
    if (runTokens.every((_, k) => covered[span.first + k])) { i = j; continue; }
    // "Metallurgical Corporation of China", "Chinese Business Centre in Afghanistan": the head is
    // the noun before "of", "for", "in" or "on".
    const joinerAt = runTokens.findIndex((x, k) => k > 0 && (x.norm === 'of' || x.norm === 'for' || x.norm === 'in' || x.norm === 'on'));
    const lastWord = runTokens[runTokens.length - 1] as Token;
    const ofHead = joinerAt > 0 ? (runTokens[joinerAt - 1] as Token) : undefined;
    const head = ofHead !== undefined && ACTOR_HEADS[ofHead.lemma] !== undefined && ACTOR_HEADS[lastWord.lemma] === undefined ? ofHead : lastWord;
    const headType = ACTOR_HEADS[head.lemma] ?? ACTOR_HEADS[head.norm];
    // In the order written: the state a name opens with owns it ("RU Business Centre in AFG").
    const inner = known.filter((a) => a.first >= span.first && a.end <= span.end).sort((a, b) => a.first - b.first);
    const sentenceStart = i === 0 || /^[.!?"“(]$/.test(tokens[i - 1]?.text ?? '');
    const properCount = runTokens.filter((x) => x.pos === 'PROPN').length;
    // "Foreign Minister Lavrov" after a lower-case word, "President Biden": a title opening the run
    // before a proper noun names a person as much as a title before the run does.
    const titled = (i > 0 && TITLE_SET.has(tokens[i - 1]?.norm ?? '')) || (runTokens.length >= 2 && TITLE_SET.has(runTokens[0]?.norm ?? '') && lastWord.pos === 'PROPN' && inner.length === 0);
    let type: EntityType | undefined;
    if (headType) type = headType;
    else if (AGENT_NOUN_SET.has(head.lemma) || AGENT_NOUN_SET.has(head.norm)) type = inner[0]?.type === 'state' || inner[0]?.byNationality ? 'group' : 'group';
    // Two proper nouns are a person's name unless a noun follows them ("the Central Asian
    // country") or a line break splits them (a byline above a headline).
    else if (titled || (properCount >= 2 && runTokens.length <= 4 && inner.length === 0 && runTokens.every((x) => x.pos === 'PROPN') && tokens[end]?.pos !== 'NOUN' && !/\n/.test(text.slice(runTokens[0]?.start ?? 0, runTokens[runTokens.length - 1]?.end ?? 0)))) type = 'person';
    if (type === undefined || (sentenceStart && runTokens.length === 1 && !headType)) { i = j; continue; }
    // "Special envoy Zamir Kabulov": words for a person right before a person the base knows are
    // that person's title, not another actor.
    if (type === 'group' && known.some((a) => a.first === end && a.entity?.type === 'person')) { i = end - 1; continue; }
    // A known entity and a lower-case noun after it ("Russian officials", "the Voice of Khorasan
    // magazine") is that entity; the noun stays a word of the sentence.
    if (inner.length === 1 && inner[0] && inner[0].end === span.end - 1 && inner[0].first === span.first && end > j + 1) { i = end - 1; continue; }
    const start = runTokens[0]?.start ?? 0;
    const stop = lastWord.end;
    // "Russia's Constitutional Court": a possessor state gives the body its state.
    // "U.S. envoy Adam Boehler": the state before a person's title is the state the person acts for.
    const titleOwner = titled && type === 'person' ? known.find((a) => a.type === 'state' && a.end < span.first && a.end >= span.first - 3 && tokens.slice(a.end, span.first).every((x) => TITLE_SET.has(x.norm) || x.norm === "'s" || x.norm === '’s')) : undefined;
    const owner = known.find((a) => a.end === span.first - 1 && a.possessive && a.type === 'state') ?? titleOwner;
    // (A possessor owns the body before a place its name says it sits in: "Russia's Business
    // Centre in Afghanistan".)
    const root = owner?.root ?? inner.find((a) => a.root !== undefined)?.root;
    const nationalityOf = inner.find((a) => a.byNationality || a.type === 'state');
    // "the Supreme Court in Moscow": a body named by its kind and the place it sits in is that
    // state's body of that name, when the base knows one ("Russia's Supreme Court").
    const placed = joinerAt > 0 && runTokens[joinerAt]?.norm === 'in' && root !== undefined && (type === 'institution' || type === 'organization') ? bodyOfState(index, runTokens.slice(0, joinerAt).filter((x) => x.pos !== 'DET').map((x) => x.text).join(' '), root) : undefined;
    out.push({
      ...span, start, stop, name: text.slice(start, stop), type: placed?.type ?? type, head: head.lemma,
      possessive: tokens[span.end]?.norm === "'s" || tokens[span.end]?.norm === '’s',
      byNationality: placed === undefined && nationalityOf !== undefined && span.end - span.first === 2,
      // "the Biden administration", "the Ghani government": a government named after its leader.
      ...(LEADER_BODIES.has(head.lemma) && runTokens.length >= 2 && runTokens[runTokens.length - 2]?.pos === 'PROPN' && { proper: true }),
      ...(placed ? { entity: placed, root: index.rootOf(placed.id) } : root !== undefined && { root }),
      ...(titleOwner && { owner: titleOwner }),
    });
    for (let k = span.first; k < span.end; k++) covered[k] = true;
    i = end - 1;
  }
  // "Russia's business centre", "Moscow's foreign ministry": a body that the possessor owns, named
  // by its kind. The possessor stays an actor too: "Russia's embassy" is also Russia's embassy.
  for (const a of known) {
    if (!a.possessive || a.entity?.type === 'event') continue;
    let k = a.end + 1;
    while (k < tokens.length && k < a.end + 4 && (tokens[k]?.pos === 'ADJ' || (tokens[k]?.pos === 'NOUN' && ACTOR_HEADS[tokens[k + 1]?.lemma ?? ''] !== undefined))) k++;
    const noun = tokens[k];
    if (!noun || noun.pos !== 'NOUN' || ACTOR_HEADS[noun.lemma] === undefined || ACTOR_HEADS[noun.lemma] === 'publication' || covered[k]) continue;
    out.push({ first: a.first, end: k + 1, start: a.start, stop: noun.end, name: text.slice(a.start, noun.end), type: ACTOR_HEADS[noun.lemma] as EntityType, head: noun.lemma, described: true, possessive: tokens[k + 1]?.norm === "'s" || tokens[k + 1]?.norm === '’s', byNationality: false, ...(a.root !== undefined && { root: a.root }) });
    for (let i = a.end; i <= k; i++) covered[i] = true;
  }
  // "a British hostage": a nationality before a noun for a person, who is then of that nationality.
  for (const a of known) {
    const next = tokens[a.end];
    if (!a.byNationality || !next || next.pos !== 'NOUN' || !NATIONAL_PERSONS.has(next.lemma)) continue;
    if (covered[a.end]) continue;
    out.push({ first: a.first, end: a.end + 1, start: a.start, stop: next.end, name: text.slice(a.start, next.end), type: 'person', head: next.lemma, possessive: false, byNationality: true, ...(a.root !== undefined && { root: a.root }), ...(a.entity && { entity: a.entity }) });
  }
  return out;
}
