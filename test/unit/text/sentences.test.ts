import * as assert from 'node:assert/strict';
import { splitSentences } from '../../../server/src/text/sentences';

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('sentences', () => {
  it('splits ordinary prose at sentence ends', () => {
    assert.deepEqual(sentences('Russia accredited a diplomat in 2022. The Taliban welcomed it!  Did Iran?'), [
      'Russia accredited a diplomat in 2022.', 'The Taliban welcomed it!', 'Did Iran?',
    ]);
  });

  it('does not split after abbreviations, initialisms and abbreviated months', () => {
    assert.deepEqual(sentences('The U.S. Treasury sanctioned them. Next.'), ['The U.S. Treasury sanctioned them.', 'Next.']);
    assert.deepEqual(sentences('Mr. Kabulov spoke on Aug. 15, 2021 in Kabul. Then Dr. Smith replied.'), [
      'Mr. Kabulov spoke on Aug. 15, 2021 in Kabul.', 'Then Dr. Smith replied.',
    ]);
    assert.deepEqual(sentences('It happened in Mar. 2024. Russia denied it.'), ['It happened in Mar. 2024.', 'Russia denied it.']);
    assert.deepEqual(sentences('Cf. the U.N. Monitoring Team report. John F. Kennedy was there.'), ['Cf. the U.N. Monitoring Team report.', 'John F. Kennedy was there.']);
    assert.deepEqual(sentences('It is worth $3 tn. by most estimates.'), ['It is worth $3 tn. by most estimates.']);
  });

  it('keeps a numbered citation after a full stop with its sentence', () => {
    assert.deepEqual(sentences('Russia bans its activities.[1] In April the court lifts it.[2][3] Later still.[4, 5]'), [
      'Russia bans its activities.[1]', 'In April the court lifts it.[2][3]', 'Later still.[4, 5]',
    ]);
    assert.deepEqual(sentences('It was lifted. [Editor: see below.]'), ['It was lifted.', '[Editor: see below.]']);
  });

  it('splits CJK sentences and keeps offsets into the original text', () => {
    const text = 'Intro.  日本語。次の文。';
    const spans = splitSentences(text);
    assert.deepEqual(spans, [{ start: 0, end: 6 }, { start: 8, end: 12 }, { start: 12, end: 16 }]);
  });

  it('returns nothing for white space only', () => {
    assert.deepEqual(splitSentences('   \n '), []);
  });
});
