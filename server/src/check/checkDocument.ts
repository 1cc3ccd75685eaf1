/**
 * Checks one Markdown draft, held in memory, against a fact base. Pure: no files, no clock (the
 * caller passes today's date). No input makes it throw: a failure inside one check becomes one
 * internal-error finding for the draft, and the other checks still run.
 *
 * A sentence is read in depth only when it names something the fact base knows, or continues a
 * sentence that did; other prose costs a word split and one index probe per word.
 */
import { parse as parseYaml } from 'yaml';
import { CELL_SEPARATOR, parseMarkdown, sourceRange } from '../markdown/document';
import type { MarkdownDocument, ProseBlock } from '../markdown/document';
import { splitSentences } from '../text/sentences';
import type { SentenceSpan } from '../text/sentences';
import { recognizeValues } from '../valueKinds';
import type { ValueMention } from '../valueKinds';
import { parseDateSpec } from '../values/date';
import type { DateRange } from '../values/date';
import { answeredQuestion } from './answers';
import { continuedItem, leadInOf } from './leadIns';
import { claimsOf } from './claims';
import type { Claim, Discourse } from './claims';
import type { FactIndex } from './factIndex';
import { RULES } from './findings';
import { citation, claimText } from './findings/cite';
import { INTERNAL_ERROR } from './findings/internalError';
import type { Finding, FindingSeverity, RuleContext, SentenceFinding, SupportedClaim } from './findings/types';
import { words } from './phraseIndex';
import { readSentence } from './reader';
import type { Sentence } from './reader';
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
  /** Called with every sentence read in depth and its claims, for tools that explain a verdict. */
  readonly onSentence?: (info: { readonly text: string; readonly offset: number; readonly sentence: Sentence; readonly claims: readonly Claim[] }) => void;
}

export type AsOfSource = 'option' | 'front-matter' | 'configuration' | 'today';

export interface CheckResult {
  /** Every finding, suppressed ones included (marked), in document order. */
  readonly findings: readonly Finding[];
  /** Claims the fact base agrees with, for hover citations; not findings. */
  readonly supported: readonly SupportedClaim[];
  readonly asOf: DateRange;
  readonly asOfSource: AsOfSource;
}

