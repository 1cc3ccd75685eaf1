/**
 * factlint check against a peer, in the same run: markdownlint-cli2 (a prose linter of the same
 * shape: a Node CLI over Markdown files) and `factlint check`, each over the shared corpus's all/
 * folder, three times; the medians and their ratio. Issue 9 keeps factlint at least 2x faster.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'all');

function time(command: string, args: readonly string[], cwd: string): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.error) throw r.error;
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

if (!fs.existsSync(CORPUS)) {
  console.log(`no corpus at ${CORPUS}; nothing to compare`);
} else {
  const count = (dir: string): number => fs.readdirSync(dir, { withFileTypes: true }).reduce((n, d) => n + (d.isDirectory() ? count(path.join(dir, d.name)) : d.name.endsWith('.md') ? 1 : 0), 0);
  const mdl = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
  const bin = fs.existsSync(mdl) ? mdl : path.join(ROOT, 'node_modules', '.bin', 'markdownlint-cli2');
  const peer: number[] = [];
  const ours: number[] = [];
  for (let r = 0; r < 3; r++) {
    peer.push(time(process.execPath, [bin, '**/*.md'], CORPUS));
    ours.push(time(process.execPath, [path.join(ROOT, 'bin', 'factlint.js'), 'check', '.'], CORPUS));
  }
  const p = median(peer);
  const o = median(ours);
  console.log(`${count(CORPUS)} files of ../shared/corpus/all; median of 3 runs: markdownlint-cli2 ${p.toFixed(2)} s, factlint check ${o.toFixed(2)} s: factlint is ${(p / o).toFixed(1)}x faster`);
}
