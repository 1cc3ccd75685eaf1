/**
 * Findings and fact-base problems as LSP-shaped diagnostics (plain data; the server sends them).
 * Positions become 0-based; columns stay UTF-16 code units.
 */
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import type { Finding } from '../check/findings/types';
import type { FactBase, Range as FactRange } from '../factbase/model';
import type { Problem } from '../factbase/problems';

const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

/** A 1-based fact-model range as an LSP range (0-based; columns stay UTF-16 units). */
export function lspRange(range: FactRange) {
  return {
    start: { line: range.start.line - 1, character: range.start.column - 1 },
    end: { line: range.end.line - 1, character: range.end.column - 1 },
  };
}

/** `docs` maps a code to the URI of its doc page (for codeDescription). */
export function findingDiagnostics(findings: readonly Finding[], base: FactBase, docs: (code: string) => string): Diagnostic[] {
  return findings
    // Notes (info) are shown too, as information: "beyond the fact base" is for a reviewer to see.
    .filter((f) => f.suppressed === undefined)
    .map((f) => {
      const fact = f.factId === undefined ? undefined : base.facts.get(f.factId);
      const related: DiagnosticRelatedInformation[] = fact
        ? [{ location: { uri: fact.origin.file, range: lspRange(fact.origin.range) }, message: `the fact "${fact.id}"` }]
        : [];
      return {
        range: lspRange(f.range),
        severity: SEVERITY[f.severity],
        code: f.code,
        codeDescription: { href: docs(f.code) },
        source: 'factlint',
        message: f.message,
        ...(related.length > 0 && { relatedInformation: related }),
        ...(f.factId !== undefined && { data: { factId: f.factId, expected: f.expected } }),
      };
    });
}

export function problemDiagnostics(problems: readonly Problem[], docs: (code: string) => string): Diagnostic[] {
  return problems.map((p) => ({
    range: lspRange(p.origin.range),
    severity: SEVERITY[p.severity],
    code: p.code,
    codeDescription: { href: docs(p.code) },
    source: 'factlint',
    message: p.message,
    ...(p.related && {
      relatedInformation: p.related.map((r) => ({ location: { uri: r.origin.file, range: lspRange(r.origin.range) }, message: r.message })),
    }),
  }));
}
