/**
 * `factlint check [paths | globs | -] [options]`: checks Markdown drafts against the fact base.
 *
 * Exit codes: 0 when no error-level finding and the warnings are within --max-warnings; 1 when
 * there are findings over that; 2 for a usage or configuration error, including a fact base that
 * cannot be read or has errors.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { checkDocument } from '../check/checkDocument';
import type { CheckOptions } from '../check/checkDocument';
import { buildFactIndex } from '../check/factIndex';
import type { FactIndex } from '../check/factIndex';
import { DEFAULT_CONFIG, parseConfig } from '../config/config';
import type { Config } from '../config/config';
import { loadFactBase } from '../factbase/load';
import { DEFAULT_LIMITS } from '../factbase/yamlFile';
import { parseDateSpec } from '../values/date';
import { today } from './clock';
import type { DateRange } from '../values/date';
import { bundledFactsDir, discoverDrafts, DRAFT_EXTENSIONS, expandPaths, findConfigFile, label, readFiles, UsageError } from './files';
import type { CliIO } from './io';
import { formatProblemLine, styleFor } from './output';
import { FORMATS, isProblem, render, tally } from './reports';
import type { DraftReport, Format } from './reports';

export const CHECK_USAGE = `Usage: factlint check [paths, globs or -] [options]

Checks Markdown drafts against the fact base: the Markdown files under the current folder when
no path is given (skipping node_modules and what .gitignore ignores); - reads one draft from stdin.

Options:
  --facts PATH         also load this fact file or folder (repeatable)
  --config FILE        use this configuration instead of the nearest .factlintrc.json
  --as-of DATE         read every draft as of this date (2025, 2025-06 or 2025-06-01)
  --format FORMAT      text (default), json, sarif, junit or github
  --output FILE        write the report to FILE instead of stdout
  --max-warnings N     exit 1 when there are more than N warnings (default: no limit)
  --quiet              report errors only
  -h, --help           show this help

Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings over that, 2 usage or
configuration error.`;

const STDIN = '-';

interface LoadedConfig {
  readonly config: Config;
  /** Folder that the configuration's relative paths start from. */
  readonly dir: string;
  readonly file?: string;
}

export async function check(argv: readonly string[], io: CliIO, readStdin: () => Promise<string>, version: string): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      facts: { type: 'string', multiple: true },
      config: { type: 'string' },
      'as-of': { type: 'string' },
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(CHECK_USAGE);
    return 0;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`);
  const maxWarnings = values['max-warnings'] === undefined ? -1 : Number(values['max-warnings']);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings takes a whole number, not "${values['max-warnings']}"`);
  const asOf = values['as-of'] === undefined ? undefined : dateOption(values['as-of']);

  const explicitConfig = values.config === undefined ? undefined : readConfig(path.resolve(io.cwd, values.config));
  const extraFacts = (values.facts ?? []).map((p) => path.resolve(io.cwd, p));
  const todayDate = today();
  const indexes = new Map<string, FactIndex>();
  const configs = new Map<string, LoadedConfig>();

  const drafts: { file: string; text: string; dir: string }[] = [];
  const targets = positionals.length > 0 ? positionals : ['.'];
  if (targets.includes(STDIN)) {
    if (targets.length > 1) throw new UsageError('- (stdin) cannot be combined with paths');
    drafts.push({ file: '<stdin>', text: await readStdin(), dir: io.cwd });
  } else {
    const files = positionals.length > 0 ? expandPaths(targets, DRAFT_EXTENSIONS, io.cwd) : discoverDrafts(io.cwd);
    if (files.length === 0) throw new UsageError(`no Markdown files (*.md, *.markdown) found in ${targets.join(', ')}`);
    const { texts, failures } = readFiles(files, io.cwd, DEFAULT_LIMITS.maxFileLength);
    if (failures.length > 0) throw new UsageError(`cannot read ${failures.map((f) => `${f.file} (${f.reason})`).join(', ')}`);
    for (const t of texts) drafts.push({ file: t.file, text: t.text, dir: path.dirname(path.resolve(io.cwd, t.file)) });
  }

  const reports: DraftReport[] = [];
  for (const draft of drafts) {
    const loaded = explicitConfig ?? nearestConfig(draft.dir, configs);
    const index = factIndexFor(loaded, extraFacts, indexes, io);
    const options: CheckOptions = {
      today: todayDate,
      ...(asOf && { asOf }),
      ...(loaded.config.asOf && { defaultAsOf: loaded.config.asOf }),
      severities: loaded.config.severity,
    };
    const result = checkDocument(draft.text, index, options);
    reports.push({ file: draft.file, asOf: result.asOf, asOfSource: result.asOfSource, findings: result.findings, supported: result.supported });
  }

  const report = { drafts: reports, version };
  const out = render(format, report, { quiet: values.quiet, style: values.output === undefined ? styleFor({ isTTY: io.stdoutIsTTY }, io.env) : styleFor({ isTTY: false }, io.env) });
  if (values.output !== undefined) {
    try {
      fs.writeFileSync(path.resolve(io.cwd, values.output), out);
    } catch (error) {
      throw new UsageError(`--output ${values.output}: cannot write it (${error instanceof Error ? error.message : String(error)})`);
    }
  } else {
    io.stdout(out.replace(/\n$/, ''));
  }
  const t = tally(report);
  const problems = reports.flatMap((d) => d.findings.filter(isProblem));
  if (problems.length !== t.errors + t.warnings) throw new Error('tally mismatch');
  return t.errors > 0 || (maxWarnings >= 0 && t.warnings > maxWarnings) ? 1 : 0;
}

