/**
 * What a clause does with what it says: asserts it, asks it, makes it a condition or a
 * possibility, denies it, or reports someone else saying it (and whether the writer then
 * rejects that); and whether it speaks of now or of the past. Only an assertion in the writer's
 * own voice can be an error.
 */
import { CHARACTERISING_VERBS, CLAIM_NOUNS, CORRECTION_OPENERS, RETRACTION_TAGS, CONDITIONAL_MARKERS, DEPICTING_TEXTS, INVERTED_CONDITION_AUXILIARIES, QUESTION_LABELS, INTENTION_NOUNS, INTENTION_VERBS, MANDATIVE_VERBS, NEARING_PREDICATES, FUTURE_WORDS, MODAL_WORDS, WEAK_MODALS, NEGATING_VERBS, NEGATORS, NOT_YET, REJECTION_WORDS, REPAIR_MARKERS, REPORTING_PHRASES, SUPERSEDED_SOURCES, REPORTING_VERBS } from '../lexicon/assertion';
import { CONTINUING_WORDS, PAST_AUXILIARIES, PAST_WORDS, PRESENT_AUXILIARIES } from '../lexicon/time';
import { BECOMING_VERBS, LINKING_VERBS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS } from '../lexicon/grammar';
import type { Token } from '../nlp/tokens';
import { clauseWithin } from './clauses';
import type { Actor, Sentence } from './reader';

export type Mood = 'assert' | 'question' | 'condition' | 'hypothesis' | 'directive';

export interface Report {
  /** Who is reported, as an actor when the sentence names one. */
  readonly by?: Actor;
  /** Who is reported, in the draft's words ("officials", "a Taliban spokesman"). */
  readonly source: string;
  /** The writer rejects the reported claim ("a claim with no evidence", "in fact ..."). */
  readonly rejected: boolean;
}

export interface Assertion {
  readonly mood: Mood;
  readonly negated: boolean;
  /** The clause speaks of a wish, plan or possibility ("seeks to recognise", "potential recognition"). */
  readonly modal: boolean;
  /** A prediction with "will" or "shall": asserted for a figure, a possibility for a status. */
  readonly future: boolean;
  readonly reported?: Report;
  /** The clause speaks of the past ("had blacklisted", "back in 2003", "at the time"). */
  readonly past: boolean;
  /** The clause presents a state as holding now ("still lists", "remains banned", "is designated"). */
  readonly current: boolean;
}

export interface SentenceSetting {
  /** The sentence sits in a block quote: someone else's words. */
  readonly quoted: boolean;
  /** The sentence after this one, for a rejection that follows a report ("That is false."). */
  readonly next?: string;
  /** The sentence before, for a report it opens ("A post claimed:"). */
  readonly previous?: string;
}

const set = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
const MODALS = set(MODAL_WORDS);
const WEAK = set(WEAK_MODALS);
const FUTURE = set(FUTURE_WORDS);
const NEG = set(NEGATORS);
const REPORTING = set(REPORTING_VERBS);
const INTENTION = set(INTENTION_VERBS);
const MANDATIVE = set(MANDATIVE_VERBS);
const CONDITIONAL = set(CONDITIONAL_MARKERS);
const CONTINUING = set(CONTINUING_WORDS.filter((w) => !w.includes(' ')));
const CONTINUING_PHRASES = CONTINUING_WORDS.filter((w) => w.includes(' '));
const PAST = set(PAST_WORDS.filter((w) => !w.includes(' ')));
const PAST_PHRASES = PAST_WORDS.filter((w) => w.includes(' '));
const PRESENT_AUX = set(PRESENT_AUXILIARIES);
const PAST_AUX = set(PAST_AUXILIARIES);
const NEGATING = set(NEGATING_VERBS.filter((w) => !w.includes(' ')));
const CLAIMS = set(CLAIM_NOUNS);
const CHARACTERISING = set(CHARACTERISING_VERBS);
const DEPICTING = set(DEPICTING_TEXTS);
const RELATIVE_WORDS = set(RELATIVE_PRONOUNS);
const DENYING_SUBJECTS = set([...SUBJECT_PRONOUNS, 'that', 'this']);
const AUXILIARIES = set([...PRESENT_AUXILIARIES, ...PAST_AUXILIARIES]);
const INVERTED = set(INVERTED_CONDITION_AUXILIARIES);
const LINKING = set([...LINKING_VERBS, ...BECOMING_VERBS]);
/** "the prospect of", "plans for": an intention noun governing what follows. */
const INTENTION_PHRASES = INTENTION_NOUNS.flatMap((n) => [`${n} of`, `${n} for`]);

/** Texts as hasPhrase compares them: lower case, words only. The last few are kept: one sentence asks many times. */
const normalised = new Map<string, string>();
const paddedPhrases = new WeakMap<readonly string[], string[]>();
function hasPhrase(text: string, phrases: readonly string[]): boolean {
  let t = normalised.get(text);
  if (t === undefined) {
    t = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}'’ ]+/gu, ' ').replace(/\s+/g, ' ')} `;
    if (normalised.size > 64) normalised.clear();
    normalised.set(text, t);
  }
  const padded = t;
  let wanted = paddedPhrases.get(phrases);
  if (!wanted) paddedPhrases.set(phrases, (wanted = phrases.map((p) => ` ${p.toLowerCase()} `)));
  return wanted.some((p) => padded.includes(p));
}

