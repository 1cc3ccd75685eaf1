/** Text and JSON rendering of problems for the CLI. */
import type { Problem } from '../factbase/problems';

export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const plain: Style = { red: (s) => s, yellow: (s) => s, dim: (s) => s, bold: (s) => s };
const ansi = (open: number, close: number) => (s: string): string => `\u001b[${open}m${s}\u001b[${close}m`;
const coloured: Style = { red: ansi(31, 39), yellow: ansi(33, 39), dim: ansi(2, 22), bold: ansi(1, 22) };

/** Colour only on a terminal, and never when NO_COLOR is set (no-color.org); FORCE_COLOR forces it. */
export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): Style {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return plain;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return coloured;
  return stream.isTTY === true ? coloured : plain;
}

/** `file:line:col: severity: message [code]`, the form editors and CI logs link. */
export function formatProblemLine(p: Problem, style: Style): string {
  const { line, column } = p.origin.range.start;
  const severity = p.severity === 'error' ? style.red('error') : style.yellow('warning');
  return `${p.origin.file}:${line}:${column}: ${severity}: ${p.message} ${style.dim(`[${p.code}]`)}`;
}

export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}

export function problemJson(p: Problem): object {
  const { start, end } = p.origin.range;
  return {
    file: p.origin.file,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    severity: p.severity,
    code: p.code,
    message: p.message,
    ...(p.related && {
      related: p.related.map((r) => ({ message: r.message, file: r.origin.file, line: r.origin.range.start.line, column: r.origin.range.start.column })),
    }),
  };
}
