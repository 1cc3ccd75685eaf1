/**
 * The linguistic layer: tokens with their lemma, part of speech and negation scope, from
 * wink-nlp and its English model (both ship their data inside the npm packages; nothing is
 * fetched). Chosen by measurement: on the shared corpus, 2 cores, Node 20, wink-nlp tags about
 * 2.3 MB/s (350,000 tokens/s) with sentence, part-of-speech and negation passes, compromise
 * 0.12 MB/s; sentence by sentence over the evaluation rounds' gold sentences (`npm run
 * bench:libraries`) wink gives tokens, tags and lemmas at 0.97 MB/s, compromise its tagged terms
 * at 0.11 MB/s and no lemmas without a plugin. The checker runs it only on sentences that name
 * something the fact base knows, so unrelated prose costs nothing here.
 *
 * Offsets are rebuilt from wink's own record of the spaces before each token, so every token
 * maps back to the exact characters of the sentence it came from.
 */
import winkNLP from 'wink-nlp';
import type { ItemToken, WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { REPORTING_VERBS } from '../lexicon/assertion';
import { SUBJECT_PRONOUNS } from '../lexicon/grammar';

/** Universal Dependencies part-of-speech tags, as wink's model assigns them. */
export type Pos = 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token {
  /** The token as written. */
  readonly text: string;
  /** Lower case, with British spellings and contractions normalised ("recognised" → "recognized", "n't" → "not"). */
  readonly norm: string;
  readonly lemma: string;
  readonly pos: Pos;
  /** Offsets into the analysed text. */
  readonly start: number;
  readonly end: number;
  /** Inside the scope of a negation ("did not spend three decades"). */
  readonly negated: boolean;
  /** Another lemma the word may have, when the tagger could not tell ("alleged": allege or alleg). */
  readonly alt?: string;
}

/**
 * wink's lexicon learns: every new word a text holds is added to it, and a word it knows is read
 * by other rules. "UN's." at a sentence end comes out as one token; once learned, "the UN's
 * Analytical Support" no longer splits "'s" either; "(USDA)." splits as a currency and a letter
 * unless "USDA" was met before. So a sentence's reading depended on what the process had read
 * earlier: the editor and CI could disagree, and the evaluation's figures depended on the order of
 * the drafts. The instance therefore gets its own copy-on-write view of the model's lexicon and
 * forgets every learned word after each sentence (a learned word's index stays valid, as the
 * lexicon's list and wink's feature store only ever grow together, so forgetting is deleting its
 * key). Measured on the 133,831 sentences of the evaluation drafts and the shared corpus: every one
 * reads exactly as on a fresh instance, at 0.086 ms a sentence against 0.065 ms without forgetting.
 * Forgetting only words with punctuation in them left 3 of 20,000 that did not; a fresh instance
 * per sentence costs about 8 ms each, some hundred times the reading itself. A process whose list
 * has grown very long starts afresh, so memory stays bounded.
 */
interface Feature { list: string[]; hash?: Record<string, number>; index?: number }
interface CoreModel { features: Record<string, Feature> }
type Loader = Record<string, () => unknown> & { core: () => CoreModel; metaCER: () => unknown };
const MAX_LEARNED = 50_000;

let loaded: { core: CoreModel; cer: unknown } | undefined;
let nlp: { methods: WinkMethods; lexemes: string[]; known: Record<string, number>; intrinsic: number; checked: number } | undefined;

function freshInstance(): NonNullable<typeof nlp> {
  const loader = model as unknown as Loader;
  // Loading the model takes about 80 ms, so it is done once; its own metaCER re-serialises its
  // data on every call, so that is loaded once too.
  loaded ??= { core: loader.core(), cer: loader.metaCER() };
  const base = loaded.core;
  const features: Record<string, Feature> = {};
  for (const [name, f] of Object.entries(base.features)) features[name] = f.hash ? { ...f, hash: Object.create(f.hash) as Record<string, number>, list: f.list.slice() } : f;
  const view = { ...base, features };
  const cer = loaded.cer;
  // Sentence boundaries come from the Markdown layer; wink's own pass is kept because its
  // negation scope ends at sentence ends.
  const methods = winkNLP({ ...loader, core: () => view, metaCER: () => cer } as unknown as typeof model, ['sbd', 'negation', 'pos']);
  const lexeme = features['lexeme'];
  const lexemes = lexeme?.list ?? [];
  return { methods, lexemes, known: lexeme?.hash ?? {}, intrinsic: lexemes.length, checked: lexemes.length };
}

/** Starts the next sentence on a fresh instance (tests compare readings with and without history). */
export function forgetLearnedWords(): void {
  nlp = undefined;
}

function instance(): WinkMethods {
  nlp ??= freshInstance();
  return nlp.methods;
}

/** After a sentence: forget what it taught, so the next one reads as if it came first. */
function settle(): void {
  if (!nlp) return;
  const { lexemes, known } = nlp;
  // Own properties only: the model's own lexicon sits on the prototype and stays.
  for (let i = nlp.checked; i < lexemes.length; i++) delete known[lexemes[i] ?? ''];
  nlp.checked = lexemes.length;
  if (lexemes.length - nlp.intrinsic > MAX_LEARNED) nlp = undefined;
}

/** Tokens of one sentence (or any short text). */
export function tokenize(text: string): Token[] {
  const w = instance();
  const its = w.its;
  const doc = w.readDoc(text);
  const out: Token[] = [];
  let at = 0;
  // Whole columns at once: a call per token and property costs three times as much.
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const tags = all.out(its.pos) as Pos[];
  const normals = all.out(its.normal) as string[];
  const lemmas = all.out(its.lemma as unknown as Parameters<ItemToken['out']>[0]) as unknown as string[];
  const negations = all.out(its.negationFlag) as unknown as boolean[];
  settle();
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    at += (spaces[i] ?? '').length;
    // wink keeps every character, so the token should sit exactly here; if some input ever
    // disagrees, find it rather than drift.
    const start = text.startsWith(value, at) ? at : Math.max(at, text.indexOf(value, at));
    const end = start + value.length;
    at = end;
    const pos = tags[i] as Pos;
    if (pos === 'SPACE') continue;
    out.push({ text: value, norm: normals[i] ?? value.toLowerCase(), lemma: String(lemmas[i] ?? value).toLowerCase(), pos, start, end, negated: Boolean(negations[i]) });
  }
  return repairPredicates(repairInfinitives(repairParticiples(out)));
}

