/**
 * Hover citations: for the claim under the cursor, the verdict, the fact in words, the value the
 * fact base holds, its source and locator, and a link that opens the fact's entry. Everything from
 * the fact base is escaped (see markdownText.ts); the only link is a file location.
 */
import type { Finding } from '../check/findings/types';
import { citation } from '../check/findings/cite';
import { valueInWords } from '../check/findings/valueWords';
import type { Fact, FactBase } from '../factbase/model';
import { escapeMarkdown } from './markdownText';

const VERDICTS: Readonly<Record<string, string>> = {
  supported: '✓ Supported by the fact base',
  contradiction: '✗ Contradicts the fact base',
  'outdated-status': '✗ Out of date',
  misattribution: '✗ Wrong actor',
};

/** The finding whose claim covers the offset, preferring problems over supported claims. */
export function findingAt(findings: readonly Finding[], offset: number): Finding | undefined {
  const covering = findings.filter((f) => f.factId !== undefined && f.offsets.start <= offset && offset <= f.offsets.end);
  return covering.find((f) => f.code !== 'supported') ?? covering[0];
}

/** A link that opens a fact's entry: the fact file's URI with its line (VS Code's #L form). */
export function factLink(fact: Fact): string {
  return `${fact.origin.file}#L${fact.origin.range.start.line}`;
}

export function hoverMarkdown(finding: Finding, base: FactBase): string | undefined {
  const fact = finding.factId === undefined ? undefined : base.facts.get(finding.factId);
  if (!fact) return undefined;
  const source = base.sources.get(fact.source.sourceId);
  const value = valueInWords(fact);
  const lines = [
    `**${VERDICTS[finding.code] ?? escapeMarkdown(finding.code)}**`,
    '',
    escapeMarkdown(fact.claim),
    '',
    ...(value !== undefined ? [`Fact base: ${escapeMarkdown(value)}`, ''] : []),
    `Source: *${escapeMarkdown(source?.title ?? fact.source.sourceId)}*, paragraph ${fact.source.paragraph}: "${escapeMarkdown(fact.source.phrase)}" (${escapeMarkdown(citation(fact, base))})`,
    '',
    // The URI arrives encoded; only the characters Markdown would read as the link's end are escaped.
    `[Open the fact \`${fact.id.replace(/`/g, '')}\`](${factLink(fact).replace(/[()\s]/g, (c) => encodeURIComponent(c))})`,
  ];
  return lines.join('\n');
}
