/** The status bar's tally for a draft: unsuppressed findings by their kind's tally slot, and supported claims. */
import { findingKind } from '../check/findings';
import type { Finding } from '../check/findings/types';

export interface Tally {
  readonly contradicted: number;
  readonly outdated: number;
  readonly misattributed: number;
  readonly unsourced: number;
  readonly supported: number;
}

export function tally(findings: readonly Finding[], supported: number): Tally {
  const counts = { contradicted: 0, outdated: 0, misattributed: 0, unsourced: 0 };
  for (const f of findings) {
    if (f.suppressed) continue;
    const slot = findingKind(f.code)?.tally;
    if (slot !== undefined && slot !== 'other') counts[slot]++;
  }
  return { ...counts, supported };
}
