/**
 * A fragment that answers a question ("In which year did Russia accredit a Taliban diplomat?
 * 2023.") says what the question asks about: the answer fills the question's open phrase. Quiz
 * sheets, interviews, FAQs and chats answer this way. The pair is read as the one statement it
 * makes ("In 2023 Russia did accredit a Taliban diplomat."), and only what that reading says
 * about the answer's own words counts; the question alone asserts nothing.
 */
import { ANSWER_LABELS, QUESTION_CARD_LABELS, WH_ADVERBS, WH_DEGREE_WORDS, WH_DETERMINERS, WH_PRONOUNS } from '../lexicon/grammar';
import { tokenize } from '../nlp/tokens';
import type { Token } from '../nlp/tokens';

export interface AnsweredQuestion {
  /** The statement the question and its answer make together. */
  readonly text: string;
  /** Where the answer's words stand in `text`... */
  readonly start: number;
  readonly end: number;
  /** ...and in the answer sentence. */
  readonly answerStart: number;
}

const LABELS = new Set(ANSWER_LABELS);
const QUESTION_LABEL_SET = new Set(QUESTION_CARD_LABELS);
const DETERMINERS = new Set(WH_DETERMINERS);
const PRONOUNS = new Set(WH_PRONOUNS);
const ADVERBS = new Set(WH_ADVERBS);
const DEGREES = new Set(WH_DEGREE_WORDS);
/** The longest fragment read as an answer, in tokens: longer, it is a sentence of its own. */
const MAX_ANSWER_TOKENS = 14;
const NOMINAL = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const SUBJECT = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/** The words of an answer: a label and emphasis before it, and an aside after it, left out. */
function answerCore(text: string): { start: number; end: number } | undefined {
  let start = 0;
  const label = /^[\s*_]*(\p{L}+)\s*[:.)–—-]\s*/u.exec(text);
  if (label && LABELS.has((label[1] ?? '').toLowerCase())) start = label[0].length;
  while (start < text.length && /[\s*_]/.test(text[start] ?? '')) start++;
  // "Islamic State Khorasan Province (accept ISKP)", "Zamir Kabulov; half a point for ...".
  const rest = text.slice(start);
  const aside = rest.search(/\s*[(;]|\s[—–]\s/);
  // (A bracket must close the sentence: "ISKP (or IS-K) carried out the attack" is a sentence.)
  const close = rest.indexOf(')', aside);
  if (aside >= 0 && rest.slice(aside).trimStart().startsWith('(') && (close < 0 || /[\p{L}\p{N}]/u.test(rest.slice(close + 1)))) return undefined;
  let end = start + (aside >= 0 ? aside : rest.length);
  while (end > start && /[\s*_.!]/.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : undefined;
}

/** The open phrase of a question: where it stands, and whether it is the subject. */
function openPhrase(tokens: readonly Token[]): { first: number; end: number; kind: 'noun' | 'adverb' | 'degree' } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (PRONOUNS.has(t.norm)) return { first: i, end: i + 1, kind: 'noun' };
    if (ADVERBS.has(t.norm)) return { first: i, end: i + 1, kind: 'adverb' };
    if (t.norm === 'how' && DEGREES.has(tokens[i + 1]?.norm ?? '')) {
      let end = i + 2;
      while (tokens[end]?.pos === 'NOUN') end++;
      return { first: i, end, kind: 'degree' };
    }
    if (DETERMINERS.has(t.norm)) {
      let end = i + 1;
      // "what month and year", "which Russian court": the nouns it determines.
      while (['ADJ', 'NOUN', 'PROPN'].includes(tokens[end]?.pos ?? '') || (tokens[end]?.norm === 'and' && tokens[end + 1]?.pos === 'NOUN')) end++;
      // "Which Russian outfit in Kabul announced ...": a phrase right after the noun, before the
      // verb, is part of what is asked about.
      if (end > i + 1 && tokens[end]?.pos === 'ADP') {
        let k = end + 1;
        while (NOMINAL.has(tokens[k]?.pos ?? '')) k++;
        if (k > end + 1 && (tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX')) end = k;
      }
      return { first: i, end, kind: 'noun' };
    }
  }
  return undefined;
}

export function answeredQuestion(question: string, answer: string): AnsweredQuestion | undefined {
  const mark = question.lastIndexOf('?');
  if (mark < 0 || /[\p{L}\p{N}]/u.test(question.slice(mark + 1))) return undefined;
  const core = answerCore(answer);
  if (!core) return undefined;
  const words = answer.slice(core.start, core.end);
  const answerTokens = tokenize(words);
  // A fragment: no verb, no question of its own, and more than a yes or a no.
  if (answerTokens.length === 0 || answerTokens.length > MAX_ANSWER_TOKENS || words.includes('?')) return undefined;
  if (answerTokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX') || answerTokens.every((t) => t.pos === 'INTJ' || t.pos === 'PUNCT')) return undefined;
  // ("Q: Who struck it down?": a label before the question is no word of it.)
  const label = /^[\s*_]*(\p{L}+)\s*[:.)–—-]\s*/u.exec(question);
  const asked = question.slice(label && QUESTION_LABEL_SET.has((label[1] ?? '').toLowerCase()) ? label[0].length : 0, mark);
  const tokens = tokenize(asked);
  const open = openPhrase(tokens);
  if (!open) return elliptic(asked, tokens, words, core.start);
  const first = tokens[open.first] as Token;
  const last = tokens[open.end - 1] as Token;
  // The answer in the open phrase's place: after a preposition for "when" and "where", and for
  // "how long" without one ("How long did U.S. forces fight?" "Two decades.").
  const preposition = tokens[open.first - 1]?.pos === 'ADP';
  const lead = answerTokens[0]?.pos === 'ADP' || preposition ? '' : open.kind === 'adverb' ? 'in ' : open.kind === 'degree' && tokens[open.first + 1]?.norm === 'long' ? 'for ' : '';
  let after = asked.slice(last.end);
  // "did Russia accredit" → "Russia did accredit": an auxiliary before the subject goes back to
  // stand before the verb (or the adverbs before it).
  const aux = tokens[open.end];
  // (Only before a subject and its verb: in "Which country is the front-runner to dig them up?"
  // the question phrase is the subject.)
  let verbAt = open.end + 1;
  while (verbAt < tokens.length && (SUBJECT.has(tokens[verbAt]?.pos ?? '') || tokens[verbAt]?.norm === "'s" || tokens[verbAt]?.text === '-')) verbAt++;
  if (aux?.pos === 'AUX' && verbAt > open.end + 1 && ['VERB', 'ADV'].includes(tokens[verbAt]?.pos ?? '')) {
    const verb = tokens[verbAt] as Token;
    after = ` ${asked.slice(tokens[open.end + 1]?.start ?? aux.end, verb.start)}${aux.text} ${asked.slice(verb.start)}`;
  }
  const before = asked.slice(0, first.start);
  const start = before.length + lead.length;
  const text = `${before}${lead}${words}${after.replace(/^(?=\S)/, ' ')}.`;
  return { text, start, end: start + words.length, answerStart: core.start };
}

/**
 * A question with its question word left out, as cards and notes write it: "Year Moscow put the
 * Taliban on its terror list? 2003." The noun that opens it is what is asked ("the year [in
 * which] ..."); the answer is read after the clause, as its time when it is a date ("Moscow put
 * the Taliban on its terror list in 2003"), else set beside it.
 */
function elliptic(asked: string, tokens: readonly Token[], words: string, answerStart: number): AnsweredQuestion | undefined {
  const head = tokens[0];
  if (!head || head.pos !== 'NOUN' || !tokens.slice(1).some((t) => t.pos === 'VERB')) return undefined;
  // The clause after the noun: "Moscow put the Taliban on its terror list".
  const clauseStart = tokens[1]?.start ?? head.end;
  const clause = asked.slice(clauseStart).trimEnd();
  const answerTokens = tokenize(words);
  const dated = answerTokens[0]?.pos === 'NUM' || answerTokens[0]?.pos === 'PROPN' && /^\d/.test(answerTokens[1]?.text ?? '');
  const lead = dated ? ' in ' : ', ';
  const text = `${clause}${lead}${words}.`;
  const start = clause.length + lead.length;
  return { text, start, end: start + words.length, answerStart };
}
