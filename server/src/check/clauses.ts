/**
 * Splits a sentence into clauses, shallowly: semicolons, colons and dashes separate clauses;
 * parentheses hold their own; a subordinating conjunction that a verb follows opens a
 * subordinate clause ("if", "because", "after ... took"); "which", "who" and "whose" open a
 * relative clause about the noun before them; "that" after a verb of saying opens its
 * complement. Each clause knows the clause it sits in.
 */
import { CONDITIONAL_MARKERS, REPORTING_VERBS } from '../lexicon/assertion';
import { CONTRASTING_CONJUNCTIONS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS, SUBORDINATING_PHRASES, SUBORDINATORS as SUBORDINATOR_WORDS, CONTENT_NOUNS } from '../lexicon/grammar';
import type { Token } from '../nlp/tokens';

export type ClauseKind = 'main' | 'relative' | 'subordinate' | 'conditional' | 'complement' | 'parenthetical';

export interface Clause {
  /** Token indices: `first` inclusive, `end` exclusive. */
  readonly first: number;
  readonly end: number;
  readonly kind: ClauseKind;
  /** The word that opens the clause ("if", "which", "that", "because"), as a lemma. */
  readonly marker?: string;
  readonly markerAt?: number;
  /** The clause this one sits in. */
  readonly parent?: number;
  /** For a relative clause: the token of the noun it describes. */
  readonly antecedent?: number;
}

const SUBORDINATORS = new Set(SUBORDINATOR_WORDS);
const CONTENT = new Set(CONTENT_NOUNS);
// ("that" opens a relative clause only after a noun, below, and a complement after a verb of saying.)
const RELATIVES = new Set(RELATIVE_PRONOUNS.filter((w) => w !== 'that'));
const REPORTING = new Set(REPORTING_VERBS);
const CONDITIONAL = new Set(CONDITIONAL_MARKERS);
const DASHES = new Set(['—', '–', '--', '―']);
const SUBORDINATING_PHRASE_WORDS = SUBORDINATING_PHRASES.map((p) => p.split(' '));

interface Open { first: number; kind: ClauseKind; marker?: string; markerAt?: number; parent?: number; antecedent?: number; closeOn: 'paren' | 'dash' | 'comma' | 'end'; /** The clause open when this one opened. */ parentOpen?: Open }

/** Whether a verb (not only an auxiliary) follows before the next clause break. */
function verbAhead(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.text === ';' || t.text === ':' || DASHES.has(t.text) || t.text === '(' || t.text === ')') return false;
    // (", and" ends the reach: in "since the 2002 siege, and officials accused Kyiv" the verb is
    // the next clause's.)
    if (t.text === ',' && COORDINATORS.has(tokens[k + 1]?.norm ?? '')) return false;
    if (t.pos === 'VERB') return true;
    if (t.pos === 'AUX' && tokens[k + 1]?.pos !== 'VERB' && k > from) return true;
  }
  return false;
}

/**
 * "Since that takeover Russia has kept ...": a common noun phrase right after the word, then a
 * name or a subject pronoun, is the word's object followed by the clause's own subject; the word
 * is a preposition there, not the opening of a clause.
 */
function objectThenSubject(tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'NUM') k++;
  const nounAt = k;
  // (Lower case: "since President Donald Trump came to power" has a title before a name.)
  while (tokens[k]?.pos === 'NOUN' && !/^\p{Lu}/u.test(tokens[k]?.text ?? '')) k++;
  // (Past the phrases that complete the noun: "After the fall of Kabul in August 2021 it kept ...".)
  if (k > nounAt) {
    for (;;) {
      let j = k;
      if (tokens[j]?.pos !== 'ADP') break;
      j++;
      if (tokens[j]?.pos === 'DET') j++;
      const from = j;
      while (['PROPN', 'NOUN', 'NUM'].includes(tokens[j]?.pos ?? '')) j++;
      if (j === from) break;
      k = j;
    }
  }
  const next = tokens[k];
  return k > nounAt && next !== undefined && (next.pos === 'PROPN' || (next.pos === 'PRON' && SUBJECTS.has(next.norm)));
}

const COORDINATORS = new Set(['and', 'but', 'yet', 'or']);
const SUBJECTS = new Set(SUBJECT_PRONOUNS);