/** Tokens of the clause that holds `at`, without the clauses nested in it. */
function clauseTokens(s: Sentence, at: number): Token[] {
  const index = s.clauseOf[at] ?? 0;
  return s.tokens.filter((_, i) => s.clauseOf[i] === index);
}

/** Where a report starts and ends, and who is reported. */
interface ReportSpan { readonly from: number; readonly to: number; readonly by?: Actor; readonly source: string; readonly verbAt: number }

/**
 * Reports in a sentence: "X said (that) ...", "..., X said", "according to X, ...", a claim noun
 * with its content ("the claim that ..."), and quotations attributed to someone.
 */
/** The reports of a sentence, worked out once per sentence. */
const reportsOf = new WeakMap<Sentence, ReportSpan[]>();
function reports(s: Sentence): ReportSpan[] {
  let found = reportsOf.get(s);
  if (!found) reportsOf.set(s, (found = findReports(s)));
  return found;
}

const PHRASE_WORDS = REPORTING_PHRASES.map((p) => ({ phrase: p, words: p.split(' ') }));

function findReports(s: Sentence): ReportSpan[] {
  return findReportSpans(s).map((span) => ({ ...span, from: pastDescription(s, span) }));
}

/**
 * "Counsel quotes Zamir Kabulov, the Kremlin's ambassador in Kabul, who said ...", "the line
 * taken by Zamir Kabulov, Moscow's envoy, that ...": a description set off after a name at the
 * head of the report, before what is said, is the writer's own words about who speaks.
 */
