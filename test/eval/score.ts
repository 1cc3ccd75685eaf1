/**
 * Scores factlint's judgement on the evaluation drafts in test/eval/round-N/, each round a batch
 * written by a session that never saw the code, with its answer key (answers.json). Shared by
 * `npm run eval` and the unit test that keeps the development set's figures from sliding back.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocument } from '../../server/src/check/checkDocument';
import type { FactIndex } from '../../server/src/check/factIndex';
import type { DateRange } from '../../server/src/values/date';

export type Expect = 'error' | 'supported' | 'no-error' | 'beyond' | 'estimate' | 'reported';

export interface Item {
  readonly line: number;
  readonly text: string;
  readonly nth?: number;
  readonly expect: Expect;
  readonly class?: string;
  readonly trap?: string;
  readonly sentence?: string;
  readonly analysis?: string;
}

export interface DraftKey {
  readonly genre?: string;
  readonly date?: string | null;
  readonly items: readonly Item[];
}

/** The classes the issue groups as values (dates, figures, statuses) and as actors. */
export const VALUE_CLASSES = new Set(['date', 'figure', 'count', 'duration', 'relative-time', 'status']);
export const ACTOR_CLASSES = new Set(['actor', 'institution', 'role', 'place', 'nationality', 'publication']);

interface Span { readonly line: number; readonly start: number; readonly end: number }

/** What the engine said, reduced to what scoring needs (1-based lines, 1-based columns, end exclusive). */
export interface Reported {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly start: { readonly line: number; readonly column: number };
  readonly end: { readonly line: number; readonly column: number };
  readonly claim: string;
}

export interface DraftScore {
  readonly file: string;
  readonly words: number;
  readonly items: readonly { readonly item: Item; readonly hits: readonly Reported[] }[];
  /** Error-severity findings that cover no planted error. */
  readonly falseErrors: readonly Reported[];
  readonly reported: readonly Reported[];
}

const ERROR_CODES = new Set(['contradiction', 'outdated-status', 'misattribution']);

function locate(lines: readonly string[], item: Item): Span | undefined {
  const text = lines[item.line - 1] ?? '';
  let at = -1;
  for (let k = 0; k < (item.nth ?? 1); k++) at = text.indexOf(item.text, at + 1);
  return at < 0 ? undefined : { line: item.line, start: at + 1, end: at + 1 + item.text.length };
}

function before(a: { line: number; column: number }, b: { line: number; column: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

function overlaps(r: Reported, s: Span): boolean {
  return before(r.start, { line: s.line, column: s.end }) && before({ line: s.line, column: s.start }, r.end);
}

/**
 * The lines a sentence of the key occupies in the draft, found by its words; a status claim may be
 * reported on any word of its sentence (its verb, its noun or its adverb), a value only on itself.
 */
function sentenceLines(lines: readonly string[], item: Item): [number, number] {
  const wordsOf = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const want = wordsOf(item.sentence ?? item.text);
  const first = want.slice(0, 4).join(' ');
  const last = want.slice(-4).join(' ');
  let from = item.line;
  let to = item.line;
  for (let l = item.line; l >= Math.max(1, item.line - 6); l--) {
    if (wordsOf(lines.slice(l - 1, item.line).join(' ')).join(' ').includes(first)) { from = l; break; }
  }
  for (let l = item.line; l <= Math.min(lines.length, item.line + 6); l++) {
    if (wordsOf(lines.slice(item.line - 1, l).join(' ')).join(' ').includes(last)) { to = l; break; }
  }
  return [from, to];
}

function covers(r: Reported, lines: readonly string[], item: Item): boolean {
  const span = locate(lines, item);
  if (span && overlaps(r, span)) return true;
  if (item.class !== 'status') return false;
  const [from, to] = sentenceLines(lines, item);
  return r.start.line >= from && r.start.line <= to;
}

export function wordCount(text: string): number {
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  return (body.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,$%-]*/gu) ?? []).length;
}

/** Runs the engine on one draft; supported claims are findings today and a list of their own later. */
export function reportedFor(text: string, index: FactIndex, today: DateRange): Reported[] {
  const result = checkDocument(text, index, { today }) as unknown as { findings: readonly (Reported & { range: { start: Reported['start']; end: Reported['end'] }; suppressed?: unknown })[]; supported?: readonly (Reported & { range: { start: Reported['start']; end: Reported['end'] } })[] };
  const all = [...result.findings.filter((f) => !f.suppressed), ...(result.supported ?? []).map((s) => ({ ...s, code: 'supported', severity: 'info' }))];
  return all.map((f) => ({ code: f.code, severity: f.severity, message: f.message, start: f.range.start, end: f.range.end, claim: f.claim }));
}

