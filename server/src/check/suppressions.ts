/**
 * Suppression comments a writer can see and a reviewer can audit:
 *
 *   <!-- factlint-disable-next-line contradiction -- the figure is quoted, not asserted -->
 *   <!-- factlint-disable unsourced-figure -- figures from our own survey -->
 *   ...
 *   <!-- factlint-enable unsourced-figure -->
 *
 * Codes are separated by commas or spaces; none means every code. The reason follows "--".
 */
import type { HtmlComment } from '../markdown/document';
import type { LineIndex } from '../text/lines';

export interface Directive {
  readonly kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  /** Empty for every code. */
  readonly codes: readonly string[];
  readonly reason?: string;
  /** 0-based line of the comment's end. */
  readonly line: number;
  readonly offset: number;
}

const DIRECTIVE = /^\s*factlint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*)$/;

export function parseDirectives(comments: readonly HtmlComment[], lines: LineIndex): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.body);
    if (!m) continue;
    const [codesText = '', ...reasonParts] = (m[2] ?? '').split(/\s--\s?/);
    const reason = reasonParts.join(' -- ').trim();
    const codes = codesText.split(/[\s,]+/).filter(Boolean);
    const kind = m[1] as Directive['kind'];
    directives.push({ kind, codes, ...(reason !== '' && { reason }), line: lines.position(comment.end).line - 1, offset: comment.offset });
  }
  return directives;
}

export interface Suppression {
  readonly reason?: string;
  /** 1-based line of the directive. */
  readonly line: number;
}

/** The suppression that covers a finding with this code at this offset and 0-based line, if any. */
export function suppressionFor(directives: readonly Directive[], code: string, offset: number, line: number, lines: LineIndex): Suppression | undefined {
  const applies = (d: Directive): boolean => d.codes.length === 0 || d.codes.includes(code);
  let covering: Directive | undefined;
  for (const d of directives) {
    if (!applies(d)) continue;
    if (d.kind === 'disable-next-line' && line === nextContentLine(d.line, lines)) covering = d;
    if (d.kind === 'disable-line' && line === d.line) covering = d;
    if (d.kind === 'disable' && d.offset < offset) covering = d;
    if (d.kind === 'enable' && d.offset < offset && covering?.kind === 'disable') covering = undefined;
  }
  return covering ? { ...(covering.reason !== undefined && { reason: covering.reason }), line: lines.position(covering.offset).line } : undefined;
}

/** The line a "next line" directive means: the first non-blank line after it. */
function nextContentLine(line: number, lines: LineIndex): number {
  let next = line + 1;
  while (next < lines.lineCount && lines.lineText(next).trim() === '') next++;
  return next;
}
