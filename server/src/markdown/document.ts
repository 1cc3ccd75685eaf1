/**
 * Reads a Markdown draft into the prose a reviewer would check, with every character mapped back
 * to its exact place in the source.
 *
 * Parser choice, measured on ../shared/corpus (8.8 MB, 1,783 files, 2 cores, Node 20):
 * markdown-it 21.9 MB/s, micromark with GFM (mdast) 1.0 MB/s; on the 1 MB file 44 ms against
 * 1.7 s. markdown-it gives line maps for blocks but no columns inside them, so this module maps
 * inline text back to the source itself: each content line of a block is the tail of its source
 * line once container markers (`>`, list indentation) are gone, and decoded text (`&amp;`, `\*`)
 * is aligned character by character with the raw text. Text that cannot be mapped exactly is left
 * out rather than given a wrong range.
 *
 * Prose comes from paragraphs, headings, list items, table rows, block quotes, footnotes and link
 * text. Code (fenced, indented, inline), HTML and comments, link destinations, images and front
 * matter are never prose; HTML comments are kept separately for suppression directives.
 */
import { CALLOUT_TITLE_WORDS } from '../lexicon/document';
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import frontMatter from 'markdown-it-front-matter';
import { LineIndex } from '../text/lines';
import { lastAtOrBefore } from '../text/search';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'blockquote' | 'table-header' | 'table-row' | 'footnote';

/** A stretch of block text that is a verbatim copy of the source from `sourceStart`. */
export interface TextRun {
  readonly textStart: number;
  readonly sourceStart: number;
  readonly length: number;
}

export interface ProseBlock {
  readonly kind: BlockKind;
  /**
   * The prose of the block. Line breaks inside it read as spaces; left-out inline content (code,
   * HTML) reads as U+FFFC so no claim is made across it; table cells are joined by " | ".
   */
  readonly text: string;
  readonly runs: readonly TextRun[];
  /** 0-based line of the block's first source line. */
  readonly line: number;
  /** Offsets in `text` of citations: links and footnote references. */
  readonly citations: readonly number[];
  /** The footnotes the block refers to, by the parser's footnote number. */
  readonly footnoteRefs?: readonly number[];
  /** In a footnote: its number, as its references give it. */
  readonly footnote?: number;
}

export interface HtmlComment {
  /** The text between `<!--` and `-->`. */
  readonly body: string;
  /** Offset of `<!--` in the source. */
  readonly offset: number;
  /** Offset just after `-->`. */
  readonly end: number;
}

export interface MarkdownDocument {
  /** The source without a leading byte-order mark: what editors show and positions count. */
  readonly text: string;
  readonly lines: LineIndex;
  readonly blocks: readonly ProseBlock[];
  readonly comments: readonly HtmlComment[];
  /** The front matter's text (without its fences) and the offset where that text starts. */
  readonly frontMatter?: { readonly text: string; readonly offset: number };
}

/** Stands for left-out inline content, so no value or sentence spans across it. */
export const LEFT_OUT = '\uFFFC';
export const CELL_SEPARATOR = ' | ';

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

type Token = MarkdownIt.Token;

let parser: MarkdownIt.MarkdownIt | undefined;

function markdownIt(): MarkdownIt.MarkdownIt {
  // html: true so raw HTML is recognised as HTML (and left out) rather than read as text.
  parser ??= new MarkdownIt({ html: true, linkify: false, typographer: false })
    .use(footnote)
    .use(frontMatter, () => undefined);
  return parser;
}

