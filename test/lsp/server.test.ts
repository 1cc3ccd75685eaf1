/**
 * The language server driven over a real stdio connection, as an editor drives it: a JSON-RPC
 * client speaks LSP to `factlint-language-server --stdio` in its own process. Waits are on
 * messages, each with a timeout; there are no fixed sleeps.
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import type { Diagnostic, Hover, Location, ProtocolConnection, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { ROOT } from '../support/paths';

const SERVER = path.join(ROOT, 'bin', 'factlint-language-server.js');
const WAIT_MS = 10_000;

interface Session {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  readonly published: PublishDiagnosticsParams[];
  readonly workspace: string;
  waitForDiagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  close(): Promise<void>;
}

async function start(pull: boolean, files: Record<string, string> = {}): Promise<Session> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-lsp-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
    fs.writeFileSync(path.join(workspace, name), text);
  }
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout as NodeJS.ReadableStream), new StreamMessageWriter(child.stdin as NodeJS.WritableStream));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.accept(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).toString(),
    workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'ws' }],
    capabilities: pull ? { textDocument: { diagnostic: { dynamicRegistration: false } } } : {},
  });
  connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    published,
    workspace,
    waitForDiagnostics: (uri, accept) => new Promise((resolve, reject) => {
      const done = published.find((p) => p.uri === uri && accept(p));
      if (done) return resolve(done);
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${WAIT_MS} ms`)), WAIT_MS);
      waiters.push({ uri, accept, resolve: (p) => { clearTimeout(timer); resolve(p); } });
    }),
    close: async () => {
      await connection.sendRequest('shutdown');
      connection.sendNotification('exit');
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => { child.kill('SIGKILL'); resolve(); }, 5000);
        child.once('exit', () => { clearTimeout(timer); resolve(); });
      });
      connection.dispose();
    },
  };
}

const DRAFT = [
  '# Notes',
  '',
  'The Crocus City Hall attack took place in March 2024.',
  'Afghanistan\'s mineral wealth is worth $30 trillion.',
  '',
].join('\n');

function open(session: Session, name: string, text: string, version = 1, languageId = 'markdown'): string {
  const uri = pathToFileURL(path.join(session.workspace, name)).toString();
  session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  return uri;
}

async function pullDiagnostics(session: Session, uri: string): Promise<Diagnostic[]> {
  const report = (await session.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
  return report.items;
}

describe('language server over stdio', function () {
  this.timeout(30_000);

  it('answers pull diagnostics with codes, ranges, doc links, source and the fact behind each', async () => {
    const s = await start(true);
    try {
      const uri = open(s, 'draft.md', DRAFT);
      const items = await pullDiagnostics(s, uri);
      assert.equal(items.length, 1);
      const d = items[0];
      assert.ok(d);
      assert.equal(d.code, 'contradiction');
      assert.equal(d.source, 'factlint');
      assert.equal(d.severity, 1);
      assert.deepEqual(d.range, { start: { line: 3, character: 38 }, end: { line: 3, character: 50 } });
      assert.match(typeof d.message === 'string' ? d.message : d.message.value, /around \$3 trillion \(Moscow’s Taliban Rapprochement, para 6\), not \$30 trillion\./);
      assert.match(d.codeDescription?.href ?? '', /^file:\/\/.*\/docs\/codes\/contradiction\.md$/);
      const related = d.relatedInformation?.[0];
      assert.match(related?.location.uri ?? '', /\/facts\/moscow-taliban-rapprochement\.facts\.yaml$/);
      assert.equal(related?.message, 'the fact "afghanistan-mineral-wealth"');
    } finally {
      await s.close();
    }
  });

  it('pushes diagnostics to clients without pull, for the latest version only', async () => {
    const s = await start(false);
    try {
      const uri = open(s, 'draft.md', DRAFT, 1);
      for (let v = 2; v <= 4; v++) {
        s.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: v },
          contentChanges: [{ range: { start: { line: 2, character: 42 }, end: { line: 2, character: 52 } }, text: v === 4 ? 'March 2023' : `March 20${20 + v}` }],
        });
      }
      const latest = await s.waitForDiagnostics(uri, (p) => p.version === 4);
      assert.deepEqual(latest.diagnostics.map((d) => d.code), ['contradiction', 'contradiction']);
      assert.ok(s.published.filter((p) => p.uri === uri).every((p) => p.version === 4), `published versions: ${s.published.map((p) => p.version).join(', ')}`);
    } finally {
      await s.close();
    }
  });

  it('shows a hover citation on supported and contradicted claims, as inert Markdown', async () => {
    const s = await start(true);
    try {
      const uri = open(s, 'draft.md', DRAFT);
      const supported = (await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 45 } })) as Hover;
      const text = (supported.contents as { kind: string; value: string });
      assert.equal(text.kind, 'markdown');
      assert.match(text.value, /^\*\*✓ Supported by the fact base\*\*/);
      assert.match(text.value, /The attack on Crocus City Hall took place in March 2024\\\./);
      assert.match(text.value, /Fact base: March 2024/);
      assert.match(text.value, /Source: \*Moscow’s Taliban Rapprochement: High\\-Risk Realpolitik\*, paragraph 5: "the March 2024 Crocus City Hall attack"/);
      assert.match(text.value, /\[Open the fact `crocus-attack-date`\]\(file:\/\/\/.*\/facts\/moscow-taliban-rapprochement\.facts\.yaml#L\d+\)/);
      assert.doesNotMatch(text.value, /command:|<[a-z]/i);
      assert.deepEqual(supported.range, { start: { line: 2, character: 42 }, end: { line: 2, character: 52 } });
      const contradicted = (await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 40 } })) as { contents: { value: string } };
      assert.match(contradicted.contents.value, /^\*\*✗ Contradicts the fact base\*\*[\s\S]*Fact base: \$3 trillion/);
      const nothing = await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
      assert.equal(nothing, null);
    } finally {
      await s.close();
    }
  });

  it('goes from a claim to its fact', async () => {
    const s = await start(true);
    try {
      const uri = open(s, 'draft.md', DRAFT);
      const location = (await s.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: { line: 2, character: 45 } })) as Location;
      assert.match(location.uri, /\/facts\/moscow-taliban-rapprochement\.facts\.yaml$/);
      const factFile = fs.readFileSync(path.join(ROOT, 'facts', 'moscow-taliban-rapprochement.facts.yaml'), 'utf8').split('\n');
      assert.match(factFile[location.range.start.line] ?? '', /- id: crocus-attack-date/);
    } finally {
      await s.close();
    }
  });

  it('honours cancellation', async () => {
    const s = await start(true);
    try {
      const uri = open(s, 'draft.md', DRAFT);
      const source = new CancellationTokenSource();
      const request = s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 45 } }, source.token);
      source.cancel();
      await assert.rejects(request, (error: { code?: number }) => error.code === -32800);
    } finally {
      await s.close();
    }
  });

  it('reports problems in a fact file as it is edited, keeps the last good base for drafts, and recovers', async () => {
    const good = 'factlint: 1\nentities:\n  - { id: pier, name: North Pier, type: place }\nsources:\n  - { id: minutes, title: Minutes, kind: report }\nfacts:\n  - { id: pier-cost, claim: Repairs cost about 4.5 million euros., subject: pier, property: cost, cues: [cost, repairs], value: { type: money, amount: 4.5, magnitude: million, currency: EUR, approximation: around }, source: { id: minutes, paragraph: 1, phrase: repairs } }\n';
    const s = await start(true, { '.factlintrc.json': '{ "facts": ["team.facts.yaml"] }', 'team.facts.yaml': good });
    try {
      const draft = open(s, 'draft.md', 'Repairs to the North Pier cost EUR 9 million.\n');
      assert.deepEqual((await pullDiagnostics(s, draft)).map((d) => d.code), ['contradiction'], 'the workspace fact file is loaded');
      const factUri = open(s, 'team.facts.yaml', good, 1, 'yaml');
      s.connection.sendNotification('textDocument/didChange', { textDocument: { uri: factUri, version: 2 }, contentChanges: [{ text: good.replace('amount: 4.5', 'amount: four') }] });
      const broken = await pullDiagnostics(s, factUri);
      assert.deepEqual(broken.map((d) => [d.code, d.range.start.line]), [['schema-violation', 6]]);
      assert.deepEqual((await pullDiagnostics(s, draft)).map((d) => d.code), ['contradiction'], 'the last good version stays in force');
      s.connection.sendNotification('textDocument/didChange', { textDocument: { uri: factUri, version: 3 }, contentChanges: [{ text: good.replace('amount: 4.5', 'amount: 9') }] });
      assert.deepEqual(await pullDiagnostics(s, factUri), []);
      assert.deepEqual(await pullDiagnostics(s, draft), [], 'the repaired fact now agrees with the draft');
    } finally {
      await s.close();
    }
  });
});
