#!/usr/bin/env node
/**
 * `npm run test:vscode`: runs test/integration in a real VS Code through @vscode/test-electron's
 * runTests, against the packaged extension: factlint.vsix (npm run package) is unpacked and that
 * folder is the extension under test, so a file the package leaves out fails the suite.
 *
 * On a machine that can download desktop VS Code, set FACTLINT_VSCODE=desktop and runTests
 * downloads and starts it. Here, where it cannot be downloaded, runTests is given
 * code-as-desktop.js as the VS Code executable: it takes the same flags and runs the suite in the
 * VS Code that code-server ships (install it first: npm run vscode:host).
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pipeline } = require('node:stream/promises');
const { runTests } = require('@vscode/test-electron');
const yauzl = require('yauzl');

const ROOT = path.resolve(__dirname, '..', '..');
const VSIX = path.join(ROOT, 'factlint.vsix');

/** Extracts the .vsix's extension/ folder (what VS Code installs) into `into`. */
async function unpackVsix(vsix, into) {
  const zip = await yauzl.openPromise(vsix);
  try {
    for await (const entry of zip.eachEntry()) {
      if (!entry.fileName.startsWith('extension/') || entry.fileName.endsWith('/')) continue;
      const file = path.join(into, entry.fileName.slice('extension/'.length));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await pipeline(await zip.openReadStreamPromise(entry), fs.createWriteStream(file));
    }
  } finally {
    zip.close();
  }
}

async function main() {
  if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} is missing: run npm run package`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-it-'));
  const extension = path.join(tmp, 'extension');
  await unpackVsix(VSIX, extension);
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
  // The team's own facts join the bundled base through the setting, as a user would set it up.
  fs.mkdirSync(path.join(workspace, '.vscode'));
  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'factlint.facts': ['facts'] }, null, 2));
  const desktop = process.env.FACTLINT_VSCODE === 'desktop';
  try {
    await runTests({
      extensionDevelopmentPath: extension,
      extensionTestsPath: path.join(ROOT, 'out', 'test', 'integration'),
      launchArgs: [workspace, '--disable-extensions'],
      ...(desktop ? {} : { vscodeExecutablePath: path.join(__dirname, 'code-as-desktop.js') }),
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`integration tests failed: ${error && error.message ? error.message : error}`);
  process.exitCode = 1;
});