const SUBJECT_POS = new Set<Pos>(['PRON', 'PROPN', 'NOUN']);
const OBJECT_POS = new Set<Pos>(['DET', 'PRON', 'PROPN', 'NUM', 'AUX']);
const DIRECT_OBJECT_START = new Set<Pos>(['DET', 'PRON', 'PROPN', 'NUM']);

/**
 * The tagger sometimes reads a past tense as an adjective ("It accredited its first diplomat":
 * ADJ "accredited"). An -ed word between a subject and an object is a verb; its lemma is the
 * word without its ending when the tagger kept the ending.
 */
function repairParticiples(tokens: Token[]): Token[] {
  return tokens.map((t, i) => {
    // "Monitor's note:": a word with a possessive ending is a noun, never a verb.
    if (t.pos === 'VERB' && (tokens[i + 1]?.norm === "'s" || tokens[i + 1]?.norm === '’s') && tokens[i + 1]?.start === t.end) return { ...t, pos: (/^\p{Lu}/u.test(t.text) ? 'PROPN' : 'NOUN') as Pos, lemma: t.norm };
    // "..., lifting the ban on the Taliban": an -ing word after a comma or "and", right before an
    // article, is a participle taking its object; a noun in "-ing" takes no article after it.
    const joined = tokens[i - 1]?.text === ',' || tokens[i - 1]?.norm === 'and';
    if (t.pos === 'NOUN' && /[a-z]{3}ing$/i.test(t.text) && joined && ARTICLES.has(tokens[i + 1]?.norm ?? '')) {
      const lemma = t.lemma === t.norm ? t.norm.slice(0, -3) : t.lemma;
      return { ...t, lemma, pos: 'VERB' as Pos, ...(t.lemma === t.norm && { alt: `${lemma}e` }) };
    }
    // "the blacklisting had stood": an -ing word right after an article, with no object after
    // it, is a noun.
    if (t.pos === 'VERB' && /[a-z]{3}ing$/i.test(t.text) && ARTICLES.has(tokens[i - 1]?.norm ?? '') && !DIRECT_OBJECT_START.has(tokens[i + 1]?.pos ?? 'X')) return { ...t, pos: 'NOUN' as Pos };
    // "covertly engaging the Taliban": a gerund the tagger left unlemmatised.
    if (/[a-z]{3}ing$/i.test(t.text) && t.lemma === t.norm && (t.pos === 'ADJ' || t.pos === 'VERB' || t.pos === 'NOUN')) {
      const lemma = t.norm.slice(0, -3);
      const verbal = t.pos === 'ADJ' && OBJECT_POS.has(tokens[i + 1]?.pos ?? 'X');
      return { ...t, lemma, alt: `${lemma}e`, ...(verbal && { pos: 'VERB' as Pos }) };
    }
    if (t.pos !== 'ADJ' || !/[a-z]ed$/i.test(t.text) || t.lemma !== t.norm) return t;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    // After its subject, or continuing a series of verbs ("kept its embassy open, accredited a diplomat").
    const subjectOrSeries = before !== undefined && ((SUBJECT_POS.has(before.pos) && before.norm !== 'the') || before.text === ',' || before.norm === 'and' || before.pos === 'ADV' || before.pos === 'AUX');
    // (A clause is an object too: "have alleged that Kyiv was behind it".)
    const verbal = subjectOrSeries && after !== undefined && (OBJECT_POS.has(after.pos) || after.norm === 'that');
    const lemma = stem(t.norm);
    return { ...t, lemma, alt: `${lemma}e`, ...(verbal && { pos: 'VERB' as Pos }) };
  });
}

