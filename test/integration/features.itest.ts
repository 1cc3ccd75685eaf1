/** Hover, quick fixes, definition and the workspace check, through the public vscode API. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

function waitFor<T>(read: () => T | undefined, event: vscode.Event<unknown>, timeoutMs = 60_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const now = read();
    if (now !== undefined) return resolve(now);
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`timed out after ${timeoutMs} ms`)); }, timeoutMs);
    const sub = event(() => {
      const value = read();
      if (value === undefined) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(value);
    });
  });
}

function factlintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'factlint');
}

function code(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

async function openDraft(name: string, text: string): Promise<{ uri: vscode.Uri; doc: vscode.TextDocument }> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder);
  const uri = vscode.Uri.joinPath(folder.uri, name);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  return { uri, doc };
}

describe('factlint features in VS Code', () => {
  it('shows a hover citation for a contradicted claim', async () => {
    const { uri } = await openDraft('hover.md', 'The Crocus City Hall attack took place in March 2023.\n');
    await waitFor(() => (factlintDiagnostics(uri).length > 0 ? true : undefined), vscode.languages.onDidChangeDiagnostics);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(0, 45));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Contradicts the fact base/);
    assert.match(text, /Fact base: March 2024/);
    assert.match(text, /paragraph 5/);
  });

  it('applies the preferred quick fix and the claim is re-checked', async () => {
    const { uri, doc } = await openDraft('fix.md', 'The Crocus City Hall attack took place in March 2023.\n');
    const [diagnostic] = await waitFor(() => { const d = factlintDiagnostics(uri); return d.length > 0 ? d : undefined; }, vscode.languages.onDidChangeDiagnostics);
    assert.ok(diagnostic);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
    const preferred = actions.find((a) => a.isPreferred);
    assert.equal(preferred?.title, 'Replace with "March 2024" (fact base)');
    assert.ok(preferred?.edit);
    assert.ok(await vscode.workspace.applyEdit(preferred.edit));
    assert.equal(doc.getText(), 'The Crocus City Hall attack took place in March 2024.\n');
    await waitFor(() => (factlintDiagnostics(uri).length === 0 ? true : undefined), vscode.languages.onDidChangeDiagnostics);
  });

  it('goes from a claim to its fact in the fact file', async () => {
    const { uri } = await openDraft('definition.md', 'The Crocus City Hall attack took place in March 2024.\n');
    const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, new vscode.Position(0, 45));
    const target = found[0];
    assert.ok(target);
    const targetUri = 'uri' in target ? target.uri : target.targetUri;
    const range = 'range' in target ? target.range : target.targetRange;
    assert.match(targetUri.path, /\/facts\/moscow-taliban-rapprochement\.facts\.yaml$/);
    const factDoc = await vscode.workspace.openTextDocument(targetUri);
    assert.match(factDoc.lineAt(range.start.line).text, /- id: crocus-attack-date/);
  });

  it('checks a draft that is not open with the Check Workspace command', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const unopened = vscode.Uri.joinPath(folder.uri, 'notes', 'unopened.md');
    await vscode.workspace.fs.writeFile(unopened, Buffer.from('U.S. forces fought in Afghanistan for three decades.\n'));
    await vscode.commands.executeCommand('factlint.checkWorkspace');
    const diagnostics = await waitFor(() => { const d = factlintDiagnostics(unopened); return d.length > 0 ? d : undefined; }, vscode.languages.onDidChangeDiagnostics);
    assert.deepEqual(diagnostics.map(code), ['contradiction']);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'the draft was not opened');
  });
});
