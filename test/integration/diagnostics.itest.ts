/**
 * In a real VS Code, through the public API: the diagnostics and the status-bar tally of the
 * example brief and of every fixture draft. The fixtures carry their expected findings on their
 * lines (test/support/draftExpectations.ts); the codes and ranges VS Code shows must be exactly
 * those, and each message and severity must be what the engine itself says, so the editor and
 * `factlint check` agree.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { today } from '../../server/src/cli/clock';
import type { FactIndex } from '../../server/src/check/factIndex';
import { checkDocument } from '../../server/src/check/checkDocument';
import { indexOf } from '../support/bundled';
import { describeFinding, readDraftExpectations } from '../support/draftExpectations';
import { BUNDLED_FACTS, FIXTURES } from '../support/paths';
import { codeOf, describeDiagnostic, openDraft, waitForDiagnostics, waitForStatusBar, workspaceFolder } from './helpers';

const SEVERITY: Readonly<Record<string, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** The fact base the extension uses in the test workspace: bundled, plus `factlint.facts` (facts/). */
function workspaceIndex(): FactIndex {
  return indexOf([BUNDLED_FACTS, path.join(workspaceFolder().fsPath, 'facts')]);
}

const sorted = (xs: string[]): string[] => [...xs].sort();

describe('diagnostics and the status bar in VS Code', () => {
  it('reports the example brief\'s findings and shows its tally', async () => {
    const uri = vscode.Uri.joinPath(workspaceFolder(), 'brief.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    // What `factlint check examples/brief.md` reports, as line:start-end code severity.
    const expected = sorted([
      '15:41-54 contradiction error',
      '17:14-19 outdated-status error',
      '21:32-42 contradiction error',
      '21:62-69 misattribution error',
      '33:46-65 contradiction error',
      '37:17-36 contradiction error',
    ]);
    const severityName = (d: vscode.Diagnostic): string => Object.keys(SEVERITY).find((k) => SEVERITY[k] === d.severity) ?? String(d.severity);
    const line = (d: vscode.Diagnostic): string => `${describeDiagnostic(d)} ${severityName(d)}`;
    const diagnostics = await waitForDiagnostics(uri, (d) => JSON.stringify(sorted(d.map(line))) === JSON.stringify(expected));
    assert.match(diagnostics.find((d) => d.range.start.line === 14)?.message ?? '', /not three decades/);
    // The status bar (read through the extension's API; VS Code's API cannot read status items).
    const status = await waitForStatusBar(uri, (s) => s.text === '$(checklist) 4 contradicted · 1 outdated · 0 unsourced · 21 supported');
    assert.match(status.tooltip, /1 misattributed/);
  });

  const index = workspaceIndex();
  const drafts = fs.readdirSync(path.join(FIXTURES, 'drafts')).filter((f) => f.endsWith('.md')).sort();
  it('has the fixture drafts', () => assert.ok(drafts.length >= 5, drafts.join(', ')));

  for (const name of drafts) {
    it(`${name}: the marked findings, with the engine's messages and severities, and the tally`, async () => {
      const text = fs.readFileSync(path.join(FIXTURES, 'drafts', name), 'utf8');
      const expectations = readDraftExpectations(text);
      const shown = expectations.filter((e) => !e.suppressed && e.code !== 'supported');
      const expected = sorted(shown.map(describeFinding));
      const { uri } = await openDraft(path.join('fixtures', name), text);

      // The server has checked this version once the tally for it has the marked counts.
      const count = (code: string): number => expectations.filter((e) => !e.suppressed && e.code === code).length;
      const tally = { contradicted: count('contradiction'), outdated: count('outdated-status'), misattributed: count('misattribution'), unsourced: count('unsourced-figure'), supported: count('supported') };
      await waitForStatusBar(uri, (s) => JSON.stringify(s.tally) === JSON.stringify(tally));
      const diagnostics = await waitForDiagnostics(uri, (d) => JSON.stringify(sorted(d.map(describeDiagnostic))) === JSON.stringify(expected));

      // The same draft through the engine, as `factlint check` runs it.
      const findings = checkDocument(text, index, { today: today() }).findings.filter((f) => !f.suppressed);
      assert.equal(diagnostics.length, findings.length);
      // One engine finding per diagnostic; two findings may share a code and a place (two facts
      // that one name misattributes), so the message tells them apart.
      const used = new Set<(typeof findings)[number]>();
      for (const d of diagnostics) {
        const f = findings.find((x) => !used.has(x) && x.code === codeOf(d) && x.range.start.line === d.range.start.line + 1 && x.range.start.column === d.range.start.character + 1 && x.message === d.message);
        assert.ok(f, `the engine has ${describeDiagnostic(d)}: ${d.message}`);
        used.add(f);
        assert.equal(d.message, f.message, describeDiagnostic(d));
        assert.equal(d.severity, SEVERITY[f.severity], describeDiagnostic(d));
        const doc = typeof d.code === 'object' ? d.code.target.path : '';
        assert.ok(doc.endsWith(`/docs/codes/${f.code}.md`), `${describeDiagnostic(d)} links its doc page (${doc})`);
        if (f.factId !== undefined) {
          const related = d.relatedInformation?.[0];
          assert.ok(related, `${describeDiagnostic(d)} points at its fact`);
          const factDoc = await vscode.workspace.openTextDocument(related.location.uri);
          assert.equal(factDoc.lineAt(related.location.range.start.line).text.trim(), `- id: ${f.factId}`);
        }
      }
    });
  }
});
