/**
 * The language server driven over a real stdio connection, as an editor drives it: a JSON-RPC
 * client speaks LSP to `factlint-language-server --stdio` in its own process. Waits are on
 * messages, each with a timeout; there are no fixed sleeps.
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import type { Diagnostic, Hover, Location, ProtocolConnection, PublishDiagnosticsParams, ShowMessageParams } from 'vscode-languageserver-protocol/node';
import { ROOT } from '../support/paths';
import { tempDir } from '../support/tmp';

const SERVER = path.join(ROOT, 'bin', 'factlint-language-server.js');
/** A team's own fact base (the example's), for workspaces configured with `"facts": ["team"]`. */
const TEAM_FACTS = fs.readFileSync(path.join(ROOT, 'examples', 'facts', 'harbour-board.facts.yaml'), 'utf8');
const WAIT_MS = 10_000;

interface Session {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  readonly published: PublishDiagnosticsParams[];
  readonly workspace: string;
  /** The window/showMessage notifications so far, and a wait for one. */
  readonly messages: ShowMessageParams[];
  /** How many workspace/diagnostic/refresh requests the server has sent. */
  refreshes(): number;
  waitForMessage(accept: (m: ShowMessageParams) => boolean): Promise<ShowMessageParams>;
  waitForDiagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  close(): Promise<void>;
}

