/**
 * Fixture expectations written into the fixtures themselves, so a fixture and what it must
 * produce are read together:
 *
 *   some: line   # expect: unknown-entity@14            a problem with this code at this line, column 14
 *   # expect-at 12:3 yaml-syntax                        a problem at an explicit line and column
 *   # expect-loaded: sources=1 entities=2 facts=3       what must survive loading
 *
 * Several expectations on one line are separated by commas: `# expect: a@3, b@9`.
 */
export interface ExpectedProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly code: string;
}

export interface FixtureExpectations {
  readonly problems: ExpectedProblem[];
  readonly loaded?: Record<string, number>;
}

const TRAILING = /#\s*expect:\s*(.+)$/;
const AT = /#\s*expect-at\s+(\d+):(\d+)\s+([a-z-]+)/g;
const LOADED = /#\s*expect-loaded:\s*(.+)$/m;

export function readExpectations(file: string, text: string): FixtureExpectations {
  const problems: ExpectedProblem[] = [];
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  lines.forEach((line, i) => {
    const trailing = TRAILING.exec(line);
    if (!trailing?.[1]) return;
    for (const item of trailing[1].split(',')) {
      const m = /^\s*([a-z-]+)@(\d+)\s*$/.exec(item);
      if (!m?.[1] || !m[2]) throw new Error(`${file}:${i + 1}: bad expectation "${item}"`);
      problems.push({ file, line: i + 1, column: Number(m[2]), code: m[1] });
    }
  });
  for (const m of text.matchAll(AT)) {
    problems.push({ file, line: Number(m[1]), column: Number(m[2]), code: String(m[3]) });
  }
  const loadedMatch = LOADED.exec(text);
  let loaded: Record<string, number> | undefined;
  if (loadedMatch?.[1]) {
    loaded = {};
    for (const pair of loadedMatch[1].trim().split(/\s+/)) {
      const [key, value] = pair.split('=');
      if (!key || value === undefined) throw new Error(`${file}: bad expect-loaded "${pair}"`);
      loaded[key] = Number(value);
    }
  }
  return loaded ? { problems, loaded } : { problems };
}

export function describeProblem(p: { file: string; line: number; column: number; code: string }): string {
  return `${p.file}:${p.line}:${p.column} ${p.code}`;
}
