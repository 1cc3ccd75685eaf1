/**
 * Input built to hurt: generated here because it is too large or too odd to keep as a fixture.
 * None of it may make the loader throw, and every problem must point inside the text.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadFactBase } from '../../../server/src/factbase/load';
import { PROBLEM_KINDS } from '../../../server/src/factbase/problems';
import type { Problem } from '../../../server/src/factbase/problems';
import { DEFAULT_LIMITS } from '../../../server/src/factbase/yamlFile';
import { FIXTURES } from '../../support/paths';

const KNOWN_CODES = new Set(Object.values(PROBLEM_KINDS).map((k) => k.code));

function assertPositionsInside(text: string, problems: readonly Problem[]): void {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  for (const p of problems) {
    assert.ok(KNOWN_CODES.has(p.code), `unknown code ${p.code}`);
    const { start, end } = p.origin.range;
    assert.ok(start.line >= 1 && start.line <= lines.length, `line ${start.line} of ${lines.length}`);
    assert.ok(start.column >= 1 && start.column <= (lines[start.line - 1]?.length ?? 0) + 1, `column ${start.column} on line ${start.line}`);
    assert.ok(end.line > start.line || (end.line === start.line && end.column >= start.column), 'range runs forwards');
  }
}

function load(text: string, limits = DEFAULT_LIMITS) {
  const result = loadFactBase([{ file: 'hostile.yaml', text }], limits);
  assertPositionsInside(text, result.problems);
  return result;
}

/** A small deterministic generator, so a failing case can be reproduced from its seed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('hostile fact files', () => {
  it('refuses nesting a hundred thousand levels deep without overflowing the stack', () => {
    const text = `factlint: 1\nfacts: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    const { problems, base } = load(text);
    assert.ok(problems.some((p) => p.code === 'yaml-refused'), problems.map((p) => p.code).join());
    assert.equal(base.facts.size, 0);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const text = `factlint: 1\n# ${'x'.repeat(2000)}\n`;
    const { problems } = load(text, { ...DEFAULT_LIMITS, maxFileLength: 1000 });
    assert.deepEqual(problems.map((p) => [p.code, p.origin.range.start.line, p.origin.range.start.column]), [['unreadable-file', 1, 1]]);
  });

  it('refuses a top-level alias bomb without expanding it', () => {
    let text = 'factlint: 1\nsources:\n  - id: s\n    title: t\n    kind: other\n    note: &a0 "lol"\n';
    for (let i = 1; i <= 12; i++) text += `    x${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    const { problems, base } = load(text);
    assert.deepEqual(problems.map((p) => [p.code, p.origin.range.start.line]), [['yaml-refused', 3]]);
    assert.equal(base.sources.size, 0);
  });

  it('refuses one entry with more aliases than the budget, however small each is', () => {
    const many = Array(DEFAULT_LIMITS.maxAliasCount + 1).fill('*c').join(', ');
    const text = `factlint: 1\nentities:\n  - { id: a, name: A, type: place, aliases: &c [x] }\n  - { id: b, name: B, type: place, note: [${many}] }\n`;
    const { problems, base } = load(text);
    assert.deepEqual(problems.map((p) => [p.code, p.origin.range.start.line]), [['yaml-refused', 4]]);
    assert.deepEqual([...base.entities.keys()], ['a']);
  });

  it('lists five syntax errors, counts the rest, and still drops every entry an unlisted one touches', () => {
    const good = (i: number): string => `  - { id: e${i}, name: Entity ${i}, type: place }\n`;
    const broken = (i: number): string => `  - { id: b${i}, name: Broken ${i}, name: again, type: place }\n`;
    let text = 'factlint: 1\nentities:\n';
    for (let i = 0; i < 8; i++) text += broken(i) + good(i);
    const { problems, base } = load(text);
    assert.deepEqual(problems.map((p) => [p.code, p.origin.range.start.line]), [
      ['yaml-syntax', 3], ['yaml-syntax', 5], ['yaml-syntax', 7], ['yaml-syntax', 9], ['yaml-syntax', 11], ['yaml-syntax', 13],
    ]);
    assert.match(problems[5]?.message ?? '', /^3 more YAML errors follow/);
    assert.deepEqual([...base.entities.keys()], ['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7']);
  });

  it('reports, and does not throw on, empty, blank, binary and NUL-filled text', () => {
    for (const text of ['', '   \n\n', '\u0000\u0000\u0000', '\ufeff', '\u00ff\u00fe\u0000factlint: 1', '{{{{', '- - - -', 'factlint: 1\nfacts: 7\n', 'factlint: 1\nfacts: [1, "x", null, []]\n']) {
      const { problems } = load(text);
      assert.ok(problems.length > 0, JSON.stringify(text));
    }
  });

  it('survives a thousand random mutations of a good fact file', function () {
    // Its time depends on the machine; a hang fails CI by its time limit (see robustness.test.ts).
    this.timeout(0);
    const good = fs.readFileSync(path.join(FIXTURES, 'factbase', 'good', 'all-value-types.yaml'), 'utf8');
    const alphabet = [':', '-', '[', ']', '{', '}', '&', '*', '!', '"', "'", '\n', ' ', '\t', '#', '|', '>', '%', '@', '`', '?', ',', 'x', '0', '\u{1F680}', '\r\n'];
    const random = prng(20261124);
    for (let i = 0; i < 1000; i++) {
      let text = good;
      const edits = 1 + Math.floor(random() * 4);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(random() * text.length);
        const kind = random();
        if (kind < 0.4) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 8));
        else if (kind < 0.8) text = text.slice(0, at) + alphabet[Math.floor(random() * alphabet.length)] + text.slice(at);
        else text = text.slice(0, at) + text.slice(at, at + 40) + text.slice(at);
      }
      try {
        load(text);
      } catch (error) {
        assert.fail(`mutation ${i} threw or misplaced a problem: ${error instanceof Error ? error.message : String(error)}\n${text}`);
      }
    }
  });
});
