/**
 * Editing a fact file in VS Code: a good edit changes the verdicts at once; a broken edit is
 * reported on the fact file at its place while the last good version stays in force for drafts;
 * repairing it clears the report. The workspace's settings add its facts/ folder to the base
 * (`factlint.facts`), as a team with its own fact base would.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostic, hoverText, openDraft, waitForDiagnostics, workspaceFolder } from './helpers';

/** Replaces the first occurrence of `from` in the document with `to`, as a keyboard edit would. */
async function replaceIn(doc: vscode.TextDocument, from: string, to: string): Promise<void> {
  const at = doc.getText().indexOf(from);
  assert.ok(at >= 0, `"${from}" is in ${doc.uri.path}`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + from.length)), to);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

describe('editing the fact base in VS Code', () => {
  it('applies a good edit, keeps the last good version through a broken one, and clears it on repair', async () => {
    const factsUri = vscode.Uri.joinPath(workspaceFolder(), 'facts', 'harbour-board.facts.yaml');
    const { uri: draft } = await openDraft('harbour.md', 'Repairing the North Pier will cost about 6 million euros.\n\nThe North Pier was closed to shipping from 2019 until 2021.\n');
    await waitForDiagnostics(draft, (d) => JSON.stringify(d.map(describeDiagnostic)) === JSON.stringify(['1:36-57 contradiction', '3:39-59 contradiction']));

    const factsDoc = await vscode.workspace.openTextDocument(factsUri);
    await vscode.window.showTextDocument(factsDoc, { preview: false });
    try {
      // A good edit: the fact base now says 6 million, so the first claim is no longer contradicted.
      await replaceIn(factsDoc, 'amount: 4.5', 'amount: 6');
      await waitForDiagnostics(draft, (d) => JSON.stringify(d.map(describeDiagnostic)) === JSON.stringify(['3:39-59 contradiction']));

      // A broken edit: reported on the fact file, at the bad value.
      await replaceIn(factsDoc, 'amount: 6', 'amount: six');
      const line = factsDoc.getText().split('\n').findIndex((l) => l.includes('amount: six'));
      const [problem] = await waitForDiagnostics(factsUri, (d) => d.length > 0);
      assert.ok(problem);
      assert.equal(codeOf(problem), 'schema-violation');
      assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
      assert.deepEqual([problem.range.start.line, problem.range.start.character], [line, factsDoc.lineAt(line).text.indexOf('six')]);
      assert.match(problem.message, /north-pier-budget.*must be number/);

      // The drafts are still checked against the last good version: the fact still says 6 million
      // (the hover is computed now, against the base in force) and the closure claim still fails.
      const hover = await hoverText(draft, new vscode.Position(0, 45));
      assert.match(hover, /Supported by the fact base/);
      assert.match(hover, /Fact base: [^\n]*\b6 million/);
      await waitForDiagnostics(draft, (d) => JSON.stringify(d.map(describeDiagnostic)) === JSON.stringify(['3:39-59 contradiction']));

      // Repaired: the fact file's report goes away.
      await replaceIn(factsDoc, 'amount: six', 'amount: 4.5');
      await waitForDiagnostics(factsUri, (d) => d.length === 0);
      await waitForDiagnostics(draft, (d) => JSON.stringify(d.map(describeDiagnostic)) === JSON.stringify(['1:36-57 contradiction', '3:39-59 contradiction']));
    } finally {
      // The edits were never saved; drop them so the file on disk is untouched.
      await vscode.window.showTextDocument(factsDoc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});
