/**
 * factlint's language server: thin handlers over the engine. Reading files and the clock happen
 * here; everything else is the same engine the CLI runs, so the editor and CI agree.
 *
 * - Drafts (Markdown) are re-checked a moment after each edit, one document at a time; results
 *   are kept per document version and never published for an older version.
 * - Diagnostics are pulled (LSP 3.17) when the client supports it and pushed otherwise.
 * - Fact files get the loader's problems; when one changes on disk or in the editor the base is
 *   reassembled (a broken file keeps its last good version in force) and open drafts re-checked.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CancellationToken,
  CodeActionKind,
  createConnection,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  MarkupKind,
  MessageType,
  ProposedFeatures,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import type { Connection, Diagnostic, InitializeParams, InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument } from '../check/checkDocument';
import type { CheckResult } from '../check/checkDocument';
import { parseConfig } from '../config/config';
import type { Config } from '../config/config';
import { findingDiagnostics, lspRange, problemDiagnostics } from '../service/diagnostics';
import { citeSupported, fixesFor } from '../service/codeActions';
import type { FixData } from '../service/codeActions';
import { findingAt, hoverMarkdown } from '../service/hover';
import { tally } from '../service/tally';
import { LineIndex } from '../text/lines';
import { parseDateSpec } from '../values/date';
import { today } from '../cli/clock';
import type { DateRange } from '../values/date';
import { bundledFactsDir, discoverDrafts, expandPaths, findConfigFile } from '../cli/files';
import { FactBaseStore } from './factBaseStore';

/** How long after the last keystroke a draft is re-checked. */
const DEBOUNCE_MS = 200;

interface Settings {
  /** Extra fact files or folders (absolute, or relative to the workspace folder). */
  readonly facts?: readonly string[];
  readonly asOf?: string;
  readonly severity?: Readonly<Record<string, 'error' | 'warning' | 'info' | 'off'>>;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const store = new FactBaseStore();
  const results = new Map<string, { version: number; result: CheckResult }>();
  const timers = new Map<string, NodeJS.Timeout>();
  let pull = false;
  /** Whether the client accepts workspace/diagnostic/refresh (only then is it sent). */
  let refreshSupport = false;
  let root: string | undefined;
  let settings: Settings = {};
  /** The workspace's configuration, read at start and when a configuration file changes. */
  let config: { config: Config; dir: string } | undefined;

  function readWorkspaceConfig(): void {
    const file = root ? findConfigFile(root) : undefined;
    let parsed: Config | undefined;
    try {
      parsed = file ? parseConfig(fs.readFileSync(file, 'utf8')).config : undefined;
    } catch {
      parsed = undefined;
    }
    config = file && parsed ? { config: parsed, dir: path.dirname(file) } : undefined;
  }
  // A damaged installation (no facts/ beside package.json) must not stop the server: it says so
  // and checks against the workspace's own facts.
  let bundled: string | undefined;
  let installProblem: string | undefined;
  try {
    bundled = bundledFactsDir();
  } catch (error) {
    installProblem = `factlint: ${error instanceof Error ? error.message : String(error)}; checking against the workspace's own facts only.`;
  }
  const docsDir = path.join(bundled ? path.dirname(bundled) : path.resolve(__dirname, '..'), 'docs', 'codes');
  const docs = (code: string): string => pathToFileURL(path.join(docsDir, `${code}.md`)).toString();

  const isFactFile = (uri: string): boolean => /\.ya?ml$/i.test(uri) && (store.has(uri) || /\.facts\.ya?ml$/i.test(uri));
  const isDraft = (doc: TextDocument): boolean => doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(doc.uri);

