/** Every problem code has its doc page, and every page documents a real code with its severity. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FINDING_KINDS } from '../../server/src/check/findings';
import { PROBLEM_KINDS } from '../../server/src/factbase/problems';
import { ROOT } from '../support/paths';

const DOCS = path.join(ROOT, 'docs', 'codes');

describe('problem code docs', () => {
  const kinds: readonly { code: string; severity: string }[] = [...Object.values(PROBLEM_KINDS), ...FINDING_KINDS];

  it('has a page for every code that states its severity', () => {
    for (const k of kinds) {
      const page = path.join(DOCS, `${k.code}.md`);
      assert.ok(fs.existsSync(page), `docs/codes/${k.code}.md`);
      assert.match(fs.readFileSync(page, 'utf8'), new RegExp(`^# \`${k.code}\`\\n\\n\\*\\*Severity:\\*\\* ${k.severity}\\.`), k.code);
    }
  });

  it('has no page for a code that does not exist, and lists every code in its index', () => {
    const codes = new Set(kinds.map((k) => k.code));
    const pages = fs.readdirSync(DOCS).filter((f) => f !== 'README.md').map((f) => f.replace(/\.md$/, ''));
    assert.deepEqual(pages.sort(), [...codes].sort());
    const index = fs.readFileSync(path.join(DOCS, 'README.md'), 'utf8');
    for (const code of codes) assert.ok(index.includes(`[\`${code}\`](${code}.md)`), code);
  });

  it('keeps codes unique and kebab-case', () => {
    const codes = kinds.map((k) => k.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const c of codes) assert.match(c, /^[a-z]+(-[a-z]+)*$/);
  });
});
