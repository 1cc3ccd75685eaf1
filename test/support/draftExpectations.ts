/**
 * Expected findings written on the lines of a fixture draft, as an HTML comment at the end:
 *
 *   The attack came in March 2023. <!-- expect: contradiction "March 2023" -->
 *   | Crocus City Hall attack | March 2023 <!-- expect: contradiction "March 2023" --> |
 *
 * Each item is a code and the exact text the finding covers on that line (its start and end
 * columns follow from where the text is). `"text"#2` means the second occurrence on the line;
 * a `suppressed` prefix expects a finding that a suppression comment covers.
 */
export interface ExpectedFinding {
  readonly line: number;
  readonly startColumn: number;
  readonly endColumn: number;
  readonly code: string;
  readonly suppressed: boolean;
}

const MARKER = /<!--\s*expect:\s*([\s\S]*?)-->/;
const ITEM = /(suppressed\s+)?([a-z-]+)\s+"((?:[^"\\]|\\.)*)"(?:#(\d+))?/g;

export function readDraftExpectations(text: string): ExpectedFinding[] {
  const expected: ExpectedFinding[] = [];
  text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/).forEach((line, i) => {
    const marker = MARKER.exec(line);
    if (!marker?.[1]) return;
    const body = line.slice(0, marker.index);
    for (const m of marker[1].matchAll(ITEM)) {
      const quoted = (m[3] ?? '').replace(/\\(.)/g, '$1');
      const nth = Number(m[4] ?? 1);
      let at = -1;
      for (let k = 0; k < nth; k++) at = body.indexOf(quoted, at + 1);
      if (at < 0) throw new Error(`line ${i + 1}: "${quoted}" (#${nth}) is not on the line`);
      expected.push({ line: i + 1, startColumn: at + 1, endColumn: at + 1 + quoted.length, code: m[2] ?? '', suppressed: Boolean(m[1]) });
    }
  });
  return expected;
}

export function describeFinding(f: ExpectedFinding): string {
  return `${f.line}:${f.startColumn}-${f.endColumn} ${f.suppressed ? 'suppressed ' : ''}${f.code}`;
}

/** A supported claim as the engine returns it: a line and the columns its words cover (1-based, end exclusive). */
export interface SupportedSpan {
  readonly line: number;
  readonly startColumn: number;
  readonly endColumn: number;
}

/**
 * Supported claims described like expectations: a claim that covers a marked `supported "text"`
 * on its line takes that marker's columns (a claim's words span its whole clause, a marker only
 * the value or name); any other claim keeps its own. Each marker is taken once, and claims and
 * markers are paired so that as many markers as possible are taken (a maximum matching, so a wide
 * claim does not take the one marker a narrower claim could have had), so the lists are equal
 * exactly when every marker has its own supported claim and there is no other.
 */
export function describeSupported(expected: readonly ExpectedFinding[], claims: readonly SupportedSpan[]): string[] {
  const markers = expected.filter((e) => e.code === 'supported');
  const sorted = [...claims].sort((a, b) => a.line - b.line || (a.endColumn - a.startColumn) - (b.endColumn - b.startColumn) || a.startColumn - b.startColumn);
  const covers = (c: SupportedSpan, m: ExpectedFinding) => m.line === c.line && c.startColumn <= m.startColumn && m.endColumn <= c.endColumn;
  const owner = new Map<ExpectedFinding, number>();
  // Augmenting paths (Kuhn's algorithm): a claim takes a free marker it covers, or one whose
  // claim can move to another.
  const assign = (k: number, seen: Set<ExpectedFinding>): boolean => {
    for (const m of markers) {
      if (seen.has(m) || !covers(sorted[k] as SupportedSpan, m)) continue;
      seen.add(m);
      const holder = owner.get(m);
      if (holder === undefined || assign(holder, seen)) {
        owner.set(m, k);
        return true;
      }
    }
    return false;
  };
  sorted.forEach((_, k) => assign(k, new Set()));
  const markerOf = new Map<number, ExpectedFinding>([...owner].map(([m, k]) => [k, m]));
  return sorted.map((c, k) => describeFinding({ ...(markerOf.get(k) ?? c), code: 'supported', suppressed: false })).sort();
}