  connection.onInitialized(() => {
    if (!installProblem) return;
    connection.console.error(installProblem);
    // A notification, not window.showErrorMessage: that is a request, which a client may not handle.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: installProblem });
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    pull = params.capabilities.textDocument?.diagnostic !== undefined;
    refreshSupport = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    root = folder?.startsWith('file:') ? fileURLToPath(folder) : undefined;
    settings = (params.initializationOptions as Settings | undefined) ?? {};
    readWorkspaceConfig();
    loadFactFiles();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: [CHECK_WORKSPACE] },
        ...(pull && { diagnosticProvider: { identifier: 'factlint', interFileDependencies: true, workspaceDiagnostics: false } }),
      },
      serverInfo: { name: 'factlint' },
    };
  });

  /** Reads the fact files the workspace uses: bundled, its configuration's, and the settings'. */
  function loadFactFiles(): void {
    const paths = bundled && config?.config.bundledFacts !== false ? [bundled] : [];
    for (const p of config?.config.facts ?? []) paths.push(path.resolve(config?.dir ?? root ?? '.', p));
    for (const p of settings.facts ?? []) paths.push(path.resolve(root ?? '.', p));
    let files: string[] = [];
    try {
      files = expandPaths(paths.filter((p) => fs.existsSync(p)), ['yaml', 'yml'], root ?? process.cwd());
    } catch (error) {
      connection.console.error(`factlint: cannot list the fact files: ${String(error)}`);
    }
    for (const file of files) {
      try {
        store.set(pathToFileURL(file).toString(), fs.readFileSync(file, 'utf8'));
      } catch (error) {
        connection.console.error(`factlint: cannot read ${file}: ${String(error)}`);
      }
    }
  }

  function asOfOption(): { asOf?: DateRange; defaultAsOf?: DateRange } {
    const fromSettings = settings.asOf ? parseDateSpec(settings.asOf) : undefined;
    return {
      ...(fromSettings?.ok && fromSettings.value.kind === 'range' && { asOf: fromSettings.value }),
      ...(config?.config.asOf && { defaultAsOf: config.config.asOf }),
    };
  }

  /** The check result for the document's current version, computing it if needed. */
  function resultFor(doc: TextDocument): CheckResult {
    const cached = results.get(doc.uri);
    if (cached && cached.version === doc.version) return cached.result;
    const severities = { ...(config?.config.severity ?? {}), ...(settings.severity ?? {}) };
    const result = checkDocument(doc.getText(), store.factIndex(), { today: today(), ...asOfOption(), severities });
    results.set(doc.uri, { version: doc.version, result });
    return result;
  }

  function draftDiagnostics(doc: TextDocument): Diagnostic[] {
    return findingDiagnostics(resultFor(doc).findings, store.base(), docs);
  }

  function factFileDiagnostics(uri: string): Diagnostic[] {
    return problemDiagnostics(store.problemsFor(uri), docs);
  }

  /** Pushes diagnostics (clients without pull), only if the document is still at that version. */
  function publish(doc: TextDocument): void {
    if (pull) return;
    const version = doc.version;
    const diagnostics = isFactFile(doc.uri) ? factFileDiagnostics(doc.uri) : draftDiagnostics(doc);
    if (documents.get(doc.uri)?.version !== version) return;
    void connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
  }

  function schedule(doc: TextDocument): void {
    clearTimeout(timers.get(doc.uri));
    timers.set(doc.uri, setTimeout(() => {
      timers.delete(doc.uri);
      const current = documents.get(doc.uri);
      if (current) publish(current);
    }, DEBOUNCE_MS));
  }

  /** After the fact base changed: every open draft is re-checked. */
  function factBaseChanged(): void {
    results.clear();
    if (pull) {
      // Clients that pull without taking refresh requests see the change on their next pull.
      if (refreshSupport) connection.languages.diagnostics.refresh().catch((error: unknown) => connection.console.error(`factlint: diagnostics refresh failed: ${String(error)}`));
      return;
    }
    for (const doc of documents.all()) schedule(doc);
  }

  documents.onDidChangeContent(({ document }) => {
    if (isFactFile(document.uri)) {
      store.set(document.uri, document.getText());
      factBaseChanged();
      if (!pull) publish(document);
      return;
    }
    if (!isDraft(document)) return;
    results.delete(document.uri);
    schedule(document);
  });

  documents.onDidClose(({ document }) => {
    results.delete(document.uri);
    if (isFactFile(document.uri)) {
      // Back to what is on disk, if the file is still there.
      try {
        store.set(document.uri, fs.readFileSync(fileURLToPath(document.uri), 'utf8'));
      } catch {
        store.delete(document.uri);
      }
      factBaseChanged();
    }
    if (!pull) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    let changed = false;
    for (const change of changes) {
      if (/\.factlintrc(\.json)?$/.test(change.uri)) {
        readWorkspaceConfig();
        changed = true;
        continue;
      }
      if (!/\.ya?ml$/i.test(change.uri) || documents.get(change.uri)) continue;
      try {
        store.set(change.uri, fs.readFileSync(fileURLToPath(change.uri), 'utf8'));
      } catch {
        store.delete(change.uri);
      }
      changed = true;
    }
    if (changed) factBaseChanged();
  });

  connection.languages.diagnostics.on((params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    cancelled(token);
    const items = isFactFile(doc.uri) ? factFileDiagnostics(doc.uri) : isDraft(doc) ? draftDiagnostics(doc) : [];
    cancelled(token);
    return { kind: DocumentDiagnosticReportKind.Full, items };
  });

  connection.onHover((params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !isDraft(doc)) return null;
    cancelled(token);
    const result = resultFor(doc);
    const finding = findingAt(result.findings, result.supported, doc.offsetAt(params.position));
    const markdown = finding ? hoverMarkdown(finding, store.base(), localCopyFor(finding.factId)) : undefined;
    if (!finding || markdown === undefined) return null;
    return {
      contents: { kind: MarkupKind.Markdown, value: markdown },
      range: { start: doc.positionAt(finding.offsets.start), end: doc.positionAt(finding.offsets.end) },
    };
  });

  connection.onDefinition((params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !isDraft(doc)) return null;
    cancelled(token);
    const result = resultFor(doc);
    const finding = findingAt(result.findings, result.supported, doc.offsetAt(params.position));
    const fact = finding?.factId === undefined ? undefined : store.base().facts.get(finding.factId);
    if (!fact) return null;
    return { uri: fact.origin.file, range: lspRange(fact.origin.range) };
  });

  connection.onCodeAction((params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !isDraft(doc)) return [];
    cancelled(token);
    const start = doc.offsetAt(params.range.start);
    const end = doc.offsetAt(params.range.end);
    const text = doc.getText();
    const lines = new LineIndex(text);
    const result = resultFor(doc);
    const findings = result.findings.filter((f) => !f.suppressed && f.offsets.start <= end && start <= f.offsets.end);
    const edit = (fix: FixData) => ({ changes: { [doc.uri]: fix.edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText })) } });
    const forFindings = findings.flatMap((finding) =>
      fixesFor(finding, text, lines, store.factIndex()).map((fix) => ({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        isPreferred: fix.preferred,
        diagnostics: params.context.diagnostics.filter((d) => d.code === finding.code && doc.offsetAt(d.range.start) === finding.offsets.start),
        edit: edit(fix),
      })),
    );
    // A supported figure with no citation in its sentence: offer to cite the fact's source.
    const forSupported = result.supported
      .filter((c) => c.figure !== undefined && c.figure.start <= end && start <= c.figure.end)
      .flatMap((c) => { const fix = citeSupported(c, text, store.factIndex()); return fix ? [{ title: fix.title, kind: CodeActionKind.QuickFix, isPreferred: false, edit: edit(fix) }] : []; });
    return [...forFindings, ...forSupported];
  });

  /** From a fact (the cursor in its entry in a fact file) to every claim in the workspace's drafts. */
  connection.onReferences((params, token) => {
    const base = store.base();
    const line = params.position.line + 1;
    const inFile = [...base.facts.values()].filter((f) => f.origin.file === params.textDocument.uri && f.origin.range.start.line <= line);
    const fact = inFile.sort((a, b) => b.origin.range.start.line - a.origin.range.start.line)[0];
    if (!fact) return [];
    const locations = [];
    for (const draft of workspaceDrafts()) {
      cancelled(token);
      for (const f of [...draft.result.findings, ...draft.result.supported]) {
        if (f.factId !== fact.id) continue;
        locations.push({ uri: draft.uri, range: { start: draft.position(f.offsets.start), end: draft.position(f.offsets.end) } });
      }
    }
    return locations;
  });

  /** Checks every Markdown file in the workspace, open or not, and pushes their diagnostics. */
  connection.onExecuteCommand((params) => {
    if (params.command !== CHECK_WORKSPACE) return null;
    let problems = 0;
    const drafts = workspaceDrafts();
    for (const draft of drafts) {
      const diagnostics = findingDiagnostics(draft.result.findings, store.base(), docs);
      problems += diagnostics.length;
      if (!documents.get(draft.uri)) void connection.sendDiagnostics({ uri: draft.uri, diagnostics });
    }
    return { drafts: drafts.length, problems };
  });

  /**
   * The local copy of a fact's source, when the source names one: a path relative to its fact
   * file, read only if it lies inside the workspace or beside that fact file.
   */
  function localCopyFor(factId: string | undefined): { uri: string; text: string } | undefined {
    const fact = factId === undefined ? undefined : store.base().facts.get(factId);
    const source = fact ? store.base().sources.get(fact.source.sourceId) : undefined;
    if (!source?.localCopy || !source.origin.file.startsWith('file:')) return undefined;
    const factDir = path.dirname(fileURLToPath(source.origin.file));
    const file = path.resolve(factDir, source.localCopy);
    const inside = (dir: string): boolean => !path.relative(dir, file).startsWith('..') && !path.isAbsolute(path.relative(dir, file));
    if (!inside(factDir) && !(root && inside(root))) return undefined;
    try {
      return { uri: pathToFileURL(file).toString(), text: fs.readFileSync(file, 'utf8') };
    } catch {
      return undefined;
    }
  }

  /** The status bar's tally for a draft: its findings by kind, supported claims included. */
  connection.onRequest('factlint/tally', (params: { textDocument: { uri: string } }) => {
    const doc = documents.get(params.textDocument.uri);
    const result = doc && isDraft(doc) ? resultFor(doc) : undefined;
    return tally(result?.findings ?? [], result?.supported.length ?? 0);
  });

  connection.onRequest('factlint/factFiles', () => store.uris());

  /** Every draft in the workspace: open ones as edited, the rest as on disk. */
  function workspaceDrafts(): { uri: string; result: CheckResult; position: (offset: number) => { line: number; character: number } }[] {
    const uris = new Set<string>(documents.all().filter(isDraft).map((d) => d.uri));
    if (root) for (const file of discoverDrafts(root)) uris.add(pathToFileURL(file).toString());
    const out = [];
    for (const uri of uris) {
      const open = documents.get(uri);
      if (open) {
        out.push({ uri, result: resultFor(open), position: (o: number) => open.positionAt(o) });
        continue;
      }
      let text: string;
      try {
        text = fs.readFileSync(fileURLToPath(uri), 'utf8');
      } catch {
        continue;
      }
      const doc = TextDocument.create(uri, 'markdown', 0, text);
      out.push({ uri, result: checkDocument(text, store.factIndex(), { today: today(), ...asOfOption() }), position: (o: number) => doc.positionAt(o) });
    }
    return out;
  }

  documents.listen(connection);
  connection.listen();
}

/**
 * The server's command that checks every Markdown file in the workspace. Its id differs from the
 * extension's own "factlint.checkWorkspace": the language client registers every server command
 * in VS Code, and two commands with one id make the extension fail to activate.
 */
export const CHECK_WORKSPACE = 'factlint.server.checkWorkspace';

function cancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
}

export function main(): void {
  // A failed request to the client (one it does not implement, say) must not end the server.
  process.on('unhandledRejection', (reason) => {
    console.error(`factlint: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
  });
  startServer(createConnection(ProposedFeatures.all));
}
