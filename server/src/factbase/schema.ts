/**
 * Validates fact-file entries against facts/schema.json, the same schema the YAML extension uses
 * in the editor, and turns ajv's errors into one plain message per mistake at the right node.
 */
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import schemaJson from '../../../facts/schema.json';
import type { Origin } from './model';
import { PROBLEM_KINDS, problem } from './problems';
import type { Problem } from './problems';
import type { EntryKind, PathSegment } from './yamlFile';

export const FACT_FILE_SCHEMA: object = schemaJson;

interface Validators {
  header: ValidateFunction;
  entry: Record<EntryKind, ValidateFunction>;
}

let validators: Validators | undefined;

/** Compiled once per process: compiling is the expensive part of ajv. */
function getValidators(): Validators {
  if (validators) return validators;
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
  // Keywords VS Code's JSON and YAML services understand; ajv only has to accept them.
  for (const keyword of ['errorMessage', 'patternErrorMessage', 'markdownDescription']) {
    ajv.addKeyword({ keyword, schemaType: 'string' });
  }
  ajv.addSchema(schemaJson, 'facts');
  const get = (ref: string): ValidateFunction => {
    const v = ajv.getSchema(ref);
    if (!v) throw new Error(`facts/schema.json has no ${ref}`);
    return v;
  };
  // The header schema checks the top level only; entries are validated one by one so that one
  // bad entry does not cost the file.
  const header = ajv.compile({
    ...schemaJson,
    definitions: undefined,
    properties: {
      ...schemaJson.properties,
      sources: { type: 'array' },
      entities: { type: 'array' },
      facts: { type: 'array' },
      frames: { type: 'array' },
    },
  });
  validators = {
    header,
    entry: {
      source: get('facts#/definitions/source'),
      entity: get('facts#/definitions/entity'),
      fact: get('facts#/definitions/fact'),
      frame: get('facts#/definitions/frame'),
    },
  };
  return validators;
}

export interface Locate {
  at(path: readonly PathSegment[]): Origin;
  keyAt(path: readonly PathSegment[]): Origin;
}

export function validateHeader(header: unknown, locate: Locate['keyAt']): Problem[] {
  const v = getValidators().header;
  if (v(header)) return [];
  return explain(v.errors ?? [], 'The file', { at: locate, keyAt: locate });
}

export function validateEntry(kind: EntryKind, data: unknown, locate: Locate): Problem[] {
  // Read the id before validating: ajv's type guard narrows a failed value to never.
  const id = isRecord(data) && typeof data.id === 'string' ? ` "${data.id}"` : '';
  const v = getValidators().entry[kind];
  if (v(data)) return [];
  return explain(v.errors ?? [], `The ${kind}${id}`, locate);
}

function explain(errors: readonly ErrorObject[], subject: string, locate: Locate): Problem[] {
  const kept = pickErrors(errors);
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const error of kept) {
    const path = instancePath(error.instancePath);
    const { message, origin } = describe(error, path, locate);
    const key = `${error.instancePath}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const field = path.length > 0 ? ` ${formatPath(path)}` : '';
    problems.push(problem(PROBLEM_KINDS.schemaViolation, `${subject}${field}: ${message}; it is not loaded.`, origin));
  }
  return problems;
}

/**
 * ajv reports every failed branch of a oneOf or anyOf and every if/then that fired. Keep the errors
 * a writer can act on: a oneOf with its own errorMessage stands for its branches, a oneOf without
 * one is explained by its branches, and the "must match then schema" wrappers go.
 */
function pickErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const branching = (e: ErrorObject) => e.keyword === 'oneOf' || e.keyword === 'anyOf';
  const summarised = errors.filter((e) => branching(e) && typeof schemaMessage(e, 'errorMessage') === 'string');
  return errors.filter((e) => {
    if (e.keyword === 'if') return false;
    if (branching(e)) return summarised.includes(e);
    return !summarised.some((s) => e.schemaPath.startsWith(`${s.schemaPath}/`) && e.instancePath.startsWith(s.instancePath));
  });
}

function describe(error: ErrorObject, path: PathSegment[], locate: Locate): { message: string; origin: Origin } {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { message: `"${String(params.missingProperty)}" is required`, origin: path.length > 0 ? locate.keyAt(path) : locate.at([]) };
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      return { message: `"${name}" is not a known field here`, origin: locate.keyAt([...path, name]) };
    }
    case 'enum':
      return { message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`, origin: locate.at(path) };
    case 'const':
      return { message: `must be ${JSON.stringify(params.allowedValue)}`, origin: locate.at(path) };
    case 'minItems':
      return { message: `must list at least ${plural(Number(params.limit), 'item')}`, origin: locate.at(path) };
    case 'maxLength':
      return { message: `must have at most ${plural(Number(params.limit), 'character')}`, origin: locate.at(path) };
    case 'minLength':
      return { message: 'must not be empty', origin: locate.at(path) };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const words = { minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'more than', exclusiveMaximum: 'less than' }[error.keyword];
      return { message: `must be ${words} ${String(params.limit)}`, origin: locate.at(path) };
    }
    case 'type':
      return { message: `must be ${String(params.type).replace(',', ' or ')}`, origin: locate.at(path) };
    case 'uniqueItems':
      return { message: `lists the same item twice (items ${Number(params.j) + 1} and ${Number(params.i) + 1})`, origin: locate.at(path) };
    default: {
      const custom = schemaMessage(error, error.keyword === 'pattern' ? 'patternErrorMessage' : 'errorMessage');
      return { message: custom ?? error.message ?? 'is not valid', origin: locate.at(path) };
    }
  }
}

function schemaMessage(error: ErrorObject, keyword: string): string | undefined {
  const parent: unknown = error.parentSchema;
  if (!isRecord(parent)) return undefined;
  const value = parent[keyword];
  return typeof value === 'string' ? value : undefined;
}

function instancePath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatPath(path: readonly PathSegment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
