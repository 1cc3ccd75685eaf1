/**
 * `npm run bench:check`: checking speed on prose nobody here wrote (../shared/corpus), with the
 * bundled fact base and with a generated base of 100,000 facts. If checking cost grew with the
 * size of the fact base, the second figure would collapse; it should stay close to the first.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocument } from '../server/src/check/checkDocument';
import { buildFactIndex } from '../server/src/check/factIndex';
import type { FactIndex } from '../server/src/check/factIndex';
import { loadFactBase } from '../server/src/factbase/load';
import type { FactFileInput } from '../server/src/factbase/load';
import { parseDateSpec } from '../server/src/values/date';

const ROOT = path.resolve(__dirname, '..', '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const today = (() => {
  const p = parseDateSpec('2026-11-24');
  if (!p.ok || p.value.kind !== 'range') throw new Error('date');
  return p.value;
})();

function markdownUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? markdownUnder(full) : d.name.endsWith('.md') ? [full] : [];
  });
}

function bundled(): FactIndex {
  const dir = path.join(ROOT, 'facts');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  return buildFactIndex(loadFactBase(files.map((f) => ({ file: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }))).base);
}

/** The bundled base plus 100,000 generated facts about 10,000 generated entities. */
function large(): FactIndex {
  const dir = path.join(ROOT, 'facts');
  const files: FactFileInput[] = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => ({ file: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  const lines = ['factlint: 1', 'entities:'];
  for (let i = 0; i < 10000; i++) lines.push(`  - { id: g${i}, name: Generated Agency ${i}, type: organization, aliases: [Agency ${i}] }`);
  lines.push('facts:');
  for (let i = 0; i < 100000; i++) {
    lines.push(`  - { id: gf${i}, claim: Generated fact ${i}., subject: g${i % 10000}, property: p${i}, cues: [report, budget, program, office], value: { type: date, date: ${2000 + (i % 25)} }, source: { id: moscow-taliban-rapprochement, paragraph: 1, phrase: key points } }`);
  }
  files.push({ file: 'generated.yaml', text: `${lines.join('\n')}\n` });
  return buildFactIndex(loadFactBase(files).base);
}

function run(name: string, index: FactIndex, texts: readonly string[]): void {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const times: number[] = [];
  let findings = 0;
  for (let r = 0; r < 3; r++) {
    const start = process.hrtime.bigint();
    findings = 0;
    for (const t of texts) findings += checkDocument(t, index, { today }).findings.length;
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  times.sort((a, b) => a - b);
  const s = times[1] ?? 0;
  console.log(`${name.padEnd(44)} ${(bytes / 1e6).toFixed(2).padStart(6)} MB ${s.toFixed(2).padStart(7)} s ${(bytes / 1e6 / s).toFixed(2).padStart(6)} MB/s  ${findings} findings`);
}

const all = markdownUnder(path.join(CORPUS, 'all')).map((f) => fs.readFileSync(f, 'utf8'));
if (all.length === 0) {
  console.log(`no corpus at ${CORPUS}; nothing to measure`);
} else {
  const typical = [fs.readFileSync(path.join(CORPUS, 'typical', 'typical-20k.md'), 'utf8')];
  const largeDoc = [fs.readFileSync(path.join(CORPUS, 'large', 'large-1mb.md'), 'utf8')];
  console.log(`node ${process.version}; median of 3 runs`);
  const small = bundled();
  run('typical-20k.md, bundled facts', small, typical);
  run('large-1mb.md, bundled facts', small, largeDoc);
  run(`all/ (${all.length} files), bundled facts`, small, all);
  const t0 = process.hrtime.bigint();
  const big = large();
  console.log(`(loading and indexing 100,051 facts took ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} s)`);
  run('large-1mb.md, 100,051 facts', big, largeDoc);
  run(`all/ (${all.length} files), 100,051 facts`, big, all);
}