function dateOption(value: string): DateRange {
  const parsed = parseDateSpec(value);
  if (!parsed.ok || parsed.value.kind !== 'range') throw new UsageError(`--as-of takes a date such as 2025, 2025-06 or 2025-06-01, not "${value}"`);
  return parsed.value;
}

function readConfig(file: string): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the configuration ${file} (${error instanceof Error ? error.message : String(error)})`);
  }
  const { config, errors } = parseConfig(text);
  if (!config) throw new UsageError(`the configuration ${file} is not valid: ${errors.join('; ')}`);
  return { config, dir: path.dirname(file), file };
}

/** The nearest configuration file in the folder or above it, or the defaults. */
function nearestConfig(dir: string, cache: Map<string, LoadedConfig>): LoadedConfig {
  const file = findConfigFile(dir);
  const key = file ?? '';
  const cached = cache.get(key);
  if (cached) return cached;
  const result = file ? readConfig(file) : { config: DEFAULT_CONFIG, dir };
  cache.set(key, result);
  return result;
}

/** Loads (once per distinct set of fact paths) the fact base a configuration names. */
function factIndexFor(loaded: LoadedConfig, extra: readonly string[], cache: Map<string, FactIndex>, io: CliIO): FactIndex {
  const paths = [
    ...(loaded.config.bundledFacts ? [bundledFactsDir()] : []),
    ...loaded.config.facts.map((p) => path.resolve(loaded.dir, p)),
    ...extra,
  ];
  const key = paths.join('\u0000');
  const cached = cache.get(key);
  if (cached) return cached;
  if (paths.length === 0) throw new UsageError(`no fact base: ${loaded.file ?? 'the configuration'} turns the bundled facts off and names no others`);
  const files = expandPaths(paths, ['yaml', 'yml'], io.cwd);
  if (files.length === 0) throw new UsageError(`no fact files found in ${paths.map((p) => label(p, io.cwd)).join(', ')}`);
  const { texts, failures } = readFiles(files, io.cwd, DEFAULT_LIMITS.maxFileLength);
  if (failures.length > 0) throw new UsageError(`cannot read the fact base: ${failures.map((f) => `${f.file} (${f.reason})`).join(', ')}`);
  const { base, problems } = loadFactBase(texts);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    const style = styleFor({ isTTY: false }, io.env);
    for (const p of errors) io.stderr(formatProblemLine(p, style));
    throw new UsageError(`the fact base has ${errors.length} error${errors.length === 1 ? '' : 's'}; fix them first (factlint facts lint shows them all)`);
  }
  const index = buildFactIndex(base);
  cache.set(key, index);
  return index;
}
