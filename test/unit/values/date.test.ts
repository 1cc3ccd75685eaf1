import * as assert from 'node:assert/strict';
import { calendarDate, datesCompatible, parseDateSpec, span, withBound, withPart } from '../../../server/src/values/date';
import type { DateRange, DateValue } from '../../../server/src/values/date';

function date(spec: string | number): DateValue {
  const parsed = parseDateSpec(spec);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

function range(spec: string | number): DateRange {
  const d = date(spec);
  if (d.kind !== 'range') throw new Error(`${spec} has no year`);
  return d;
}

function bounds(r: DateRange): [string, string] {
  const f = (n: number): string => {
    const c = calendarDate(n);
    return `${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
  };
  return [f(r.start), f(r.end)];
}

describe('dates', () => {
  it('reads every form a fact file may use, with its precision and label', () => {
    const cases: [string | number, string, string, [string, string] | undefined][] = [
      ['2021-08-15', 'day', '15 August 2021', ['2021-08-15', '2021-08-15']],
      ['2024-03', 'month', 'March 2024', ['2024-03-01', '2024-03-31']],
      ['2024-02', 'month', 'February 2024', ['2024-02-01', '2024-02-29']],
      [2003, 'year', '2003', ['2003-01-01', '2003-12-31']],
      ['1990s', 'decade', 'the 1990s', ['1990-01-01', '1999-12-31']],
      ['--12', 'month-of-year', 'December (year not stated)', undefined],
      ['--02-29', 'day-of-year', '29 February (year not stated)', undefined],
    ];
    for (const [spec, precision, label, expectedBounds] of cases) {
      const d = date(spec);
      assert.equal(d.precision, precision, String(spec));
      assert.equal(d.label, label);
      if (expectedBounds) assert.deepEqual(bounds(d as DateRange), expectedBounds);
    }
  });

  it('refuses dates that do not exist, saying why', () => {
    for (const [spec, reason] of [
      ['2023-02-29', /28 days/],
      ['2024-13', /no month 13/],
      ['--13', /no month 13/],
      ['--02-30', /no day 30/],
      ['March 2024', /not a date/],
      ['24', /not a date/],
      ['1995s', /not a date/],
    ] as const) {
      const parsed = parseDateSpec(spec);
      assert.equal(parsed.ok, false, spec);
      if (!parsed.ok) assert.match(parsed.message, reason);
    }
  });

  it('narrows a decade to its mid-to-late part and a month to its early part', () => {
    const late90s = withPart(range('1990s'), 'mid-to-late');
    assert.equal(late90s.label, 'the mid-to-late 1990s');
    assert.deepEqual(bounds(late90s).map((d) => d.slice(0, 4)), ['1993', '1999']);
    const earlyMarch = withPart(range('2024-03'), 'early');
    assert.equal(earlyMarch.label, 'early March 2024');
    assert.deepEqual(bounds(earlyMarch), ['2024-03-01', '2024-03-13']);
    assert.equal(withPart(range(2024), 'mid').label, 'mid-2024');
  });

  it('opens a date on one side for "by 2014"', () => {
    const by2014 = withBound(range(2014), 'at-or-before');
    assert.equal(by2014.label, 'by 2014');
    assert.ok(datesCompatible(by2014, range(2009)));
    assert.ok(!datesCompatible(by2014, range(2015)));
  });

  it('builds spans and refuses ones that run backwards', () => {
    const s = span(range(2003), range(2025));
    assert.ok(s.ok);
    if (s.ok) assert.deepEqual(bounds(s.value), ['2003-01-01', '2025-12-31']);
    assert.equal(span(range(2025), range(2003)).ok, false);
  });

  it('treats a finer date inside a coarser one as compatible, and a disjoint one as not', () => {
    assert.ok(datesCompatible(date('2024-03-15'), date('2024-03')));
    assert.ok(datesCompatible(date('2024-03'), date(2024)));
    assert.ok(datesCompatible(date('1997'), withPart(range('1990s'), 'mid-to-late')));
    assert.ok(!datesCompatible(date('1991'), withPart(range('1990s'), 'mid-to-late')));
    assert.ok(!datesCompatible(date('2024-04-01'), date('2024-03')));
    assert.ok(!datesCompatible(date(2023), date('2024-03')));
  });

  it('compares a month without a year by its month alone', () => {
    assert.ok(datesCompatible(date('--12'), date('2024-12')));
    assert.ok(datesCompatible(date('--12'), date('2019-12-24')));
    assert.ok(datesCompatible(date('--12'), date(2024)), 'a whole year contains a December');
    assert.ok(!datesCompatible(date('--12'), date('2024-11')));
    assert.ok(!datesCompatible(date('--12'), date('--11')));
    assert.ok(datesCompatible(date('--12-25'), date('--12')));
    assert.ok(!datesCompatible(date('--12-25'), date('--12-24')));
  });
});