async function start(pull: boolean, files: Record<string, string> = {}, server = SERVER, workspaceCapabilities: object = {}): Promise<Session> {
  const workspace = tempDir('factlint-lsp-');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
    fs.writeFileSync(path.join(workspace, name), text);
  }
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
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
  const messages: ShowMessageParams[] = [];
  const messageWaiters: { accept: (m: ShowMessageParams) => boolean; resolve: (m: ShowMessageParams) => void }[] = [];
  connection.onNotification('window/showMessage', (m: ShowMessageParams) => {
    messages.push(m);
    for (const w of messageWaiters.filter((x) => x.accept(m))) {
      messageWaiters.splice(messageWaiters.indexOf(w), 1);
      w.resolve(m);
    }
  });
  let refreshes = 0;
  connection.onRequest('workspace/diagnostic/refresh', () => {
    refreshes++;
    return null;
  });
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).toString(),
    workspaceFolders: [{ uri: pathToFileURL(workspace).toString(), name: 'ws' }],
    capabilities: { ...(pull && { textDocument: { diagnostic: { dynamicRegistration: false } } }), workspace: workspaceCapabilities },
  });
  connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    published,
    workspace,
    messages,
    refreshes: () => refreshes,
    waitForMessage: (accept) => new Promise((resolve, reject) => {
      const done = messages.find(accept);
      if (done) return resolve(done);
      const timer = setTimeout(() => reject(new Error(`no matching message within ${WAIT_MS} ms: ${JSON.stringify(messages)}`)), WAIT_MS);
      messageWaiters.push({ accept, resolve: (m) => { clearTimeout(timer); resolve(m); } });
    }),
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

  it('runs the same from the esbuild bundle the extension ships (dist/server.js)', async () => {
    const s = await start(true, {}, path.join(ROOT, 'dist', 'server.js'));
    try {
      const uri = open(s, 'draft.md', DRAFT);
      assert.deepEqual((await pullDiagnostics(s, uri)).map((d) => [d.code, d.range.start.line, d.range.start.character]), [['contradiction', 3, 38]]);
    } finally {
      await s.close();
    }
  });

  it('asks pull clients to refresh after a fact-base change only if they take refresh requests', async () => {
    for (const refreshSupport of [false, true]) {
      const s = await start(true, { '.factlintrc.json': '{ "facts": ["team"] }', 'team/board.facts.yaml': TEAM_FACTS }, SERVER, { diagnostics: { refreshSupport } });
      try {
        const draft = open(s, 'draft.md', 'Repairing the North Pier will cost about 6 million euros.\n');
        assert.deepEqual((await pullDiagnostics(s, draft)).map((d) => d.code), ['contradiction']);
        s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: pathToFileURL(path.join(s.workspace, 'team', 'board.facts.yaml')).toString(), languageId: 'yaml', version: 1, text: TEAM_FACTS.replace('amount: 4.5', 'amount: 6') } });
        // Messages arrive in order, so a refresh sent for the change comes before this answer.
        assert.deepEqual(await pullDiagnostics(s, draft), [], 'the next pull sees the changed fact');
        assert.equal(s.refreshes(), refreshSupport ? 1 : 0, `refreshSupport: ${refreshSupport}`);
      } finally {
        await s.close();
      }
    }
  });

  it('starts without its bundled fact base (a damaged install), says so, and checks the workspace\'s facts', async () => {
    // dist/server.js alone in a folder: no facts/ beside a package.json anywhere above it.
    const server = path.join(tempDir('factlint-install-'), 'server.js');
    fs.copyFileSync(path.join(ROOT, 'dist', 'server.js'), server);
    const s = await start(true, { '.factlintrc.json': '{ "facts": ["team"] }', 'team/board.facts.yaml': TEAM_FACTS }, server);
    try {
      const message = await s.waitForMessage((m) => m.type === 1);
      assert.match(message.message, /^factlint: cannot find the bundled fact base \(facts\/ beside package\.json\); checking against the workspace's own facts only\.$/);
      const uri = open(s, 'draft.md', 'Repairing the North Pier will cost about 6 million euros.\n\nThe Crocus City Hall attack took place in March 2023.\n');
      assert.deepEqual((await pullDiagnostics(s, uri)).map((d) => [d.code, d.range.start.line]), [['contradiction', 0]], 'the team\'s fact is checked; the bundled ones are not there');
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
      // A supported claim's hover covers the claim's words: the event's noun and its date.
      assert.deepEqual(supported.range, { start: { line: 2, character: 21 }, end: { line: 2, character: 52 } });
      const contradicted = (await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 40 } })) as { contents: { value: string } };
      assert.match(contradicted.contents.value, /^\*\*✗ Contradicts the fact base\*\*[\s\S]*Fact base: around \$3 trillion/);
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

      // Closed in the editor, the file is read from disk again; a change on disk reloads it.
      s.connection.sendNotification('textDocument/didClose', { textDocument: { uri: factUri } });
      assert.deepEqual((await pullDiagnostics(s, draft)).map((d) => d.code), ['contradiction'], 'back to the text on disk');
      fs.writeFileSync(path.join(s.workspace, 'team.facts.yaml'), good.replace('amount: 4.5', 'amount: 9'));
      s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: factUri, type: 2 }] });
      assert.deepEqual(await pullDiagnostics(s, draft), [], 'the change on disk is picked up');
    } finally {
      await s.close();
    }
  });

  it('offers quick fixes, and each one applied and re-checked does what it says', async () => {
    const s = await start(true);
    try {
      const text = [
        'The Crocus City Hall attack took place in March 2023.',
        '',
        'Russia\'s designation of the Taliban had been in place since 2005.',
        '',
        'The Crocus City Hall attack wounded 60 people.',
        '',
      ].join('\n');
      const uri = open(s, 'draft.md', text);
      const diagnostics = await pullDiagnostics(s, uri);
      assert.deepEqual(diagnostics.map((d) => d.code), ['contradiction', 'contradiction', 'unsourced-figure']);
      let version = 1;
      const apply = async (current: string, action: { edit: { changes: Record<string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]> } }) => {
        const lines = current.split('\n');
        const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
        const edits = [...(action.edit.changes[uri] ?? [])].sort((a, b) => offset(b.range.start) - offset(a.range.start));
        let next = current;
        for (const e of edits) next = next.slice(0, offset(e.range.start)) + e.newText + next.slice(offset(e.range.end));
        s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: next }] });
        return next;
      };
      const actionsAt = async (d: Diagnostic) => (await s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as { title: string; isPreferred?: boolean; edit: { changes: Record<string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]> } }[];

      const [date, since, figure] = diagnostics;
      assert.ok(date && since && figure);
      const dateActions = await actionsAt(date);
      assert.deepEqual(dateActions.map((a) => [a.title, a.isPreferred]), [['Replace with "March 2024" (fact base)', true], ['Suppress contradiction on this line', false]]);
      let current = await apply(text, dateActions[0] as never);
      assert.match(current, /took place in March 2024\./);
      assert.deepEqual((await pullDiagnostics(s, uri)).map((d) => d.code), ['contradiction', 'unsourced-figure'], 'the replaced value is no longer a contradiction');

      const sinceDiagnostic = (await pullDiagnostics(s, uri))[0] as Diagnostic;
      const sinceActions = await actionsAt(sinceDiagnostic);
      assert.equal(sinceActions[0]?.title, 'Replace with "since 2003" (fact base)', 'the qualifier is kept');
      current = await apply(current, sinceActions[0] as never);
      assert.deepEqual((await pullDiagnostics(s, uri)).map((d) => d.code), ['unsourced-figure']);

      const figureDiagnostic = (await pullDiagnostics(s, uri))[0] as Diagnostic;
      const suppress = (await actionsAt(figureDiagnostic)).find((a) => a.title === 'Suppress unsourced-figure on this line');
      assert.ok(suppress);
      current = await apply(current, suppress as never);
      assert.match(current, /<!-- factlint-disable-next-line unsourced-figure -- why this claim stands -->\nThe Crocus City Hall attack wounded/);
      assert.deepEqual(await pullDiagnostics(s, uri), [], 'suppressed findings are not shown');
    } finally {
      await s.close();
    }
  });

  it('offers to cite the source of a figure that a fact supports and the sentence cites nothing for', async () => {
    const s = await start(true);
    try {
      const uri = open(s, 'draft.md', 'Afghanistan\'s mineral deposits are worth about $3 trillion.\n');
      assert.deepEqual(await pullDiagnostics(s, uri), [], 'a supported figure is not a finding');
      const range = { start: { line: 0, character: 48 }, end: { line: 0, character: 48 } };
      const actions = (await s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } })) as { title: string; edit: { changes: Record<string, { newText: string }[]> } }[];
      const cite = actions.find((a) => a.title.startsWith('Cite '));
      assert.equal(cite?.title, 'Cite Moscow’s Taliban Rapprochement, para 6 for this figure');
      assert.deepEqual(cite?.edit.changes[uri]?.map((e) => e.newText), [
        '[^factlint-afghanistan-mineral-wealth]',
        '\n[^factlint-afghanistan-mineral-wealth]: Moscow’s Taliban Rapprochement: High-Risk Realpolitik, paragraph 6 ("estimated to be worth around $3 trillion").\n',
      ]);
      // Applied and re-checked: the figure now has a citation, so it is no longer unsourced.
      const cited = 'Afghanistan\'s mineral deposits are worth about $3 trillion[^factlint-afghanistan-mineral-wealth].\n\n[^factlint-afghanistan-mineral-wealth]: Moscow’s Taliban Rapprochement: High-Risk Realpolitik, paragraph 6 ("estimated to be worth around $3 trillion").\n';
      s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: cited }] });
      assert.deepEqual(await pullDiagnostics(s, uri), []);
      const again = (await s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } })) as { title: string }[];
      assert.deepEqual(again.map((a) => a.title), [], 'a cited figure is not offered a citation');
    } finally {
      await s.close();
    }
  });

  it('finds every claim in the workspace that speaks to a fact, open or not, and checks unopened drafts on command', async () => {
    const s = await start(true, {
      'docs/a.md': 'The Crocus City Hall attack took place in March 2024.\n',
      'docs/b.md': 'The Crocus City Hall attack took place in March 2023.\n',
      'node_modules/x/README.md': 'The Crocus City Hall attack took place in March 2023.\n',
    });
    try {
      const factUri = pathToFileURL(path.join(ROOT, 'facts', 'moscow-taliban-rapprochement.facts.yaml')).toString();
      const factLine = fs.readFileSync(path.join(ROOT, 'facts', 'moscow-taliban-rapprochement.facts.yaml'), 'utf8').split('\n').findIndex((l) => l.includes('- id: crocus-attack-date'));
      const refs = (await s.connection.sendRequest('textDocument/references', { textDocument: { uri: factUri }, position: { line: factLine + 3, character: 4 }, context: { includeDeclaration: false } })) as Location[];
      assert.deepEqual(refs.map((r) => [path.basename(r.uri), r.range.start.line, r.range.start.character]).sort(), [['a.md', 0, 21], ['b.md', 0, 42]]);
      const waiting = s.waitForDiagnostics(pathToFileURL(path.join(s.workspace, 'docs', 'b.md')).toString(), (p) => p.diagnostics.length > 0);
      const summary = await s.connection.sendRequest('workspace/executeCommand', { command: 'factlint.server.checkWorkspace', arguments: [] });
      assert.deepEqual(summary, { drafts: 2, problems: 1 });
      assert.deepEqual((await waiting).diagnostics.map((d) => d.code), ['contradiction']);
    } finally {
      await s.close();
    }
  });

  it('quotes the located passage of a source\'s local copy in the hover, with the key phrase in bold', async () => {
    const facts = (copy: string) => `factlint: 1\nsources:\n  - { id: minutes, title: Harbour Minutes, kind: report, localCopy: ${copy} }\nentities:\n  - { id: pier, name: North Pier, type: place }\nfacts:\n  - { id: pier-cost, claim: Repairs cost about 4.5 million euros., subject: pier, property: cost, cues: [cost, repairs], value: { type: money, amount: 4.5, magnitude: million, currency: EUR, approximation: around }, source: { id: minutes, paragraph: 2, phrase: "roughly EUR 4.5 million" } }\n`;
    const minutes = 'Harbour Minutes\n\nThe board met.\n\nRepairs to the North Pier will cost roughly EUR 4.5 million <b>in</b> total, the engineer said.\n';
    const outside = tempDir('factlint-outside-');
    fs.writeFileSync(path.join(outside, 'minutes.txt'), minutes);
    const s = await start(true, {
      '.factlintrc.json': '{ "facts": ["team"] }',
      'team/team.facts.yaml': facts('sources/minutes.txt'),
      'team/sources/minutes.txt': minutes,
    });
    try {
      const uri = open(s, 'draft.md', 'Repairs to the North Pier cost EUR 4.5 million.\n');
      const hover = (await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 36 } })) as { contents: { value: string } };
      const value = hover.contents.value;
      assert.match(value, /> Repairs to the North Pier will cost \*\*roughly EUR 4\\\.5 million\*\* \\<b\\>in\\<\/b\\> total, the engineer said\\\./, value);
      assert.match(value, /\[Open the passage\]\(file:\/\/\/.*\/team\/sources\/minutes\.txt#L5\)/);
      // A local copy outside the workspace and the fact file's folder is not read.
      const factUri = pathToFileURL(path.join(s.workspace, 'team', 'team.facts.yaml')).toString();
      open(s, 'team/team.facts.yaml', facts(path.relative(path.join(s.workspace, 'team'), path.join(outside, 'minutes.txt'))), 1, 'yaml');
      assert.deepEqual(await pullDiagnostics(s, factUri), []);
      const again = (await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 36 } })) as { contents: { value: string } };
      assert.doesNotMatch(again.contents.value, /Open the passage|> Repairs/);
      assert.match(again.contents.value, /Supported by the fact base/);
    } finally {
      await s.close();
    }
  });
});
