/**
 * Entry point of the integration suite, of the @vscode/test-electron kind: VS Code loads this
 * module inside its extension host and calls run(), which runs mocha over the *.itest.js files.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // Inside the extension host console.log does not expand mocha's "%s" and "%d"; format first.
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void; useColors: boolean };
  base.consoleLog = (...args: unknown[]) => {
    console.log(format(...args));
  };
  // The output ends up in a CI log, not a terminal (mocha turns colours on when CI is set).
  base.useColors = false;
  const mocha = new Mocha({ ui: 'bdd', timeout: 120_000, color: false, reporter: 'spec' });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.itest.js')).sort()) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      const passed = mocha.suite.total() - failures;
      console.log(`${passed} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} integration tests failed`));
      else resolve();
    });
  });
}
