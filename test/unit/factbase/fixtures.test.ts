/**
 * Runs every fact-base fixture and compares the problems with the expectations written into it:
 * too many or too few problems fail, and so does any that is off by a line or a column.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadFactBase } from '../../../server/src/factbase/load';
import type { FactFileInput } from '../../../server/src/factbase/load';
import type { Problem } from '../../../server/src/factbase/problems';
import { describeProblem, readExpectations } from '../../support/expectations';
import { FIXTURES } from '../../support/paths';

const GROUPS = ['good', 'broken', 'hostile'];

interface Fixture {
  readonly name: string;
  readonly files: FactFileInput[];
}

/** A .yaml file is a base of one file; a folder is a base of the .yaml files in it. */
function fixtures(group: string): Fixture[] {
  const dir = path.join(FIXTURES, 'factbase', group);
  return fs.readdirSync(dir).sort().map((name) => {
    const full = path.join(dir, name);
    const files = fs.statSync(full).isDirectory()
      ? fs.readdirSync(full).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(full, f))
      : [full];
    return { name: `${group}/${name}`, files: files.map((f) => ({ file: path.relative(FIXTURES, f), text: fs.readFileSync(f, 'utf8') })) };
  });
}

function actual(problems: readonly Problem[]): string[] {
  return problems.map((p) => describeProblem({ file: p.origin.file, line: p.origin.range.start.line, column: p.origin.range.start.column, code: p.code })).sort();
}

function check(fixture: Fixture, transform: (text: string) => string = (t) => t): void {
  const expectedProblems: string[] = [];
  let loaded: Record<string, number> | undefined;
  for (const f of fixture.files) {
    const e = readExpectations(f.file, f.text);
    expectedProblems.push(...e.problems.map(describeProblem));
    loaded ??= e.loaded;
  }
  const result = loadFactBase(fixture.files.map((f) => ({ file: f.file, text: transform(f.text) })));
  assert.deepEqual(actual(result.problems), expectedProblems.sort(), `problems of ${fixture.name}`);
  assert.ok(loaded, `${fixture.name} must say what it loads (# expect-loaded: ...)`);
  assert.deepEqual(
    { sources: result.base.sources.size, entities: result.base.entities.size, facts: result.base.facts.size },
    loaded,
    `what ${fixture.name} loads`,
  );
}

describe('fact-base fixtures', () => {
  for (const group of GROUPS) {
    describe(group, () => {
      const list = fixtures(group);
      it('has fixtures', () => assert.ok(list.length > 0));
      for (const fixture of list) {
        it(`${fixture.name}: problems at the marked positions, and the rest loads`, () => check(fixture));
        it(`${fixture.name}: the same with CRLF line ends and a byte-order mark`, () =>
          check(fixture, (t) => `\ufeff${t.replace(/\r?\n/g, '\r\n')}`));
      }
    });
  }

  it('good fixtures have no problems at all', () => {
    for (const fixture of fixtures('good')) {
      assert.deepEqual(loadFactBase(fixture.files).problems, [], fixture.name);
    }
  });

  it('every problem carries a message that names what to do or what was dropped', () => {
    for (const group of ['broken', 'hostile']) {
      for (const fixture of fixtures(group)) {
        for (const p of loadFactBase(fixture.files).problems) {
          assert.match(p.message, /\S.{10,}/, `${fixture.name}: ${p.code}`);
          assert.ok(!/\bundefined\b|\[object Object\]/.test(p.message), `${fixture.name}: ${p.message}`);
        }
      }
    }
  });
});