export function scoreDraft(file: string, text: string, key: DraftKey, index: FactIndex, today: DateRange): DraftScore {
  const lines = text.split(/\r\n|\r|\n/);
  const reported = reportedFor(text, index, today);
  const items = key.items.map((item) => {
    if (!locate(lines, item)) throw new Error(`${file}:${item.line}: "${item.text}" is not on the line`);
    return { item, hits: reported.filter((r) => covers(r, lines, item)) };
  });
  const planted = key.items.filter((i) => i.expect === 'error');
  const falseErrors = reported.filter((r) => r.severity === 'error' && !planted.some((i) => covers(r, lines, i)));
  return { file, words: wordCount(text), items, falseErrors, reported };
}

export interface RoundScore {
  readonly name: string;
  readonly drafts: readonly DraftScore[];
}

export function loadRound(dir: string): { name: string; drafts: { file: string; text: string; key: DraftKey }[] } {
  const keys = JSON.parse(fs.readFileSync(path.join(dir, 'answers.json'), 'utf8')) as Record<string, DraftKey>;
  return {
    name: path.basename(dir),
    drafts: Object.entries(keys).sort(([a], [b]) => a.localeCompare(b)).map(([file, key]) => ({ file, key, text: fs.readFileSync(path.join(dir, file), 'utf8') })),
  };
}

export function scoreRound(dir: string, index: FactIndex, today: DateRange): RoundScore {
  const round = loadRound(dir);
  return { name: round.name, drafts: round.drafts.map((d) => scoreDraft(d.file, d.text, d.key, index, today)) };
}

export interface Figures {
  readonly drafts: number;
  readonly words: number;
  readonly valueErrors: { readonly caught: number; readonly total: number };
  readonly actorErrors: { readonly caught: number; readonly total: number };
  readonly falseErrors: number;
  readonly falseErrorsPer1000: number;
  readonly supported: { readonly recognised: number; readonly total: number };
  readonly errorsOnInnocent: number;
  readonly byExpect: Readonly<Record<string, { readonly flagged: number; readonly total: number }>>;
  readonly byCode: Readonly<Record<string, { readonly right: number; readonly total: number }>>;
}

const isError = (r: Reported) => r.severity === 'error' && ERROR_CODES.has(r.code);

/** What counts as the right finding for each kind of item. */
const WANTED: Readonly<Record<Expect, (r: Reported) => boolean>> = {
  error: isError,
  supported: (r) => r.code === 'supported',
  'no-error': () => false,
  beyond: (r) => r.code === 'beyond-fact-base',
  estimate: (r) => r.code === 'different-estimate',
  reported: (r) => r.code === 'reported-contradiction',
};

export function figures(rounds: readonly RoundScore[]): Figures {
  const drafts = rounds.flatMap((r) => r.drafts);
  const items = drafts.flatMap((d) => d.items);
  const count = (pred: (i: (typeof items)[number]) => boolean) => items.filter(pred).length;
  const caught = (classes: ReadonlySet<string>) => ({
    caught: count((i) => i.item.expect === 'error' && classes.has(i.item.class ?? '') && i.hits.some(isError)),
    total: count((i) => i.item.expect === 'error' && classes.has(i.item.class ?? '')),
  });
  const words = drafts.reduce((n, d) => n + d.words, 0);
  const falseErrors = drafts.reduce((n, d) => n + d.falseErrors.length, 0);
  const byExpect: Record<string, { flagged: number; total: number }> = {};
  for (const i of items) {
    const e = (byExpect[i.item.expect] ??= { flagged: 0, total: 0 });
    e.total++;
    if (i.hits.some(WANTED[i.item.expect])) e.flagged++;
  }
  // Per code: how many of its findings sit on an item that wants that code.
  const byCode: Record<string, { right: number; total: number }> = {};
  for (const d of drafts) {
    for (const r of d.reported) {
      const c = (byCode[r.code] ??= { right: 0, total: 0 });
      c.total++;
      if (d.items.some((i) => i.hits.includes(r) && WANTED[i.item.expect](r))) c.right++;
    }
  }
  return {
    drafts: drafts.length,
    words,
    valueErrors: caught(VALUE_CLASSES),
    actorErrors: caught(ACTOR_CLASSES),
    falseErrors,
    falseErrorsPer1000: words === 0 ? 0 : (falseErrors * 1000) / words,
    supported: { recognised: count((i) => i.item.expect === 'supported' && i.hits.some((r) => r.code === 'supported')), total: count((i) => i.item.expect === 'supported') },
    errorsOnInnocent: count((i) => i.item.expect !== 'error' && i.hits.some(isError)),
    byExpect,
    byCode,
  };
}
