import * as assert from 'node:assert/strict';
import { approximationInterval, DURATION_DAYS, formatDuration, formatMoney, intervalsOverlap } from '../../../server/src/values/quantity';

describe('quantities', () => {
  const T = 1e12;

  it('lets "around" admit 10% either way by default, or the tolerance given', () => {
    const around3T = approximationInterval(3 * T, 'around');
    assert.ok(intervalsOverlap(around3T, approximationInterval(2.8 * T, 'exact')));
    assert.ok(intervalsOverlap(around3T, approximationInterval(3.3 * T, 'exact')));
    assert.ok(!intervalsOverlap(around3T, approximationInterval(3.4 * T, 'exact')));
    assert.ok(!intervalsOverlap(around3T, approximationInterval(30 * T, 'exact')));
    assert.ok(intervalsOverlap(approximationInterval(3 * T, 'around', 0.5), approximationInterval(4 * T, 'exact')));
  });

  it('treats open bounds strictly: "more than 3" excludes exactly 3, "at least 3" includes it', () => {
    const exactly3 = approximationInterval(3, 'exact');
    assert.ok(!intervalsOverlap(approximationInterval(3, 'more-than'), exactly3));
    assert.ok(intervalsOverlap(approximationInterval(3, 'at-least'), exactly3));
    assert.ok(!intervalsOverlap(approximationInterval(3, 'less-than'), exactly3));
    assert.ok(intervalsOverlap(approximationInterval(3, 'at-most'), exactly3));
    assert.ok(intervalsOverlap(approximationInterval(3, 'more-than'), approximationInterval(10, 'exact')));
  });

  it('makes two decades equal to twenty years', () => {
    const twoDecades = approximationInterval(2 * DURATION_DAYS.decade, 'exact');
    assert.ok(intervalsOverlap(twoDecades, approximationInterval(20 * DURATION_DAYS.year, 'exact')));
    assert.ok(!intervalsOverlap(twoDecades, approximationInterval(30 * DURATION_DAYS.year, 'exact')));
  });

  it('writes figures the way a message should', () => {
    assert.equal(formatMoney(3, 'trillion', 'USD', 'around'), 'around $3 trillion');
    assert.equal(formatMoney(40, 'million', 'RUB', 'at-least'), 'at least RUB 40 million');
    assert.equal(formatDuration(2, 'decade', 'exact'), 'two decades');
    assert.equal(formatDuration(1, 'year', 'around'), 'around one year');
    assert.equal(formatDuration(18, 'month', 'exact'), '18 months');
  });
});
