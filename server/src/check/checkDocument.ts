/**
 * Checks one Markdown draft, held in memory, against a fact base. Pure: no files, no clock (the
 * caller passes today's date). No input makes it throw: a failure inside one check becomes one
 * internal-error finding for the draft, and the other checks still run.
 */
import { parse as parseYaml } from 'yaml';
import { parseMarkdown, sourceRange } from '../markdown/document';
import type { MarkdownDocument, ProseBlock } from '../markdown/document';
import { recognizeValues } from '../recognize/values';
import { splitSentences } from '../text/sentences';
import type { SentenceSpan } from '../text/sentences';
import { parseDateSpec } from '../values/date';
import type { DateRange } from '../values/date';
import { analyseSentence, factsInPlay, linkValues } from './claims';
import type { FactIndex } from './factIndex';
import { contradictions } from './findings/contradiction';
import { INTERNAL_ERROR } from './findings/internalError';
import { misattributions } from './findings/misattribution';
import { outdatedStatuses } from './findings/outdatedStatus';
import { supported } from './findings/supported';
import type { Finding, FindingSeverity, SentenceContext, SentenceFinding } from './findings/types';
import { unsourcedFigures } from './findings/unsourcedFigure';
import { parseDirectives, suppressionFor } from './suppressions';

export interface CheckOptions {
  /** Today's date, the draft's date when nothing else sets one. */
  readonly today: DateRange;
  /** A date that overrides the draft's own (the CLI's --as-of). */
  readonly asOf?: DateRange;
  /** The draft's date when its front matter sets none (the project configuration's). */
  readonly defaultAsOf?: DateRange;
  /** Severity per code; "off" drops the finding. */
  readonly severities?: Readonly<Record<string, FindingSeverity | 'off'>>;
}

export type AsOfSource = 'option' | 'front-matter' | 'configuration' | 'today';

export interface CheckResult {
  /** Every finding, suppressed ones included (marked), in document order. */
  readonly findings: readonly Finding[];
  readonly asOf: DateRange;
  readonly asOfSource: AsOfSource;
}

/** The finding kinds, each in its own file under findings/, in the order they run. */
const KINDS: readonly ((ctx: SentenceContext) => SentenceFinding[])[] = [contradictions, outdatedStatuses, misattributions, unsourcedFigures, supported];

export function checkDocument(text: string, index: FactIndex, options: CheckOptions): CheckResult {
  let doc: MarkdownDocument;
  try {
    doc = parseMarkdown(text);
  } catch (error) {
    return { findings: [internalError(error, 'reading the Markdown')], asOf: options.today, asOfSource: 'today' };
  }
  const { asOf, asOfSource } = draftDate(doc, options);
  const directives = parseDirectives(doc.comments, doc.lines);
  const findings: Finding[] = [];
  let failed: Finding | undefined;
  const entityById = (id: string) => index.base.entities.get(id);

  for (const block of doc.blocks) {
    for (const sentence of sentencesOf(block)) {
      const sentenceText = block.text.slice(sentence.start, sentence.end);
      let ctx: SentenceContext;
      try {
        const analysis = analyseSentence(sentenceText, index);
        const inPlay = factsInPlay(analysis, index);
        const links = linkValues(analysis, inPlay, index);
        const cited = block.citations.some((c) => c >= sentence.start && c <= sentence.end + 1);
        ctx = { analysis, index, base: index.base, inPlay, links, asOf, cited, entityById };
      } catch (error) {
        failed ??= internalError(error, 'reading a sentence');
        continue;
      }
      for (const kind of KINDS) {
        try {
          for (const f of kind(ctx)) findings.push(toFinding(f, block, sentence, doc, directives, options));
        } catch (error) {
          failed ??= internalError(error, `running ${kind.name}`);
        }
      }
    }
  }
  const shown = findings.filter((f) => options.severities?.[f.code] !== 'off');
  if (failed) shown.unshift(failed);
  shown.sort((a, b) => a.offsets.start - b.offsets.start || a.offsets.end - b.offsets.end);
  return { findings: shown, asOf, asOfSource };
}

/** A table row is one claim; every other block is read sentence by sentence. */
function sentencesOf(block: ProseBlock): SentenceSpan[] {
  if (block.kind === 'table-row' || block.kind === 'table-header') return [{ start: 0, end: block.text.length }];
  return splitSentences(block.text);
}

function toFinding(f: SentenceFinding, block: ProseBlock, sentence: SentenceSpan, doc: MarkdownDocument, directives: Parameters<typeof suppressionFor>[0], options: CheckOptions): Finding {
  const range = sourceRange(block, sentence.start + f.start, sentence.start + f.end);
  const start = doc.lines.position(range.start);
  const end = doc.lines.position(range.end);
  const severity = options.severities?.[f.kind.code];
  const suppressed = suppressionFor(directives, f.kind.code, range.start, start.line - 1, doc.lines);
  return {
    code: f.kind.code,
    severity: severity !== undefined && severity !== 'off' ? severity : f.kind.severity,
    message: f.message,
    range: { start, end },
    offsets: range,
    claim: doc.text.slice(range.start, range.end),
    ...(f.fact && { factId: f.fact.id }),
    ...(f.expected !== undefined && { expected: f.expected }),
    ...(suppressed && { suppressed }),
  };
}

/** The draft's date: an option that forces one, else its front matter's, else configured, else today. */
function draftDate(doc: MarkdownDocument, options: CheckOptions): { asOf: DateRange; asOfSource: AsOfSource } {
  if (options.asOf) return { asOf: options.asOf, asOfSource: 'option' };
  const fromFront = doc.frontMatter ? frontMatterDate(doc.frontMatter.text) : undefined;
  if (fromFront) return { asOf: fromFront, asOfSource: 'front-matter' };
  if (options.defaultAsOf) return { asOf: options.defaultAsOf, asOfSource: 'configuration' };
  return { asOf: options.today, asOfSource: 'today' };
}

/** `as-of:` or `date:` in YAML front matter, as a date spec or in words ("20 April 2025"). */
export function frontMatterDate(yamlText: string): DateRange | undefined {
  let data: unknown;
  try {
    data = parseYaml(yamlText, { maxAliasCount: 10 });
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as Record<string, unknown>;
  const raw = record['as-of'] ?? record.asOf ?? record.date;
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const text = String(raw).trim();
  const iso = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(text)?.[0];
  if (iso) {
    const parsed = parseDateSpec(iso);
    if (parsed.ok && parsed.value.kind === 'range') return parsed.value;
  }
  const mention = recognizeValues(text).find((m) => m.kind === 'date');
  return mention?.kind === 'date' && mention.date.kind === 'range' ? mention.date : undefined;
}

function internalError(error: unknown, during: string): Finding {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    code: INTERNAL_ERROR.code,
    severity: INTERNAL_ERROR.severity,
    message: `factlint failed while ${during} (${detail}); other checks still ran. Please report this with the draft.`,
    range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    offsets: { start: 0, end: 0 },
    claim: '',
  };
}
