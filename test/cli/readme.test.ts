/** The README's quick start shows exactly what factlint prints. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { factlint } from '../support/cli';
import { ROOT } from '../support/paths';

describe('README quick start', () => {
  it('shows the output of linting the fact base and checking the example brief, word for word', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = readme.split('factlint finds the errors:\n\n```text\n')[1]?.split('```')[0];
    assert.ok(block, 'the README has the quick-start output block');
    const lint = factlint(['facts', 'lint']);
    const check = factlint(['check', 'examples/brief.md']);
    assert.equal(lint.code, 0);
    assert.equal(check.code, 1);
    assert.equal(block, lint.stdout + check.stdout);
  });
});
