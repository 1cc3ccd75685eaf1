/**
 * `npm run bench:libraries`: the libraries issue 9 weighed for the linguistic layer, measured on
 * the gold answers of the blind evaluation rounds (test/eval): for every date, figure, count,
 * duration and relative time a writer planted or restated, does the recogniser find a span that
 * overlaps it in its sentence? And how fast is each on the same text?
 *
 * - dates and relative times: chrono-node against factlint's own recognisers (valueKinds/date.ts);
 * - money, counts and durations: compromise's numbers and money against factlint's own;
 * - tokens with part of speech and lemma: wink-nlp with its English model against compromise,
 *   by speed only (neither ships gold tags for these drafts); wink gives lemmas, compromise does
 *   not without a plugin.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { tokenize } from '../server/src/nlp/tokens';
import { recognizeValues } from '../server/src/valueKinds';

const ROOT = path.resolve(__dirname, '..', '..');
const EVAL = path.join(ROOT, 'test', 'eval');

interface Item { readonly text: string; readonly sentence?: string; readonly class?: string }
const items: Item[] = [];
for (const round of fs.readdirSync(EVAL, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  const answers = path.join(EVAL, round.name, 'answers.json');
  if (!fs.existsSync(answers)) continue;
  for (const draft of Object.values(JSON.parse(fs.readFileSync(answers, 'utf8')) as Record<string, { items: Item[] }>)) items.push(...draft.items.filter((i) => i.sentence));
}

type Finder = (sentence: string) => { start: number; end: number }[];
const overlaps = (found: { start: number; end: number }[], sentence: string, text: string): boolean => {
  const at = sentence.indexOf(text);
  return at >= 0 && found.some((f) => f.start < at + text.length && f.end > at);
};
const ours: Finder = (s) => recognizeValues(s).map((v) => ({ start: v.start, end: v.end }));
const byChrono: Finder = (s) => chrono.parse(s).map((r) => ({ start: r.index, end: r.index + r.text.length }));
const spansOf = (s: string, texts: readonly string[]) => { let from = 0; return texts.map((t) => { const at = s.indexOf(t, from); from = at < 0 ? from : at + t.length; return { start: at, end: at + t.length }; }).filter((x) => x.start >= 0); };
const byCompromise: Finder = (s) => { const doc = nlp(s); return spansOf(s, [...(doc.money().out('array') as string[]), ...(doc.numbers().out('array') as string[])]); };

function recall(classes: readonly string[], finders: Record<string, Finder>): void {
  const gold = items.filter((i) => classes.includes(i.class ?? '') && i.sentence?.includes(i.text));
  for (const [name, find] of Object.entries(finders)) {
    const hit = gold.filter((i) => overlaps(find(i.sentence ?? ''), i.sentence ?? '', i.text)).length;
    console.log(`  ${name.padEnd(28)} ${hit}/${gold.length} (${Math.round((100 * hit) / Math.max(1, gold.length))}%)`);
  }
}

function speed(name: string, text: string, run: (t: string) => unknown): void {
  const sentences = text.split(/(?<=[.!?])\s+/);
  for (const s of sentences.slice(0, 50)) run(s);
  const start = process.hrtime.bigint();
  for (const s of sentences) run(s);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`  ${name.padEnd(28)} ${(Buffer.byteLength(text) / 1e6 / seconds).toFixed(2)} MB/s`);
}

console.log(`gold items with their sentence: ${items.length}`);
console.log('dates and relative times, found in their sentence:');
recall(['date', 'relative-time'], { 'factlint valueKinds': ours, 'chrono-node': byChrono });
console.log('figures, counts and durations, found in their sentence:');
recall(['figure', 'count', 'duration'], { 'factlint valueKinds': ours, 'compromise numbers+money': byCompromise });

const sample = items.map((i) => i.sentence ?? '').filter((s, k, all) => all.indexOf(s) === k).join(' ');
console.log(`speed, sentence by sentence over the gold sentences (${(Buffer.byteLength(sample) / 1e3).toFixed(0)} kB):`);
speed('factlint valueKinds', sample, recognizeValues);
speed('chrono-node', sample, (t) => chrono.parse(t));
speed('compromise numbers+money', sample, (t) => { const d = nlp(t); d.money(); d.numbers(); });
speed('wink-nlp tokens, POS, lemma', sample, tokenize);
speed('compromise terms with tags', sample, (t) => nlp(t).json());
