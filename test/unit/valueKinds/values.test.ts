import * as assert from 'node:assert/strict';
import { calendarRange, qualifiedDate } from '../../../server/src/valueKinds/date';
import { recognizeValues } from '../../../server/src/valueKinds';
import type { ValueMention } from '../../../server/src/valueKinds';
import { datesCompatible, parseDateSpec } from '../../../server/src/values/date';
import { DURATION_DAYS } from '../../../server/src/values/quantity';
import { tokenize } from '../../../server/src/nlp/tokens';

/** One line per mention: kind, the text it covers, and its value in a comparable form. */
function describe_(m: ValueMention): string {
  switch (m.kind) {
    case 'date':
      return `date "${m.text}" ${m.date.label}${m.qualifier ? ` (${m.qualifier})` : ''}`;
    case 'money':
      return `money "${m.text}" ${m.currency} ${m.amount} ${m.approximation}`;
    case 'duration':
      return `duration "${m.text}" ${m.value} ${m.unit} ${m.approximation}`;
    case 'relative':
      return `relative "${m.text}" ${m.direction} ${m.value} ${m.unit} ${m.approximation}`;
    case 'count':
      return `count "${m.text}" ${m.value} ${m.unit} ${m.approximation}`;
  }
}

function found(text: string): string[] {
  return recognizeValues(text).map(describe_);
}

