/**
 * Reads one fact file's YAML into entries that remember their positions.
 *
 * The `yaml` package does the parsing (positions, YAML 1.2 core schema, no code execution). What
 * this module adds is the policy for hostile input: custom tags are refused rather than read as
 * strings, aliases are expanded per entry under a budget so an alias bomb costs one refused entry
 * and not the process, and a syntax error drops only the entries it touches.
 */
import { isMap, isNode, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import { LineIndex } from '../text/lines';
import type { Origin } from './model';
import { PROBLEM_KINDS, problem } from './problems';
import type { Problem } from './problems';

export interface LoaderLimits {
  /** Longest fact file accepted, in UTF-16 code units. */
  readonly maxFileLength: number;
  /** Most nodes one entry may expand to through aliases. */
  readonly maxAliasCount: number;
  /** YAML syntax errors listed per file; one slip can cascade into hundreds. */
  readonly maxSyntaxErrors: number;
}

export const DEFAULT_LIMITS: LoaderLimits = {
  maxFileLength: 64 * 1024 * 1024,
  maxAliasCount: 100,
  maxSyntaxErrors: 5,
};

export type EntryKind = 'source' | 'entity' | 'fact' | 'frame';

const SECTION_KINDS: Readonly<Record<string, EntryKind>> = {
  sources: 'source',
  entities: 'entity',
  facts: 'fact',
  frames: 'frame',
};

export type PathSegment = string | number;

/** One item of a `sources`, `entities`, `facts` or `frames` list. */
export interface RawEntry {
  readonly kind: EntryKind;
  /** The entry as plain data; undefined when it could not be converted safely. */
  readonly data: unknown;
  readonly origin: Origin;
  /** Where a field inside the entry is written; falls back to the nearest enclosing node. */
  at(path: readonly PathSegment[]): Origin;
  /** Where the key of a field is written (for "unknown property" problems). */
  keyAt(path: readonly PathSegment[]): Origin;
}

export interface ParsedFile {
  readonly file: string;
  /** The top-level mapping without its lists, for schema validation of the file's header. */
  readonly header: Record<string, unknown> | undefined;
  readonly headerAt: (path: readonly PathSegment[]) => Origin;
  readonly entries: readonly RawEntry[];
  readonly problems: readonly Problem[];
}

const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((t) => `tag:yaml.org,2002:${t}`));

export function parseFactFile(file: string, rawText: string, limits: LoaderLimits = DEFAULT_LIMITS): ParsedFile {
  // Editors drop a byte-order mark from the text they show; dropping it here keeps columns equal.
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  if (text.length > limits.maxFileLength) {
    // Refused before anything reads the text, not even the line index.
    const start: Origin = { file, range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } };
    const tooLarge = problem(PROBLEM_KINDS.unreadableFile, `The file has ${text.length} characters; fact files may have at most ${limits.maxFileLength}. Split it into several files.`, start);
    return { file, header: undefined, headerAt: () => start, entries: [], problems: [tooLarge] };
  }
  const lines = new LineIndex(text);
  const originOf = (start: number, end: number): Origin => ({ file, range: { start: lines.position(start), end: lines.position(Math.max(start, end)) } });
  const problems: Problem[] = [];
  const empty = (): ParsedFile => ({ file, header: undefined, headerAt: () => originOf(0, 0), entries: [], problems });

  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  // Offsets where something is wrong; entries that contain one are not loaded.
  const badOffsets: number[] = [];
  let listed = 0;
  for (const error of doc.errors) {
    const [start, end] = error.pos;
    // Every error marks its entry as broken, whether or not it is listed.
    badOffsets.push(start);
    const refused = error.code === 'RESOURCE_EXHAUSTION';
    if (!refused && ++listed > limits.maxSyntaxErrors) {
      if (listed === limits.maxSyntaxErrors + 1) {
        const more = doc.errors.filter((e) => e.code !== 'RESOURCE_EXHAUSTION').length - limits.maxSyntaxErrors;
        problems.push(problem(PROBLEM_KINDS.yamlSyntax, `${more} more YAML ${more === 1 ? 'error follows' : 'errors follow'}, most of them likely caused by the ones above; fix those first.`, originOf(start, Math.max(end, start + 1))));
      }
      continue;
    }
    problems.push(problem(
      refused ? PROBLEM_KINDS.yamlRefused : PROBLEM_KINDS.yamlSyntax,
      refused ? `Refused: the YAML nests too deeply to read safely (${firstLine(error.message)}).` : yamlMessage(error.code, error.message),
      originOf(start, Math.max(end, start + 1)),
    ));
  }
  // Every tag is written with "!", so a file without one needs no walk over its tree.
  if (text.includes('!')) visit(doc, (_key, node) => {
    if (isNode(node) && node.tag !== undefined && !CORE_TAGS.has(node.tag)) {
      const [valueStart] = node.range ?? [0, 0];
      const tag = tagBefore(text, valueStart);
      badOffsets.push(valueStart);
      problems.push(problem(
        PROBLEM_KINDS.yamlRefused,
        `Refused: the tag ${tag?.text ?? node.tag} is not allowed in fact files; write plain values.`,
        tag ? originOf(tag.start, tag.start + tag.text.length) : originOf(valueStart, valueStart + 1),
      ));
    }
  });

  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) {
    if (doc.errors.length === 0) problems.push(problem(PROBLEM_KINDS.schemaViolation, 'The file is empty; a fact file starts with "factlint: 1".', originOf(0, 0)));
    return empty();
  }
  if (!isMap(root)) {
    const [start, end] = root.range ?? [0, 0];
    if (doc.errors.length === 0) {
      problems.push(problem(PROBLEM_KINDS.schemaViolation, 'A fact file is a mapping with the keys factlint, sources, entities and facts.', originOf(start, end)));
    }
    return empty();
  }

  const locate = (base: Node, path: readonly PathSegment[], wantKey: boolean): Origin => {
    const found = nodeAt(base, path);
    const target = wantKey && found.pair && isNode(found.pair.key) ? found.pair.key : found.node;
    const [start, end] = target.range ?? base.range ?? [0, 0];
    return originOf(start, end);
  };

  badOffsets.sort((a, b) => a - b);
  const header: Record<string, unknown> = {};
  const entries: RawEntry[] = [];
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const kind = SECTION_KINDS[key];
    if (kind === undefined || !isSeq(pair.value)) {
      header[key] = isNode(pair.value) ? safeJS(pair.value, doc, limits) : pair.value;
      continue;
    }
    header[key] = [];
    for (const item of pair.value.items) {
      if (!isNode(item)) continue;
      const [start, valueEnd, end] = item.range ?? [0, 0, 0];
      // Only errors inside the entry's own text count; its node end runs on over trailing lines.
      const touched = firstAtOrAfter(badOffsets, start) <= valueEnd;
      let data: unknown;
      if (!touched) {
        const converted = convert(item, doc, limits);
        if (converted.ok) {
          data = converted.value;
        } else {
          problems.push(problem(PROBLEM_KINDS.yamlRefused, converted.message, originOf(start, firstLineEnd(text, start, end))));
        }
      }
      entries.push({
        kind,
        data,
        origin: originOf(start, firstLineEnd(text, start, end)),
        at: (path) => locate(item, path, false),
        keyAt: (path) => locate(item, path, true),
      });
    }
  }
  return { file, header, headerAt: (path) => locate(root, path, true), entries, problems };
}

