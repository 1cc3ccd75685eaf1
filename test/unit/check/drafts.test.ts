/**
 * Runs every fixture draft in test/fixtures/drafts against the bundled fact base and compares
 * the findings and the supported claims with the expectations marked on its lines: a missing
 * finding, an extra one, a range one column off, or a supported claim too many or too few fails. Each fixture runs as written and again with CRLF and a BOM.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocument } from '../../../server/src/check/checkDocument';
import type { Finding, SupportedClaim } from '../../../server/src/check/findings/types';
import { bundledIndex, FIXTURE_TODAY } from '../../support/bundled';
import { describeFinding, describeSupported, readDraftExpectations } from '../../support/draftExpectations';
import type { ExpectedFinding } from '../../support/draftExpectations';
import { FIXTURES } from '../../support/paths';

const DRAFTS = path.join(FIXTURES, 'drafts');

function actual(result: { readonly findings: readonly Finding[]; readonly supported: readonly SupportedClaim[] }, expected: readonly ExpectedFinding[]): string[] {
  const findings = result.findings.map((f) => {
    assert.equal(f.range.start.line, f.range.end.line, `${f.code} "${f.claim}" stays on one line`);
    return describeFinding({ line: f.range.start.line, startColumn: f.range.start.column, endColumn: f.range.end.column, code: f.code, suppressed: f.suppressed !== undefined });
  });
  // A supported claim's words may run over a hard-wrapped line; it is placed on the line it starts on.
  const supported = describeSupported(expected, result.supported.map((c) => ({ line: c.range.start.line, startColumn: c.range.start.column, endColumn: c.range.end.line === c.range.start.line ? c.range.end.column : Number.MAX_SAFE_INTEGER })));
  return [...findings, ...supported].sort();
}

describe('fixture drafts', () => {
  const index = bundledIndex();
  const fixtures = fs.readdirSync(DRAFTS).filter((f) => f.endsWith('.md')).sort();

  it('has fixtures', () => assert.ok(fixtures.length >= 5));

  for (const name of fixtures) {
    const text = fs.readFileSync(path.join(DRAFTS, name), 'utf8');
    const marked = readDraftExpectations(text);
    const expected = marked.map(describeFinding).sort();
    it(`${name}: exactly the marked findings and supported claims, at the marked text`, () => {
      assert.deepEqual(actual(checkDocument(text, index, { today: FIXTURE_TODAY }), marked), expected);
    });
    it(`${name}: the same with CRLF line ends and a byte-order mark`, () => {
      const variant = `\ufeff${text.replace(/\r?\n/g, '\r\n')}`;
      assert.deepEqual(actual(checkDocument(variant, index, { today: FIXTURE_TODAY }), marked), expected);
    });
  }
});
