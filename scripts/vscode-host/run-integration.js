#!/usr/bin/env node
/**
 * `npm run test:vscode`: runs test/integration in a real VS Code through @vscode/test-electron's
 * runTests. On a machine that can download desktop VS Code, set FACTLINT_VSCODE=desktop and
 * runTests downloads and starts it. Here, where it cannot be downloaded, runTests is given
 * code-as-desktop.js as the VS Code executable: it takes the same flags and runs the suite in the
 * VS Code that code-server ships (install it first: npm run vscode:host).
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { runTests } = require('@vscode/test-electron');

const ROOT = path.resolve(__dirname, '..', '..');

async function main() {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-it-'));
  fs.cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
  // The team's own facts join the bundled base through the setting, as a user would set it up.
  fs.mkdirSync(path.join(workspace, '.vscode'));
  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'factlint.facts': ['facts'] }, null, 2));
  const desktop = process.env.FACTLINT_VSCODE === 'desktop';
  await runTests({
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'out', 'test', 'integration'),
    launchArgs: [workspace, '--disable-extensions'],
    ...(desktop ? {} : { vscodeExecutablePath: path.join(__dirname, 'code-as-desktop.js') }),
  });
}

main().catch((error) => {
  console.error(`integration tests failed: ${error && error.message ? error.message : error}`);
  process.exitCode = 1;
});
