/**
 * Problems the loader and `factlint facts lint` report about fact files. Codes are stable: they
 * appear in CLI output, editor diagnostics and suppressions, and each has a page in docs/codes/.
 */
import type { Origin } from './model';

export type Severity = 'error' | 'warning';

export interface ProblemKind {
  readonly code: string;
  readonly severity: Severity;
  /** One line for `--help`-style listings and SARIF rule text. */
  readonly summary: string;
}

function kind(code: string, severity: Severity, summary: string): ProblemKind {
  return { code, severity, summary };
}

export const PROBLEM_KINDS = {
  unreadableFile: kind('unreadable-file', 'error', 'A fact file could not be read or is too large to load.'),
  yamlSyntax: kind('yaml-syntax', 'error', 'A fact file is not well-formed YAML.'),
  yamlRefused: kind('yaml-refused', 'error', 'A fact file uses a YAML feature factlint refuses: custom tags, aliases that expand without bound, excessive nesting.'),
  schemaViolation: kind('schema-violation', 'error', 'An entry does not match the fact-file schema (facts/schema.json).'),
  invalidValue: kind('invalid-value', 'error', 'A value matches the schema but cannot be true: 30 February, a span that ends before it starts.'),
  duplicateId: kind('duplicate-id', 'error', 'Two sources, entities or facts share an id.'),
  unknownEntity: kind('unknown-entity', 'error', 'A fact or entity names an entity id the fact base does not define.'),
  unknownSource: kind('unknown-source', 'error', "A fact's locator names a source id the fact base does not define."),
  unknownFrame: kind('unknown-frame', 'error', 'A fact or event names a frame id the fact base does not define.'),
  unknownRole: kind('unknown-role', 'error', 'A fact or event fills a role its frame does not have.'),
  conflictingFacts: kind('conflicting-facts', 'error', 'Two facts about the same thing give values that cannot both be true.'),
  ambiguousAlias: kind('ambiguous-alias', 'warning', 'Two entities share a name, alias or abbreviation, so prose naming it cannot be tied to one.'),
  phraseTooLong: kind('phrase-too-long', 'warning', 'A locator phrase is longer than a short key phrase; quote a few words, never a sentence.'),
  phraseNotFound: kind('phrase-not-found', 'error', "A locator's key phrase does not occur in the stated paragraph of the source text."),
  paragraphOutOfRange: kind('paragraph-out-of-range', 'error', 'A locator names a paragraph the source text does not have.'),
  claimCopiesSource: kind('claim-copies-source', 'warning', "A fact's claim repeats a run of words from its source; state facts in your own words."),
} as const satisfies Record<string, ProblemKind>;

export interface RelatedLocation {
  readonly message: string;
  readonly origin: Origin;
}

export interface Problem {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly origin: Origin;
  readonly related?: readonly RelatedLocation[];
}

export function problem(k: ProblemKind, message: string, origin: Origin, related?: readonly RelatedLocation[]): Problem {
  return related && related.length > 0
    ? { code: k.code, severity: k.severity, message, origin, related }
    : { code: k.code, severity: k.severity, message, origin };
}
