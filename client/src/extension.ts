/**
 * The factlint VS Code extension: starts the bundled language server and adds what only the
 * editor can show: a status-bar tally for the current draft, commands, and an output channel.
 * It runs nothing from the workspace; in an untrusted workspace it ignores `factlint.facts`.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

interface Tally {
  readonly contradicted: number;
  readonly outdated: number;
  readonly misattributed: number;
  readonly unsourced: number;
  readonly supported: number;
}

/** What the status bar shows for the active draft (undefined while it is hidden). */
export interface StatusBarState {
  readonly uri: string;
  readonly text: string;
  readonly tooltip: string;
  readonly tally: Tally;
}

/**
 * What activate() returns to other extensions (`vscode.extensions.getExtension(...).exports`):
 * the status-bar tally, which VS Code's API gives no other way to read. The integration tests
 * use it.
 */
export interface FactlintApi {
  statusBar(): StatusBarState | undefined;
  readonly onDidUpdateStatusBar: vscode.Event<StatusBarState | undefined>;
}

let client: LanguageClient | undefined;
let status: vscode.StatusBarItem | undefined;
let statusState: StatusBarState | undefined;
let statusRequest = 0;
let statusEmitter: vscode.EventEmitter<StatusBarState | undefined> | undefined;

function settings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('factlint');
  return {
    // A setting that points at files is not taken from an untrusted workspace.
    facts: vscode.workspace.isTrusted ? config.get<string[]>('facts', []) : [],
    asOf: config.get<string>('asOf', '') || undefined,
    severity: config.get<Record<string, string>>('severity', {}),
  };
}

async function startClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', pattern: '**/*.facts.{yaml,yml}' },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.facts.yaml,*.facts.yml,.factlintrc.json}') },
    initializationOptions: settings(),
    outputChannel: output,
  };
  client = new LanguageClient('factlint', 'factlint', serverOptions, clientOptions);
  await client.start();
  if (vscode.workspace.getConfiguration('factlint').get<boolean>('workspaceCheck', false)) {
    await client.sendRequest('workspace/executeCommand', { command: 'factlint.server.checkWorkspace', arguments: [] });
  }
}

function showStatus(next: StatusBarState | undefined): void {
  if (!status) return;
  statusState = next;
  if (next) {
    status.text = next.text;
    status.tooltip = next.tooltip;
    status.show();
  } else {
    status.hide();
  }
  statusEmitter?.fire(next);
}

async function updateStatus(): Promise<void> {
  if (!status) return;
  // Answers can come back out of order; only the latest request may set the status bar.
  const request = ++statusRequest;
  const editor = vscode.window.activeTextEditor;
  if (!client || !editor || editor.document.languageId !== 'markdown') {
    showStatus(undefined);
    return;
  }
  const uri = editor.document.uri.toString();
  try {
    const t = await client.sendRequest<Tally>('factlint/tally', { textDocument: { uri } });
    if (request !== statusRequest) return;
    showStatus({
      uri,
      tally: t,
      text: `$(checklist) ${t.contradicted} contradicted · ${t.outdated} outdated · ${t.unsourced} unsourced · ${t.supported} supported`,
      tooltip: `factlint: ${t.contradicted} contradicted, ${t.outdated} outdated, ${t.misattributed} misattributed, ${t.unsourced} unsourced, ${t.supported} supported claims. Click to open the Problems view.`,
    });
  } catch {
    if (request === statusRequest) showStatus(undefined);
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<FactlintApi> {
  // Made per activation: deactivation disposes it with the other subscriptions.
  statusEmitter = new vscode.EventEmitter<StatusBarState | undefined>();
  const api: FactlintApi = { statusBar: () => statusState, onDidUpdateStatusBar: statusEmitter.event };
  const output = vscode.window.createOutputChannel('factlint', { log: true });
  status = vscode.window.createStatusBarItem('factlint.tally', vscode.StatusBarAlignment.Left, 100);
  status.name = 'factlint';
  status.command = 'workbench.actions.view.problems';
  context.subscriptions.push(output, status, statusEmitter);
  if (!vscode.workspace.getConfiguration('factlint').get<boolean>('enable', true)) return api;
  await startClient(context, output);

  context.subscriptions.push(
    vscode.commands.registerCommand('factlint.checkWorkspace', async () => {
      const result = await client?.sendRequest<{ drafts: number; problems: number }>('workspace/executeCommand', { command: 'factlint.server.checkWorkspace', arguments: [] });
      if (result) void vscode.window.showInformationMessage(`factlint checked ${result.drafts} drafts: ${result.problems} problems.`);
    }),
    vscode.commands.registerCommand('factlint.reloadFacts', async () => {
      await client?.restart();
      void updateStatus();
    }),
    vscode.commands.registerCommand('factlint.showFact', () => vscode.commands.executeCommand('editor.action.revealDefinition')),
    vscode.commands.registerCommand('factlint.openFactBase', async () => {
      const files = (await client?.sendRequest<string[]>('factlint/factFiles')) ?? [];
      const picked = await vscode.window.showQuickPick(files.map((uri) => ({ label: path.basename(vscode.Uri.parse(uri).fsPath), description: vscode.Uri.parse(uri).fsPath, uri })), { placeHolder: 'Open a fact file' });
      if (picked) await vscode.window.showTextDocument(vscode.Uri.parse(picked.uri));
    }),
    vscode.window.onDidChangeActiveTextEditor(() => void updateStatus()),
    vscode.languages.onDidChangeDiagnostics(() => void updateStatus()),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('factlint')) return;
      await client?.stop();
      await startClient(context, output);
      void updateStatus();
    }),
  );
  void updateStatus();
  return api;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
