/**
 * File-system side of the CLI: turning path and glob arguments into file texts. The engine never
 * touches the file system; this module is the only place the CLI does.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore from 'ignore';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { CONFIG_FILE_NAMES } from '../config/config';

export class UsageError extends Error {}

export interface FileText {
  readonly file: string;
  readonly text: string;
}

export interface ReadFailure {
  readonly file: string;
  readonly reason: string;
}

const IGNORED = ['**/node_modules/**', '**/.git/**', '**/out/**', '**/.vscode-test/**'];

/** Display label: relative to the working folder when inside it, with forward slashes. */
export function label(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  const shown = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
  return shown.split(path.sep).join('/');
}

/**
 * Expands arguments into a sorted, de-duplicated list of files. Directories contribute the files
 * under them that match `extensions`; globs are expanded; a named file is taken as it is.
 */
export function expandPaths(args: readonly string[], extensions: readonly string[], cwd: string): string[] {
  const found = new Set<string>();
  const pattern = `**/*.{${extensions.join(',')}}`;
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      for (const f of globSync(pattern, { cwd: absolute, ignore: IGNORED, absolute: true, dot: false })) found.add(path.normalize(f));
    } else if (stat) {
      found.add(absolute);
    } else if (isDynamicPattern(arg)) {
      for (const f of globSync(arg, { cwd, ignore: IGNORED, absolute: true })) found.add(path.normalize(f));
    } else {
      throw new UsageError(`${arg}: no such file or folder`);
    }
  }
  return uniqueByRealPath([...found]).sort();
}

/** One path per file: a file reached through symbolic links counts once, by its shortest path. */
function uniqueByRealPath(files: readonly string[]): string[] {
  const byReal = new Map<string, string>();
  for (const file of [...files].sort((a, b) => a.length - b.length || a.localeCompare(b))) {
    let real: string;
    try {
      real = fs.realpathSync(file);
    } catch {
      real = file;
    }
    if (!byReal.has(real)) byReal.set(real, file);
  }
  return [...byReal.values()];
}

/** Reads files as UTF-8, refusing any larger than `maxBytes` before reading it. */
export function readFiles(files: readonly string[], cwd: string, maxBytes: number): { texts: FileText[]; failures: ReadFailure[] } {
  const texts: FileText[] = [];
  const failures: ReadFailure[] = [];
  for (const file of files) {
    const shown = label(file, cwd);
    try {
      const size = fs.statSync(file).size;
      if (size > maxBytes) {
        failures.push({ file: shown, reason: `it is ${size} bytes; the limit is ${maxBytes}` });
        continue;
      }
      texts.push({ file: shown, text: fs.readFileSync(file, 'utf8') });
    } catch (error) {
      failures.push({ file: shown, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { texts, failures };
}

/** The fact base that ships with factlint: `facts/` beside the package's package.json. */
export function bundledFactsDir(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, 'facts', 'schema.json');
    if (fs.existsSync(candidate) && fs.existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'facts');
    const parent = path.dirname(dir);
    if (parent === dir) throw new UsageError('cannot find the bundled fact base (facts/ beside package.json)');
    dir = parent;
  }
}

export const DRAFT_EXTENSIONS = ['md', 'markdown'];

/** Markdown files under the folder, skipping node_modules, dot-folders and what .gitignore ignores. */
export function discoverDrafts(cwd: string): string[] {
  const ig = ignore();
  const gitignore = path.join(cwd, '.gitignore');
  if (fs.existsSync(gitignore)) ig.add(fs.readFileSync(gitignore, 'utf8'));
  const found = globSync(`**/*.{${DRAFT_EXTENSIONS.join(',')}}`, { cwd, ignore: ['**/node_modules/**', '**/.*/**'], dot: false });
  return found.filter((f) => !ig.ignores(f)).map((f) => path.resolve(cwd, f)).sort();
}


/** The nearest configuration file in the folder or above it, if any. */
export function findConfigFile(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    for (const name of CONFIG_FILE_NAMES) {
      const file = path.join(d, name);
      if (fs.existsSync(file)) return file;
    }
    if (path.dirname(d) === d) return undefined;
  }
}
