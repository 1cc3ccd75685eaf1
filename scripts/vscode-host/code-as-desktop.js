#!/usr/bin/env node
/**
 * Accepts the flags desktop VS Code takes for extension tests (--extensionDevelopmentPath=,
 * --extensionTestsPath=, a folder) and runs them in the real VS Code that code-server ships,
 * in headless Chromium. @vscode/test-electron's runTests can use it as vscodeExecutablePath.
 * Exits with the test runner's own exit code; stops every process it started.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, launchChromium, profile, startCodeServer, stopCodeServer } = require('./host');

const SHOTS = path.join(ROOT, '.vscode-test', 'screenshots');

/**
 * The workbench's own start-up chatter, which arrives on the same channel as the tests' output
 * (nothing tells them apart). Known lines of the pinned code-server are dropped unless
 * FACTLINT_DEBUG is set; anything else, warnings and errors included, is printed.
 */
const WORKBENCH_NOISE = new RegExp([
  '^Resolving connection token', '^Resolved connection token', '^Creating a socket', '^\\[reconnection-grace-time\\]',
  '^Ignoring fetching additional builtin extensions', '^Updating additional builtin extensions cache', '^\\[Service Worker\\]',
  '^\\[AccountPolicyGate\\]', '^\\[AgentHost', '^\\[ChatModelSelection\\]', '^Creation of workbench contribution',
  // Chat is turned off, yet the workbench still waits for a GitHub sign-in provider at start.
  "^Timed out waiting for authentication provider 'github'",
  // Requests still pending when the extension host stops at the end of a run.
  '^Canceled: Canceled',
].join('|'));

function flag(name) {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? path.resolve(arg.slice(name.length + 3)) : undefined;
}

const extensionDevelopmentPath = flag('extensionDevelopmentPath');
const extensionTestsPath = flag('extensionTestsPath');
const folder = process.argv.slice(2).filter((a) => !a.startsWith('--')).map((a) => path.resolve(a))[0];

async function main() {
  if (!extensionDevelopmentPath || !extensionTestsPath) throw new Error('usage: code-as-desktop --extensionDevelopmentPath=DIR --extensionTestsPath=DIR [folder]');
  const { tmp, common } = profile();
  const server = await startCodeServer(common, ['--vscode-option', 'enable-smoke-test-driver']);
  const port = server.port;
  let context;
  let code = 1;
  try {
    context = await launchChromium(tmp);
    const page = context.pages()[0] ?? (await context.newPage());
    const exited = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (exitCode) => resolve(exitCode));
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = Array.isArray(args) ? args.map(String).join(' ') : String(args);
      if (!process.env.FACTLINT_DEBUG && WORKBENCH_NOISE.test(text)) return;
      process.stdout.write(`${text}\n`);
    });
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = JSON.stringify([['extensionDevelopmentPath', remote(extensionDevelopmentPath)], ['extensionTestsPath', remote(extensionTestsPath)]]);
    await page.goto(`http://127.0.0.1:${port}/?${folder ? `folder=${encodeURIComponent(folder)}&` : ''}payload=${encodeURIComponent(payload)}`);
    // unref: a pending safety timer must not keep the process alive once the tests are done.
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 10 * 60_000).unref());
    const result = await Promise.race([exited, timeout]);
    if (result === 'timeout') throw new Error('the tests did not finish within 10 minutes');
    code = Number(result) || 0;
    if (process.env.FACTLINT_DEBUG) console.error(`code-as-desktop: tests exited with ${code}; stopping`);
  } finally {
    // The workbench as the suite left it: a CI artifact to look at when a test fails.
    const page = context?.pages()[0];
    if (page) {
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, 'integration.png'), timeout: 10_000 }).catch(() => undefined);
    }
    if (context) await context.close().catch(() => undefined);
    await stopCodeServer(server);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (process.env.FACTLINT_DEBUG) console.error('code-as-desktop: stopped');
  process.exitCode = code;
}

main().catch((error) => {
  console.error(`code-as-desktop: ${error && error.message ? error.message : error}`);
  process.exitCode = 1;
});
