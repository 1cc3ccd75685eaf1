/**
 * Facts written with cue words only (as fact bases before frames are): facts that share their cue
 * words share one frame, and a sentence speaks only of the facts whose entities it names, so a
 * base of thousands of such facts costs a sentence no more than one of them.
 */
import * as assert from 'node:assert/strict';
import { checkDocument } from '../../../server/src/check/checkDocument';
import { buildFactIndex } from '../../../server/src/check/factIndex';
import { loadFactBase } from '../../../server/src/factbase/load';
import { FIXTURE_TODAY } from '../../support/bundled';

const FACTS = 2000;

function base(): ReturnType<typeof buildFactIndex> {
  const lines = ['factlint: 1', 'sources:', '  - { id: src, title: Register, kind: report }', 'entities:'];
  for (let i = 0; i < FACTS; i++) lines.push(`  - { id: a${i}, name: Harbour Agency ${i}, type: organization }`);
  lines.push('facts:');
  for (let i = 0; i < FACTS; i++) lines.push(`  - { id: f${i}, claim: Agency ${i} was founded in ${1900 + (i % 100)}., subject: a${i}, property: founded, cues: [founded, established], value: { type: date, date: ${1900 + (i % 100)} }, source: { id: src, paragraph: 1, phrase: founded } }`);
  const loaded = loadFactBase([{ file: 'many.facts.yaml', text: `${lines.join('\n')}\n` }]);
  assert.deepEqual(loaded.problems, []);
  return buildFactIndex(loaded.base);
}

describe('facts written with cue words', () => {
  const index = base();

  it('share one frame when their cue words are the same', () => {
    assert.equal(new Set(index.instances.map((i) => i.frame.id)).size, 1);
  });

  it('are tied to a sentence by the entities it names: the right fact, and only that one', () => {
    const r = checkDocument('Harbour Agency 7 was founded in 1950.\n\nHarbour Agency 8 was founded in 1908.\n', index, { today: FIXTURE_TODAY });
    assert.deepEqual(r.findings.map((f) => [f.code, f.factId, f.range.start.line]), [['contradiction', 'f7', 1]]);
    assert.deepEqual(r.supported.map((c) => [c.factId, c.range.start.line]), [['f8', 3]]);
  });

  it('ask a sentence that names none of their entities nothing', () => {
    assert.equal(index.instancesWith(index.instances[0]?.frame.id ?? '', ['nobody']).length, 0);
    const r = checkDocument('The museum was founded in 1950.\n', index, { today: FIXTURE_TODAY });
    assert.deepEqual(r.findings, []);
  });
});
