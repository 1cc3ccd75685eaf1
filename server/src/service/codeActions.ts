/**
 * Quick fixes for a finding, as plain text edits on the draft:
 * - replace a contradicted value with the fact base's value (the preferred fix);
 * - add a suppression comment with a reason to fill in;
 * - for an unsourced figure that a fact agrees with, insert a footnote citing the fact's source.
 */
import type { Finding } from '../check/findings/types';
import { citation } from '../check/findings/cite';
import type { FactIndex } from '../check/factIndex';
import { agrees } from '../check/claims';
import type { Fact } from '../factbase/model';
import { recognizeValues } from '../recognize/values';
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
  if (finding.code === 'contradiction' && finding.expected !== undefined) {
    // Keep the writer's qualifier: "since 2005" becomes "since 2003", not "2003".
    const qualifier = QUALIFIER.exec(finding.claim)?.[0] ?? '';
    const newText = `${qualifier}${finding.expected}`;
    fixes.push({ title: `Replace with "${newText}" (fact base)`, kind: 'quickfix', preferred: true, edits: [{ start: finding.offsets.start, end: finding.offsets.end, newText }] });
  }
  if (finding.code === 'unsourced-figure') {
    const fact = matchingFact(finding, index);
    if (fact) fixes.push(citationFix(fact, finding, text, index));
  }
  if (finding.code !== 'supported' && finding.code !== 'internal-error') fixes.push(suppressionFix(finding, text, lines));
  return fixes;
}

/** A fact of the same kind whose value the figure agrees with, when exactly one does. */
function matchingFact(finding: Finding, index: FactIndex): Fact | undefined {
  const [mention] = recognizeValues(finding.claim);
  if (!mention) return undefined;
  const candidates = [...index.base.facts.values()].filter((fact) => {
    const t = fact.value.type;
    const sameKind = (mention.kind === 'date' && t === 'date') || (mention.kind === 'money' && t === 'money') || (mention.kind === 'duration' && t === 'duration');
    return sameKind && agrees(fact, mention);
  });
  return candidates.length === 1 ? candidates[0] : undefined;
}

function citationFix(fact: Fact, finding: Finding, text: string, index: FactIndex): FixData {
  const label = `factlint-${fact.id}`;
  const source = index.base.sources.get(fact.source.sourceId);
  const definition = `[^${label}]: ${source?.title ?? fact.source.sourceId}, paragraph ${fact.source.paragraph} ("${fact.source.phrase}").`;
  const edits: TextEditData[] = [{ start: finding.offsets.end, end: finding.offsets.end, newText: `[^${label}]` }];
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