function convert(node: Node, doc: Document, limits: LoaderLimits): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: node.toJS(doc, { maxAliasCount: limits.maxAliasCount }) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `Refused: this entry's aliases expand too far to load safely (${reason}). Write the values out instead.` };
  }
}

function safeJS(node: Node, doc: Document, limits: LoaderLimits): unknown {
  const converted = convert(node, doc, limits);
  return converted.ok ? converted.value : undefined;
}

/** Walks a path of keys and indexes through maps and sequences, stopping at the deepest node found. */
function nodeAt(base: Node, path: readonly PathSegment[]): { node: Node; pair?: Pair } {
  let node: Node = base;
  let pair: Pair | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const next = (node as YAMLMap).items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!next || !isNode(next.value)) return next ? { node, pair: next } : pair ? { node, pair } : { node };
      pair = next;
      node = next.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const next = node.items[segment];
      if (!isNode(next)) break;
      pair = undefined;
      node = next;
    } else {
      break;
    }
  }
  return pair ? { node, pair } : { node };
}

/** The first of the sorted `offsets` at or after `at`; Infinity when there is none. */
function firstAtOrAfter(offsets: readonly number[], at: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid] ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  return offsets[lo] ?? Infinity;
}

/** The tag token written just before a value on the same line (`!!js/function "..."`). */
function tagBefore(text: string, valueStart: number): { text: string; start: number } | undefined {
  const lineStart = text.lastIndexOf('\n', valueStart - 1) + 1;
  const m = /(![^\s]*)\s*$/.exec(text.slice(lineStart, valueStart));
  return m?.[1] === undefined ? undefined : { text: m[1], start: lineStart + m.index };
}

/** An entry's problem underlines its first line, not the whole block. */
function firstLineEnd(text: string, start: number, end: number): number {
  const newline = text.indexOf('\n', start);
  const lineEnd = newline === -1 ? text.length : text[newline - 1] === '\r' ? newline - 1 : newline;
  return Math.min(end, lineEnd);
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message;
}

/** Messages that replace the library's where it speaks of its own API. */
const YAML_MESSAGES: Readonly<Record<string, string>> = {
  MULTIPLE_DOCS: 'A fact file holds one YAML document; remove the "---" separator or split the file.',
};

const YAML_HINTS: Readonly<Record<string, string>> = {
  DUPLICATE_KEY: 'A key appears twice in the same mapping; keep one.',
  BAD_INDENT: 'The indentation is inconsistent here.',
  TAB_AS_INDENT: 'Tabs cannot indent YAML; use spaces.',
  MISSING_CHAR: 'A closing bracket or quote is missing.',
};

function yamlMessage(code: string, message: string): string {
  const replacement = YAML_MESSAGES[code];
  if (replacement !== undefined) return replacement;
  const hint = YAML_HINTS[code];
  const first = firstLine(message).replace(/ at line \d+, column \d+.*$/, '');
  return hint && !first.startsWith(hint) ? `${first}. ${hint}` : `${first}.`;
}
