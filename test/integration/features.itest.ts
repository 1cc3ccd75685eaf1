/** Hover, every quick fix, definition and the workspace check, through the public vscode API. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostic, factlintDiagnostics, hoverText, openDraft, waitFor, waitForDiagnostics, waitForStatusBar, workspaceFolder } from './helpers';

/**
 * The quick fixes for a diagnostic: kind exactly "quickfix" leaves out VS Code's own Markdown
 * ("refactor.surround") and chat ("quickfix.copilot") actions. The API command returns actions
 * without their diagnostics, so they cannot be told apart by source.
 */
async function actionsFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
  return all.filter((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value);
}

/** Applies the action titled `title` for the draft's only diagnostic of `code`. */
async function applyFix(uri: vscode.Uri, code: string, title: string): Promise<void> {
  const [diagnostic] = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === code));
  assert.ok(diagnostic);
  const actions = await actionsFor(uri, diagnostic);
  const action = actions.find((a) => a.title === title);
  assert.ok(action?.edit, `"${title}" among ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
}

describe('factlint features in VS Code', () => {
  it('shows a hover citation for a contradicted claim', async () => {
    const { uri } = await openDraft('hover.md', 'The Crocus City Hall attack took place in March 2023.\n');
    await waitForDiagnostics(uri, (d) => d.length > 0);
    const text = await hoverText(uri, new vscode.Position(0, 45));
    assert.match(text, /Contradicts the fact base/);
    assert.match(text, /Fact base: March 2024/);
    assert.match(text, /Source: \*Moscow’s Taliban Rapprochement: High\\-Risk Realpolitik\*, paragraph 5: "the March 2024 Crocus City Hall attack"/);
    assert.match(text, /\[Open the fact `crocus-attack-date`\]\(file:[^)]*moscow-taliban-rapprochement\.facts\.yaml#L\d+\)/);
  });

  it('shows a hover citation for a supported claim, which has no diagnostic', async () => {
    const { uri } = await openDraft('supported.md', 'The Crocus City Hall attack took place in March 2024.\n');
    // The hover request follows the draft's opening, so the server answers for this text.
    const text = await hoverText(uri, new vscode.Position(0, 45));
    assert.match(text, /Supported by the fact base/);
    assert.match(text, /paragraph 5/);
    assert.deepEqual(factlintDiagnostics(uri), []);
  });

  it('applies the preferred quick fix and the claim is re-checked', async () => {
    const { uri, doc } = await openDraft('fix.md', 'The Crocus City Hall attack took place in March 2023.\n');
    const [diagnostic] = await waitForDiagnostics(uri, (d) => d.length > 0);
    assert.ok(diagnostic);
    const actions = await actionsFor(uri, diagnostic);
    assert.deepEqual(actions.map((a) => [a.title, a.isPreferred ?? false]), [['Replace with "March 2024" (fact base)', true], ['Suppress contradiction on this line', false]]);
    const preferred = actions[0];
    assert.ok(preferred?.edit);
    assert.ok(await vscode.workspace.applyEdit(preferred.edit));
    assert.equal(doc.getText(), 'The Crocus City Hall attack took place in March 2024.\n');
    await waitForDiagnostics(uri, (d) => d.length === 0);
  });

  it('keeps the writer\'s "since" when it replaces a date', async () => {
    const { uri, doc } = await openDraft('since.md', 'Russia had listed the Taliban as a terrorist organization since 2005.\n');
    await applyFix(uri, 'contradiction', 'Replace with "since 2003" (fact base)');
    assert.match(doc.getText(), /organization since 2003\./);
    await waitForDiagnostics(uri, (d) => d.length === 0);
  });

  it('suppresses a finding with a comment that asks for a reason', async () => {
    const { uri, doc } = await openDraft('suppress.md', 'Intro.\n\nThe Crocus City Hall attack wounded 60 people.\n');
    await applyFix(uri, 'unsourced-figure', 'Suppress unsourced-figure on this line');
    assert.equal(doc.getText(), 'Intro.\n\n<!-- factlint-disable-next-line unsourced-figure -- why this claim stands -->\nThe Crocus City Hall attack wounded 60 people.\n');
    await waitForDiagnostics(uri, (d) => d.length === 0);
  });

  it('suppresses a finding in a table row inside the row, so the table stays whole', async () => {
    const { uri, doc } = await openDraft('table.md', '| Event | Date |\n| --- | --- |\n| Crocus City Hall attack | March 2023 |\n');
    await applyFix(uri, 'contradiction', 'Suppress contradiction on this row');
    assert.equal(doc.lineAt(2).text, '| Crocus City Hall attack | March 2023 <!-- factlint-disable-line contradiction -- why this claim stands --> |');
    await waitForDiagnostics(uri, (d) => d.length === 0);
  });

  it('cites the source of a figure the fact base supports and its sentence cites nothing for', async () => {
    const text = 'Afghanistan\'s mineral deposits are worth about $3 trillion.\n';
    const { uri, doc } = await openDraft('cite.md', text);
    // A supported claim has no diagnostic; the citation is offered where the figure is.
    const title = 'Cite Moscow’s Taliban Rapprochement, para 6 for this figure';
    const at = new vscode.Range(new vscode.Position(0, 48), new vscode.Position(0, 48));
    // The server has checked this version once its tally counts the supported claim.
    await waitForStatusBar(uri, (st) => st.tally.supported === 1);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, at)) ?? [];
    const action = actions.find((a) => a.title === title);
    assert.ok(action?.edit, `"${title}" among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    assert.equal(
      doc.getText(),
      'Afghanistan\'s mineral deposits are worth about $3 trillion[^factlint-afghanistan-mineral-wealth].\n\n[^factlint-afghanistan-mineral-wealth]: Moscow’s Taliban Rapprochement: High-Risk Realpolitik, paragraph 6 ("estimated to be worth around $3 trillion").\n',
    );
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

  it('opens the fact behind the claim with the Show the Fact command', async () => {
    const { editor } = await openDraft('show.md', 'The Crocus City Hall attack took place in March 2024.\n');
    editor.selection = new vscode.Selection(0, 45, 0, 45);
    const opened = waitFor(
      () => (vscode.window.activeTextEditor?.document.uri.path.endsWith('.facts.yaml') ? vscode.window.activeTextEditor : undefined),
      [vscode.window.onDidChangeActiveTextEditor],
      () => String(vscode.window.activeTextEditor?.document.uri),
    );
    await vscode.commands.executeCommand('factlint.showFact');
    const factEditor = await opened;
    assert.match(factEditor.document.lineAt(factEditor.selection.active.line).text, /- id: crocus-attack-date/);
  });

  it('checks a draft that is not open with the Check Workspace command', async () => {
    const unopened = vscode.Uri.joinPath(workspaceFolder(), 'notes', 'unopened.md');
    await vscode.workspace.fs.writeFile(unopened, Buffer.from('U.S. forces fought in Afghanistan for three decades.\n'));
    await vscode.commands.executeCommand('factlint.checkWorkspace');
    const diagnostics = await waitForDiagnostics(unopened, (d) => d.length > 0);
    assert.deepEqual(diagnostics.map(describeDiagnostic), ['1:39-52 contradiction']);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'the draft was not opened');
  });
});
