/**
 * Splits a block's prose into sentences with Intl.Segmenter, one block at a time (the issue
 * measured 110 s for one 1 MB string; per block it is linear).
 *
 * ICU breaks after every period followed by a capital or a digit, so "the U.S. Treasury",
 * "Mr. Kabulov" and "Mar. 2024" would each be cut in two. Breaks that follow a known abbreviation
 * or a dotted initialism (U.S., U.N.) are joined again; a real sentence end after one of them then
 * stays joined to the next sentence, which costs a longer sentence, never a lost claim.
 */

export interface SentenceSpan {
  /** Offsets into the block text; `end` excludes trailing white space. */
  readonly start: number;
  readonly end: number;
}

const ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Mt', 'Gen', 'Col', 'Lt', 'Maj', 'Capt', 'Sgt', 'Adm', 'Sen', 'Rep', 'Gov', 'Pres', 'Amb', 'Hon', 'Rev',
  'Jr', 'Sr', 'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'No', 'Nos', 'vs', 'v', 'cf', 'Cf', 'fig', 'Fig', 'approx', 'ca', 'c', 'est', 'Est', 'vol', 'pp', 'p',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'bn', 'tn', 'mn', 'm', 'k',
]);

/** "U.S.", "U.N.", "e.g.", "i.e." and single initials such as the "F." of "John F. Kennedy". */
const INITIALISM = /(?:^|[\s(])(?:[A-Za-z]\.){2,}$|(?:^|\s)[A-Z]\.$/;
const LAST_WORD = /([A-Za-z]+)\.$/;

let segmenter: Intl.Segmenter | undefined;

export function splitSentences(text: string): SentenceSpan[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const spans: { start: number; end: number }[] = [];
  let pending: { start: number; end: number } | undefined;
  for (const s of segmenter.segment(text)) {
    const start = s.index;
    const end = s.index + s.segment.length;
    if (pending) {
      pending.end = end;
    } else {
      pending = { start, end };
    }
    const body = text.slice(pending.start, pending.end).trimEnd();
    if (!endsWithAbbreviation(body)) {
      spans.push(pending);
      pending = undefined;
    }
  }
  if (pending) spans.push(pending);
  moveCitationMarks(text, spans);
  return spans
    .map(({ start, end }) => {
      let s = start;
      let e = end;
      while (s < e && /\s/.test(text[s] ?? '')) s++;
      while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
      return { start: s, end: e };
    })
    .filter((span) => span.end > span.start);
}

/**
 * A numbered citation after a sentence's full stop ("... its activities.[1] In April ...") is
 * cut by ICU after its opening bracket, since an opening bracket may close a sentence and a
 * digit may open one. The mark belongs to the sentence it follows.
 */
const CITATION_REST = /^\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\](?:\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\])*/;
function moveCitationMarks(text: string, spans: { start: number; end: number }[]): void {
  for (let i = 0; i + 1 < spans.length; i++) {
    const span = spans[i]!;
    const next = spans[i + 1]!;
    if (!text.slice(span.start, span.end).trimEnd().endsWith('[')) continue;
    const mark = CITATION_REST.exec(text.slice(next.start, next.end));
    if (!mark) continue;
    span.end = next.start + mark[0].length;
    next.start = span.end;
  }
}

function endsWithAbbreviation(body: string): boolean {
  if (!body.endsWith('.')) return false;
  if (INITIALISM.test(body)) return true;
  const word = LAST_WORD.exec(body)?.[1];
  return word !== undefined && ABBREVIATIONS.has(word);
}
