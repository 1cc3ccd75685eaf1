#!/usr/bin/env node
/**
 * End-to-end check of the packaged extension in a real VS Code (the one code-server ships):
 * installs factlint.vsix, opens examples/ in headless Chromium as a user would, opens the brief,
 * and checks the squiggle, the Problems entry, the hover citation and the status-bar tally.
 * Screenshots go to .vscode-test/screenshots. Every wait is on the page, with a timeout; every
 * process started is stopped. Prints "N passed, N failed" and exits non-zero on a failure.
 *
 * Needs scripts/vscode-host/install.sh to have run, and `npm run package`.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { CODE_SERVER, NODE24, ROOT, launchChromium, profile, startCodeServer, stopCodeServer } = require('./host');

const SHOTS = path.join(ROOT, '.vscode-test', 'screenshots');
const VSIX = path.join(ROOT, 'factlint.vsix');

const results = [];
function check(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
}

async function main() {
  for (const [what, file] of [['Node 24', NODE24], ['code-server', CODE_SERVER], ['factlint.vsix (npm run package)', VSIX]]) {
    if (!fs.existsSync(file)) throw new Error(`${what} is missing: ${file}`);
  }
  fs.mkdirSync(SHOTS, { recursive: true });
  const { tmp, common } = profile({ 'workbench.tips.enabled': false, 'editor.hover.delay': 100 });
  const workspace = path.join(tmp, 'examples');
  fs.cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
  const install = spawnSync(NODE24, [CODE_SERVER, ...common, '--install-extension', VSIX], { encoding: 'utf8' });
  check('the .vsix installs into code-server', install.status === 0, (install.stdout + install.stderr).trim().split('\n').pop());

  let server;
  let context;
  try {
    server = await startCodeServer(common, [workspace]);
    const port = server.port;
    context = await launchChromium(tmp, { viewport: { width: 1400, height: 900 } });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    await page.waitForSelector('.explorer-folders-view', { timeout: 60_000 });

    // Open the brief from the Explorer, as a user would.
    await page.getByRole('treeitem', { name: 'brief.md' }).first().click();
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30_000 });
    const squiggle = await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 60_000 }).catch(() => null);
    check('the draft shows error squiggles', squiggle !== null);
    await page.screenshot({ path: path.join(SHOTS, 'squiggles.png') });

    const tally = await page.waitForSelector('.statusbar-item:has-text("contradicted")', { timeout: 30_000 }).catch(() => null);
    const tallyText = tally ? (await tally.innerText()).trim() : '';
    check('the status bar shows the tally', /\d+ contradicted · \d+ outdated · \d+ unsourced · \d+ supported/.test(tallyText), tallyText);

    await page.keyboard.press('Control+Shift+M');
    const problem = await page.waitForSelector('.markers-panel .monaco-tl-row:has-text("not three decades")', { timeout: 30_000 }).catch(() => null);
    check('the Problems view lists the contradiction', problem !== null);
    await page.screenshot({ path: path.join(SHOTS, 'problems.png') });

    // Hover the first squiggle (the three decades claim) and read the citation.
    const box = squiggle ? await squiggle.boundingBox() : null;
    let hoverText = '';
    if (box) {
      await page.mouse.move(box.x + Math.min(10, box.width / 2), box.y + box.height / 2);
      // The hover shows the diagnostic's message first; wait for factlint's own citation below it.
      const hover = await page.waitForSelector('.monaco-hover:has-text("Contradicts the fact base")', { timeout: 30_000 }).catch(() => null);
      hoverText = hover ? await hover.innerText() : '';
      await page.screenshot({ path: path.join(SHOTS, 'hover.png') });
    }
    check('the hover shows the fact and its source', /Contradicts the fact base[\s\S]*Fact base:[\s\S]*Source:[\s\S]*paragraph \d+/.test(hoverText), hoverText.split('\n').find((l) => l.includes('Contradicts')) ?? '');
  } catch (error) {
    check('the end-to-end run completes', false, String(error && error.message ? error.message : error));
    if (server) console.log(server.log().split('\n').slice(-20).join('\n'));
  } finally {
    if (context) await context.close().catch(() => undefined);
    if (server) await stopCodeServer(server);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`screenshots in ${path.relative(ROOT, SHOTS)}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
