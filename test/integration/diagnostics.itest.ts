/** In a real VS Code, through the public API: the extension reports the example brief's errors. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

function waitForDiagnostics(uri: vscode.Uri, accept: (d: readonly vscode.Diagnostic[]) => boolean, timeoutMs = 60_000): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const now = vscode.languages.getDiagnostics(uri);
    if (accept(now)) return resolve(now);
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`no matching diagnostics for ${uri.toString()} within ${timeoutMs} ms`)); }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const d = vscode.languages.getDiagnostics(uri);
      if (accept(d)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(d);
      }
    });
  });
}

describe('factlint in VS Code', () => {
  it('reports the example brief\'s contradictions as diagnostics', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'a workspace folder is open');
    const uri = vscode.Uri.joinPath(folder.uri, 'brief.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => x.source === 'factlint'));
    const codes = diagnostics.filter((d) => d.source === 'factlint').map((d) => (typeof d.code === 'object' ? d.code.value : d.code));
    assert.deepEqual(codes.sort(), ['contradiction', 'contradiction', 'contradiction', 'contradiction', 'misattribution', 'outdated-status']);
  });
});
