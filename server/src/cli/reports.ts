/**
 * Output formats of `factlint check`: text, json, sarif (2.1.0, for GitHub code scanning), junit
 * and github (workflow annotations). Each takes the same run report and returns the output text.
 */
import { createHash } from 'node:crypto';
import { FINDING_KINDS } from '../check/findings';
import type { Finding, SupportedClaim } from '../check/findings/types';
import type { AsOfSource } from '../check/checkDocument';
import type { DateRange } from '../values/date';
import { plural } from './output';
import type { Style } from './output';

export interface DraftReport {
  readonly file: string;
  readonly asOf: DateRange;
  readonly asOfSource: AsOfSource;
  readonly findings: readonly Finding[];
  readonly supported: readonly SupportedClaim[];
}

export interface RunReport {
  readonly drafts: readonly DraftReport[];
  readonly version: string;
}

export interface Tally {
  readonly errors: number;
  readonly warnings: number;
  readonly suppressed: number;
  readonly supported: number;
}

export const FORMATS = ['text', 'json', 'sarif', 'junit', 'github'] as const;
export type Format = (typeof FORMATS)[number];

/** Problems are unsuppressed errors and warnings; info findings are not. */
export function isProblem(f: Finding): boolean {
  return f.suppressed === undefined && (f.severity === 'error' || f.severity === 'warning');
}

