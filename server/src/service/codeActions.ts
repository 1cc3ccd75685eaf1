/**
 * Quick fixes for a finding, as plain text edits on the draft:
 * - replace a contradicted value with the fact base's value (the preferred fix);
 * - add a suppression comment with a reason to fill in;
 * - for an unsourced figure that a fact agrees with, insert a footnote citing the fact's source;
 * - for a supported figure whose sentence cites nothing, the same footnote (no finding needed).
 */
import type { Finding, SupportedClaim } from '../check/findings/types';
import { citation } from '../check/findings/cite';
import type { FactIndex } from '../check/factIndex';
import { findingKind } from '../check/findings';
import type { Fact } from '../factbase/model';
import { kindOf, recognizeValues } from '../valueKinds';
import { parseDateSpec } from '../values/date';
import type { DateRange } from '../values/date';
import type { LineIndex } from '../text/lines';

export interface TextEditData {
  /** Source offsets: [start, end). */
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface FixData {
  readonly title: string;
  readonly kind: 'quickfix';
  readonly preferred: boolean;
  readonly edits: readonly TextEditData[];
}

const QUALIFIER = /^(?:since|until|by|before|after|from)\s+/i;

export function fixesFor(finding: Finding, text: string, lines: LineIndex, index: FactIndex): FixData[] {
  const fixes: FixData[] = [];
  const offered = findingKind(finding.code)?.fixes ?? [];
  if (offered.includes('replace-value') && finding.expected !== undefined) {
    // Keep the writer's qualifier: "since 2005" becomes "since 2003", not "2003".
    const qualifier = QUALIFIER.exec(finding.claim)?.[0] ?? '';
    const newText = `${qualifier}${finding.expected}`;
    fixes.push({ title: `Replace with "${newText}" (fact base)`, kind: 'quickfix', preferred: true, edits: [{ start: finding.offsets.start, end: finding.offsets.end, newText }] });
  }
  if (offered.includes('cite-source')) {
    const fact = matchingFact(finding, index);
    if (fact) fixes.push(citationFix(fact, finding, text, index));
  }
  if (offered.includes('suppress')) fixes.push(suppressionFix(finding, text, lines));
  return fixes;
}

/** Any date will do as "the draft's date" when matching a figure alone against facts. */
const ANY_DAY: DateRange = (() => {
  const p = parseDateSpec('2000-01-01');
  if (!p.ok || p.value.kind !== 'range') throw new Error('date');
  return p.value;
})();

/** A fact of the same kind whose value the figure agrees with, when exactly one does. */
function matchingFact(finding: Finding, index: FactIndex): Fact | undefined {
  const [mention] = recognizeValues(finding.claim);
  if (!mention) return undefined;
  const kind = kindOf(mention);
  const candidates = [...index.base.facts.values()].filter((fact) => {
    const role = index.placeOf(fact)?.role ?? '';
    if (fact.value.type === 'status' || !kind.roles(mention).includes(role)) return false;
    return kind.compare(mention, fact, { asOf: ANY_DAY, role, timeOf: () => undefined }) === true;
  });
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** "Cite the source" for a figure the fact base supports and the draft gives without a citation. */
export function citeSupported(claim: SupportedClaim, text: string, index: FactIndex): FixData | undefined {
  if (!claim.figure || claim.figure.cited) return undefined;
  const fact = index.base.facts.get(claim.factId);
  return fact ? citationFix(fact, { offsets: claim.figure }, text, index) : undefined;
}

function citationFix(fact: Fact, at: { readonly offsets: { readonly end: number } }, text: string, index: FactIndex): FixData {
  const label = `factlint-${fact.id}`;
  const source = index.base.sources.get(fact.source.sourceId);
  const definition = `[^${label}]: ${source?.title ?? fact.source.sourceId}, paragraph ${fact.source.paragraph} ("${fact.source.phrase}").`;
  const edits: TextEditData[] = [{ start: at.offsets.end, end: at.offsets.end, newText: `[^${label}]` }];
  if (!text.includes(`[^${label}]:`)) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const tail = text.endsWith('\n') ? '' : eol;
    edits.push({ start: text.length, end: text.length, newText: `${tail}${eol}${definition}${eol}` });
  }
  return { title: `Cite ${citation(fact, index.base)} for this figure`, kind: 'quickfix', preferred: false, edits };
}

function suppressionFix(finding: Finding, text: string, lines: LineIndex): FixData {
  const line = finding.range.start.line - 1;
  const lineText = lines.lineText(line);
  const lineStart = lines.lineStart(line);
  const reason = 'why this claim stands';
  if (lineText.trimStart().startsWith('|')) {
    // A comment line would end the table; the comment goes in the row's last cell instead.
    const bar = lineText.trimEnd().lastIndexOf('|');
    const at = lineStart + (bar > 0 ? bar : lineText.length);
    return {
      title: `Suppress ${finding.code} on this row`,
      kind: 'quickfix',
      preferred: false,
      edits: [{ start: at, end: at, newText: `<!-- factlint-disable-line ${finding.code} -- ${reason} --> ` }],
    };
  }
  const indent = /^\s*/.exec(lineText)?.[0] ?? '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return {
    title: `Suppress ${finding.code} on this line`,
    kind: 'quickfix',
    preferred: false,
    edits: [{ start: lineStart, end: lineStart, newText: `${indent}<!-- factlint-disable-next-line ${finding.code} -- ${reason} -->${eol}` }],
  };
}