export function parseMarkdown(rawText: string): MarkdownDocument {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const lines = new LineIndex(text);
  const tokens = markdownIt().parse(text, {});
  const blocks: ProseBlock[] = [];
  const comments: HtmlComment[] = [];
  let front: { text: string; offset: number } | undefined;
  const containers: string[] = [];
  let rowCells: Token[] = [];
  let rowLine = -1;
  let inHeader = false;
  let footnote: number | undefined;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    switch (token.type) {
      case 'front_matter': {
        // Front matter always opens on the first line, so its text starts on the second.
        const meta: unknown = token.meta;
        front = { text: typeof meta === 'string' ? meta : '', offset: lines.lineStart(1) };
        break;
      }
      case 'blockquote_open':
        // A box with a title of its own ("> **Did you know?**" on its own line, or GitHub's
        // "> [!NOTE]") is the writer's sidebar, not someone else's words.
        containers.push(isCallout(tokens, i) ? 'callout_open' : token.type);
        break;
      case 'footnote_open':
        footnote = footnoteId(token);
        containers.push(token.type);
        break;
      case 'list_item_open':
        containers.push(token.type);
        break;
      case 'blockquote_close':
      case 'list_item_close':
      case 'footnote_close':
        containers.pop();
        break;
      case 'thead_open':
        inHeader = true;
        break;
      case 'thead_close':
        inHeader = false;
        break;
      case 'tr_open':
        rowCells = [];
        rowLine = token.map?.[0] ?? -1;
        break;
      case 'tr_close': {
        const row = tableRow(rowCells, rowLine, inHeader, lines);
        if (row) blocks.push(row);
        // Cells' inline tokens carry no line map; a comment in a cell is found on the row's line.
        if (rowLine >= 0 && rowCells.some(hasInlineComment)) comments.push(...findComments(text, lines, [rowLine, rowLine + 1]));
        break;
      }
      case 'inline': {
        const previous = tokens[i - 1];
        if (previous?.type === 'th_open' || previous?.type === 'td_open') {
          rowCells.push(token);
          break;
        }
        const kind: BlockKind = previous?.type === 'heading_open' ? 'heading' : containerKind(containers);
        const block = inlineBlock(token, kind, lines);
        if (block) blocks.push(kind === 'footnote' && footnote !== undefined ? { ...block, footnote } : block);
        comments.push(...inlineComments(token, text, lines));
        break;
      }
      case 'html_block':
        comments.push(...blockComments(token, text, lines));
        break;
      default:
        break;
    }
  }
  return front ? { text, lines, blocks, comments, frontMatter: front } : { text, lines, blocks, comments };
}

