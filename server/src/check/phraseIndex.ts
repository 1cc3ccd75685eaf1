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

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  /**
   * Adds a phrase. `caseSensitive` phrases (abbreviations) must match their letters' case; a
   * leading "the" is dropped from case-folded phrases, since prose may omit or add it.
   */
  add(phrase: string, value: T, caseSensitive = false): void {
    let ws = words(phrase);
    if (!caseSensitive && ws.length > 1 && ws[0]?.norm === 'the') ws = ws.slice(1);
    const first = ws[0];
    if (!first) return;
    const trailingDot = phrase.trimEnd().endsWith('.');
    const entry: Entry<T> = caseSensitive
      ? { words: ws.map((w) => w.norm), raw: ws.map((w) => w.raw), value, trailingDot }
      : { words: ws.map((w) => w.norm), value, trailingDot };
    const list = this.byFirst.get(first.norm);
    const same = (e: Entry<T>): boolean => e.value === value && e.words.join(' ') === entry.words.join(' ') && (e.raw ?? []).join(' ') === (entry.raw ?? []).join(' ');
    if (list?.some(same)) return;
    if (list) {
      list.push(entry);
      list.sort((a, b) => b.words.length - a.words.length);
    } else {
      this.byFirst.set(first.norm, [entry]);
    }
  }

  /**
   * Every indexed phrase in the words (of `text`, when given, so a phrase's closing full stop can
   * be covered), longest first at each position. With `overlapping` false
   * (names) a matched phrase is not searched again from inside itself ("Russian Supreme Court" is
   * not also "Russian"); with it true (cue words) every phrase is found, so the cue "visit" is
   * found inside the cue "first known visit".
   */
  find(ws: readonly Word[], overlapping = false, text?: string): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let i = 0; i < ws.length; ) {
      const candidates = this.byFirst.get(ws[i]?.norm ?? '');
      let longest = 0;
      for (const entry of candidates ?? []) {
        const n = entry.words.length;
        if (!overlapping && longest > 0 && n < longest) break;
        if (i + n > ws.length) continue;
        let matches = true;
        for (let k = 0; k < n && matches; k++) {
          const w = ws[i + k];
          matches = w !== undefined && w.norm === entry.words[k] && (entry.raw === undefined || w.raw === entry.raw[k]);
        }
        if (!matches) continue;
        longest = Math.max(longest, n);
        const end = ws[i + n - 1]?.end ?? 0;
        const dot = entry.trailingDot && text !== undefined && text[end] === '.' ? 1 : 0;
        found.push({ value: entry.value, start: ws[i]?.start ?? 0, end: end + dot, firstWord: i, endWord: i + n });
      }
      i += overlapping ? 1 : Math.max(1, longest);
    }
    return found;
  }
}
