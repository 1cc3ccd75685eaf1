/** What the in-host tests share: waiting on VS Code's events, and opening drafts in the workspace. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FactlintApi, StatusBarState } from '../../client/src/extension';
import { describeFinding } from '../support/draftExpectations';

export const EXTENSION_ID = 'factlint.factlint';
/** How long a wait may take; FACTLINT_IT_TIMEOUT_MS shortens it for runs that are meant to fail. */
const TIMEOUT_MS = Number(process.env.FACTLINT_IT_TIMEOUT_MS) || 60_000;

/**
 * Resolves with read()'s first defined value, checked now and after each event; rejects after
 * the timeout with describe()'s account of what was there instead. No fixed sleeps.
 */
export function waitFor<T>(read: () => T | undefined, events: readonly vscode.Event<unknown>[], describe: () => string, timeoutMs = TIMEOUT_MS): Promise<T> {
  return new Promise((resolve, reject) => {
    const now = read();
    if (now !== undefined) return resolve(now);
    const subs: vscode.Disposable[] = [];
    const done = (): void => {
      clearTimeout(timer);
      for (const s of subs) s.dispose();
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out after ${timeoutMs} ms; last seen: ${describe()}`));
    }, timeoutMs);
    for (const event of events) {
      subs.push(event(() => {
        const value = read();
        if (value === undefined) return;
        done();
        resolve(value);
      }));
    }
  });
}

export function factlintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'factlint');
}

export function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

/** `line:start-end code` with 1-based lines and columns, as the fixture expectations read. */
export function describeDiagnostic(d: vscode.Diagnostic): string {
  return describeFinding({ line: d.range.start.line + 1, startColumn: d.range.start.character + 1, endColumn: d.range.end.character + 1, code: codeOf(d), suppressed: false });
}

/** Waits until the draft's factlint diagnostics satisfy accept(); returns them. */
export function waitForDiagnostics(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return waitFor(
    () => {
      const d = factlintDiagnostics(uri);
      return accept(d) ? d : undefined;
    },
    [vscode.languages.onDidChangeDiagnostics],
    () => JSON.stringify(factlintDiagnostics(uri).map(describeDiagnostic)),
  );
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return folder.uri;
}

/** Writes a draft into the workspace and opens it in an editor. */
export async function openDraft(name: string, text: string): Promise<{ uri: vscode.Uri; doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const uri = vscode.Uri.joinPath(workspaceFolder(), name);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  return { uri, doc, editor };
}

/** The extension's API (activate()'s return value), activating it if needed. */
export async function factlintApi(): Promise<FactlintApi> {
  const extension = vscode.extensions.getExtension<FactlintApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  return extension.isActive ? extension.exports : extension.activate();
}

/** Waits until the status bar shows a tally for this draft that satisfies accept(). */
export async function waitForStatusBar(uri: vscode.Uri, accept: (s: StatusBarState) => boolean): Promise<StatusBarState> {
  const api = await factlintApi();
  return waitFor(
    () => {
      const s = api.statusBar();
      return s && s.uri === uri.toString() && accept(s) ? s : undefined;
    },
    [api.onDidUpdateStatusBar],
    () => JSON.stringify(api.statusBar() ?? 'hidden'),
  );
}

/** The text of every hover VS Code shows at the position, joined. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}
