/**
 * The `factlint` command. Subcommands are thin: they read files, call the engine and print.
 */
import { check } from './check';
import { factsLint, FACTS_LINT_USAGE } from './factsLint';
import { UsageError } from './files';
import type { CliIO } from './io';

const USAGE = `Usage: factlint <command> [options]

Commands:
  check [paths]        check Markdown drafts against the fact base (see factlint check --help)
  facts lint [paths]   check fact files for problems (see factlint facts lint --help)

Options:
  -h, --help           show this help
  -v, --version        print the version`;

export async function run(argv: readonly string[], io: CliIO, readStdin: () => Promise<string> = async () => ''): Promise<number> {
  try {
    const [command, sub, ...rest] = argv;
    if (command === 'check') return await check(argv.slice(1), io, readStdin, version());
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.stdout(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '-v' || command === '--version') {
      io.stdout(version());
      return 0;
    }
    if (command === 'facts') {
      if (sub === 'lint') return factsLint(rest, io);
      if (sub === undefined || sub === '--help' || sub === '-h') {
        io.stdout(FACTS_LINT_USAGE);
        return sub === undefined ? 2 : 0;
      }
      throw new UsageError(`unknown command "facts ${sub}"`);
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`factlint: ${(error as Error).message}`);
      io.stderr('Run "factlint --help" for usage.');
      return 2;
    }
    // Anything else is a bug in factlint, not in the input: say so plainly.
    io.stderr(`factlint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 2;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

function version(): string {
  const pkg = require('../../../../package.json') as { version: string };
  return pkg.version;
}

export function main(argv: readonly string[]): Promise<number> {
  return run(argv, {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
  }, readAllStdin);
}

async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
