/**
 * `factlint facts lint` run as a user runs it: a real process, real files, exit codes and the
 * exact output (golden files in test/golden; UPDATE_GOLDEN=1 rewrites them after a deliberate change).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { factlint as run, golden } from '../support/cli';
import { ROOT } from '../support/paths';
import { tempDir } from '../support/tmp';

const factlint = (args: string[], env: NodeJS.ProcessEnv = {}) => run(args, { env });

const BROKEN = 'test/fixtures/factbase/broken/references.yaml';

describe('factlint facts lint', () => {
  it('exits 0 and says so on the bundled fact base', () => {
    const r = factlint(['facts', 'lint']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^no problems in 4 fact files \(loaded 1 source, \d+ entities, \d+ facts\)\n$/);
  });

  it('exits 0 on a clean fixture given as a folder', () => {
    const r = factlint(['facts', 'lint', 'test/fixtures/factbase/good']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
  });

  it('exits 1 and prints each problem as file:line:col, text format', () => {
    const r = factlint(['facts', 'lint', BROKEN]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    golden('facts-lint-references.txt', r.stdout);
  });

  it('prints the same problems as JSON with --format json', () => {
    const r = factlint(['facts', 'lint', BROKEN, '--format', 'json']);
    assert.equal(r.code, 1);
    const parsed = JSON.parse(r.stdout) as { problems: unknown[]; summary: { errors: number } };
    assert.equal(parsed.problems.length, 8);
    golden('facts-lint-references.json', r.stdout);
  });

  it('exits 1 on warnings alone', () => {
    const dir = tempDir('factlint-');
    fs.writeFileSync(path.join(dir, 'a.yaml'), 'factlint: 1\nentities:\n  - { id: a, name: Alpha, type: place }\n  - { id: b, name: Beta, type: place, aliases: [alpha] }\n');
    const r = factlint(['facts', 'lint', dir]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /warning: "alpha" names both "a" and "b".*\[ambiguous-alias\]\n0 errors, 1 warning in 1 fact file/);
  });

  it('reads a file reached twice through a symbolic link once', () => {
    const dir = tempDir('factlint-');
    fs.mkdirSync(path.join(dir, 'a'));
    fs.copyFileSync(path.join(ROOT, 'examples', 'facts', 'harbour-board.facts.yaml'), path.join(dir, 'a', 'board.facts.yaml'));
    fs.symlinkSync(dir, path.join(dir, 'a', 'loop'));
    const r = factlint(['facts', 'lint', dir]);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /no problems in 1 fact file/);
  });

  it('checks key phrases against a source text with --source', () => {
    const ok = factlint(['facts', 'lint', 'test/fixtures/factbase/good', '--source', 'brief=test/fixtures/sources/brief.txt']);
    assert.equal(ok.code, 0, ok.stdout);
    assert.match(ok.stdout, /key phrases checked against test\/fixtures\/sources\/brief\.txt/);
    const dir = tempDir('factlint-');
    const other = path.join(dir, 'other.txt');
    fs.writeFileSync(other, 'A Brief on Examples: Part One\n\nNothing that the facts cite.\n');
    const bad = factlint(['facts', 'lint', 'test/fixtures/factbase/good', '--source', `brief=${other}`]);
    assert.equal(bad.code, 1);
    assert.equal((bad.stdout.match(/\[phrase-not-found\]/g) ?? []).length, 2, bad.stdout);
    assert.equal((bad.stdout.match(/\[paragraph-out-of-range\]/g) ?? []).length, 11, bad.stdout);
  });

  it('colours severities only when asked or on a terminal', () => {
    assert.doesNotMatch(factlint(['facts', 'lint', BROKEN]).stdout, /\u001b\[/);
    assert.match(factlint(['facts', 'lint', BROKEN], { FORCE_COLOR: '1' }).stdout, /\u001b\[31merror\u001b\[39m/);
    assert.doesNotMatch(factlint(['facts', 'lint', BROKEN], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout, /\u001b\[/);
  });

  describe('exits 2 with a clear message when it cannot run', () => {
    const cases: [string, string[], RegExp][] = [
      ['a path that does not exist', ['facts', 'lint', 'no/such/place'], /no\/such\/place: no such file or folder/],
      ['a folder with no fact files', ['facts', 'lint', 'test/golden'], /no fact files \(\*\.yaml, \*\.yml\) found/],
      ['an unknown option', ['facts', 'lint', '--colour'], /Unknown option '--colour'/],
      ['an unknown format', ['facts', 'lint', '--format', 'xml'], /--format must be text or json/],
      ['a malformed --source', ['facts', 'lint', '--source', 'brief'], /--source takes ID=FILE/],
      ['a --source naming no source', ['facts', 'lint', '--source', 'nope=README.md'], /the fact base has no loaded source "nope"/],
      ['an unreadable --source file', ['facts', 'lint', '--source', 'moscow-taliban-rapprochement=no/such.txt'], /cannot read it/],
      ['an unknown command', ['fact', 'lint'], /unknown command "fact"/],
      ['no command', [], /Usage: factlint <command>/],
    ];
    for (const [what, args, message] of cases) {
      it(what, () => {
        const r = factlint(args);
        assert.equal(r.code, 2, r.stdout + r.stderr);
        assert.match(r.stderr + r.stdout, message);
      });
    }
  });

  it('prints help and the version with exit 0', () => {
    assert.equal(factlint(['--help']).code, 0);
    assert.equal(factlint(['facts', 'lint', '--help']).code, 0);
    const v = factlint(['--version']);
    assert.equal(v.code, 0);
    assert.match(v.stdout, /^\d+\.\d+\.\d+\n$/);
  });
});
