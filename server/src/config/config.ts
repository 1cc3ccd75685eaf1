/**
 * Project configuration: `.factlintrc.json`, found by walking up from a draft. Parsing is pure;
 * the CLI and the language server find and read the file.
 *
 *   {
 *     "facts": ["facts/"],              extra fact-base paths, relative to this file
 *     "bundledFacts": true,             also use the fact base that ships with factlint
 *     "asOf": "2025-06-01",             the date drafts are read as of, unless they set one
 *     "severity": { "unsourced-figure": "off" }
 *   }
 */
import Ajv from 'ajv';
import { parseDateSpec } from '../values/date';
import type { DateRange } from '../values/date';
import type { FindingSeverity } from '../check/findings/types';

export const CONFIG_FILE_NAMES = ['.factlintrc.json', '.factlintrc'];

export interface Config {
  readonly facts: readonly string[];
  readonly bundledFacts: boolean;
  readonly asOf?: DateRange;
  readonly severity: Readonly<Record<string, FindingSeverity | 'off'>>;
}

export const DEFAULT_CONFIG: Config = { facts: [], bundledFacts: true, severity: {} };

export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'factlint configuration',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    facts: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Extra fact-base files or folders, relative to this file.' },
    bundledFacts: { type: 'boolean', description: 'Also use the fact base that ships with factlint (default true).' },
    asOf: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', description: 'The date drafts are read as of, unless their front matter sets one.' },
    severity: {
      type: 'object',
      description: 'Severity per finding code: error, warning, info or off.',
      additionalProperties: { enum: ['error', 'warning', 'info', 'off'] },
    },
  },
} as const;

let validate: ReturnType<Ajv['compile']> | undefined;

/** Parses a configuration file's text; throws nothing, returns the problems as plain messages. */
export function parseConfig(text: string): { config?: Config; errors: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { errors: [`not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  validate ??= new Ajv({ allErrors: true, strict: false }).compile(CONFIG_SCHEMA);
  if (!validate(data)) {
    return { errors: (validate.errors ?? []).map((e) => `${e.instancePath || '(top level)'} ${e.message ?? 'is not valid'}${e.params && 'additionalProperty' in e.params ? ` ("${String(e.params.additionalProperty)}")` : ''}`) };
  }
  const raw = data as { facts?: string[]; bundledFacts?: boolean; asOf?: string; severity?: Record<string, FindingSeverity | 'off'> };
  let asOf: DateRange | undefined;
  if (raw.asOf !== undefined) {
    const parsed = parseDateSpec(raw.asOf);
    if (!parsed.ok || parsed.value.kind !== 'range') return { errors: [`asOf: ${parsed.ok ? 'needs a year' : parsed.message}`] };
    asOf = parsed.value;
  }
  return {
    config: { facts: raw.facts ?? [], bundledFacts: raw.bundledFacts ?? true, ...(asOf && { asOf }), severity: raw.severity ?? {} },
    errors: [],
  };
}
