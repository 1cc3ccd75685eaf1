import * as assert from 'node:assert/strict';
import { words } from '../../../server/src/check/phraseIndex';
import { bundledIndex } from '../../support/bundled';

function named(text: string): string[] {
  return bundledIndex().names.find(words(text), false, text).map((m) => `${m.value.id}:${text.slice(m.start, m.end)}`);
}

describe('recognising entities by name', () => {
  it('knows every way the analysis and ordinary writers name ISK, case- and punctuation-tolerant', () => {
    for (const name of ['ISIS-K', 'ISKP', 'ISK', 'IS-K', 'ISIS–K', 'ISIS K', 'Islamic State Khorasan Province', 'islamic state khorasan province', 'Islamic State – Khorasan Province']) {
      assert.deepEqual(named(`Attacks by ${name} rose.`), [`isk:${name}`], name);
    }
  });

  it('matches abbreviations with their case, so "us" is not the United States', () => {
    assert.deepEqual(named('The US and the U.S. differ from us.'), ['united-states:US', 'united-states:U.S.']);
    assert.deepEqual(named('the isk value'), []);
  });

  it('takes the longest name and lets "the" come or go', () => {
    assert.deepEqual(named("Russia's Supreme Court ruled; the Supreme Court of the Russian Federation agreed."), [
      "russian-supreme-court:Russia's Supreme Court", 'russian-supreme-court:Supreme Court of the Russian Federation',
    ]);
    assert.deepEqual(named('Taliban, the Taliban, THE TALIBAN'), ['taliban:Taliban', 'taliban:Taliban', 'taliban:TALIBAN']);
    assert.deepEqual(named("The People's Republic of China (PRC) and Beijing"), ["prc:People's Republic of China", 'prc:PRC', 'prc:Beijing']);
  });
});
