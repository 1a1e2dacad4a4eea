import { describe, expect, it } from 'vitest';
import { matchingResult } from './matching.ts';
import { achievementPercent, type ResultInput, type TargetInput, targetStatus } from './status.ts';

const PCT = 1;
const target = (t: Partial<TargetInput>): TargetInput => ({
  kind: 'LEVEL',
  comparator: 'AT_LEAST',
  value: 8,
  valueMax: null,
  unitId: PCT,
  direction: 'HIGHER_IS_BETTER',
  ...t,
});
const result = (r: Partial<ResultInput>): ResultInput => ({
  value: 8,
  bound: 'EXACT',
  unitId: PCT,
  reliability: 'FINAL',
  rankChange: null,
  ...r,
});

describe('target status', () => {
  it('AT_LEAST is met at and above the value, not below', () => {
    expect(targetStatus(target({}), result({ value: 8 })).status).toBe('MET');
    expect(targetStatus(target({}), result({ value: 8.4 })).status).toBe('MET');
    expect(targetStatus(target({}), result({ value: 6.33 })).status).toBe('NOT_MET');
  });

  it('AT_MOST is met at and below the value', () => {
    const t = target({ comparator: 'AT_MOST', value: 3, direction: 'LOWER_IS_BETTER' });
    expect(targetStatus(t, result({ value: 3 })).status).toBe('MET');
    expect(targetStatus(t, result({ value: 2 })).status).toBe('MET');
    expect(targetStatus(t, result({ value: 3.1 })).status).toBe('NOT_MET');
  });

  it('EQUAL means reaching the value in the better direction', () => {
    const up = target({ comparator: 'EQUAL', value: 56 });
    expect(targetStatus(up, result({ value: 56 })).status).toBe('MET');
    expect(targetStatus(up, result({ value: 60 })).status).toBe('MET');
    expect(targetStatus(up, result({ value: 55.9 })).status).toBe('NOT_MET');
    const down = target({ comparator: 'EQUAL', value: 5, direction: 'LOWER_IS_BETTER' });
    expect(targetStatus(down, result({ value: 4 })).status).toBe('MET');
    expect(targetStatus(down, result({ value: 6 })).status).toBe('NOT_MET');
  });

  it('RANGE is met inside it and beyond its better end, not short of it', () => {
    const t = target({ comparator: 'RANGE', value: 2, valueMax: 2.5 });
    expect(targetStatus(t, result({ value: 2 })).status).toBe('MET');
    expect(targetStatus(t, result({ value: 2.3 })).status).toBe('MET');
    expect(targetStatus(t, result({ value: 2.5 })).status).toBe('MET');
    expect(targetStatus(t, result({ value: 3 })).status).toBe('MET');
    expect(targetStatus(t, result({ value: 1.9 })).status).toBe('NOT_MET');
    const lower = target({ comparator: 'RANGE', value: 1, valueMax: 1.5, direction: 'LOWER_IS_BETTER' });
    expect(targetStatus(lower, result({ value: 1.6 })).status).toBe('NOT_MET');
    expect(targetStatus(lower, result({ value: 0.8 })).status).toBe('MET');
  });

  it('RANK_CHANGE compares places moved, not a quantity', () => {
    const t = target({ kind: 'RANK_CHANGE', comparator: 'AT_LEAST', value: 1, direction: 'RANK', unitId: 9 });
    expect(targetStatus(t, result({ value: 40, rankChange: 3, unitId: 10 })).status).toBe('MET');
    expect(targetStatus(t, result({ value: 44, rankChange: 1, unitId: 10 })).status).toBe('MET');
    expect(targetStatus(t, result({ value: 46, rankChange: -2, unitId: 10 })).status).toBe('NOT_MET');
    expect(targetStatus(t, result({ value: 46, rankChange: 0, unitId: 10 })).status).toBe('NOT_MET');
    expect(targetStatus(t, result({ value: 46, rankChange: null })).status).toBe('NO_DATA');
  });

  it('an estimate is ON_TRACK or OFF_TRACK, never MET or NOT_MET', () => {
    expect(targetStatus(target({}), result({ value: 9, reliability: 'ESTIMATE' })).status).toBe('ON_TRACK');
    expect(targetStatus(target({}), result({ value: 6.33, reliability: 'ESTIMATE' })).status).toBe('OFF_TRACK');
    expect(targetStatus(target({}), result({ value: 9, reliability: 'PRELIMINARY' })).status).toBe('ON_TRACK');
    expect(targetStatus(target({}), result({ value: 9, reliability: 'ESTIMATE' })).reason).toMatch(/Estimated.*not final/);
  });

  it('a bound decides only when it proves or rules out the target', () => {
    const t = target({ comparator: 'AT_LEAST', value: 50 });
    // "trên 50" (more than 50) proves ≥ 50 …
    expect(targetStatus(t, result({ value: 50, bound: 'MORE_THAN' })).status).toBe('MET');
    // … but says nothing about ≥ 56.
    const verdict = targetStatus(target({ value: 56 }), result({ value: 50, bound: 'MORE_THAN' }));
    expect(verdict.status).toBe('NO_DATA');
    expect(verdict.reason).toMatch(/bound/);
    // "less than 50" rules out ≥ 56.
    expect(targetStatus(target({ value: 56 }), result({ value: 50, bound: 'LESS_THAN' })).status).toBe('NOT_MET');
    // "at most 8" does not rule out ≥ 8, "less than 8" does.
    expect(targetStatus(target({}), result({ value: 8, bound: 'AT_MOST' })).status).toBe('NO_DATA');
    expect(targetStatus(target({}), result({ value: 8, bound: 'LESS_THAN' })).status).toBe('NOT_MET');
  });

  it('NO_DATA without a result, with only a comparison, or in another unit', () => {
    expect(targetStatus(target({}), null).status).toBe('NO_DATA');
    expect(targetStatus(target({}), result({ value: null })).reason).toMatch(/comparison/);
    expect(targetStatus(target({}), result({ unitId: 99 })).reason).toMatch(/different units/);
  });
});