export function checkDocument(text: string, index: FactIndex, options: CheckOptions): CheckResult {
  let doc: MarkdownDocument;
  try {
    doc = parseMarkdown(text);
  } catch (error) {
    return { findings: [internalError(error, 'reading the Markdown')], supported: [], asOf: options.today, asOfSource: 'today' };
  }
  const { asOf, asOfSource } = draftDate(doc, options);
  const directives = parseDirectives(doc.comments, doc.lines);
  const findings: Finding[] = [];
  const supported: SupportedClaim[] = [];
  let failed: Finding | undefined;

  // What a sentence may refer back to runs on from paragraph to paragraph and list item to list
  // item, but not past a heading, and not from one table row to the next. A footnote goes on from
  // the block that refers to it, in that block's time, wherever Markdown puts it (all at the end,
  // after whatever paragraph comes last).
  let discourse: Discourse | undefined;
  // The time a passage is set in: a heading, a caption or a lead that is only a date ("## 2003",
  // "[CAPTION: 2014]", "**2003.** Russia lists ...") sets it until the next one or a heading.
  let scene: DateRange | undefined;
  // The sentence before, when it asked a question.
  let question: string | undefined;
  // The sentence before a list that the list's items complete ("Russia has:").
  let leadIn: string | undefined;
  const atReference = new Map<number, { discourse: Discourse | undefined; scene: DateRange | undefined }>();
  for (const block of doc.blocks) {
    if (block.kind === 'table-header') continue;
    if (block.kind === 'heading') discourse = undefined;
    // A table row is a record of its own: no event of the row or paragraph before continues in
    // it, but who was named stays in view ("| 2025 | The court struck the group off the list |").
    if (block.kind === 'table-row' && discourse) discourse = { age: discourse.age, instances: [], last: [], entities: discourse.entities, ...(discourse.subject && { subject: discourse.subject }), ...(discourse.places && { places: discourse.places }) };
    if (block.kind === 'footnote') ({ discourse, scene } = (block.footnote === undefined ? undefined : atReference.get(block.footnote)) ?? { discourse: undefined, scene: undefined });
    if (block.kind === 'heading' || block.kind === 'footnote') question = undefined;
    if (block.kind === 'heading') scene = sceneDateOf(block.text);
    const spans = sentencesOf(block);
    // A row read sentence by sentence keeps the date its first cell gives ("| 2025 | In March
    // ... In April ... |") as the time its sentences are set in.
    const rowScene = block.kind === 'table-row' && spans.length > 1 ? sceneDateOf(block.text.slice(0, Math.max(0, block.text.indexOf(CELL_SEPARATOR)))) : undefined;
    const sceneBefore = scene;
    if (rowScene) scene = rowScene;
    /**
     * Reads one sentence (or a question and its answer, as one statement) and records its claims
     * and findings, placed by `placement`; `keep` says which of them count.
     */
    const read = (text: string, placement: SentenceSpan, sentence: SentenceSpan, named: Parameters<typeof readSentence>[2], keep: (x: { start: number; end: number }) => boolean, next?: SentenceSpan): void => {
      let ctx: RuleContext;
      try {
        const s = readSentence(text, index, named);
        const setting = {
          quoted: block.kind === 'blockquote',
          ...(next && { next: block.text.slice(next.start, next.end) }),
        };
        // A row read whole (its cells as clauses), not a sentence of a cell that holds several.
        const wholeRow = block.kind === 'table-row' && sentence.start === 0 && sentence.end === block.text.length;
        const rowDate = labelDateOf(text, s.values, wholeRow);
        const result = claimsOf(s, index, { asOf, setting, tableRow: wholeRow, ...(discourse && { previous: discourse }), ...(rowDate && { rowDate }), ...(scene && { scene }) });
        discourse = result.discourse;
        const claims = result.claims.filter(keep);
        options.onSentence?.({ text, offset: sourceRange(block, sentence.start, sentence.end).start, sentence: result.sentence, claims });
        const cited = block.citations.some((c) => c >= sentence.start && c <= sentence.end + 1);
        ctx = { sentence: s, claims, index, base: index.base, asOf, cited, figures: result.figures };
        for (const claim of claims) {
          // (A claim's extent may reach past the words kept; then the claim's own words are cited.)
          const extent = claim.extent && keep(claim.extent) ? claim.extent : { start: claim.start, end: claim.end };
          if (isSupported(claim)) supported.push(toSupported({ ...claim, extent }, block, placement, doc, index, cited));
        }
      } catch (error) {
        failed ??= internalError(error, 'reading a sentence');
        return;
      }
      for (const rule of RULES) {
        try {
          for (const f of rule.detect(ctx)) if (keep(f)) findings.push(toFinding(f, block, placement, doc, directives, options));
        } catch (error) {
          failed ??= internalError(error, `running the ${rule.code} rule`);
        }
      }
    };
    if (block.kind !== 'list-item') leadIn = undefined;
    const itemLead = block.kind === 'list-item' ? leadIn : undefined;
    spans.forEach((sentence, k) => {
      const sentenceText = block.text.slice(sentence.start, sentence.end);
      // An item that completes the lead-in is read with it; only the item's own words count.
      const continued = k === 0 && itemLead !== undefined ? continuedItem(itemLead, sentenceText) : undefined;
      if (continued) {
        question = undefined;
        read(continued.text, { start: sentence.start - continued.start, end: sentence.end }, sentence, undefined, (x) => x.start >= continued.start, spans[k + 1]);
        return;
      }
      // A fragment answering the question before it is read with that question.
      const answered = question !== undefined && block.kind !== 'table-row' ? answeredQuestion(question, sentenceText) : undefined;
      question = QUESTION_END.test(sentenceText) ? sentenceText : undefined;
      if (answered) {
        // Only what the statement says of the answer's own words counts; placed where they stand.
        const placement = { start: sentence.start + answered.answerStart - answered.start, end: sentence.end };
        read(answered.text, placement, sentence, undefined, (x) => x.start >= answered.start && x.end <= answered.end);
        return;
      }
      const lead = block.kind === 'table-row' || block.kind === 'heading' ? undefined : sceneDateOf(sentenceText);
      if (lead !== undefined) {
        scene = lead;
        return;
      }
      // (A footnote mark left on its own after a full stop is no sentence, and ages nothing.)
      if (!WORDLIKE.test(sentenceText)) return;
      const named = index.names.find(words(sentenceText), false, sentenceText);
      // A sentence that names nothing the fact base knows leaves what came before in view for the
      // next one, for a sentence or two ("Our rating: True. The attack was carried out by ISK.").
      if (named.length === 0 && (!discourse || (discourse.instances.length === 0 && discourse.subject === undefined))) {
        discourse = discourse && discourse.age < 2 ? { ...discourse, age: discourse.age + 1 } : undefined;
        return;
      }
      read(sentenceText, sentence, sentence, named, () => true, spans[k + 1]);
    });
    if (rowScene) scene = sceneBefore;
    if (block.kind === 'paragraph') {
      const last = spans[spans.length - 1];
      leadIn = last ? leadInOf(block.text.slice(last.start, last.end)) : undefined;
    }
    for (const id of block.footnoteRefs ?? []) atReference.set(id, { discourse, scene });
  }
  const shown = findings.filter((f) => options.severities?.[f.code] !== 'off');
  if (failed) shown.unshift(failed);
  shown.sort((a, b) => a.offsets.start - b.offsets.start || a.offsets.end - b.offsets.end);
  supported.sort((a, b) => a.offsets.start - b.offsets.start || a.offsets.end - b.offsets.end);
  return { findings: dedupe(shown), supported: dedupeSupported(supported, shown), asOf, asOfSource };
}