/**
 * A subject pronoun and then a finite verb or auxiliary. (A noun subject opens a clause too, but
 * frames whose value and participants sit in two such conjuncts, "minerals worth $3 trillion, and
 * China is first in line for them", are read as one clause: splitting there lost two claims of the
 * development set and gained none.)
 */
function ownSubjectAndVerb(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from];
  if (!first || first.pos !== 'PRON' || !SUBJECTS.has(first.norm)) return false;
  return finiteVerbAfterAdverbs(tokens, from + 1);
}

/**
 * A noun phrase opening with a determiner or a name, then a finite verb or auxiliary: the subject
 * and verb of a clause of its own ("the relationship was", "Moscow kept").
 */
function subjectPhraseAndVerb(tokens: readonly Token[], from: number): boolean {
  let k = from;
  if (tokens[k]?.pos === 'DET') k++;
  else if (tokens[k]?.pos !== 'PROPN') return false;
  while (k < from + 5 && ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[k]?.pos ?? '')) k++;
  return k > from + (tokens[from]?.pos === 'DET' ? 1 : 0) && finiteVerbAfterAdverbs(tokens, k);
}

/** A finite verb or an auxiliary at `from`, past any adverbs. */
function finiteVerbAfterAdverbs(tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (tokens[k]?.pos === 'ADV') k++;
  const verb = tokens[k];
  return verb !== undefined && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/.test(verb.norm)));
}

const CONTRASTING = new Set(CONTRASTING_CONJUNCTIONS);

/** A name (a run of proper nouns: "Russia", "Zamir Kabulov") and then a finite verb or auxiliary. */
function namedSubjectAndVerb(tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (tokens[k]?.pos === 'PROPN') k++;
  return k > from && finiteVerbAfterAdverbs(tokens, k);
}

