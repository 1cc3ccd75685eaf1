import * as assert from 'node:assert/strict';
import { attached, frontedAdverbial, hostOf } from '../../../server/src/check/attachment';
import { readSentence } from '../../../server/src/check/reader';
import { bundledIndex } from '../../support/bundled';

/** The words a sentence's value (found by its text) belongs to. */
function hostWords(text: string, value: string): string {
  const s = readSentence(text, bundledIndex());
  const mention = s.values.find((v) => v.text.includes(value));
  assert.ok(mention, `a value "${value}" in: ${text}`);
  const host = hostOf(s, mention);
  return host.kind === 'clause' ? '(clause)' : host.at.map((k) => s.tokens[k]?.text).join(' ');
}

describe('which words a value belongs to', () => {
  it('gives a value after a participle that describes a noun of another event to that noun', () => {
    assert.equal(hostWords('A Chinese state company won the Mes Aynak copper lease, a deal valued at roughly $3 billion, in 2007.', '$3 billion'), 'deal');
  });

  it('gives a value to the verb before it past an adverb in -en ("is often put at"), not to a verb after it', () => {
    assert.equal(hostWords('The deposits are often put at nearly $30 trillion, and China leads the countries competing for them.', '$30 trillion'), 'put');
  });

  it('reads past an aside between commas that opens with a participle to the verb of the noun before it', () => {
    const s = readSentence("Russia's listing of the Taliban, imposed in 2003, had stood for some twenty-two years.", bundledIndex());
    const mention = s.values.find((v) => v.text.includes('twenty-two'));
    const listing = s.phrases.find((p) => p.phrase.kind === 'trigger' && s.text.slice(p.start, p.stop) === 'listing');
    assert.ok(mention && listing);
    assert.equal(attached(s, hostOf(s, mention), { first: listing.first, end: listing.end, at: listing.first }), true);
  });

  it('gives a date in a phrase after "after" to the event noun heading it, past a possessor and an adverb of time', () => {
    assert.equal(hostWords('The release comes just weeks after the envoy\'s rare trip to the Afghan capital earlier in September.', 'September'), 'trip');
  });

  it('gives a length of time followed by "of" to the noun or gerund it measures', () => {
    assert.equal(hostWords('The Afghan government collapsed after two decades of U.S. efforts to reshape the region.', 'two decades'), 'efforts');
    assert.equal(hostWords('Over three decades of U.S. fighting in Afghanistan, Iran supplied the Taliban.', 'three decades'), 'fighting');
    assert.equal(hostWords('The listing had survived twenty-two years of shifting Kremlin policy.', 'twenty-two'), 'policy');
    assert.equal(hostWords('During the two decades of the U.S. military presence Iran had supplied the Taliban.', 'two decades'), 'presence');
    // It measures any event of that noun's kind in the sentence, and an event a clause on the noun names.
    const s = readSentence('U.S.-led forces pulled out after two decades of fighting.', bundledIndex());
    const mention = s.values.find((v) => v.kind === 'duration');
    const forces = s.phrases.find((p) => p.phrase.kind === 'trigger' && s.text.slice(p.start, p.stop) === 'forces');
    assert.ok(mention && forces);
    assert.equal(attached(s, hostOf(s, mention), { first: forces.first, end: forces.end, at: forces.first }), true);
  });

  it('keeps a participle that is the clause\'s own verb as the host', () => {
    assert.equal(hostWords('Taliban diplomat accredited 2022.', '2022'), 'accredited');
    assert.equal(hostWords('Moscow accredited a Taliban diplomat in 2022.', '2022'), 'diplomat accredited');
  });

  it('gives a phrase that opens the sentence to the verb of every main clause', () => {
    assert.equal(hostWords('In 2025, Russia\'s Supreme Court heard the case, and it lifted the ban on the Taliban.', '2025'), 'heard lifted');
    const s = readSentence('In 2025, the court heard the case, and it lifted the ban.', bundledIndex());
    assert.equal(frontedAdverbial(s, 1), true);
    assert.equal(frontedAdverbial(s, 5), false);
  });

  it('lets a relative clause describe the whole noun phrase before it, across "of" and a list, and no further', () => {
    const describes = (text: string, value: string, noun: string): boolean | undefined => {
      const s = readSentence(text, bundledIndex());
      const mention = s.values.find((v) => v.text.includes(value));
      const hit = s.phrases.find((p) => p.phrase.kind === 'trigger' && s.text.slice(p.start, p.stop) === noun);
      assert.ok(mention && hit, text);
      return attached(s, hostOf(s, mention), { first: hit.first, end: hit.end, at: hit.first });
    };
    assert.equal(describes('Afghanistan sits on deposits of copper, lithium and iron ore that are estimated to be worth around $300 billion.', '$300 billion', 'deposits'), true);
    assert.equal(describes('Afghanistan sits on deposits near a town that was valued at $300 billion.', '$300 billion', 'deposits'), false);
  });
});
