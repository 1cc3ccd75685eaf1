/**
 * Checking speed on claim-dense drafts: the example brief, the fixture drafts and every blind
 * evaluation round, repeated to about 1 MB, so nearly every sentence names something the fact
 * base knows and goes through the whole reading (wink tokens, roles, assertion). The median of
 * five runs, in MB/s and s/MB; issue 9 holds it to at most 1.5x the time per MB of the engine
 * before frames (0.60 to 0.66 s/MB on this set of drafts, run alternately with this one on a
 * 2-core machine; this engine 2.9 to 3.7 s/MB in the same runs).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocument } from '../server/src/check/checkDocument';
import { buildFactIndex } from '../server/src/check/factIndex';
import { loadFactBase } from '../server/src/factbase/load';
import { parseDateSpec } from '../server/src/values/date';
import { tokenize } from '../server/src/nlp/tokens';

const ROOT = path.resolve(__dirname, '..', '..');
const parsed = parseDateSpec('2026-11-24');
if (!parsed.ok || parsed.value.kind !== 'range') throw new Error('date');
const today = parsed.value;

const factsDir = path.join(ROOT, 'facts');
const index = buildFactIndex(loadFactBase(fs.readdirSync(factsDir).filter((f) => f.endsWith('.yaml')).map((f) => ({ file: f, text: fs.readFileSync(path.join(factsDir, f), 'utf8') }))).base);

const markdownIn = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(dir, f)) : []);
const evalDir = path.join(ROOT, 'test', 'eval');
const rounds = fs.readdirSync(evalDir, { withFileTypes: true }).filter((d) => d.isDirectory() && /^round-\d+$/.test(d.name)).map((d) => path.join(evalDir, d.name)).sort();
const files = [path.join(ROOT, 'examples', 'brief.md'), ...markdownIn(path.join(ROOT, 'test', 'fixtures', 'drafts')), ...rounds.flatMap(markdownIn)];
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));

const docs: string[] = [];
let bytes = 0;
while (bytes < 1e6) for (const t of texts) { docs.push(t); bytes += Buffer.byteLength(t); }

const times: number[] = [];
let findings = 0;
let supported = 0;
for (let r = 0; r < 5; r++) {
  const start = process.hrtime.bigint();
  findings = 0;
  supported = 0;
  for (const d of docs) {
    const result = checkDocument(d, index, { today });
    findings += result.findings.length;
    supported += result.supported.length;
  }
  times.push(Number(process.hrtime.bigint() - start) / 1e9);
}
times.sort((a, b) => a - b);
const median = times[2] ?? 0;
const mb = bytes / 1e6;
console.log(`claim-dense drafts: ${files.length} files repeated to ${docs.length} drafts, ${mb.toFixed(2)} MB; median of 5 runs ${median.toFixed(2)} s = ${(mb / median).toFixed(2)} MB/s, ${(median / mb).toFixed(2)} s/MB (${findings} findings, ${supported} supported claims)`);

// What the linguistic layer alone costs: wink-nlp's tokens, tags and lemmas for the same sentences
// the checker reads in depth, with nothing else. Whatever the engine does on top, it cannot be
// faster per MB than this on these drafts.
const readInDepth: string[] = [];
for (const d of docs) checkDocument(d, index, { today, onSentence: (x) => readInDepth.push(x.text) });
const tagTimes: number[] = [];
for (let r = 0; r < 5; r++) {
  const start = process.hrtime.bigint();
  for (const text of readInDepth) tokenize(text);
  tagTimes.push(Number(process.hrtime.bigint() - start) / 1e9);
}
tagTimes.sort((a, b) => a - b);
const tagMedian = tagTimes[2] ?? 0;
console.log(`claim-dense drafts, wink-nlp tagging alone of the ${readInDepth.length} sentences read in depth: median ${tagMedian.toFixed(2)} s = ${(tagMedian / mb).toFixed(2)} s/MB of drafts (${(100 * tagMedian / median).toFixed(0)}% of the engine's time)`);
