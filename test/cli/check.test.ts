/**
 * `factlint check` run as CI runs it: a real process, real files, exit codes and exact output in
 * every format (golden files in test/golden; UPDATE_GOLDEN=1 rewrites them after a deliberate
 * change — then read the diff).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { factlint, golden } from '../support/cli';
import { FIXTURES, ROOT } from '../support/paths';
import { tempDir } from '../support/tmp';

const DRAFT = 'test/fixtures/drafts/finding-kinds.md';
const TEAM = path.join(FIXTURES, 'projects', 'team');

describe('factlint check', () => {
  for (const format of ['text', 'json', 'sarif', 'junit', 'github']) {
    it(`prints the findings of a draft in ${format} format, and exits 1 for its errors`, () => {
      const r = factlint(['check', DRAFT, '--format', format]);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stderr, '');
      golden(`check-finding-kinds.${format === 'text' ? 'txt' : format === 'github' ? 'github.txt' : format === 'junit' ? 'xml' : format === 'sarif' ? 'sarif' : 'json'}`, r.stdout);
    });
  }

  it('writes valid SARIF 2.1.0 with rules, levels, regions and fingerprints', () => {
    const log = JSON.parse(factlint(['check', DRAFT, '--format', 'sarif']).stdout) as {
      version: string;
      runs: { tool: { driver: { rules: { id: string; help: { text: string } }[] } }; results: { ruleId: string; level: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { region: Record<string, number> } }[]; suppressions?: unknown[] }[] }[];
    };
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.ok(run);
    assert.deepEqual(run.tool.driver.rules.map((r) => r.id), ['contradiction', 'outdated-status', 'misattribution', 'reported-contradiction', 'different-estimate', 'unsourced-figure', 'internal-error']);
    for (const result of run.results) {
      assert.ok(['error', 'warning'].includes(result.level));
      const region = result.locations[0]?.physicalLocation.region;
      for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn']) assert.ok((region?.[key] ?? 0) >= 1, key);
      assert.match(Object.values(result.partialFingerprints)[0] ?? '', /^[0-9a-f]{32}$/);
    }
    assert.equal(run.results.filter((r) => r.suppressions).length, 3, 'suppressed findings carry in-source suppressions');
  });

  it('keeps SARIF fingerprints when lines are inserted above a finding', () => {
    const text = fs.readFileSync(path.join(ROOT, DRAFT), 'utf8');
    const fingerprints = (t: string) => {
      const r = factlint(['check', '-', '--format', 'sarif'], { input: t });
      return (JSON.parse(r.stdout) as { runs: { results: { partialFingerprints: Record<string, string> }[] }[] }).runs[0]?.results.map((x) => Object.values(x.partialFingerprints)[0]);
    };
    assert.deepEqual(fingerprints(text.replace('# Every finding kind', '# Every finding kind\n\nA new paragraph.\n')), fingerprints(text));
  });

  it('runs as "npx factlint check" from the repository root', () => {
    const r = spawnSync('npx', ['--no-install', 'factlint', 'check', 'examples/brief.md', '--quiet'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^examples\/brief\.md:15:41: error: /);
  });

  it('reads a draft from stdin', () => {
    const r = factlint(['check', '-', '--as-of', '2026-01-01'], { input: 'The Crocus City Hall attack took place in March 2023.\n' });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^<stdin>:1:43: error: The attack on Crocus City Hall took place in March 2024 \(Moscow’s Taliban Rapprochement, para 5\), not March 2023\. \[contradiction\]\n/);
  });

  it('exits 0 when a draft has no errors, and reports the supported claims', () => {
    const r = factlint(['check', '-'], { input: 'The Crocus City Hall attack took place in March 2024.\n' });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.stdout, 'no problems in 1 draft (1 claim supported)\n');
  });

  it('uses the nearest configuration: its facts, its as-of date and its severities', () => {
    const r = factlint(['check', 'drafts/board.md'], { cwd: TEAM });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, [
      'drafts/board.md:3:36: error: Repairing the North Pier is expected to cost about 4.5 million euros (Minutes of the Harbour Board, 12 March 2024, para 3), not about EUR 9 million. [contradiction]',
      '1 error, 0 warnings in 1 draft (1 claim supported)',
      '',
    ].join('\n'), 'as of 2010 the designation held, and unsourced figures are off');
  });

  it('lets --as-of override the draft date', () => {
    const r = factlint(['check', 'drafts/board.md', '--as-of', '2026-11-24', '--quiet'], { cwd: TEAM });
    assert.match(r.stdout, /\[outdated-status\]/);
  });

  it('finds the Markdown files under the folder when given no path, skipping ignored ones', () => {
    const dir = tempDir('factlint-');
    fs.mkdirSync(path.join(dir, 'docs'));
    fs.mkdirSync(path.join(dir, 'node_modules', 'pkg'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'build'));
    fs.writeFileSync(path.join(dir, '.gitignore'), 'build/\n');
    const wrong = 'The Crocus City Hall attack took place in March 2023.\n';
    fs.writeFileSync(path.join(dir, 'docs', 'a.md'), wrong);
    fs.writeFileSync(path.join(dir, 'node_modules', 'pkg', 'README.md'), wrong);
    fs.writeFileSync(path.join(dir, 'build', 'b.md'), wrong);
    const r = factlint(['check'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^docs\/a\.md:1:43: error: .*\n1 error, 0 warnings in 1 draft/);
  });

  it('applies --max-warnings, --quiet and --output', () => {
    const input = 'The Crocus City Hall attack wounded 60 people.\n';
    assert.equal(factlint(['check', '-'], { input }).code, 0, 'warnings alone pass');
    assert.equal(factlint(['check', '-', '--max-warnings', '0'], { input }).code, 1);
    assert.equal(factlint(['check', '-', '--max-warnings', '1'], { input }).code, 0);
    assert.doesNotMatch(factlint(['check', '-', '--quiet'], { input }).stdout, /warning:/);
    const out = path.join(tempDir('factlint-'), 'report.json');
    const r = factlint(['check', '-', '--format', 'json', '--output', out], { input });
    assert.equal(r.stdout, '');
    assert.equal((JSON.parse(fs.readFileSync(out, 'utf8')) as { summary: { warnings: number } }).summary.warnings, 1);
  });

  describe('exits 2 with a clear message when it cannot run', () => {
    const cases: [string, string[], RegExp, string?][] = [
      ['a path that does not exist', ['check', 'no/such.md'], /no\/such\.md: no such file or folder/],
      ['a folder without Markdown', ['check', 'facts/../test/golden/../../server'], /no Markdown files/],
      ['an unknown format', ['check', DRAFT, '--format', 'html'], /--format must be one of text, json, sarif, junit, github/],
      ['a bad --as-of', ['check', DRAFT, '--as-of', 'yesterday'], /--as-of takes a date/],
      ['a bad --max-warnings', ['check', DRAFT, '--max-warnings', 'many'], /--max-warnings takes a whole number/],
      ['a missing --config', ['check', DRAFT, '--config', 'no-such.json'], /cannot read the configuration/],
      ['an invalid configuration', ['check', 'draft.md'], /configuration .* is not valid: \(top level\) must NOT have additional properties \("colour"\); \/facts must be array/, 'broken-config'],
      ['a fact base with errors', ['check', 'draft.md'], /facts\/bad\.facts\.yaml:3:5: error: The fact "x": "claim" is required[\s\S]*the fact base has 5 errors; fix them first/, 'broken-facts'],
      ['a missing --facts path', ['check', DRAFT, '--facts', 'no/facts'], /no\/facts: no such file or folder/],
    ];
    for (const [what, args, message, project] of cases) {
      it(what, () => {
        const r = factlint(args, project ? { cwd: path.join(FIXTURES, 'projects', project) } : {});
        assert.equal(r.code, 2, r.stdout + r.stderr);
        assert.match(r.stderr, message);
      });
    }
  });
});