export function segmentClauses(tokens: readonly Token[]): { clauses: Clause[]; clauseOf: number[] } {
  const clauses: Clause[] = [];
  const clauseOf = new Array<number>(tokens.length).fill(0);
  const stack: Open[] = [{ first: 0, kind: 'main', closeOn: 'end' }];

  /**
   * Opens a clause at token `i` inside `within`. Its marker ("which", "because", a participle)
   * belongs to the new clause; a bracket or dash that opens an aside stays in the clause around it.
   */
  const open = (i: number, within: Open, o: Open, markerInside: boolean): void => {
    owner[i] = within;
    stack.push({ ...o, parentOpen: within });
    if (markerInside) owner[i] = current();
  };
  const close = (at: number) => {
    const o = stack.pop();
    if (!o) return;
    clauses.push({ first: o.first, end: at, kind: o.kind, ...(o.marker !== undefined && { marker: o.marker }), ...(o.markerAt !== undefined && { markerAt: o.markerAt }), ...(o.parent !== undefined && { parent: o.parent }), ...(o.antecedent !== undefined && { antecedent: o.antecedent }) });
  };
  // Clauses get their index when they close; tokens are assigned to the innermost open clause,
  // so record (token, stack depth object) and resolve after.
  const owner: Open[] = new Array<Open>(tokens.length);
  const closedIndex = new Map<Open, number>();
  const popTo = (at: number, pred: (o: Open) => boolean): void => {
    while (stack.length > 1) {
      const top = stack[stack.length - 1] as Open;
      const stop = pred(top);
      const index = clauses.length;
      close(at);
      closedIndex.set(top, index);
      if (stop) break;
    }
  };
  const current = () => stack[stack.length - 1] as Open;
  // Ends the outermost main clause at `end` and opens the next main clause at `first`.
  const nextMain = (end: number, first: number): void => {
    const index = clauses.length;
    const main = stack.pop() as Open;
    clauses.push({ first: main.first, end, kind: main.kind });
    closedIndex.set(main, index);
    stack.push({ first, kind: 'main', closeOn: 'end' });
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const top = current();
    if (t.text === ')' ) {
      if (stack.some((o) => o.closeOn === 'paren')) { owner[i] = top; popTo(i + 1, (o) => o.closeOn === 'paren'); continue; }
    }
    if (DASHES.has(t.text) && stack.some((o) => o.closeOn === 'dash')) {
      owner[i] = top;
      popTo(i + 1, (o) => o.closeOn === 'dash');
      continue;
    }
    if (t.text === ',' && top.closeOn === 'comma') {
      owner[i] = top;
      // ("When most missions pulled out after the Taliban took Kabul, the embassy stayed open":
      // a clause opened inside another with no comma between them ends at the same comma as
      // that one; one set off by a comma of its own, ", which ...", ends alone.)
      let closing = top;
      popTo(i + 1, (o) => o.closeOn === 'comma');
      while (stack.length > 1 && current().closeOn === 'comma' && tokens[closing.first - 1]?.text !== ',' && closing.first > current().first) {
        closing = current();
        popTo(i + 1, () => true);
      }
      continue;
    }
    if (t.text === ';' || t.text === ':' || t.text === '|') {
      // A new main clause: close everything but the outermost open parenthesis.
      popTo(i, (o) => o.closeOn === 'paren' || o.closeOn === 'dash');
      owner[i] = current();
      if (current().closeOn === 'end') nextMain(i, i + 1);
      continue;
    }
    // "ISKP killed two embassy staff in 2022, and it carried out the Crocus attack in 2024": a
    // conjunction with a subject pronoun and a verb of its own after it joins a second main clause.
    // (", but Russia kept its embassy open": after a comma, a contrasting conjunction with a name
    // and a verb of its own opens a second main clause too; what one conjunct says of its subject
    // is set against the other's, never shared with it.)
    if (stack.length === 1 && COORDINATORS.has(t.norm) && t.pos === 'CCONJ' && (ownSubjectAndVerb(tokens, i + 1) || (CONTRASTING.has(t.norm) && tokens[i - 1]?.text === ',' && namedSubjectAndVerb(tokens, i + 1)))) {
      nextMain(i, i);
      owner[i] = current();
      continue;
    }
    if (t.text === '(') {
      open(i, top, { first: i + 1, kind: 'parenthetical', parent: -1, closeOn: 'paren' }, false);
      continue;
    }
    if (DASHES.has(t.text)) {
      // A dash opens an aside when another dash follows; otherwise what follows elaborates.
      const paired = tokens.slice(i + 1).some((x) => DASHES.has(x.text));
      open(i, top, { first: i + 1, kind: 'parenthetical', closeOn: paired ? 'dash' : 'end' }, false);
      continue;
    }
    const prev = tokens[i - 1];
    // "by the time Kabul fell in August 2021 the relationship was well established": a clause
    // opened by a subordinator with no comma to end it ends where, after its own verb, a subject
    // and a finite verb of their own begin, after a number or an adverb that closes it (not after
    // a noun, which a clause of its own may describe: "the listing Russia had kept since 2003",
    // nor after a verb or a preposition, whose object the noun phrase would be).
    if ((top.kind === 'subordinate' || top.kind === 'conditional') && top.closeOn === 'end' && stack.length > 1 && (prev?.pos === 'NUM' || prev?.pos === 'ADV')) {
      const verbSeen = tokens.slice((top.markerAt ?? top.first) + 1, i).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
      if (verbSeen && subjectPhraseAndVerb(tokens, i)) popTo(i, (o) => o === top);
    }
    // "IS-Khorasan, established in Afghanistan in 2015, has claimed ...": a participle after a
    // comma, up to the next comma, describes the noun before the comma (a reduced relative clause).
    // A past form with an object after it is a verb of the sentence ("..., accredited a diplomat in
    // 2022, and signed ..."), not a participle.
    const participle = /ing$/i.test(t.text) || (/(?:ed|en|wn)$/i.test(t.text) && !['DET', 'PROPN', 'NOUN', 'PRON', 'NUM'].includes(tokens[i + 1]?.pos ?? ''));
    if (prev?.text === ',' && t.pos === 'VERB' && participle && ['NOUN', 'PROPN'].includes(tokens[i - 2]?.pos ?? '') && tokens.slice(i + 1).some((x) => x.text === ',') && top.closeOn !== 'comma') {
      open(i, top, { first: i, kind: 'relative', marker: t.lemma, markerAt: i, antecedent: i - 2, closeOn: 'comma' }, true);
      continue;
    }
    if (RELATIVES.has(t.norm) && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'ADV' || t.pos === 'SCONJ') && i > 0 && prev && (prev.text === ',' || prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'NUM')) {
      let antecedent = i - 1;
      while (antecedent > 0 && (tokens[antecedent]?.pos === 'PUNCT')) antecedent--;
      open(i, top, { first: i, kind: 'relative', marker: t.norm, markerAt: i, antecedent, closeOn: prev.text === ',' ? 'comma' : 'end' }, true);
      continue;
    }
    if (t.norm === 'that' && (t.pos === 'SCONJ' || t.pos === 'PRON' || t.pos === 'DET') && prev && verbAhead(tokens, i + 1)) {
      // "that the judgment removed ..." has a subject of its own: a complement, not a relative clause.
      const ownSubject = ['DET', 'PRON', 'PROPN', 'NUM'].includes(tokens[i + 1]?.pos ?? '') && tokens[i + 1]?.norm !== 'which';
      const reporting = REPORTING.has(prev.lemma) || ownSubject || (prev.pos === 'NOUN' && CONTENT.has(prev.lemma));
      if (reporting || prev.pos === 'NOUN' || prev.pos === 'PROPN') {
        open(i, top, { first: i, kind: reporting ? 'complement' : 'relative', marker: 'that', markerAt: i, ...(reporting ? {} : { antecedent: i - 1 }), closeOn: 'end' }, true);
        continue;
      }
    }
    // "So did Afghanistan's minerals", "So, America led ...": "so" opening the sentence joins it
    // to the one before; it subordinates nothing.
    const connective = t.norm === 'so' && i === 0;
    // "has since signed", "had once ruled": between an auxiliary and its verb, the word is the
    // verb's adverb.
    const adverbial = tokens[i - 1]?.pos === 'AUX' && tokens[i + 1]?.pos === 'VERB';
    // ("has served as the de facto government", "regarded as a threat": "as" after a verb and
    // before a noun phrase is a preposition.)
    const asPreposition = t.norm === 'as' && tokens[i - 1]?.pos === 'VERB' && ['DET', 'NOUN', 'PROPN'].includes(tokens[i + 1]?.pos ?? '');
    // ("by the time Kabul fell": a phrase that does a subordinator's work.)
    const phrase = SUBORDINATING_PHRASE_WORDS.find((w) => w.every((x, k) => tokens[i + k]?.norm === x));
    if (phrase && verbAhead(tokens, i + phrase.length)) {
      open(i, top, { first: i, kind: 'subordinate', marker: phrase.join(' '), markerAt: i, closeOn: tokens.slice(i + 1).some((x) => x.text === ',') ? 'comma' : 'end' }, true);
      continue;
    }
    if (SUBORDINATORS.has(t.norm) && !connective && !adverbial && !asPreposition && (t.pos === 'SCONJ' || t.pos === 'ADP' || t.pos === 'ADV') && verbAhead(tokens, i + 1) && !(tokens[i + 1]?.pos === 'NUM') && !objectThenSubject(tokens, i + 1)) {
      // "after the attack" is a preposition; "after the Taliban took Kabul" opens a clause.
      const kind: ClauseKind = CONDITIONAL.has(t.norm) ? 'conditional' : 'subordinate';
      const commaAhead = tokens.slice(i + 1).some((x) => x.text === ',');
      // A clause with a comma ahead ends at the next comma.
      open(i, top, { first: i, kind, marker: t.norm, markerAt: i, closeOn: commaAhead ? 'comma' : 'end' }, true);
      continue;
    }
    owner[i] = top;
  }
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Open;
    const index = clauses.length;
    close(tokens.length);
    closedIndex.set(top, index);
  }
  // Parents: the clause that was open when each one opened.
  const final = [...clauses];
  const byOpen = [...closedIndex.entries()];
  for (const [o, index] of byOpen) {
    const parentOpen = o.parentOpen;
    const parentIndex = parentOpen ? closedIndex.get(parentOpen) : undefined;
    const c = final[index];
    if (c && parentIndex !== undefined) final[index] = { ...c, parent: parentIndex };
  }
  for (let i = 0; i < tokens.length; i++) {
    const o = owner[i];
    clauseOf[i] = o ? (closedIndex.get(o) ?? 0) : 0;
  }
  return { clauses: final, clauseOf };
}

/** Whether clause `inner` is `outer` or sits inside it. */
export function clauseWithin(clauses: readonly Clause[], inner: number, outer: number): boolean {
  for (let c: number | undefined = inner, depth = 0; c !== undefined && depth < 20; c = clauses[c]?.parent, depth++) {
    if (c === outer) return true;
  }
  return false;
}
