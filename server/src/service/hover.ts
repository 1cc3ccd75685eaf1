/**
 * Hover citations: for the claim under the cursor, the verdict, the fact in words, the value the
 * fact base holds, its source and locator, and a link that opens the fact's entry. Everything from
 * the fact base is escaped (see markdownText.ts); the only link is a file location.
 */
import { findingKind } from '../check/findings';
import type { Finding, SupportedClaim } from '../check/findings/types';
import { citation } from '../check/findings/cite';
import { valueInWords } from '../valueKinds';
import type { Fact, FactBase } from '../factbase/model';
import { splitSourceParagraphs } from '../factbase/sourceText';
import { escapeMarkdown } from './markdownText';

/** The text of a source's local copy, read by the caller, and the URI it was read from. */
export interface LocalCopy {
  readonly uri: string;
  readonly text: string;
}

const QUOTE_CONTEXT = 160;

/**
 * The located passage of a local copy: the cited paragraph, shortened around the key phrase, with
 * the phrase in bold and everything else escaped; and the 1-based line it starts on.
 */
export function quotePassage(copy: LocalCopy, fact: Fact, title: string | undefined): { quote: string; line: number } | undefined {
  const paragraph = splitSourceParagraphs(copy.text, title)[fact.source.paragraph - 1];
  if (!paragraph) return undefined;
  const words = fact.source.phrase.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['\u2019]/g, "['\u2019]"));
  const match = new RegExp(words.join('\\s+'), 'i').exec(paragraph.text);
  if (!match) return undefined;
  const start = Math.max(0, match.index - QUOTE_CONTEXT);
  const end = Math.min(paragraph.text.length, match.index + match[0].length + QUOTE_CONTEXT);
  const before = `${start > 0 ? '…' : ''}${paragraph.text.slice(start, match.index)}`;
  const after = `${paragraph.text.slice(match.index + match[0].length, end)}${end < paragraph.text.length ? '…' : ''}`;
  return { quote: `${escapeMarkdown(before)}**${escapeMarkdown(match[0])}**${escapeMarkdown(after)}`, line: paragraph.line };
}

/** What a hover speaks of: a finding about a fact, or a supported claim. */
export interface HoverTarget {
  readonly code: string;
  readonly factId?: string;
  readonly offsets: { readonly start: number; readonly end: number };
}

const SUPPORTED_VERDICT = '✓ Supported by the fact base';

/** The claim under the offset, preferring a finding to a supported claim. */
export function findingAt(findings: readonly Finding[], supported: readonly SupportedClaim[], offset: number): HoverTarget | undefined {
  const covers = (t: { offsets: { start: number; end: number } }) => t.offsets.start <= offset && offset <= t.offsets.end;
  return findings.find((f) => f.factId !== undefined && covers(f)) ?? supported.filter(covers).map((s) => ({ code: 'supported', factId: s.factId, offsets: s.offsets }))[0];
}

/** A link that opens a fact's entry: the fact file's URI with its line (VS Code's #L form). */
export function factLink(fact: Fact): string {
  return `${fact.origin.file}#L${fact.origin.range.start.line}`;
}

export function hoverMarkdown(finding: HoverTarget, base: FactBase, localCopy?: LocalCopy): string | undefined {
  const fact = finding.factId === undefined ? undefined : base.facts.get(finding.factId);
  if (!fact) return undefined;
  const source = base.sources.get(fact.source.sourceId);
  const value = valueInWords(fact);
  const lines = [
    `**${finding.code === 'supported' ? SUPPORTED_VERDICT : (findingKind(finding.code)?.verdict ?? escapeMarkdown(finding.code))}**`,
    '',
    escapeMarkdown(fact.claim),
    '',
    ...(value !== undefined ? [`Fact base: ${escapeMarkdown(value)}`, ''] : []),
    `Source: *${escapeMarkdown(source?.title ?? fact.source.sourceId)}*, paragraph ${fact.source.paragraph}: "${escapeMarkdown(fact.source.phrase)}" (${escapeMarkdown(citation(fact, base))})`,
    '',
    // The URI arrives encoded; only the characters Markdown would read as the link's end are escaped.
    `[Open the fact \`${fact.id.replace(/`/g, '')}\`](${factLink(fact).replace(/[()\s]/g, (c) => encodeURIComponent(c))})`,
  ];
  const passage = localCopy ? quotePassage(localCopy, fact, source?.title) : undefined;
  if (localCopy && passage) {
    lines.push('', `> ${passage.quote}`, '', `[Open the passage](${`${localCopy.uri}#L${passage.line}`.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`);
  }
  return lines.join('\n');
}
