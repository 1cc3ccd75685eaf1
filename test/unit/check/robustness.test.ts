/** No input makes the checker throw, and a failing check costs only itself. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocument } from '../../../server/src/check/checkDocument';
import type { FactIndex } from '../../../server/src/check/factIndex';
import { bundledIndex, FIXTURE_TODAY } from '../../support/bundled';
import { FIXTURES } from '../../support/paths';

describe('checking hostile or broken drafts', () => {
  const index = bundledIndex();
  const sample = fs.readFileSync(path.join(FIXTURES, 'drafts', 'finding-kinds.md'), 'utf8') + fs.readFileSync(path.join(FIXTURES, 'markdown', 'constructs.md'), 'utf8');

  it('never throws and never fails a check on a thousand random mutations', function () {
    // A thousand checks take 10 to 15 s on two idle cores and more on a busy machine; the suite's
    // default timeout would make the verdict depend on speed. A hang still fails CI by its time
    // limit, and work per draft is measured by `npm run bench`, not here.
    this.timeout(0);
    let seed = 97;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pieces = ['`', '*', '[', ']', '(', ')', '<', '>', '|', '\\', '&amp;', '\n', '\t', '#', '- ', '> ', '```', '<!--', '-->', '---\n', '🚀', '\r\n', '$', '2024', 'March', ' since ', ' by ', 'Taliban', '<!-- factlint-disable -->', '<!-- factlint-enable', '\u0000', '\ufffc'];
    for (let i = 0; i < 1000; i++) {
      let text = sample;
      for (let e = 0; e < 1 + Math.floor(random() * 6); e++) {
        const at = Math.floor(random() * text.length);
        text = random() < 0.5 ? text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 10)) : text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at);
      }
      const result = checkDocument(text, index, { today: FIXTURE_TODAY });
      const failed = result.findings.find((f) => f.code === 'internal-error');
      assert.equal(failed, undefined, `mutation ${i}: ${failed?.message ?? ''}`);
      for (const f of result.findings) {
        assert.ok(f.offsets.start >= 0 && f.offsets.end <= text.length && f.offsets.start <= f.offsets.end, `mutation ${i}: range inside the text`);
      }
    }
  });

  it('reads pathological shapes without failing', () => {
    const shapes = [
      '',
      '\ufeff',
      '> '.repeat(2000) + 'deep quote in March 2023',
      Array.from({ length: 500 }, (_, i) => `${' '.repeat(i % 40)}- item ${i}`).join('\n'),
      '|'.repeat(5000),
      `| a | b |\n| - | - |\n${'| Crocus City Hall attack | March 2023 |\n'.repeat(300)}`,
      `The Taliban ${'and the Taliban '.repeat(3000)} took over Kabul in August 2020.`,
      `${'$1 trillion, '.repeat(2000)}`,
      '---\ndate: [unclosed\n---\nThe Crocus City Hall attack took place in March 2023.',
      '---\n' + 'a: &a [1]\n'.repeat(50) + '---\nText.',
    ];
    for (const text of shapes) {
      const result = checkDocument(text, index, { today: FIXTURE_TODAY });
      assert.equal(result.findings.filter((f) => f.code === 'internal-error').length, 0, text.slice(0, 40));
    }
  });

  it('turns a failure inside a check into one internal-error finding and runs the others', () => {
    let calls = 0;
    const failing: FactIndex = {
      ...index,
      instanceOfEvent: (entity) => {
        calls++;
        if (entity === 'crocus-attack') throw new Error('simulated failure');
        return index.instanceOfEvent(entity);
      },
    };
    const text = 'The Crocus City Hall attack took place in March 2023.\n\nAfghanistan\'s mineral wealth is worth $30 trillion.\n';
    const result = checkDocument(text, failing, { today: FIXTURE_TODAY });
    assert.ok(calls > 0);
    assert.deepEqual(result.findings.map((f) => f.code), ['internal-error', 'contradiction']);
    assert.match(result.findings[0]?.message ?? '', /factlint failed while reading a sentence \(simulated failure\); other checks still ran/);
    assert.equal(result.findings[1]?.claim, '$30 trillion');
  });
});
