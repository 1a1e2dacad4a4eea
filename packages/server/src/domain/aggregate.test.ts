import { describe, expect, it } from 'vitest';
import { compareKeys, DimensionedStats, Groups, NumberStats, TooManyGroups } from './aggregate.ts';

describe('NumberStats', () => {
  it('none seen: a count of 0 and nulls, not zeros', () => {
    expect(new NumberStats().summary()).toEqual({ count: 0, sum: null, average: null, min: null, max: null });
  });

  it('counts, sums (to the micro-unit, as a reader adds), averages and bounds what it is given; nulls and non-finite values are not numbers', () => {
    const s = new NumberStats();
    for (const v of [0.1, 0.2, null, undefined, Number.NaN, Infinity, -3]) s.add(v);
    expect(s.summary()).toEqual({ count: 3, sum: -2.7, average: -0.9, min: -3, max: 0.2 });
  });
});

describe('DimensionedStats', () => {
  it('one dimension: summed', () => {
    const s = new DimensionedStats();
    s.add('CURRENCY_VND', 2e12);
    s.add('CURRENCY_VND', 5e11);
    s.add('CURRENCY_VND', null);
    expect(s.summary()).toEqual({ dimension: 'CURRENCY_VND', dimensions: ['CURRENCY_VND'], summary: { count: 2, sum: 2.5e12, average: 1.25e12, min: 5e11, max: 2e12 } });
  });

  it('several dimensions: counted, never added nor compared; the dimensions named', () => {
    const s = new DimensionedStats();
    s.add('PERCENT', 8);
    s.add('CURRENCY_VND', 2e12);
    expect(s.summary()).toEqual({ dimension: null, dimensions: ['CURRENCY_VND', 'PERCENT'], summary: { count: 2, sum: null, average: null, min: null, max: null } });
  });

  it('no values: no dimension', () => {
    expect(new DimensionedStats().summary()).toEqual({ dimension: null, dimensions: [], summary: { count: 0, sum: null, average: null, min: null, max: null } });
  });
});

describe('Groups', () => {
  it('one group per key tuple, created on first sight', () => {
    const groups = new Groups((key) => ({ key, n: 0 }), 10);
    groups.get(['MET', 1]).n++;
    groups.get(['MET', 1]).n++;
    groups.get(['MET', null]).n++;
    expect(groups.entries().map(({ group }) => [group.key, group.n])).toEqual([
      [['MET', 1], 2],
      [['MET', null], 1],
    ]);
  });

  it('past its limit it refuses a new group (an existing one still counts)', () => {
    const groups = new Groups((key) => key, 2);
    groups.get([1]);
    groups.get([2]);
    expect(() => groups.get([3])).toThrow(TooManyGroups);
    expect(groups.get([1])).toEqual([1]);
    expect(groups.size).toBe(2);
  });
});

describe('compareKeys', () => {
  const byNumber = (x: string | number, y: string | number) => (x as number) - (y as number);
  it('part by part with each part’s order; a null part last', () => {
    const keys = [[2, 1], [1, null], [1, 2], [null, 0], [1, 1]];
    expect(keys.sort((a, b) => compareKeys(a, b, [byNumber, byNumber]))).toEqual([[1, 1], [1, 2], [1, null], [2, 1], [null, 0]]);
  });
});