describe('achievement percent', () => {
  it('divides an exact result by a single-valued target', () => {
    expect(achievementPercent(target({ comparator: 'EQUAL', value: 56 }), result({ value: 56.56 }))).toBe(101);
    expect(achievementPercent(target({ value: 8 }), result({ value: 6.33 }))).toBe(79.13);
  });
  it('is null where not meaningful', () => {
    expect(achievementPercent(target({ comparator: 'RANGE', value: 2, valueMax: 2.5 }), result({ value: 2 }))).toBeNull();
    expect(achievementPercent(target({ kind: 'RANK_CHANGE', value: 1 }), result({ rankChange: 2 }))).toBeNull();
    expect(achievementPercent(target({}), result({ bound: 'MORE_THAN' }))).toBeNull();
    expect(achievementPercent(target({}), result({ unitId: 2 }))).toBeNull();
    expect(achievementPercent(target({}), null)).toBeNull();
  });
});

describe('matching result', () => {
  it('takes the most settled result of the period', () => {
    const rows = [
      { id: 1, periodId: 5, reliability: 'ESTIMATE' as const },
      { id: 2, periodId: 5, reliability: 'FINAL' as const },
      { id: 3, periodId: 5, reliability: 'PRELIMINARY' as const },
      { id: 4, periodId: 6, reliability: 'FINAL' as const },
    ].map((r) => ({ ...r, value: 1, bound: 'EXACT' as const, unitId: 1, rankChange: null }));
    expect(matchingResult(5, rows)?.id).toBe(2);
    expect(matchingResult(6, rows)?.id).toBe(4);
    expect(matchingResult(7, rows)).toBeNull();
  });
});