/** Whether the blockquote opening at `at` is a callout: its first line is a bold title alone, or an alert marker. */
function isCallout(tokens: readonly Token[], at: number): boolean {
  const inline = tokens[at + 2];
  if (tokens[at + 1]?.type !== 'paragraph_open' || inline?.type !== 'inline') return false;
  if (/^\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/i.test(inline.content)) return true;
  // The parser puts empty text tokens around inline markup; they are not words.
  const children = (inline.children ?? []).filter((c) => !(c.type === 'text' && c.content.trim() === ''));
  const open = children[0]?.type;
  if (open !== 'strong_open' && open !== 'em_open') return false;
  const close = children.findIndex((c) => c.type === (open === 'strong_open' ? 'strong_close' : 'em_close'));
  if (close <= 0) return false;
  const after = children[close + 1];
  if (open === 'strong_open' && (after === undefined || after.type === 'softbreak' || after.type === 'hardbreak')) return true;
  // A lead-in label ending in a colon ("*Context for readers:* ...") titles a box when it is one
  // of the box words; a speaker's name in the same place ("**Kabulov:** ...") opens a quotation.
  const label = children.slice(1, close).map((c) => c.content).join('');
  const colon = label.trimEnd().endsWith(':') || (after?.type === 'text' && after.content.startsWith(':'));
  return colon && label.toLowerCase().split(/[^a-z']+/).some((w) => CALLOUT_TITLE_WORDS.includes(w));
}

/** The footnote number markdown-it-footnote gives a reference or a definition. */
function footnoteId(token: Token): number | undefined {
  const meta: unknown = token.meta;
  const id = typeof meta === 'object' && meta !== null ? (meta as { id?: unknown }).id : undefined;
  return typeof id === 'number' ? id : undefined;
}

function containerKind(containers: readonly string[]): BlockKind {
  if (containers.includes('footnote_open')) return 'footnote';
  // Someone else's words stay theirs in a list or a paragraph they are quoted with.
  if (containers.includes('blockquote_open')) return 'blockquote';
  const innermost = containers[containers.length - 1];
  if (innermost === 'list_item_open') return 'list-item';
  return 'paragraph';
}

/** Builds block text from an inline token's children, mapping each text child to the source. */
class BlockBuilder {
  text = '';
  readonly runs: TextRun[] = [];
  readonly citations: number[] = [];
  readonly footnoteRefs: number[] = [];

  /** Appends text with no source of its own (a separator or a placeholder). */
  synthetic(s: string): void {
    this.text += s;
  }

  /**
   * Appends decoded text whose characters sit at the given source offsets. A character decoded
   * from an entity has no verbatim source character and joins no run; ranges take its neighbours'.
   */
  mapped(decoded: string, sourceOffsets: readonly number[]): void {
    for (let k = 0; k < decoded.length; k++) {
      const at = sourceOffsets[k] ?? -1;
      if (at < 0) continue;
      const last = this.runs[this.runs.length - 1];
      const textIndex = this.text.length + k;
      if (last && last.textStart + last.length === textIndex && last.sourceStart + last.length === at) {
        (last as { length: number }).length++;
      } else {
        this.runs.push({ textStart: textIndex, sourceStart: at, length: 1 });
      }
    }
    this.text += decoded;
  }
}

/**
 * Where each character of an inline token's `content` sits in the source: its content lines are
 * found on the block's source lines. Returns -1 for characters on a line that cannot be found.
 */
function contentOffsets(content: string, firstLine: number, lines: LineIndex): (index: number) => number {
  const starts: { contentStart: number; sourceStart: number }[] = [];
  let contentStart = 0;
  content.split('\n').forEach((contentLine, k) => {
    const source = lines.lineText(firstLine + k);
    const column = locateLine(contentLine, source);
    starts.push({ contentStart, sourceStart: column === undefined ? -1 : lines.lineStart(firstLine + k) + column });
    contentStart += contentLine.length + 1;
  });
  return (index) => {
    const line = starts[lastAtOrBefore(starts, (l) => l.contentStart, index)];
    return !line || line.sourceStart < 0 ? -1 : line.sourceStart + (index - line.contentStart);
  };
}

/**
 * Column of a content line in its source line: container markers come before it. It may be
 * negative when re-expanded indentation reaches back before the line's text; undefined if absent.
 */
function locateLine(contentLine: string, source: string): number | undefined {
  if (contentLine === '') return source.length;
  if (source.endsWith(contentLine)) return source.length - contentLine.length;
  const trimmed = source.trimEnd();
  if (trimmed.endsWith(contentLine)) return trimmed.length - contentLine.length;
  // markdown-it re-expands a tab it partly consumed as indentation into spaces; the text after
  // the indentation is verbatim, so place the line by that and let the indentation fall before.
  const body = contentLine.trimStart();
  const at = body === '' ? -1 : source.lastIndexOf(body);
  return at < 0 ? undefined : at - (contentLine.length - body.length);
}

function inlineBlock(token: Token, kind: BlockKind, lines: LineIndex): ProseBlock | undefined {
  const firstLine = token.map?.[0];
  if (firstLine === undefined) return undefined;
  const builder = new BlockBuilder();
  appendInline(token, token.content, contentOffsets(token.content, firstLine, lines), builder);
  if (builder.text.trim() === '' || builder.runs.length === 0) return undefined;
  return { kind, text: builder.text, runs: builder.runs, line: firstLine, citations: builder.citations, ...(builder.footnoteRefs.length > 0 && { footnoteRefs: builder.footnoteRefs }) };
}

/**
 * Walks inline children: text inside links is prose; code, HTML (and text between HTML tags),
 * autolinks and images are left out. `raw` is the content the children were parsed from.
 */
function appendInline(token: Token, raw: string, offsetOf: (i: number) => number, builder: BlockBuilder): void {
  let cursor = 0;
  const openTags: string[] = [];
  let skipDepth = 0;
  const children = token.children ?? [];
  children.forEach((child, k) => {
    switch (child.type) {
      case 'text': {
        if (child.content === '') break;
        const aligned = align(child.content, raw, cursor);
        if (!aligned) {
          builder.synthetic(LEFT_OUT);
          break;
        }
        cursor = Math.abs(aligned[aligned.length - 1] ?? cursor) + 1;
        if (openTags.length > 0 || skipDepth > 0) {
          builder.synthetic(LEFT_OUT);
          break;
        }
        const offsets = aligned.map((a) => (a < 0 ? -1 : offsetOf(a)));
        if (aligned.some((a, k) => a >= 0 && (offsets[k] ?? -1) < 0)) builder.synthetic(LEFT_OUT);
        else builder.mapped(child.content, offsets);
        break;
      }
      case 'softbreak':
      case 'hardbreak':
        // A line that opens with a bold label ("**From:** ...", a memo's header) is a field of
        // its own, not the sentence of the line before going on: a line end there ends a sentence.
        builder.synthetic(opensWithLabel(children, k + 1) ? '\n' : ' ');
        break;
      case 'code_inline':
        builder.synthetic(LEFT_OUT);
        cursor = advancePast(raw, cursor, child.content);
        break;
      case 'html_inline': {
        builder.synthetic(LEFT_OUT);
        cursor = advancePast(raw, cursor, child.content);
        const open = /^<([A-Za-z][\w-]*)[^>]*?(\/)?>$/.exec(child.content);
        const close = /^<\/([A-Za-z][\w-]*)\s*>$/.exec(child.content);
        if (open?.[1] && !open[2] && !VOID_ELEMENTS.has(open[1].toLowerCase())) openTags.push(open[1].toLowerCase());
        else if (close?.[1]) {
          const at = openTags.lastIndexOf(close[1].toLowerCase());
          if (at >= 0) openTags.length = at;
        }
        break;
      }
      case 'link_open':
        if (child.markup === 'autolink' || child.markup === 'linkify') skipDepth++;
        builder.citations.push(builder.text.length);
        break;
      case 'link_close':
        if (skipDepth > 0 && (child.markup === 'autolink' || child.markup === 'linkify')) skipDepth--;
        break;
      case 'footnote_ref': {
        const id = footnoteId(child);
        if (id !== undefined) builder.footnoteRefs.push(id);
        builder.citations.push(builder.text.length);
        builder.synthetic(LEFT_OUT);
        break;
      }
      case 'image':
        builder.synthetic(LEFT_OUT);
        break;
      default:
        break;
    }
  });
}

/** Whether the inline children from `at` open with a bold label ending in a colon: "**From:**", "**Re**:". */
function opensWithLabel(children: readonly Token[], at: number): boolean {
  let k = at;
  while (children[k]?.type === 'text' && children[k]?.content.trim() === '') k++;
  if (children[k]?.type !== 'strong_open') return false;
  const close = children.findIndex((c, i) => i > k && c.type === 'strong_close');
  if (close < 0) return false;
  const label = children.slice(k + 1, close).map((c) => c.content).join('').trimEnd();
  const after = children[close + 1];
  // (A label is a few words, not a bold sentence.)
  return label.length > 0 && label.split(/\s+/).length <= 4 && (label.endsWith(':') || (after?.type === 'text' && after.content.startsWith(':')));
}

function advancePast(raw: string, cursor: number, content: string): number {
  const at = raw.indexOf(content, cursor);
  return at < 0 ? cursor : at + content.length;
}

/**
 * Aligns decoded text with raw Markdown from `from` on: each decoded character is found at the
 * same character, after a backslash escape, or inside an entity. Returns the raw index of every
 * decoded character, or undefined if the text is not there.
 */
export function align(decoded: string, raw: string, from: number): number[] | undefined {
  const first = decoded[0];
  for (let start = from; start < raw.length; start++) {
    const c = raw[start];
    if (c !== first && c !== '\\' && c !== '&') continue;
    const result = alignAt(decoded, raw, start);
    if (result) return result;
  }
  return undefined;
}

const ENTITY = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

function decodeEntity(raw: string, at: number): { value: string; length: number } | undefined {
  const m = ENTITY.exec(raw.slice(at, at + 40));
  if (!m) return undefined;
  const value = markdownIt().utils.unescapeAll(m[0]);
  return value === m[0] ? undefined : { value, length: m[0].length };
}

function alignAt(decoded: string, raw: string, start: number): number[] | undefined {
  const out: number[] = [];
  let j = start;
  let i = 0;
  while (i < decoded.length) {
    const c = decoded[i];
    const entity = raw[j] === '&' ? decodeEntity(raw, j) : undefined;
    if (entity && decoded.startsWith(entity.value, i)) {
      // Every character an entity decodes to is marked as not verbatim: -(offset + 1).
      for (let k = 0; k < entity.value.length; k++) out.push(-(j + 1));
      i += entity.value.length;
      j += entity.length;
    } else if (raw[j] === c) {
      out.push(j++);
      i++;
    } else if (raw[j] === '\\' && raw[j + 1] === c) {
      out.push(j + 1);
      j += 2;
      i++;
    } else {
      return undefined;
    }
  }
  return out;
}

/** A table row as one block: its cells' prose joined by " | ", each cell found on the row's line. */
function tableRow(cells: readonly Token[], line: number, header: boolean, lines: LineIndex): ProseBlock | undefined {
  if (line < 0 || cells.length === 0) return undefined;
  const source = lines.lineText(line);
  const lineStart = lines.lineStart(line);
  const builder = new BlockBuilder();
  let cursor = 0;
  cells.forEach((cell, index) => {
    if (index > 0) builder.synthetic(CELL_SEPARATOR);
    // A cell's content may differ from its source (an escaped pipe loses its backslash).
    const aligned = cell.content === '' ? undefined : align(cell.content, source, cursor);
    if (!aligned) return;
    appendInline(cell, cell.content, (i) => {
      const a = aligned[i] ?? -1;
      return a < 0 ? -1 : lineStart + a;
    }, builder);
    cursor = Math.abs(aligned[aligned.length - 1] ?? cursor) + 1;
  });
  if (builder.runs.length === 0) return undefined;
  return { kind: header ? 'table-header' : 'table-row', text: builder.text, runs: builder.runs, line, citations: builder.citations };
}

const COMMENT = /<!--([\s\S]*?)-->/g;

function blockComments(token: Token, text: string, lines: LineIndex): HtmlComment[] {
  return token.map ? findComments(text, lines, token.map) : [];
}

function hasInlineComment(token: Token): boolean {
  return (token.children ?? []).some((c) => c.type === 'html_inline' && c.content.startsWith('<!--'));
}

function inlineComments(token: Token, text: string, lines: LineIndex): HtmlComment[] {
  return hasInlineComment(token) && token.map ? findComments(text, lines, token.map) : [];
}

/** HTML comments in source lines [first, last). */
function findComments(text: string, lines: LineIndex, [first, last]: [number, number]): HtmlComment[] {
  const start = lines.lineStart(first);
  const end = last < lines.lineCount ? lines.lineStart(last) : text.length;
  const source = text.slice(start, end);
  const found: HtmlComment[] = [];
  for (const m of source.matchAll(COMMENT)) {
    const offset = start + (m.index ?? 0);
    found.push({ body: m[1] ?? '', offset, end: offset + m[0].length });
  }
  return found;
}

/** The source offset of a character of block text; synthetic characters take their neighbour's. */
export function sourceOffset(block: ProseBlock, textIndex: number): number {
  const run = block.runs[lastAtOrBefore(block.runs, (r) => r.textStart, textIndex)];
  if (!run) return 0;
  if (textIndex < run.textStart) return run.sourceStart;
  if (textIndex < run.textStart + run.length) return run.sourceStart + (textIndex - run.textStart);
  return run.sourceStart + run.length;
}

/** The source range of block text [start, end): from its first character to just after its last. */
export function sourceRange(block: ProseBlock, start: number, end: number): { start: number; end: number } {
  const from = sourceOffset(block, start);
  const to = end > start ? sourceOffset(block, end - 1) + 1 : from;
  return { start: from, end: Math.max(from, to) };
}
