/**
 * `npm run eval [-- ROUND_DIR...] [--verbose]`: factlint's judgement on the evaluation drafts, per
 * round and over all: recall of planted errors (values and actors), false errors per 1,000 words,
 * the share of correct restatements recognised as supported, per-code precision, and every miss
 * and false alarm. With no directory it scores every test/eval/round-* folder.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundledIndex, FIXTURE_TODAY } from '../support/bundled';
import { ROOT } from '../support/paths';
import { figures, scoreRound } from './score';
import type { Figures, RoundScore } from './score';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const evalDir = path.join(ROOT, 'test', 'eval');
const dirs = args.filter((a) => !a.startsWith('--'));
const roundDirs = dirs.length > 0 ? dirs.map((d) => path.resolve(d)) : fs.readdirSync(evalDir).filter((d) => /^round-\d+$/.test(d)).sort((a, b) => Number(a.slice(6)) - Number(b.slice(6))).map((d) => path.join(evalDir, d));

const pct = (a: number, b: number) => (b === 0 ? '  -  ' : `${((100 * a) / b).toFixed(0).padStart(3)}%`);

function line(name: string, f: Figures): string {
  return `${name.padEnd(12)} ${String(f.drafts).padStart(3)} drafts ${String(f.words).padStart(6)} words | values ${f.valueErrors.caught}/${f.valueErrors.total} ${pct(f.valueErrors.caught, f.valueErrors.total)} | actors ${f.actorErrors.caught}/${f.actorErrors.total} ${pct(f.actorErrors.caught, f.actorErrors.total)} | false errors ${f.falseErrors} (${f.falseErrorsPer1000.toFixed(2)}/1000 words) | supported ${f.supported.recognised}/${f.supported.total} ${pct(f.supported.recognised, f.supported.total)}`;
}

const rounds: RoundScore[] = roundDirs.map((d) => scoreRound(d, bundledIndex(), FIXTURE_TODAY));
for (const r of rounds) console.log(line(r.name, figures([r])));
const all = figures(rounds);
console.log(line('all', all));
console.log('\nby kind of item (flagged with the finding it wants):');
for (const [k, v] of Object.entries(all.byExpect)) console.log(`  ${k.padEnd(10)} ${v.flagged}/${v.total} ${pct(v.flagged, v.total)}`);
console.log('precision by code (findings on an item that wants that code):');
for (const [k, v] of Object.entries(all.byCode)) console.log(`  ${k.padEnd(24)} ${v.right}/${v.total} ${pct(v.right, v.total)}`);

console.log('\nmissed planted errors:');
for (const r of rounds) for (const d of r.drafts) for (const i of d.items) {
  if (i.item.expect === 'error' && !i.hits.some((h) => h.severity === 'error')) console.log(`  ${r.name}/${d.file}:${i.item.line} [${i.item.class}] "${i.item.text}" — ${i.item.sentence ?? ''}`);
}
console.log('\nfalse errors:');
for (const r of rounds) for (const d of r.drafts) for (const f of d.falseErrors) {
  const on = d.items.find((i) => i.hits.includes(f));
  console.log(`  ${r.name}/${d.file}:${f.start.line}:${f.start.column} ${f.code} "${f.claim}"${on ? ` (on a ${on.item.expect}${on.item.trap ? `/${on.item.trap}` : ''} item)` : ''} — ${f.message}`);
}
if (verbose) {
  console.log('\ncorrect restatements not recognised:');
  for (const r of rounds) for (const d of r.drafts) for (const i of d.items) {
    if (i.item.expect === 'supported' && !i.hits.some((h) => h.code === 'supported')) console.log(`  ${r.name}/${d.file}:${i.item.line} [${i.item.class}] "${i.item.text}" — ${i.item.sentence ?? ''}`);
  }
  for (const want of ['beyond', 'estimate', 'reported'] as const) {
    console.log(`\n${want} items:`);
    for (const r of rounds) for (const d of r.drafts) for (const i of d.items) {
      if (i.item.expect === want) console.log(`  ${r.name}/${d.file}:${i.item.line} "${i.item.text}" → ${i.hits.map((h) => h.code).join(', ') || 'nothing'} — ${i.item.sentence ?? ''}`);
    }
  }
}