describe('recognising values in prose', () => {
  it('reads every money form the issue lists as the same amount', () => {
    const T = 3e12;
    for (const text of ['$3 trillion', 'US$3tn', '3 trillion dollars', 'three trillion dollars', '$3,000 billion', 'US$ 3 tn', 'USD 3 trillion', '$3T']) {
      const [m] = recognizeValues(`It is worth ${text} in all.`);
      assert.ok(m?.kind === 'money', text);
      assert.equal(m.amount, T, text);
      assert.equal(m.currency, 'USD', text);
    }
  });

  it('reads a range after an approximation as the range, not its first figure ("estimated at $1-3 trillion")', () => {
    assert.deepEqual(found('The deposits are estimated at $1-3 trillion.').map((x) => x.split(' ').slice(0, 2).join(' ')), ['money "$1-3']);
    assert.deepEqual(found('an estimated $1 trillion to $3 trillion').map((x) => x.split(' ').slice(0, 4).join(' ')), ['money "$1 trillion to']);
  });

  it('keeps the writer\'s approximation of a figure', () => {
    assert.deepEqual(found('estimated to be worth around $3 trillion'), ['money "around $3 trillion" USD 3000000000000 around']);
    assert.deepEqual(found('an estimated US$3tn'), ['money "an estimated US$3tn" USD 3000000000000 around']);
    assert.deepEqual(found('more than $1.5 billion and at least €40m'), [
      'money "more than $1.5 billion" USD 1500000000 more-than', 'money "at least €40m" EUR 40000000 at-least',
    ]);
  });

  it('reads every date form the issue lists, at the precision written', () => {
    const cases: [string, string][] = [
      ['March 2024', 'March 2024'],
      ['Mar. 2024', 'March 2024'],
      ['2024-03', 'March 2024'],
      ['15 August 2021', '15 August 2021'],
      ['Aug. 15, 2021', '15 August 2021'],
      ['August 15th, 2021', '15 August 2021'],
      ['the 15th of August 2021', '15 August 2021'],
      ['2021-08-15', '15 August 2021'],
      ['early March 2024', 'early March 2024'],
      ['the late 1990s', 'the late 1990s'],
      ['the mid-to-late 1990s', 'the mid-to-late 1990s'],
      ['the 1990s', 'the 1990s'],
      ['mid-2024', 'mid-2024'],
      ['2003-2025', '2003 to 2025'],
      ['2003–2025', '2003 to 2025'],
      ['from 2003 to 2025', '2003 to 2025'],
      ['between 2003 and 2025', '2003 to 2025'],
      ['2003–25', '2003 to 2025'],
      ['August of 2021', 'August 2021'],
      ['in 2022', '2022'],
      ['in the spring of 2025', 'spring 2025'],
      ['autumn 2001', 'autumn 2001'],
      ['late spring 2024', 'late spring 2024'],
      ['the winter of 2024', 'winter 2024–25'],
    ];
    for (const [text, label] of cases) {
      const mentions = recognizeValues(`It happened ${text}, they said.`);
      assert.equal(mentions.length, 1, `${text}: ${mentions.map(describe_).join('; ')}`);
      const [m] = mentions;
      assert.ok(m?.kind === 'date', text);
      assert.equal(m.date.label, label, text);
    }
  });

  it('reads durations, including "a year" and hyphenated adjectives', () => {
    assert.deepEqual(found('two decades'), ['duration "two decades" 2 decade exact']);
    assert.deepEqual(found('for 20 years'), ['duration "20 years" 20 year exact']);
    assert.deepEqual(found('for just a year'), ['duration "a year" 1 year exact']);
    // "a year after" counts from an event: a relative time, not a length of time.
    assert.deepEqual(found('just a year after'), ['relative "just a year after" after 1 year around']);
    assert.deepEqual(found('a year and a half later'), ['relative "a year and a half later" later 1.5 year exact']);
    // What "for" measures is a length of time, even when "before" or "after" opens a clause next.
    assert.deepEqual(found('it stood for barely a decade before the court threw it out'), ['duration "a decade" 1 decade exact']);
    assert.deepEqual(found('for two years after the attack'), ['duration "two years" 2 year exact']);
    assert.deepEqual(found('Two years on, the ruling stands.'), ['relative "Two years on" later 2 year exact']);
    assert.deepEqual(found('twenty-two years on a terror blacklist'), ['duration "twenty-two years" 22 year exact']);
    assert.deepEqual(found('A year ago this month, the court ruled'), ['relative "A year ago this month" ago 1 year exact']);
    assert.deepEqual(found('a two-decade war'), ['duration "two-decade" 2 decade exact']);
    assert.deepEqual(found('nearly twenty-one years'), ['duration "nearly twenty-one years" 21 year nearly']);
    assert.deepEqual(found('for a decade and a half'), ['duration "a decade and a half" 1.5 decade exact']);
    assert.deepEqual(found('some two and a half years'), ['duration "some two and a half years" 2.5 year around']);
    const [twoDecades] = recognizeValues('two decades');
    const [twentyYears] = recognizeValues('20 years');
    assert.ok(twoDecades?.kind === 'duration' && twentyYears?.kind === 'duration');
    assert.equal(twoDecades.interval.low, 2 * DURATION_DAYS.decade);
    assert.equal(twentyYears.interval.low, 20 * DURATION_DAYS.year);
  });

  it('states plainly a date right before the noun it modifies: the preposition governs the noun phrase ("after Aug 2021 takeover")', () => {
    const withTokens = (text: string) => recognizeValues(text, tokenize(text)).map(describe_);
    assert.deepEqual(withTokens('The embassy stayed open after Aug 2021 takeover.'), ['date "after Aug 2021" August 2021']);
    assert.deepEqual(withTokens('The embassy stayed open after Aug 2021, as before.'), ['date "after Aug 2021" August 2021 (after)']);
  });

  it('keeps qualifiers that change what a date admits: by, since, until, before, after', () => {
    assert.deepEqual(found('By 2014, Russia began'), ['date "By 2014" 2014 (by)']);
    assert.deepEqual(found('in place since 2003'), ['date "since 2003" 2003 (since)']);
    assert.deepEqual(found('until 2025'), ['date "until 2025" 2025 (until)']);
    const [by2014] = recognizeValues('by 2014');
    assert.ok(by2014?.kind === 'date');
    const date = (spec: string) => {
      const p = parseDateSpec(spec);
      if (!p.ok) throw new Error(spec);
      return p.value;
    };
    assert.ok(datesCompatible(qualifiedDate(by2014), date('2010')));
    assert.ok(!datesCompatible(qualifiedDate(by2014), date('2015')));
    const [before] = recognizeValues('before 2014');
    assert.ok(before?.kind === 'date' && !datesCompatible(qualifiedDate(before), date('2014')));
  });

  it('reads a month without a year only after a preposition', () => {
    assert.deepEqual(found('In December, the centre announced a survey.'), ['date "December" December (year not stated)']);
    assert.deepEqual(found('March on, they said.'), []);
  });

  it('prefers the longest reading and underlines the date, not its preposition', () => {
    const text = 'Russia, which annexed Crimea in 2014, accredited a Taliban diplomat on 15 August 2022.';
    const mentions = recognizeValues(text);
    assert.deepEqual(mentions.map((m) => text.slice(m.start, m.end)), ['2014', '15 August 2022']);
  });

  it('does not read counts, identifiers or verbs as dates or money', () => {
    assert.deepEqual(found('2003 troops were sent'), []);
    assert.deepEqual(found('the 9/11 attacks'), []);
    assert.deepEqual(found('You may go; it may 2023 not'), ['date "2023" 2023']);
    assert.deepEqual(found('worth 3 trillion, no currency given'), []);
    assert.deepEqual(found('a 20-year-old man'), []);
    assert.deepEqual(found('up 2024% and $2,003 spent'), ['money "$2,003" USD 2003 exact']);
    assert.deepEqual(found('every entrepreneur a chance'), [], 'a currency code inside a word, before "a"');
    assert.deepEqual(found('the Hack-to-Learn 2017-day event'), ['date "2017" 2017'], 'a year before "-day" is not a length of time');
  });

  it('reads a season counted from the draft\'s date ("this spring", "last winter") as that season\'s months, with slack either side', () => {
    const day = (spec: string) => { const p = parseDateSpec(spec); assert.ok(p.ok && p.value.kind === 'range'); return p.value; };
    const season = (text: string, asOf: string) => {
      const [m] = recognizeValues(`It happened ${text}.`);
      assert.ok(m?.kind === 'relative', text);
      const r = calendarRange(m, day(asOf));
      assert.ok(r, text);
      return r.label;
    };
    assert.equal(season('this spring', '2025-05-20'), 'spring 2025');
    assert.equal(season('this spring', '2025-12-05'), 'spring 2025');
    assert.equal(season('last spring', '2025-04-10'), 'spring 2024');
    assert.equal(season('last spring', '2025-07-01'), 'spring 2025');
    assert.equal(season('last winter', '2025-01-10'), 'winter 2023–24');
    assert.equal(season('last winter', '2025-05-20'), 'winter 2024–25');
    assert.equal(season('next summer', '2025-05-20'), 'summer 2025');
    assert.equal(season('next summer', '2025-07-20'), 'summer 2026');
    // Early June is still spring to many writers; mid-July is not.
    const [spring] = recognizeValues('It happened in the spring of 2025.');
    assert.ok(spring?.kind === 'date');
    assert.ok(datesCompatible(spring.date, day('2025-06-05')));
    assert.ok(!datesCompatible(spring.date, day('2025-07-15')));
    // A capitalised season after a name is part of the name.
    assert.deepEqual(found('the Arab Spring 2011 protests'), ['date "2011" 2011']);
  });
});