/** A sentence that ends in a question mark (before any closing emphasis, bracket or quote). */
const QUESTION_END = /\?[\s*_)\]"”’']*$/;

/** A claim the fact base agrees with that the sentence asserts, or reports, about an event it names. */
function isSupported(claim: Claim): boolean {
  const a = claim.assertion;
  if (claim.verdict !== 'agrees') return false;
  // A possibility is supported only where the fact is that it is one ("the potential recognition").
  const possibility = claim.kind === 'status' && claim.fact.value.type === 'status' && !claim.fact.value.held;
  if (a.mood !== 'assert' || ((a.modal || (claim.kind === 'status' && a.future)) && !possibility)) return false;
  if (a.reported?.rejected) return false;
  if (claim.kind === 'value' && a.negated) return false;
  return true;
}

/** A letter or a digit: what a span needs to be a sentence at all. */
const WORDLIKE = /[\p{L}\p{N}]/u;

/** A table row is read as one sentence whose cells are clauses; every other block sentence by sentence. */
function sentencesOf(block: ProseBlock): SentenceSpan[] {
  if (block.kind === 'table-row') {
    // A row is one sentence whose cells are clauses, unless a cell holds sentences of its own
    // ("| R5 | ... in 2022. Moscow and Kabul have signed final trade agreements. | Medium |"):
    // then each cell is read sentence by sentence.
    const cells: SentenceSpan[] = [];
    let from = 0;
    for (;;) {
      const bar = block.text.indexOf(CELL_SEPARATOR, from);
      const end = bar < 0 ? block.text.length : bar;
      cells.push({ start: from, end });
      if (bar < 0) break;
      from = bar + CELL_SEPARATOR.length;
    }
    // A "sentence" with no word in it (a comment's placeholder after a cell's full stop) is none.
    const split = cells.map((c) => splitSentences(block.text.slice(c.start, c.end)).map((x) => ({ start: c.start + x.start, end: c.start + x.end })).filter((x) => /[\p{L}\p{N}]/u.test(block.text.slice(x.start, x.end))));
    if (!split.some((x) => x.length > 1)) return [{ start: 0, end: block.text.length }];
    return split.flat();
  }
  return splitSentences(block.text);
}