const MODALS = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall']);
const OBJECT_START = new Set<Pos>(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM']);

/**
 * The tagger reads some verbs after "to" or a modal as adverbs or nouns ("continue to back
 * al-Qaeda": ADV "back"). A word there with an object after it is a verb.
 */
function repairInfinitives(tokens: Token[]): Token[] {
  return tokens.map((t, i) => {
    if (t.pos !== 'ADV' && t.pos !== 'NOUN' && t.pos !== 'ADJ') return t;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (!before || !MODALS.has(before.norm) || (before.norm === 'to' && before.pos !== 'PART')) return t;
    if (!after || !OBJECT_START.has(after.pos)) return t;
    return { ...t, pos: 'VERB' as Pos };
  });
}

/** "accredited" → "accredit", "shuttered" → "shutter", "annulled" → "annul", "carried" → "carry". */
function stem(word: string): string {
  if (/ied$/.test(word)) return word.slice(0, -3) + 'y';
  const bare = word.slice(0, -2);
  if (/([lpt])\1$/.test(bare) && bare.length > 4) return bare.slice(0, -1);
  return bare;
}

const SUBJECT_PRONOUN_SET = new Set(SUBJECT_PRONOUNS);
const SAYING = new Set(REPORTING_VERBS);
/** Quantifiers that stand for people when they open a sentence: "Some say ...". */
const STANDALONE_QUANTIFIERS = new Set(['some', 'many', 'most', 'others', 'few', 'all', 'both']);
const VERBAL = new Set<Pos>(['VERB', 'AUX']);
const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each']);
const NOMINAL = new Set<Pos>(['NOUN', 'PROPN']);
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * "and they back the Pakistani Taliban": between a subject pronoun and an object, with no verb
 * near, the tagger sometimes reads the verb as an adverb or a noun. A clause needs a verb, and
 * that word is the only one it can be.
 */
function repairPredicates(tokens: Token[]): Token[] {
  return tokens.map((t, i) => {
    if (t.pos !== 'ADV' && t.pos !== 'NOUN' && t.pos !== 'ADJ') return t;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    // "Russia lists the Taliban": after a name, a word in -s before a determiner or a name is the
    // verb in the third person, not a plural noun.
    const namedSubject = before?.pos === 'PROPN' && t.pos === 'NOUN' && /[a-z]s$/.test(t.text) && (after?.pos === 'DET' || after?.pos === 'PROPN');
    // "the UN team and the Global Terrorism Index both document militant groups": after a
    // floating quantifier that follows a noun, the word before an object is the verb.
    const floating = before !== undefined && FLOATING_QUANTIFIERS.has(before.norm) && NOMINAL.has(tokens[i - 2]?.pos ?? 'X') && tokens.slice(0, i).some((x) => x.norm === 'and');
    // "- commission a joint assessment ...": a list item that goes on from a lead-in ("Ministers
    // are invited to:") opens with a bare verb, in lower case, before its object's article; no
    // noun stands right before an article.
    if (i === 0 && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text) && after !== undefined && ARTICLES.has(after.norm)) return { ...t, pos: 'VERB' as Pos };
    // "The applicant's expert states that the Taliban were ...": a verb of saying in -s after
    // its subject, before a "that" that opens a clause with a subject of its own (not "member
    // states that recognise ...", where "that" is the subject of a relative clause).
    // ("Some say that ...", "Critics claim that ...": the base form after a plural subject or a
    // quantifier standing alone.)
    const thirdPerson = /[a-z]s$/.test(t.text) && before !== undefined && (NOMINAL.has(before.pos) || before.pos === 'PRON' || before.text === ',');
    const plural = !/s$/.test(t.text) && before !== undefined && ((before.pos === 'NOUN' && /[a-z]s$/.test(before.text)) || SUBJECT_PRONOUN_SET.has(before.norm) || (i === 1 && STANDALONE_QUANTIFIERS.has(before.norm)));
    const saying = t.pos === 'NOUN' && SAYING.has(t.lemma) && (thirdPerson || plural) && after?.norm === 'that' && !VERBAL.has(tokens[i + 2]?.pos ?? 'VERB');
    if (saying) return { ...t, pos: 'VERB' as Pos };
    // "U.S. officials visit Kandahar": after a plural noun, a noun in its base form before a name or
    // a determiner is the verb; a plural does not modify a noun that way ("officials' visit").
    const pluralSubject = before?.pos === 'NOUN' && /^\p{Ll}[\p{Ll}-]*[^s]s$/u.test(before.text) && t.pos === 'NOUN' && /^\p{Ll}+$/u.test(t.text) && !/s$/.test(t.text) && (after?.pos === 'DET' || after?.pos === 'PROPN');
    if (!before || (!namedSubject && !floating && !pluralSubject && (before.pos !== 'PRON' || !SUBJECT_PRONOUN_SET.has(before.norm)))) return t;
    if (!after || !(OBJECT_START.has(after.pos) || (floating && after.pos === 'ADJ'))) return t;
    // (Within its own cell or clause: "| Russia's court lifts the ban | Opened the path |".)
    const ahead = tokens.slice(i + 1, i + 5);
    const behind = tokens.slice(Math.max(0, i - 3), i);
    const bound = (x: Token) => x.text === '|' || x.text === ';';
    const own = (xs: Token[], forward: boolean) => { const k = forward ? xs.findIndex(bound) : xs.map(bound).lastIndexOf(true); return k < 0 ? xs : forward ? xs.slice(0, k) : xs.slice(k + 1); };
    if ((!floating && own(ahead, true).some((x) => VERBAL.has(x.pos))) || own(behind, false).some((x) => VERBAL.has(x.pos))) return t;
    return { ...t, pos: 'VERB' as Pos };
  });
}