export function tally(report: RunReport): Tally {
  let errors = 0;
  let warnings = 0;
  let suppressed = 0;
  let supported = 0;
  for (const d of report.drafts) {
    supported += d.supported.length;
    for (const f of d.findings) {
      if (f.suppressed) suppressed++;
      else if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
  }
  return { errors, warnings, suppressed, supported };
}

export function render(format: Format, report: RunReport, options: { quiet: boolean; style: Style }): string {
  switch (format) {
    case 'text':
      return text(report, options);
    case 'json':
      return json(report);
    case 'sarif':
      return sarif(report);
    case 'junit':
      return junit(report, options.quiet);
    case 'github':
      return github(report, options.quiet);
  }
}

function shown(f: Finding, quiet: boolean): boolean {
  return isProblem(f) && (!quiet || f.severity === 'error');
}

function text(report: RunReport, { quiet, style }: { quiet: boolean; style: Style }): string {
  const lines: string[] = [];
  for (const d of report.drafts) {
    for (const f of d.findings) {
      if (!shown(f, quiet)) continue;
      const severity = f.severity === 'error' ? style.red('error') : style.yellow('warning');
      lines.push(`${d.file}:${f.range.start.line}:${f.range.start.column}: ${severity}: ${f.message} ${style.dim(`[${f.code}]`)}`);
    }
  }
  const t = tally(report);
  const counts = t.errors + t.warnings === 0 ? 'no problems' : `${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}`;
  const extra = [t.suppressed > 0 ? `${t.suppressed} suppressed` : '', `${plural(t.supported, 'claim')} supported`].filter(Boolean).join(', ');
  lines.push(`${style.bold(counts)} in ${plural(report.drafts.length, 'draft')} (${extra})`);
  return `${lines.join('\n')}\n`;
}

function json(report: RunReport): string {
  return `${JSON.stringify({
    version: report.version,
    drafts: report.drafts.map((d) => ({
      file: d.file,
      asOf: d.asOf.label,
      asOfSource: d.asOfSource,
      findings: d.findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        message: f.message,
        line: f.range.start.line,
        column: f.range.start.column,
        endLine: f.range.end.line,
        endColumn: f.range.end.column,
        claim: f.claim,
        ...(f.factId !== undefined && { factId: f.factId }),
        ...(f.expected !== undefined && { expected: f.expected }),
        ...(f.suppressed && { suppressed: f.suppressed }),
      })),
      supported: d.supported.map((c) => ({
        message: c.message,
        line: c.range.start.line,
        column: c.range.start.column,
        endLine: c.range.end.line,
        endColumn: c.range.end.column,
        claim: c.claim,
        factId: c.factId,
      })),
    })),
    summary: tally(report),
  }, null, 2)}\n`;
}

const DOCS = 'docs/codes';

function sarif(report: RunReport): string {
  const kinds = FINDING_KINDS.filter((k) => k.severity !== 'info');
  const ruleIndex = new Map(kinds.map((k, i) => [k.code, i]));
  const results = report.drafts.flatMap((d) => {
    const seen = new Map<string, number>();
    return d.findings
      .filter((f) => f.severity !== 'info' && ruleIndex.has(f.code))
      .map((f) => {
        // Stable across edits that move the claim: the draft, the code, the fact and the claim text,
        // numbered when the same claim recurs.
        const key = `${d.file}\u0000${f.code}\u0000${f.factId ?? ''}\u0000${f.claim}`;
        const occurrence = (seen.get(key) ?? 0) + 1;
        seen.set(key, occurrence);
        const fingerprint = createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
        return {
          ruleId: f.code,
          ruleIndex: ruleIndex.get(f.code),
          level: f.severity === 'error' ? 'error' : 'warning',
          message: { text: f.message },
          locations: [{
            physicalLocation: {
              artifactLocation: { uri: encodeURI(d.file) },
              region: {
                startLine: f.range.start.line,
                startColumn: f.range.start.column,
                endLine: f.range.end.line,
                endColumn: f.range.end.column,
                snippet: { text: f.claim },
              },
            },
          }],
          partialFingerprints: { 'factlintClaim/v1': fingerprint },
          ...(f.suppressed && { suppressions: [{ kind: 'inSource', ...(f.suppressed.reason !== undefined && { justification: f.suppressed.reason }) }] }),
        };
      });
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'factlint',
          version: report.version,
          semanticVersion: report.version,
          rules: kinds.map((k) => ({
            id: k.code,
            name: k.name,
            shortDescription: { text: k.summary },
            fullDescription: { text: k.summary },
            help: { text: `${k.summary} See ${DOCS}/${k.code}.md.`, markdown: `${k.summary} See [${k.code}](${DOCS}/${k.code}.md).` },
            defaultConfiguration: { level: k.severity === 'error' ? 'error' : 'warning' },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

function junit(report: RunReport, quiet: boolean): string {
  const suites = report.drafts.map((d) => {
    const problems = d.findings.filter((f) => shown(f, quiet));
    const cases = problems.length === 0
      ? [`    <testcase classname="${xml(d.file)}" name="${xml(d.file)}: no problems"/>`]
      : problems.map((f) => [
        `    <testcase classname="${xml(d.file)}" name="${xml(`${d.file}:${f.range.start.line}:${f.range.start.column} ${f.code}`)}">`,
        `      <failure type="${xml(f.code)}" message="${xml(f.message)}">${xml(`${d.file}:${f.range.start.line}:${f.range.start.column}: ${f.severity}: ${f.message} [${f.code}]`)}</failure>`,
        '    </testcase>',
      ].join('\n'));
    return [`  <testsuite name="${xml(d.file)}" tests="${Math.max(1, problems.length)}" failures="${problems.length}" errors="0">`, ...cases, '  </testsuite>'].join('\n');
  });
  const tests = report.drafts.reduce((n, d) => n + Math.max(1, d.findings.filter((f) => shown(f, quiet)).length), 0);
  const failures = report.drafts.reduce((n, d) => n + d.findings.filter((f) => shown(f, quiet)).length, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="factlint" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}

/** Escapes for workflow commands, as GitHub's toolkit does. */
function ghData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function ghProperty(s: string): string {
  return ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function github(report: RunReport, quiet: boolean): string {
  const lines: string[] = [];
  for (const d of report.drafts) {
    for (const f of d.findings) {
      if (!shown(f, quiet)) continue;
      const command = f.severity === 'error' ? 'error' : 'warning';
      const props = `file=${ghProperty(d.file)},line=${f.range.start.line},col=${f.range.start.column},endLine=${f.range.end.line},endColumn=${f.range.end.column},title=${ghProperty(`factlint ${f.code}`)}`;
      lines.push(`::${command} ${props}::${ghData(f.message)}`);
    }
  }
  const t = tally(report);
  lines.push(`factlint: ${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}, ${t.suppressed} suppressed in ${plural(report.drafts.length, 'draft')}`);
  return `${lines.join('\n')}\n`;
}
