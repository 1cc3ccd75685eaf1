/** How findings cite a fact: its claim and where it comes from. */
import type { Fact, FactBase } from '../../factbase/model';

/** "Moscow’s Taliban Rapprochement, para 6": the title before any subtitle, and the paragraph. */
export function citation(fact: Fact, base: FactBase): string {
  const source = base.sources.get(fact.source.sourceId);
  const title = source ? (source.title.split(/:\s/)[0] ?? source.title) : fact.source.sourceId;
  return `${title}, para ${fact.source.paragraph}`;
}

/** The fact's claim without its closing full stop, for use inside a sentence. */
export function claimText(fact: Fact): string {
  return fact.claim.trim().replace(/[.;]$/, '');
}

/** The claim as a clause after "that": its first letter in lower case unless it starts a name. */
export function claimClause(fact: Fact): string {
  const text = claimText(fact);
  return /^(The|A|An|It|Among|While|No)\b/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
}
