/**
 * `npm run bench`: how long loading a fact base takes as it grows, on generated facts shaped like
 * the bundled ones. Prints figures; asserts nothing (speed is measured here, never in tests).
 *
 * Usage: npm run bench [-- SIZES...]   e.g. npm run bench -- 1000 10000 100000
 */
import { assembleFactBase, loadFile } from '../server/src/factbase/load';
import type { FactFileInput } from '../server/src/factbase/load';

const FILES = 10;

function generate(facts: number): FactFileInput[] {
  const entityCount = Math.max(1, Math.floor(facts / 10));
  const lines = ['factlint: 1', 'sources:', '  - { id: src, title: Generated source, kind: report }', 'entities:'];
  for (let i = 0; i < entityCount; i++) {
    lines.push(`  - { id: e${i}, name: Entity number ${i}, type: organization, aliases: [Org ${i}, The ${i} Group], abbreviations: [E${i}X] }`);
  }
  const files: FactFileInput[] = [{ file: 'entities.facts.yaml', text: `${lines.join('\n')}\n` }];
  for (let f = 0; f < FILES; f++) {
    const out = ['factlint: 1', 'facts:'];
    for (let i = Math.floor((f * facts) / FILES); i < Math.floor(((f + 1) * facts) / FILES); i++) {
      out.push(
        `  - id: f${i}`,
        `    claim: Entity ${i % entityCount} did a thing, number ${i}.`,
        `    subject: e${i % entityCount}`,
        `    property: p${i}`,
        '    cues: [thing, did]',
        `    value: { type: date, date: ${2000 + (i % 25)}-0${1 + (i % 9)} }`,
        `    source: { id: src, paragraph: ${1 + (i % 40)}, phrase: thing ${i} }`,
      );
    }
    files.push({ file: `facts-${f}.facts.yaml`, text: `${out.join('\n')}\n` });
  }
  return files;
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const runs = Number(process.env.BENCH_RUNS ?? 3);
console.log(`node ${process.version}; median of ${runs} runs; ${FILES} fact files plus one entity file`);
console.log('facts     MB   load files (ms)  assemble (ms)  total (ms)  MB/s  live heap (MB)');
for (const size of sizes.length > 0 ? sizes : [1000, 10000, 100000]) {
  const files = generate(size);
  const bytes = files.reduce((n, f) => n + f.text.length, 0);
  const loads: number[] = [];
  const assembles: number[] = [];
  let heap = 0;
  for (let r = 0; r < runs; r++) {
    let t = process.hrtime.bigint();
    const loaded = files.map((f) => loadFile(f));
    loads.push(ms(t));
    t = process.hrtime.bigint();
    const result = assembleFactBase(loaded);
    assembles.push(ms(t));
    if (result.base.facts.size !== size || result.problems.length > 0) throw new Error(`generated base did not load cleanly: ${result.problems.length} problems`);
    // Live heap while the base is held: collect garbage first when node runs with --expose-gc.
    (globalThis as { gc?: () => void }).gc?.();
    heap = process.memoryUsage().heapUsed / 1e6;
  }
  const load = median(loads);
  const assemble = median(assembles);
  const total = load + assemble;
  console.log(
    `${String(size).padStart(6)} ${(bytes / 1e6).toFixed(1).padStart(6)} ${load.toFixed(0).padStart(15)} ${assemble.toFixed(0).padStart(14)} ${total.toFixed(0).padStart(11)} ${(bytes / 1e3 / total).toFixed(2).padStart(5)} ${heap.toFixed(0).padStart(16)}`,
  );
}
