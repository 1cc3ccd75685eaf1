/**
 * Mocha's spec reporter plus the plain lines CI log readers understand: one per suite (the folder
 * under test/: unit, cli, lsp) and a closing "N passed, N failed" for the whole run (with
 * ", N skipped" when any test was pending).
 */
import * as path from 'node:path';
import * as Mocha from 'mocha';

const SUITE_NAMES: Readonly<Record<string, string>> = { lsp: 'lsp (stdio protocol)' };

function suiteOf(test: Mocha.Runnable): string {
  const parts = path.relative(path.join(__dirname, '..'), test.file ?? '').split(path.sep);
  const folder = parts.length > 1 && parts[0] !== '..' ? (parts[0] ?? 'other') : 'other';
  return SUITE_NAMES[folder] ?? folder;
}

class SpecWithSummary extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const suites = new Map<string, { passed: number; failed: number }>();
    const count = (test: Mocha.Runnable, outcome: 'passed' | 'failed'): void => {
      const name = suiteOf(test);
      const tally = suites.get(name) ?? { passed: 0, failed: 0 };
      tally[outcome]++;
      suites.set(name, tally);
    };
    runner.on(Mocha.Runner.constants.EVENT_TEST_PASS, (test) => count(test, 'passed'));
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (test) => count(test, 'failed'));
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const { passes, failures, pending } = this.stats;
      for (const [name, t] of [...suites].sort(([a], [b]) => a.localeCompare(b))) process.stdout.write(`${name}: ${t.passed} passed, ${t.failed} failed\n`);
      process.stdout.write(`${passes} passed, ${failures} failed${pending > 0 ? `, ${pending} skipped` : ''}\n`);
    });
  }
}

export = SpecWithSummary;
