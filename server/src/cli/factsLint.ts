/**
 * `factlint facts lint [paths] [--source ID=FILE]... [--format text|json]`
 *
 * Exit codes: 0 when the fact base has no error or warning, 1 when it has some, 2 when the lint
 * cannot run (bad arguments, no fact files, an unreadable source text).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { loadFactBase } from '../factbase/load';
import { PROBLEM_KINDS, problem } from '../factbase/problems';
import type { Problem } from '../factbase/problems';
import { checkSourceLocators } from '../factbase/sourceText';
import { DEFAULT_LIMITS } from '../factbase/yamlFile';
import { bundledFactsDir, expandPaths, label, readFiles, UsageError } from './files';
import { formatProblemLine, plural, problemJson, styleFor } from './output';
import type { CliIO } from './io';

export const FACTS_LINT_USAGE = `Usage: factlint facts lint [paths or globs...] [options]

Loads fact files (*.yaml, *.yml under folders; the bundled fact base when no path is given) and
reports every problem with its position.

Options:
  --source ID=FILE   also check that each key phrase of source ID's facts occurs in the stated
                     paragraph of FILE (repeatable)
  --format FORMAT    text (default) or json
  -h, --help         show this help

Exit codes: 0 clean, 1 problems found, 2 cannot run.`;

const FACT_FILE_EXTENSIONS = ['yaml', 'yml'];

export function factsLint(argv: readonly string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      source: { type: 'string', multiple: true },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(FACTS_LINT_USAGE);
    return 0;
  }
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`);
  const sources = (values.source ?? []).map(parseSourceOption);

  const targets = positionals.length > 0 ? positionals : [bundledFactsDir()];
  const files = expandPaths(targets, FACT_FILE_EXTENSIONS, io.cwd);
  if (files.length === 0) throw new UsageError(`no fact files (*.yaml, *.yml) found in ${targets.join(', ')}`);

  const { texts, failures } = readFiles(files, io.cwd, DEFAULT_LIMITS.maxFileLength);
  const { base, problems: loadProblems } = loadFactBase(texts);
  const problems: Problem[] = failures.map((f) =>
    problem(PROBLEM_KINDS.unreadableFile, `Cannot read the fact file: ${f.reason}.`, { file: f.file, range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } }));
  problems.push(...loadProblems);

  for (const { id, file } of sources) {
    if (!base.sources.has(id)) throw new UsageError(`--source ${id}=${file}: the fact base has no loaded source "${id}"`);
    let text: string;
    try {
      text = fs.readFileSync(path.resolve(io.cwd, file), 'utf8');
    } catch (error) {
      throw new UsageError(`--source ${id}=${file}: cannot read it (${error instanceof Error ? error.message : String(error)})`);
    }
    problems.push(...checkSourceLocators(base, id, text, label(path.resolve(io.cwd, file), io.cwd)));
  }

  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const loaded = `${plural(base.sources.size, 'source')}, ${plural(base.entities.size, 'entity', 'entities')}, ${plural(base.facts.size, 'fact')}`;
  if (format === 'json') {
    io.stdout(JSON.stringify({
      files: texts.map((t) => t.file),
      loaded: { sources: base.sources.size, entities: base.entities.size, facts: base.facts.size },
      checkedSources: sources,
      problems: problems.map(problemJson),
      summary: { errors, warnings },
    }, null, 2));
  } else {
    const style = styleFor({ isTTY: io.stdoutIsTTY }, io.env);
    for (const p of problems) io.stdout(formatProblemLine(p, style));
    const checked = sources.length > 0 ? `; key phrases checked against ${sources.map((s) => s.file).join(', ')}` : '';
    const verdict = problems.length === 0 ? style.bold('no problems') : style.bold(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
    io.stdout(`${verdict} in ${plural(files.length, 'fact file')} (loaded ${loaded})${checked}`);
  }
  return problems.length > 0 ? 1 : 0;
}

function parseSourceOption(value: string): { id: string; file: string } {
  const eq = value.indexOf('=');
  if (eq <= 0 || eq === value.length - 1) throw new UsageError(`--source takes ID=FILE, not "${value}"`);
  return { id: value.slice(0, eq), file: value.slice(eq + 1) };
}
