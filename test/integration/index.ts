/**
 * Entry point of the integration suite, of the @vscode/test-electron kind: VS Code loads this
 * module inside its extension host and calls run(), which runs mocha over the *.itest.js files.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';

export function run(): Promise<void> {
  // Inside the extension host console.log does not expand mocha's "%s" and "%d"; format first.
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void; useColors: boolean; symbols: Record<string, string> };
  base.consoleLog = (...args: unknown[]) => {
    console.log(format(...args));
  };
  // The output ends up in a CI log, not a terminal, and mocha turns colours on when CI is set;
  // its tick and cross carry their own colour codes, so plain ones replace them.
  base.useColors = false;
  base.symbols = { ...base.symbols, ok: '✔', err: '✖' };
  const mocha = new Mocha({ ui: 'bdd', timeout: 120_000, color: false, reporter: 'spec' });
  // Fail fast when the extension cannot start (a broken build): one failure in seconds, rather
  // than every test waiting out its timeout for diagnostics that never come.
  mocha.suite.beforeAll('factlint activates and its language server starts', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
    await extension.activate();
  });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.itest.js')).sort()) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    const runner = mocha.run(() => {
      console.log(`${passed} passed, ${failed} failed`);
      if (failed > 0) reject(new Error(`${failed} integration tests failed`));
      else resolve();
    });
    runner.on(Mocha.Runner.constants.EVENT_TEST_PASS, () => passed++);
    // A failed hook counts as one failure; the tests it stops are not counted as passed.
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, () => failed++);
  });
}
