/**
 * Finds known phrases (entity names, aliases, abbreviations, cue words) in prose through an index
 * built once per fact base. Looking a sentence up costs one map probe per word plus the few
 * phrases that start with that word, however many facts the base holds.
 *
 * Words are runs of letters and digits, compared case-folded, so "ISIS-K", "Isis K" and "ISIS–K"
 * are the same words. Abbreviations are compared with their case ("US" is not "us"), and a leading
 * "the" of a name is optional in prose.
 */
import { foldTypography } from '../text/normalize';

export interface Word {
  /** Case-folded form used for matching. */
  readonly norm: string;
  /** The word as written (typography folded). */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function words(text: string): Word[] {
  const folded = foldTypography(text);
  // NFKC folding can change length; fall back to the original text then, so offsets stay true.
  const source = folded.length === text.length ? folded : text;
  const out: Word[] = [];
  for (const m of source.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index ?? 0;
    out.push({ norm: raw.toLowerCase(), raw, start, end: start + raw.length });
  }
  return out;
}

export interface PhraseMatch<T> {
  readonly value: T;
  /** Offsets into the searched text, from the first word's start to the last word's end. */
  readonly start: number;
  readonly end: number;
  /** Index of the first and one past the last matched word. */
  readonly firstWord: number;
  readonly endWord: number;
}

interface Entry<T> {
  readonly words: readonly string[];
  /** The phrase ends with a full stop ("U.S."), which a match covers when the text has it. */
  readonly trailingDot: boolean;
  /** Raw words for a case-sensitive phrase, else undefined. */
  readonly raw?: readonly string[];
  readonly value: T;
}

/** A trie node: phrases continue by their next word; those that end here are its entries. */
interface Node<T> {
  readonly next: Map<string, Node<T>>;
  readonly entries: Entry<T>[];
}

export class PhraseIndex<T> {
  // A word trie rather than a map from first word to phrases: with 100,000 facts, thousands of
  // names may start with the same common word ("Agency ..."), and scanning them at every
  // occurrence of that word made a sentence cost what the fact base holds. Walking the trie costs
  // the length of the longest phrase that matches.
  private readonly root: Node<T> = { next: new Map(), entries: [] };

  /**
   * Adds a phrase. `caseSensitive` phrases (abbreviations) must match their letters' case; a
   * leading "the" is dropped from case-folded phrases, since prose may omit or add it.
   */
  add(phrase: string, value: T, caseSensitive = false): void {
    this.addWords(words(phrase), value, caseSensitive, phrase.trimEnd().endsWith('.'));
  }

  /** Adds a phrase already split into words (lemmas, for frame phrases). */
  addWords(phraseWords: readonly Word[], value: T, caseSensitive = false, trailingDot = false): void {
    let ws = phraseWords;
    if (!caseSensitive && ws.length > 1 && ws[0]?.norm === 'the') ws = ws.slice(1);
    if (ws.length === 0) return;
    const entry: Entry<T> = caseSensitive
      ? { words: ws.map((w) => w.norm), raw: ws.map((w) => w.raw), value, trailingDot }
      : { words: ws.map((w) => w.norm), value, trailingDot };
    let node = this.root;
    for (const w of ws) {
      let child = node.next.get(w.norm);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(w.norm, child);
      }
      node = child;
    }
    const same = (e: Entry<T>): boolean => e.value === value && (e.raw ?? []).join(' ') === (entry.raw ?? []).join(' ') && e.trailingDot === trailingDot;
    if (!node.entries.some(same)) node.entries.push(entry);
  }

  /**
   * Every indexed phrase in the words (of `text`, when given, so a phrase's closing full stop can
   * be covered), longest first at each position. With `overlapping` false (names) a matched
   * phrase is not searched again from inside itself ("Russian Supreme Court" is not also
   * "Russian"); with it true (cue words) every phrase is found, so the cue "visit" is found inside
   * the cue "first known visit".
   */
  find(ws: readonly Word[], overlapping = false, text?: string): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let i = 0; i < ws.length; ) {
      // (Most words start no phrase: one probe, and nothing allocated.)
      if (!this.root.next.has(ws[i]?.norm ?? '')) { i++; continue; }
      const atPosition: PhraseMatch<T>[] = [];
      let node: Node<T> | undefined = this.root;
      for (let k = i; k < ws.length && node; k++) {
        node = node.next.get(ws[k]?.norm ?? '');
        if (!node) break;
        for (const entry of node.entries) {
          if (entry.raw && !entry.raw.every((raw, j) => ws[i + j]?.raw === raw)) continue;
          const end = ws[k]?.end ?? 0;
          const dot = entry.trailingDot && text !== undefined && text[end] === '.' ? 1 : 0;
          atPosition.push({ value: entry.value, start: ws[i]?.start ?? 0, end: end + dot, firstWord: i, endWord: k + 1 });
        }
      }
      atPosition.sort((a, b) => b.endWord - a.endWord);
      const longest = atPosition[0]?.endWord ?? i;
      const kept = overlapping ? atPosition : atPosition.filter((m) => m.endWord === longest);
      found.push(...kept);
      i = overlapping || kept.length === 0 ? i + 1 : longest;
    }
    return found;
  }
}
