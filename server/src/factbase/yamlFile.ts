/**
 * Reads one fact file's YAML into entries that remember their positions.
 *
 * The `yaml` package does the parsing (positions, YAML 1.2 core schema, no code execution). What
 * this module adds is the policy for hostile input: custom tags are refused rather than read as
 * strings, aliases are expanded per entry under a budget so an alias bomb costs one refused entry
 * and not the process, and a syntax error drops only the entries it touches.
 */
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import type { Origin, Range } from './model';
import { PROBLEM_KINDS, problem } from './problems';
import type { Problem } from './problems';

export interface LoaderLimits {
  /** Longest fact file accepted, in UTF-16 code units. */
  readonly maxFileLength: number;
  /** Most nodes one entry may expand to through aliases. */
  readonly maxAliasCount: number;
}

export const DEFAULT_LIMITS: LoaderLimits = {
  maxFileLength: 64 * 1024 * 1024,
  maxAliasCount: 100,
};

export type EntryKind = 'source' | 'entity' | 'fact';

export const SECTION_KINDS: Readonly<Record<string, EntryKind>> = {
  sources: 'source',
  entities: 'entity',
  facts: 'fact',
};

export type PathSegment = string | number;

/** One item of a `sources`, `entities` or `facts` list. */
export interface RawEntry {
  readonly kind: EntryKind;
  readonly file: string;
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
  const lines = new LineCounter();
  const originOf = (start: number, end: number): Origin => ({ file, range: toRange(lines, start, end) });
  const problems: Problem[] = [];
  const empty = (): ParsedFile => ({ file, header: undefined, headerAt: () => originOf(0, 0), entries: [], problems });

  if (text.length > limits.maxFileLength) {
    problems.push(problem(PROBLEM_KINDS.unreadableFile, `The file has ${text.length} characters; fact files may have at most ${limits.maxFileLength}. Split it into several files.`, originOf(0, 0)));
    return empty();
  }

  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  // Offsets where something is wrong; entries that contain one are not loaded.
  const badOffsets: number[] = [];
  for (const error of doc.errors) {
    const [start, end] = error.pos;
    badOffsets.push(start);
    const refused = error.code === 'RESOURCE_EXHAUSTION';
    problems.push(problem(
      refused ? PROBLEM_KINDS.yamlRefused : PROBLEM_KINDS.yamlSyntax,
      refused ? `Refused: the YAML nests too deeply to read safely (${firstLine(error.message)}).` : yamlMessage(error.code, error.message),
      originOf(start, Math.max(end, start + 1)),
    ));
  }
  visit(doc, (_key, node) => {
    if (isNode(node) && node.tag !== undefined && !CORE_TAGS.has(node.tag)) {
      const [start, end] = node.range ?? [0, 0];
      badOffsets.push(start);
      problems.push(problem(PROBLEM_KINDS.yamlRefused, `Refused: the tag ${node.tag} is not allowed in fact files; write plain values.`, originOf(start, end)));
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
      const [start, , end] = item.range ?? [0, 0, 0];
      const touched = badOffsets.some((offset) => offset >= start && offset <= end);
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
        file,
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

function toRange(lines: LineCounter, start: number, end: number): Range {
  const a = lines.linePos(start);
  const b = lines.linePos(Math.max(start, end));
  return { start: { line: a.line, column: a.col }, end: { line: b.line, column: b.col } };
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

const YAML_HINTS: Readonly<Record<string, string>> = {
  DUPLICATE_KEY: 'A key appears twice in the same mapping; keep one.',
  MULTIPLE_DOCS: 'A fact file holds one YAML document; remove the "---" separator or split the file.',
  BAD_INDENT: 'The indentation is inconsistent here.',
  TAB_AS_INDENT: 'Tabs cannot indent YAML; use spaces.',
  MISSING_CHAR: 'A closing bracket or quote is missing.',
};

function yamlMessage(code: string, message: string): string {
  const hint = YAML_HINTS[code];
  const first = firstLine(message).replace(/ at line \d+, column \d+.*$/, '');
  return hint && !first.startsWith(hint) ? `${first}. ${hint}` : `${first}.`;
}