/**
 * A date that labels what follows: a table row's first cell ("Aug 2021 | The Taliban take Kabul"),
 * or a date before a colon ("By 2010: Russia had opened ..."). It is the time of the rest.
 */
/**
 * The date a heading, caption or lead sentence is, when it is only a date: "2003", "**2003.**",
 * "[CAPTION: MARCH 2025]", "## August 2021". A label word before a colon may stand with it.
 */
function sceneDateOf(text: string): DateRange | undefined {
  if (text.length > 60) return undefined;
  const values = recognizeValues(text);
  const v = values[0];
  if (values.length !== 1 || v?.kind !== 'date' || v.qualifier !== undefined || v.date.kind !== 'range') return undefined;
  const rest = (text.slice(0, v.start) + text.slice(v.end)).replace(/^[\s*_\[(]*\p{L}+:/u, '');
  return /^[\s*_~()[\].:–—-]*$/.test(rest) ? v.date : undefined;
}

function labelDateOf(text: string, values: readonly ValueMention[], row: boolean): ValueMention | undefined {
  const label = row ? (text.split(CELL_SEPARATOR)[0] ?? '') : (/^[^:]{1,40}:/.exec(text)?.[0] ?? '');
  if (label === '') return undefined;
  const v = values.find((x) => x.start < label.length);
  if (!v || (v.kind !== 'date' && v.kind !== 'relative')) return undefined;
  return label.replace(v.text, '').replace(/[\s*_~():–-]+/g, '').length <= 3 ? v : undefined;
}

function placed(f: { start: number; end: number }, block: ProseBlock, sentence: SentenceSpan, doc: MarkdownDocument) {
  const range = sourceRange(block, sentence.start + f.start, sentence.start + f.end);
  return { range, start: doc.lines.position(range.start), end: doc.lines.position(range.end) };
}

function toFinding(f: SentenceFinding, block: ProseBlock, sentence: SentenceSpan, doc: MarkdownDocument, directives: Parameters<typeof suppressionFor>[0], options: CheckOptions): Finding {
  const { range, start, end } = placed(f, block, sentence, doc);
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

function toSupported(claim: Claim, block: ProseBlock, sentence: SentenceSpan, doc: MarkdownDocument, index: FactIndex, cited: boolean): SupportedClaim {
  const { range, start, end } = placed(claim.extent ?? claim, block, sentence, doc);
  const kind = claim.mention?.kind;
  const figure = kind === 'money' || kind === 'count' || kind === 'duration' ? placed(claim, block, sentence, doc).range : undefined;
  return {
    message: `Supported: ${claimText(claim.fact)} (${citation(claim.fact, index.base)}).`,
    range: { start, end },
    offsets: range,
    claim: doc.text.slice(range.start, range.end),
    factId: claim.fact.id,
    ...(figure && { figure: { ...figure, cited } }),
  };
}

/** One finding per code, fact and place: two readings of one sentence may reach the same claim. */
function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}\u0000${f.factId ?? ''}\u0000${f.offsets.start}\u0000${f.offsets.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One supported claim per fact and place, and none where a finding speaks of the same fact there. */
function dedupeSupported(supported: readonly SupportedClaim[], findings: readonly Finding[]): SupportedClaim[] {
  const seen = new Set<string>();
  return supported.filter((s) => {
    const key = `${s.factId}\u0000${s.offsets.start}\u0000${s.offsets.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return !findings.some((f) => f.factId === s.factId && f.offsets.start < s.offsets.end && s.offsets.start < f.offsets.end);
  });
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
  let raw = record['as-of'] ?? record.asOf ?? record.date;
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) raw = raw.toISOString().slice(0, 10);
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
