/**
 * Offsets to 1-based line and column, with the line ends LSP and VS Code use: "\n", "\r\n" and a
 * lone "\r". Columns count UTF-16 code units, like JavaScript strings and LSP.
 *
 * Written here rather than taken from the `yaml` package's LineCounter because that one only
 * learns the line breaks its lexer reports, and on a lone "\r" the two disagree (a fuzz test
 * found columns past the end of the line).
 */
import type { Position } from '../factbase/model';
import { lastAtOrBefore } from './search';

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset where a 0-based line starts. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))] ?? 0;
  }

  /** The text of a 0-based line, without its line end. */
  lineText(line: number): string {
    if (line < 0 || line >= this.starts.length) return '';
    const start = this.starts[line] ?? 0;
    let end = line + 1 < this.starts.length ? (this.starts[line + 1] ?? this.text.length) : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }

  /** The position of an offset; offsets outside the text are clamped to it. */
  position(offset: number): Position {
    const at = Math.max(0, Math.min(this.text.length, offset));
    const lo = lastAtOrBefore(this.starts, (s) => s, at);
    const lineStart = this.starts[lo] ?? 0;
    // An offset inside a "\r\n" pair belongs to the end of its line.
    return { line: lo + 1, column: at - lineStart + 1 };
  }
}
