/**
 * Checks locators against the text of their source: the key phrase of every fact must occur in
 * the paragraph it names. This is how a reviewer knows the fact base points at real passages.
 *
 * Paragraph numbering, which fact authors follow: the text is cut into blocks (runs of non-blank
 * lines where the text separates paragraphs with blank lines, otherwise single lines); a run of
 * list items counts as one paragraph; a first line equal to the source's title and Markdown
 * headings are not numbered.
 */
import { normalizeForPhraseSearch, normalizeName } from '../text/normalize';
import type { FactBase } from './model';
import { PROBLEM_KINDS, problem } from './problems';
import type { Problem } from './problems';

export interface SourceParagraph {
  readonly number: number;
  readonly text: string;
  /** 1-based line in the source text where the paragraph starts. */
  readonly line: number;
}

const LIST_ITEM = /^\s*(?:[-*+\u2022]|\d{1,3}[.)])\s+/;
const HEADING = /^\s{0,3}#{1,6}\s/;

export function splitSourceParagraphs(rawText: string, title?: string): SourceParagraph[] {
  const text = rawText.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const hasBlankSeparators = /\S[^\S\n]*\n[^\S\n]*\n+[^\S\n]*\S/.test(text);
  const blocks: { lines: string[]; line: number }[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      if (hasBlankSeparators) blocks.push({ lines: [], line: i + 2 });
      return;
    }
    const current = blocks[blocks.length - 1];
    if (hasBlankSeparators && current) current.lines.push(line);
    else blocks.push({ lines: [line], line: i + 1 });
  });
  const nonEmpty = blocks.filter((b) => b.lines.length > 0);

  const paragraphs: { lines: string[]; line: number }[] = [];
  const isList = (b: { lines: string[] }): boolean => b.lines.every((l) => LIST_ITEM.test(l));
  nonEmpty.forEach((block, i) => {
    const first = block.lines[0] ?? '';
    if (block.lines.length === 1 && HEADING.test(first)) return;
    if (i === 0 && title !== undefined && block.lines.length === 1 && normalizeName(first) === normalizeName(title)) return;
    const previous = paragraphs[paragraphs.length - 1];
    const previousBlock = nonEmpty[i - 1];
    if (previous && previousBlock && isList(block) && isList(previousBlock) && paragraphs.length > 0) {
      previous.lines.push(...block.lines);
      return;
    }
    paragraphs.push({ lines: [...block.lines], line: block.line });
  });
  return paragraphs.map((p, i) => ({ number: i + 1, text: p.lines.join('\n'), line: p.line }));
}

/**
 * Problems for every fact citing `sourceId` whose paragraph does not exist in `text` or does not
 * contain its key phrase. `textLabel` names the text in messages.
 */
export function checkSourceLocators(base: FactBase, sourceId: string, text: string, textLabel: string): Problem[] {
  const source = base.sources.get(sourceId);
  const paragraphs = splitSourceParagraphs(text, source?.title);
  const searchable = paragraphs.map((p) => normalizeForPhraseSearch(p.text));
  const problems: Problem[] = [];
  for (const fact of base.facts.values()) {
    const { sourceId: cited, paragraph, phrase } = fact.source;
    if (cited !== sourceId) continue;
    const needle = normalizeForPhraseSearch(phrase);
    const elsewhere = searchable.findIndex((p) => p.includes(needle));
    const hint = elsewhere >= 0 ? ` It occurs in paragraph ${elsewhere + 1}.` : '';
    const target = searchable[paragraph - 1];
    if (target === undefined) {
      problems.push(problem(PROBLEM_KINDS.paragraphOutOfRange, `The fact "${fact.id}" cites paragraph ${paragraph}, but ${textLabel} has ${paragraphs.length} paragraphs.${hint}`, fact.source.paragraphOrigin));
    } else if (!target.includes(needle)) {
      problems.push(problem(PROBLEM_KINDS.phraseNotFound, `The key phrase "${phrase}" of "${fact.id}" does not occur in paragraph ${paragraph} of ${textLabel}.${hint}`, fact.source.phraseOrigin));
    }
  }
  problems.push(...copiedClaims(base, sourceId, text));
  return problems;
}

/** Runs of this many words shared with the source make a claim a copy rather than a paraphrase. */
export const COPIED_RUN_WORDS = 8;

function copiedClaims(base: FactBase, sourceId: string, text: string): Problem[] {
  const runs = new Set<string>();
  const words = normalizeName(text).split(' ');
  for (let i = 0; i + COPIED_RUN_WORDS <= words.length; i++) runs.add(words.slice(i, i + COPIED_RUN_WORDS).join(' '));
  const problems: Problem[] = [];
  for (const fact of base.facts.values()) {
    if (fact.source.sourceId !== sourceId) continue;
    const claim = normalizeName(fact.claim).split(' ');
    for (let i = 0; i + COPIED_RUN_WORDS <= claim.length; i++) {
      const run = claim.slice(i, i + COPIED_RUN_WORDS).join(' ');
      if (runs.has(run)) {
        problems.push(problem(PROBLEM_KINDS.claimCopiesSource, `The claim of "${fact.id}" repeats "${run}" from the source word for word; put it in your own words.`, fact.claimOrigin));
        break;
      }
    }
  }
  return problems;
}