function pastDescription(s: Sentence, span: ReportSpan): number {
  const tokens = s.tokens;
  for (const a of s.actors) {
    if (a.first < span.from || a.end >= span.to || tokens[a.end]?.text !== ',' || a.type !== 'person') continue;
    // What is said has not begun before the name: no finite verb, "that", colon or quotation.
    const lead = tokens.slice(span.from, a.first);
    if (lead.some((x) => x.pos === 'AUX' || x.norm === 'that' || /^[:“"]$/.test(x.text) || (x.pos === 'VERB' && !/(?:ed|en)$/.test(x.norm)))) return span.from;
    let close = a.end + 1;
    while (close < span.to && tokens[close]?.text !== ',' && tokens[close]?.pos !== 'VERB' && tokens[close]?.pos !== 'AUX') close++;
    if (tokens[close]?.text !== ',' || close === a.end + 1) return span.from;
    return close + 1;
  }
  return span.from;
}

function findReportSpans(s: Sentence): ReportSpan[] {
  const out: ReportSpan[] = [];
  const tokens = s.tokens;
  const sourceAt = (from: number, to: number): { by?: Actor; source: string } => {
    const actor = s.actors.filter((a) => a.first >= from && a.end <= to).pop();
    // (A possessive ending is written on its noun: "the defence's historian".)
    const words = (a: number, b: number) => tokens.slice(a, b).filter((t) => t.pos !== 'PUNCT').map((t, k) => (k === 0 && t.pos === 'DET' ? t.text.toLowerCase() : t.text)).join(' ').replace(/ (['’]s)(?= |$)/g, '$1').trim();
    // (A pronoun or a lone function word names no one a message can quote: "It further said",
    // "was quoted as saying".)
    const said = words(from, to);
    // (Nor does a quantifier standing alone: "Some say ...".)
    if (!actor) return { source: said === '' || tokens.slice(from, to).every((t) => t.pos === 'PRON' || t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'PUNCT' || t.pos === 'DET') ? 'someone' : said };
    // "A Taliban spokesman said": the name modifies who spoke; the source is the whole phrase.
    const head = tokens[actor.end];
    if (head !== undefined && actor.end < to && (head.pos === 'NOUN' || head.pos === 'PROPN') && !actor.possessive) {
      let start = actor.first;
      while (start > from && ['DET', 'ADJ'].includes(tokens[start - 1]?.pos ?? '')) start--;
      let end = actor.end;
      while (end < to && (tokens[end]?.pos === 'NOUN' || tokens[end]?.pos === 'PROPN')) end++;
      return { by: actor, source: words(start, end) };
    }
    // (A pronoun's antecedent is a guess: the message says no name for it.)
    if (tokens.slice(actor.first, actor.end).every((t) => t.pos === 'PRON')) return { source: 'someone' };
    return { by: actor, source: actor.name };
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const phrase = PHRASE_WORDS.find((p) => p.words.every((w, k) => tokens[i + k]?.norm === w))?.phrase;
    if (phrase !== undefined && (phrase !== 'per' || tokens[i + 1]?.pos === 'PROPN' || tokens[i + 1]?.pos === 'DET')) {
      // "according to officials, ..." reports the rest of the sentence; "..., according to X" the part before.
      const len = phrase.split(' ').length;
      let end = i + len;
      while (end < tokens.length && tokens[end]?.text !== ',' && tokens[end]?.text !== '.' && tokens[end]?.text !== ';') end++;
      const src = sourceAt(i + len, end);
      if (i === 0 || tokens[i - 1]?.text === ',' && end >= tokens.length - 1) {
        out.push(i === 0 ? { from: end, to: tokens.length, ...src, verbAt: i } : { from: 0, to: i, ...src, verbAt: i });
      } else out.push({ from: 0, to: tokens.length, ...src, verbAt: i });
      continue;
    }
    // "The Kremlin's claim that Kyiv was behind Crocus": a claim noun reports the clause after its
    // "that"; who claims is its possessor.
    // ("a claim by Taliban-aligned media that ...": who claims may come between, after "by" or "from".)
    const thatAt = t.pos === 'NOUN' && CLAIMS.has(t.lemma) ? claimThat(tokens, i) : -1;
    if (thatAt > 0) {
      const content = s.clauses[s.clauseOf[thatAt] ?? 0];
      let to = content !== undefined && content.first === thatAt ? content.end : tokens.length;
      // The content ends where the noun's own predicate begins: "the claim that Kyiv was behind
      // Crocus | is false", "| needs a qualifier" (a second finite verb not joined by "and").
      const finite = (k: number) => (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'VERB') && tokens[k - 1]?.norm !== 'to' && !/ing$/.test(tokens[k]?.text ?? '');
      const firstVerb = tokens.findIndex((x, k) => k > thatAt && k < to && finite(k));
      if (firstVerb > 0) {
        for (let k = firstVerb + 2; k < to; k++) {
          const x = tokens[k] as Token;
          if (x.norm === 'and' || x.norm === 'or' || x.norm === 'but' || x.text === ',' || x.pos === 'SCONJ' || (x.pos === 'PRON' && /^(which|who|that)$/.test(x.norm))) break;
          // (A verb after an auxiliary and adverbs is the same verb group: "had quietly granted".)
          let j = k - 1;
          while (tokens[j]?.pos === 'ADV') j--;
          if (finite(k) && !finite(j)) { to = k; break; }
        }
      }
      const owner = s.actors.filter((a) => a.possessive && a.end <= i && a.end >= i - 3).pop();
      const by = owner ?? s.actors.find((a) => a.first > i + 1 && a.end <= thatAt && tokens[claimantAt(tokens, i)]?.norm === 'by');
      out.push({ from: thatAt + 1, to, ...(by ? { by, source: by.name } : { source: `a ${t.lemma}` }), verbAt: i });
      continue;
    }
    // "Priya's para 3 has Moscow shutting its embassy": a text that "has" someone doing
    // something depicts it, and answers for it as if it had said it.
    if (t.lemma === 'have' && depicts(tokens, i)) {
      let from = i - 1;
      while (from > 0 && ['NUM', 'NOUN', 'PROPN', 'ADJ', 'DET', 'PART'].includes(tokens[from - 1]?.pos ?? '')) from--;
      const semicolon = tokens.findIndex((x, k) => k > i && (x.text === ';' || x.text === ':'));
      out.push({ from: i + 1, to: semicolon > i ? semicolon : tokens.length, ...sourceAt(from, i), verbAt: i });
      continue;
    }
    // "The story put Afghanistan's wealth at $3 billion", "A timeline box dated the first contacts
    // to 2018": a text as the subject of a verb answers for what the verb says, as if it had said
    // it (a correction's quotation of what it corrects).
    if (t.pos === 'VERB' && !REPORTING.has(t.lemma) && textSubject(tokens, i)) {
      let from = i - 1;
      while (tokens[from]?.pos === 'ADV') from--;
      while (from > 0 && ['NUM', 'NOUN', 'PROPN', 'ADJ', 'DET', 'PART'].includes(tokens[from - 1]?.pos ?? '')) from--;
      const end = tokens.findIndex((x, k) => k > i && (x.text === ';' || x.text === ':'));
      out.push({ from: i + 1, to: end > i ? end : tokens.length, ...sourceAt(from, i), verbAt: i });
      continue;
    }
    if ((t.pos !== 'VERB' && t.pos !== 'NOUN') || !(REPORTING.has(t.lemma) || (t.alt !== undefined && REPORTING.has(t.alt)))) continue;
    // ("American forces, it must be said, fought ...": the writer's comment on saying it.)
    if (MODALS.has(tokens[i - 2]?.norm ?? '') && commentModal(tokens, i - 2)) continue;
    // "Some commentators claim the attack came ...": the tagger reads a reporting verb after a
    // plural subject as a noun; before a clause with its own subject it is the verb.
    const verbal = t.pos === 'VERB' || (['NOUN', 'PRON', 'PROPN'].includes(tokens[i - 1]?.pos ?? '') && /s$/i.test(tokens[i - 1]?.text ?? '') && ['DET', 'PRON', 'PROPN', 'SCONJ'].includes(tokens[i + 1]?.pos ?? ''));
    if (!verbal) continue;
    // "Islamic State Khorasan (IS-K, also written ISKP)": a participle in its own form ("written",
    // "spoken") with no auxiliary before it is a reduced passive; the noun before it is what is
    // written, not who writes.
    if (reducedPassive(tokens, i)) continue;
    // "The deposits are said to be worth ...", "is reported to have": hearsay with nobody named is
    // passed on in the writer's own voice.
    const beBefore = tokens[i - 1]?.lemma === 'be' || (tokens[i - 2]?.lemma === 'be' && tokens[i - 1]?.pos === 'ADV');
    if (beBefore && tokens[i + 1]?.norm === 'to' && !tokens.slice(i + 1, i + 8).some((x) => x.norm === 'by')) continue;
    // "Afghanistan's wealth, a 2010 memo said, was $1 trillion": a report set off by commas says
    // the whole sentence; its source is between the commas.
    const commaBefore = (() => { for (let k = i - 1; k >= 0; k--) { if (tokens[k]?.text === ',') return k; if (tokens[k]?.pos === 'VERB') return -1; } return -1; })();
    // (Not a relative clause set off by commas: "the attack, which the Kremlin blamed, without
    // evidence, on Kyiv" says what the Kremlin did, not what it said.)
    if (commaBefore > 0 && tokens[i + 1]?.text === ',' && !RELATIVE_WORDS.has(tokens[commaBefore + 1]?.norm ?? '')) {
      // ("Moscow closed its embassy in 2021 and, I was told, only gradually built its presence
      // back up": an aside right after a conjunction says only the conjunct it opens.)
      const from = tokens[commaBefore - 1]?.pos === 'CCONJ' ? commaBefore - 1 : 0;
      out.push({ from, to: tokens.length, ...sourceAt(commaBefore + 1, i), verbAt: i });
      continue;
    }
    // "the designation, which officials say dates from 2003": the subject is before the verb.
    const clause = s.clauses[s.clauseOf[i] ?? 0];
    const subjectFrom = clause?.first ?? 0;
    const src = sourceAt(subjectFrom, i);
    const after = tokens[i + 1];
    const sentenceFinal = tokens.slice(i + 1).every((x) => x.pos === 'PUNCT' || x.pos === 'ADV' || x.pos === 'PROPN' || x.pos === 'NOUN' || x.pos === 'DET' || x.pos === 'ADP');
    if (sentenceFinal && i > 0 && clause?.kind !== 'relative' && (tokens.slice(0, subjectFrom).some((x) => x.text === ',') || tokens[subjectFrom - 1]?.text === ',' || /["”’]/.test(tokens[subjectFrom - 1]?.text ?? ''))) {
      // "The attack came in 2023, officials said." — the report is what came before.
      out.push({ from: 0, to: Math.max(0, subjectFrom - 1), ...sourceAt(subjectFrom, tokens.length), verbAt: i });
      continue;
    }
    if (after === undefined) continue;
    // The complement: after "that", a colon, a quotation or directly a clause with a verb.
    const rest = tokens.slice(i + 1);
    const verbAhead = rest.some((x) => x.pos === 'VERB' || x.pos === 'AUX');
    // ("described Voice of Khorasan as an al-Qaeda magazine": a verb of characterising takes a
    // noun and an "as" phrase instead of a clause.)
    const characterised = CHARACTERISING.has(t.lemma) && rest.some((x, k) => x.norm === 'as' && s.clauseOf[i + 1 + k] === s.clauseOf[i]);
    if (!verbAhead && !characterised && !/^[:“"]/.test(after.text)) continue;
    // "X told reporters the ruling ..." — skip the addressee.
    let from = i + 1;
    if (t.lemma === 'tell' && s.actors.some((a) => a.first === from)) from = (s.actors.find((a) => a.first === from)?.end ?? from);
    // The complement ends where a new main clause starts: "X claim ...; that is wrong".
    const semicolon = tokens.findIndex((x, k) => k > i && (x.text === ';' || x.text === ':'));
    out.push({ from, to: semicolon > i ? semicolon : tokens.length, ...src, verbAt: i });
  }
  // Quotation marks with a speaker: "... ,” the spokesman said' is caught above; a colon before a quotation too.
  return out;
}

/** A text noun ("the story", "a timeline box") as the subject right before the verb at i, past adverbs, opening its clause. */
function textSubject(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (tokens[k]?.pos === 'ADV') k--;
  // The noun phrase's head is its last noun; a text noun anywhere in it ("a timeline box") names the text.
  let j = k;
  while (j >= 0 && ['NOUN', 'ADJ', 'NUM'].includes(tokens[j]?.pos ?? '')) j--;
  const phrase = tokens.slice(j + 1, k + 1);
  // (Opening its clause: after nothing but marks, a comma or a conjunction.)
  const opens = j < 0 || (tokens[j]?.pos === 'DET' && (tokens.slice(0, j).every((x) => !/\w/.test(x.text)) || ['PUNCT', 'CCONJ'].includes(tokens[j - 1]?.pos ?? '')));
  return opens && tokens[k]?.pos === 'NOUN' && phrase.some((x) => x.pos === 'NOUN' && DEPICTING.has(x.lemma));
}

/** "The draft has Moscow shutting ...": a text noun before "have", then a noun phrase and a participle. */
function depicts(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (tokens[k]?.pos === 'NUM') k--;
  if (!DEPICTING.has(tokens[k]?.lemma ?? '') || tokens[k]?.pos !== 'NOUN') return false;
  let j = i + 1;
  while (j < tokens.length && j < i + 6 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'].includes(tokens[j]?.pos ?? '')) j++;
  const participle = tokens[j];
  return j > i + 1 && participle?.pos === 'VERB' && /(?:ing|ed|en)$/.test(participle.norm);
}

function rejectedNear(s: Sentence, span: ReportSpan, setting: SentenceSetting): boolean {
  // Outside the report, or set off right after its verb: "claimed, without evidence, that ...".
  const aside = s.tokens[span.verbAt + 1]?.text === ',' ? s.tokens.slice(span.verbAt + 1, span.verbAt + 6) : [];
  const outside = [...s.tokens.slice(0, span.from), ...aside, ...s.tokens.slice(span.to)].map((t) => t.text).join(' ');
  const verb = s.tokens[span.verbAt];
  const before = s.tokens[span.verbAt - 1];
  if (verb && (NEGATING.has(verb.lemma) || ['deny', 'dismiss', 'refute', 'debunk', 'reject'].includes(verb.lemma))) return true;
  if (before && ['falsely', 'wrongly', 'incorrectly', 'mistakenly', 'erroneously', 'baselessly', 'spuriously'].includes(before.norm)) return true;
  if (hasPhrase(outside, REJECTION_WORDS)) return true;
  // "The earlier version also described ...": what a superseded version said is what a
  // correction sets right.
  if (hasPhrase(s.tokens.slice(0, span.verbAt).map((t) => t.text).join(' '), SUPERSEDED_SOURCES)) return true;
  return nextRejects(setting);
}

const RETRACTION_TAG_WORDS = RETRACTION_TAGS.map((w) => w.toLowerCase());
/** A bracketed note that opens with a correction word and a mark: "[No: 2003.]", "(Correction, 2003)", "[Wrong - 2003]". */
const CORRECTION_OPENING = new RegExp(`^(?:${CORRECTION_OPENERS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?:[:,.]| [-—])`);
const retractions = new WeakMap<Sentence, WeakMap<SentenceSetting, boolean>>();
/** A bracketed tag that withdraws the sentence, or a bracketed correction that opens the next one (once per sentence). */
function retracted(s: Sentence, setting: SentenceSetting): boolean {
  let bySetting = retractions.get(s);
  if (!bySetting) retractions.set(s, (bySetting = new WeakMap()));
  const known = bySetting.get(setting);
  if (known !== undefined) return known;
  const result = retractedUncached(s.text, setting);
  bySetting.set(setting, result);
  return result;
}

function retractedUncached(text: string, setting: SentenceSetting): boolean {
  const tags = [...text.matchAll(/\[([^\]]{1,60})\]/g)].map((m) => ` ${(m[1] ?? '').toLowerCase().replace(/[^a-z ]+/g, ' ')} `);
  if (tags.some((tag) => RETRACTION_TAG_WORDS.some((w) => tag.includes(` ${w} `)))) return true;
  const next = (setting.next ?? '').trim();
  if (!/^[[(]/.test(next)) return false;
  return CORRECTION_OPENING.test(next.slice(1).trimStart().toLowerCase());
}

/** A past participle that cannot be a past tense ("written", "shown"), with no auxiliary before it. */
function reducedPassive(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || t.pos !== 'VERB' || !/(?:en|wn)$/i.test(t.text) || t.text.toLowerCase() === t.lemma) return false;
  let k = i - 1;
  while (tokens[k]?.pos === 'ADV') k--;
  const before = tokens[k];
  return before === undefined || (before.pos !== 'AUX' && before.lemma !== 'be' && before.lemma !== 'have' && before.lemma !== 'get');
}

/** The next sentence rejects what this one reported when it opens by pointing back: "That is false." */
function nextRejects(setting: SentenceSetting): boolean {
  const next = (setting.next ?? '').trim();
  if (deniesWhole(next)) return true;
  if (next === '' || !/^(?:that|this|it|such|the claim|the allegation|the story|no|none|nothing|but|in fact|in reality)/i.test(next)) return false;
  return hasPhrase(next.split(/[.;!?]/)[0] ?? next, REJECTION_WORDS);
}

/** A reply that only denies what came before: "It didn't.", "No, it wasn't.", "That never happened." */
function deniesWhole(whole: string): boolean {
  // ("It did not: the listing dates from 2003." The denial is what comes before a colon or a
  // semicolon that goes on to say what is true.)
  const next = /^[^:;]*[:;]/.test(whole) ? whole.slice(0, whole.search(/[:;]/)) : whole;
  const words = next.toLowerCase().replace(/n['’]t\b/g, ' not').split(/[^a-z]+/).filter((w) => w !== '');
  if (words.length < 3 || words.length > 5 || !/^[^.;!?]*[.!]?$/.test(next)) return false;
  const rest = words[0] === 'no' ? words.slice(1) : words;
  const [subject, verb, ...more] = rest;
  // ("That has not happened.", "It never happened.")
  const happened = (w: string | undefined) => w === 'happened' || w === 'happen' || w === 'occurred';
  if (!DENYING_SUBJECTS.has(subject ?? '') || more.length < 1 || more.length > 2) return false;
  if (more.length === 2) return AUXILIARIES.has(verb ?? '') && (more[0] === 'not' || more[0] === 'never') && happened(more[1]);
  return (AUXILIARIES.has(verb ?? '') && (more[0] === 'not' || more[0] === 'never')) || (verb === 'never' && happened(more[0]));
}

/** An infinitive's "to" at `from`, past adverbs, or past a short object: "to recognise", "Moscow to recognise". */
function infinitiveAfter(tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (tokens[k]?.pos === 'ADV') k++;
  for (let j = k; j < tokens.length && j <= k + 4; j++) {
    const x = tokens[j] as Token;
    if (x.norm === 'to') return tokens[j + 1]?.pos === 'VERB' || tokens[j + 1]?.pos === 'AUX' || tokens[j + 1]?.pos === 'ADV';
    if (!['DET', 'PROPN', 'PRON', 'NOUN', 'ADJ'].includes(x.pos)) return false;
  }
  return false;
}

/**
 * A modal in a comment on the sentence rather than in its claim: ", it should be recalled,",
 * "It must be said that ...". The writer vouches for the rest: the modal is about saying it.
 */
function commentModal(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k + 2];
  if (tokens[k - 1]?.norm !== 'it' || tokens[k + 1]?.lemma !== 'be' || verb?.pos !== 'VERB' || !/(?:ed|en|id)$/.test(verb.norm)) return false;
  const after = tokens[k + 3];
  const aside = tokens[k - 2]?.text === ',' && after?.text === ',';
  const opening = k === 1 && after?.norm === 'that';
  return aside || opening;
}

/** Whether the word at `n` opens a self-repair ("2002, no wait, 2004"): a take-back, not a negation. */
function opensRepair(tokens: readonly Token[], n: number): boolean {
  const rest = tokens.slice(n, n + 3).map((t) => t.norm).filter((w) => w !== ',').join(' ');
  return REPAIR_MARKERS.some((m) => m.includes(' ') && (rest === m || rest.startsWith(`${m} `)));
}

/**
 * The "that" whose clause a claim noun at `i` reports: right after it, or after a phrase that says
 * whose claim it is ("a claim by Taliban-aligned media that ..."); -1 if none.
 */
/**
 * Where the phrase after a claim noun that says whose claim it is starts: right after it ("a claim
 * by ..."), or after a participle that says who spreads it ("the narrative pushed by ...").
 */
function claimantAt(tokens: readonly Token[], i: number): number {
  return tokens[i + 1]?.pos === 'VERB' && /(?:ed|en|wn)$/.test(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.norm === 'by' ? i + 2 : i + 1;
}

function claimThat(tokens: readonly Token[], i: number): number {
  if (tokens[i + 1]?.norm === 'that') return i + 1;
  const by = claimantAt(tokens, i);
  // (Or where: "claims on social media that ...", "a rumour in Kabul that ...".)
  if (!/^(by|from|of|on|in)$/.test(tokens[by]?.norm ?? '')) return -1;
  for (let k = by + 1; k < Math.min(tokens.length, by + 8); k++) {
    const x = tokens[k] as Token;
    // (The tagger may read it as a pronoun; a subject of its own after it makes it a complementizer.)
    if (x.norm === 'that' && (x.pos === 'SCONJ' || ['PROPN', 'DET', 'PRON', 'NUM'].includes(tokens[k + 1]?.pos ?? ''))) return k;
    // (A participle in a hyphenated compound is part of the phrase: "Taliban-aligned".)
    if ((x.pos === 'VERB' && tokens[k - 1]?.text !== '-') || x.pos === 'AUX' || x.text === ',' || x.text === ';') return -1;
  }
  return -1;
}

/** Whether the token sits in a "that" clause of a verb of proposing, or in a clause inside one: "recommended that the Kremlin remove ...". */
function proposedIn(s: Sentence, at: number): boolean {
  for (let c = s.clauses[s.clauseOf[at] ?? -1]; c; c = c.parent !== undefined ? s.clauses[c.parent] : undefined) {
    const verb = c.marker === 'that' && c.markerAt !== undefined ? s.tokens[c.markerAt - 1] : undefined;
    if (verb && verb.pos === 'VERB' && MANDATIVE.has(verb.lemma)) return true;
  }
  return false;
}

/**
 * "Russia's recognition of the Taliban has become much closer": a noun whose linking verb, later
 * in its clause, says it is drawing near speaks of a state that does not hold yet.
 */
function nearing(s: Sentence, at: number): boolean {
  const t = s.tokens[at];
  if (!t || t.pos !== 'NOUN') return false;
  const clause = s.clauseOf[at];
  let k = s.tokens.findIndex((x, i) => i > at && s.clauseOf[i] === clause && (x.pos === 'VERB' || x.pos === 'AUX'));
  if (k < 0) return false;
  let linked = false;
  for (; k < s.tokens.length && s.clauseOf[k] === clause; k++) {
    const x = s.tokens[k] as Token;
    const rest = s.tokens.slice(k, k + 4).map((y) => y.norm).join(' ');
    if (linked && NEARING_PREDICATES.some((p) => rest === p || rest.startsWith(`${p} `))) return true;
    if ((x.pos === 'VERB' || x.pos === 'AUX') && LINKING.has(x.lemma)) linked = true;
    else if (!(x.pos === 'AUX' || x.pos === 'ADV')) return false;
  }
  return false;
}

/** A verb in a past form: "took", "listed", "fell" (not "takes", "taking" or "take"). */
export function pastForm(t: Token): boolean {
  const text = t.text.toLowerCase();
  return text !== t.lemma && !/ing$/.test(text) && !(/s$/.test(text) && text.slice(0, -1).startsWith(t.lemma.slice(0, -1)));
}

/** Assertions already worked out, per sentence and setting: a sentence's claims ask about the same tokens. */
const asserted = new WeakMap<Sentence, WeakMap<SentenceSetting, Map<number, Assertion>>>();

export function assertionAt(s: Sentence, at: number, setting: SentenceSetting): Assertion {
  let bySetting = asserted.get(s);
  if (!bySetting) asserted.set(s, (bySetting = new WeakMap()));
  let byToken = bySetting.get(setting);
  if (!byToken) bySetting.set(setting, (byToken = new Map()));
  const known = byToken.get(at);
  if (known) return known;
  const result = assertionAtUncached(s, at, setting);
  byToken.set(at, result);
  return result;
}

function assertionAtUncached(s: Sentence, at: number, setting: SentenceSetting): Assertion {
  const tokens = s.tokens;
  const clauseIndex = s.clauseOf[at] ?? 0;
  const ownClause = clauseTokens(s, at);
  const upTo = ownClause.filter((t) => t.start <= (tokens[at]?.start ?? 0));

  // Mood: a question; a condition ("if", "unless", "whether") on this clause or one it sits in.
  const lastText = s.text.trimEnd();
  let mood: Mood = 'assert';
  if (/\?["”’)]*$/.test(lastText)) mood = 'question';
  for (let c: number | undefined = clauseIndex, depth = 0; c !== undefined && depth < 10; c = s.clauses[c]?.parent, depth++) {
    const clause = s.clauses[c];
    if (clause?.kind === 'conditional' || (clause?.marker !== undefined && CONDITIONAL.has(clause.marker))) mood = 'condition';
  }
  if (mood === 'assert' && s.clauses.some((c, i) => c.kind === 'conditional' && !clauseWithin(s.clauses, clauseIndex, i)) && ownClause.some((t) => t.norm === 'would' || t.norm === 'could' || t.norm === 'might')) mood = 'hypothesis';
  if (mood === 'assert' && /^(what|who|whom|whose|which|when|where|why|how|did|does|do|is|are|was|were|has|have|had|will|would|could|can|should|may|might)$/i.test(tokens[0]?.norm ?? '') && /\?/.test(lastText)) mood = 'question';
  // "Had Moscow closed its embassy in 2021, ... would have been": a condition by inversion.
  const first = tokens.find((t) => t.pos !== 'PUNCT' && !/^\d+$/.test(t.text));
  const afterFirst = first ? tokens[tokens.indexOf(first) + 1] : undefined;
  if (mood === 'assert' && first && INVERTED.has(first.norm) && (first.pos === 'AUX' || first.pos === 'VERB') && afterFirst && ['PROPN', 'PRON', 'NOUN', 'DET'].includes(afterFirst.pos) && tokens.some((t) => t.text === ',')) mood = 'condition';
  // "True or false: Moscow shut its embassy."
  if (mood === 'assert' && hasPhrase(s.text.slice(0, 40).split(':')[0] ?? '', QUESTION_LABELS) && /:/.test(s.text.slice(0, 40))) mood = 'question';
  // "Track any follow-on agreements": a sentence that opens with a bare verb tells the reader what to do.
  const opener = tokens.find((t) => t.pos !== 'PUNCT' && t.pos !== 'NUM' && !/^\d+$/.test(t.text));
  if (mood === 'assert' && opener && opener.pos === 'VERB' && opener.norm === opener.lemma && tokens.indexOf(opener) <= 1 && !/ed$|ing$/.test(opener.norm)) mood = 'directive';

  // Negation: a negating word in the clause before the claim, wink's negation scope, or "yet to".
  // A negation stops at a predicate coordinated after its verb: "RU never closed its embassy,
  // accredited a diplomat in 2022, and signed final agreements" negates the closing only.
  const reaches = (t: Token): boolean => {
    const n = tokens.indexOf(t);
    const v = tokens.findIndex((x, k) => k > n && x.pos === 'VERB');
    if (v < 0 || v >= at) return true;
    for (let k = v + 1; k < at; k++) {
      const x = tokens[k] as Token;
      if ((x.text === ',' || x.norm === 'and' || x.norm === 'but') && tokens.slice(k + 1, Math.min(at + 1, k + 3)).some((y) => y.pos === 'VERB')) return false;
    }
    return true;
  };
  const negatedByWord = upTo.some((t) => NEG.has(t.norm) && reaches(t) && !(t.norm === 'no' && tokens[tokens.indexOf(t) + 1]?.norm === 'longer') && !opensRepair(tokens, tokens.indexOf(t)) && !(t.norm === 'not' && tokens[tokens.indexOf(t) + 1]?.norm === 'only'))
    || hasPhrase(upTo.map((t) => t.text).join(' '), NOT_YET)
    || upTo.some((t) => NEGATING.has(t.lemma) && t.pos === 'VERB');
  const negated = negatedByWord || (tokens[at]?.negated ?? false) && upTo.some((t) => (t.norm === 'not' || t.norm === 'never') && reaches(t));

  // Modality: a modal, an intention verb with "to", or an intention noun governing the claim.
  // "will" and "can" speak of a possibility only before a verb: "Beijing will still take its time".
  const beforeVerb = (k: number) => upTo.slice(k + 1, k + 4).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
  // "will cost", "will recognise": a prediction. It asserts a figure, but a change of status it
  // only foresees, which callers treat as a possibility.
  const future = upTo.some((t, k) => FUTURE.has(t.norm) && beforeVerb(k));
  // ("last May", "in May 2024": the month is a noun, not the modal.)
  const modal = upTo.some((t, k) => MODALS.has(t.norm) && !FUTURE.has(t.norm) && t.pos !== 'NOUN' && t.pos !== 'PROPN' && (!WEAK.has(t.norm) || beforeVerb(k)) && !commentModal(upTo, k))
    // ("wants to recognise", not "wants transit routes to South Asia": the infinitive's "to" right
    // after the verb, past adverbs, or after its object: "wants Moscow to recognise".)
    || upTo.some((t, k) => INTENTION.has(t.lemma) && (t.pos === 'VERB') && (infinitiveAfter(upTo, k + 1) || /ing$/.test(upTo[k + 1]?.text ?? '')))
    || proposedIn(s, at)
    || nearing(s, at)
    || hasPhrase(upTo.map((t) => t.text).join(' '), INTENTION_PHRASES);

  // Reported speech.
  let reported: Report | undefined;
  for (const span of reports(s)) {
    if (at < span.from || at >= span.to) continue;
    reported = { ...(span.by && { by: span.by }), source: span.source, rejected: rejectedNear(s, span, setting) };
  }
  if (!reported && setting.quoted) reported = { source: 'a quoted source', rejected: nextRejects(setting) };
  if (!reported) {
    // Inside quotation marks in a sentence that attributes them, or after "Claim:"-style labels.
    const before = s.text.slice(0, tokens[at]?.start ?? 0);
    const opens = (before.match(/[“"]/g) ?? []).length;
    const closes = (before.match(/[”]/g) ?? []).length;
    const insideQuote = /“/.test(before) ? opens > closes : opens % 2 === 1;
    const quoteWords = insideQuote ? (s.text.slice(before.lastIndexOf('“') >= 0 ? before.lastIndexOf('“') : before.lastIndexOf('"')).split(/[”"]/)[1] ?? '').split(/\s+/).length : 0;
    if (insideQuote && (quoteWords >= 4 || s.tokens.some((t) => REPORTING.has(t.lemma) && t.pos === 'VERB'))) {
      reported = { source: 'a quoted source', rejected: nextRejects(setting) || hasPhrase(s.text.replace(/[“"][^”"]*[”"]/g, ' '), REJECTION_WORDS) };
    }
    const claimNoun = upTo.find((t) => CLAIMS.has(t.lemma) && t.pos === 'NOUN');
    if (!reported && claimNoun && upTo.some((t) => t.norm === 'that' && t.start > claimNoun.start)) {
      reported = { source: 'a claim', rejected: hasPhrase(s.text, REJECTION_WORDS) };
    }
  }

  // A line the draft itself takes back: "... in August 2020 [SUPERSEDED, see 09:40]", or one a
  // bracketed note right after it corrects ("... in 1999. [No: 2003.]").
  if (!reported && retracted(s, setting)) reported = { source: 'a line the draft takes back', rejected: true };

  // Time: past markers and past tense, or present and continuing wording.
  const clauseText = ownClause.map((t) => t.text).join(' ');
  const past = ownClause.some((t) => PAST.has(t.norm) || (t.pos === 'AUX' && PAST_AUX.has(t.norm))) || hasPhrase(clauseText, PAST_PHRASES)
    || ownClause.some((t) => t.pos === 'VERB' && pastForm(t) && !ownClause.some((x) => x.pos === 'AUX' && PRESENT_AUX.has(x.norm)) && !(tokens[tokens.indexOf(t) - 1]?.norm === 'the'));
  const current = ownClause.some((t) => CONTINUING.has(t.norm) || CONTINUING.has(t.lemma)) || hasPhrase(clauseText, CONTINUING_PHRASES)
    || ownClause.some((t) => (t.pos === 'AUX' || t.pos === 'VERB') && PRESENT_AUX.has(t.norm))
    || ownClause.some((t) => t.pos === 'VERB' && /s$/.test(t.text) && t.text.toLowerCase() !== t.lemma && !/ss$/.test(t.text));
  return { mood, negated, modal, future, ...(reported && { reported }), past, current };
}
