import { describe, expect, it } from 'vitest';
import { byEnd, previousPeriod } from './periods.ts';
import { currentFigure, mostSettled, revisionsOf } from './settled.ts';
import { type Evidence, judgeTarget, type ResultInput, type TargetInput, type UnitInput } from './status.ts';

// Units as the seed has them: one dimension per kind of figure, multipliers to its base.
const UNITS: Record<string, UnitInput> = {
  percent: { id: 1, dimension: 'PERCENT', multiplier: 1 },
  million: { id: 2, dimension: 'CURRENCY_VND', multiplier: 1e6 },
  billion: { id: 3, dimension: 'CURRENCY_VND', multiplier: 1e9 },
  product: { id: 4, dimension: 'COUNT', multiplier: 1 },
  place: { id: 5, dimension: 'RANK', multiplier: 1 },
  hectare: { id: 6, dimension: 'AREA', multiplier: 1e4 },
  pp: { id: 7, dimension: 'PERCENTAGE_POINT', multiplier: 1 },
};
const units = (id: number) => Object.values(UNITS).find((u) => u.id === id)!;

const target = (t: Partial<TargetInput>): TargetInput => ({
  kind: 'LEVEL',
  comparator: 'AT_LEAST',
  rangeKind: null,
  value: 8,
  valueMax: null,
  unitId: UNITS.percent!.id,
  direction: 'HIGHER_IS_BETTER',
  ...t,
});
let nextId = 1;
const result = (r: Partial<ResultInput>): ResultInput => ({
  id: nextId++,
  measure: 'LEVEL',
  value: 8,
  bound: 'EXACT',
  unitId: UNITS.percent!.id,
  reliability: 'FINAL',
  rankChange: null,
  reportedOn: null,
  supersedesId: null,
  ...r,
});

/** Judges a target by its period's results (and the previous period's). */
function judge(t: TargetInput, current: ResultInput[] | ResultInput | null, previous: ResultInput[] = []) {
  const evidence: Evidence<ResultInput> = { current: current == null ? [] : Array.isArray(current) ? current : [current], previous };
  return judgeTarget(t, evidence, units);
}
const status = (t: TargetInput, current: ResultInput[] | ResultInput | null, previous?: ResultInput[]) => judge(t, current, previous).status;

describe('LEVEL targets', () => {
  it('AT_LEAST is met at and above the value, not below', () => {
    expect(status(target({}), result({ value: 8 }))).toBe('MET');
    expect(status(target({}), result({ value: 8.4 }))).toBe('MET');
    expect(status(target({}), result({ value: 6.33 }))).toBe('NOT_MET');
    expect(judge(target({}), result({ value: 8.4 })).reason).toBe('Final result 8.4 meets ≥ 8.');
  });

  it('AT_MOST is met at and below the value', () => {
    const t = target({ comparator: 'AT_MOST', value: 3, direction: 'LOWER_IS_BETTER' });
    expect(status(t, result({ value: 3 }))).toBe('MET');
    expect(status(t, result({ value: 2 }))).toBe('MET');
    expect(status(t, result({ value: 3.1 }))).toBe('NOT_MET');
  });

  it('EQUAL means reaching the value in the better direction', () => {
    const up = target({ comparator: 'EQUAL', value: 56 });
    expect(status(up, result({ value: 56 }))).toBe('MET');
    expect(status(up, result({ value: 60 }))).toBe('MET');
    expect(status(up, result({ value: 55.9 }))).toBe('NOT_MET');
    const down = target({ comparator: 'EQUAL', value: 5, direction: 'LOWER_IS_BETTER' });
    expect(status(down, result({ value: 4 }))).toBe('MET');
    expect(status(down, result({ value: 6 }))).toBe('NOT_MET');
  });

  it('a RANGE OR_BETTER is met inside it and beyond its better end, not short of it', () => {
    for (const rangeKind of ['OR_BETTER', null] as const) {
      const t = target({ comparator: 'RANGE', rangeKind, value: 2, valueMax: 2.5, unitId: UNITS.pp!.id });
      const pp = (value: number) => result({ value, unitId: UNITS.pp!.id });
      expect(status(t, pp(2)), String(rangeKind)).toBe('MET');
      expect(status(t, pp(2.3))).toBe('MET');
      expect(status(t, pp(2.5))).toBe('MET');
      expect(status(t, pp(3))).toBe('MET');
      expect(status(t, pp(1.9))).toBe('NOT_MET');
    }
    const lower = target({ comparator: 'RANGE', rangeKind: 'OR_BETTER', value: 1, valueMax: 1.5, direction: 'LOWER_IS_BETTER' });
    expect(status(lower, result({ value: 1.6 }))).toBe('NOT_MET');
    expect(status(lower, result({ value: 0.8 }))).toBe('MET');
  });

  it('a RANGE WITHIN (a band) is met only inside it: overshooting misses it on either side', () => {
    const inflation = target({ comparator: 'RANGE', rangeKind: 'WITHIN', value: 3, valueMax: 4, direction: 'LOWER_IS_BETTER' });
    expect(status(inflation, result({ value: 3 }))).toBe('MET');
    expect(status(inflation, result({ value: 3.5 }))).toBe('MET');
    expect(status(inflation, result({ value: 4 }))).toBe('MET');
    expect(status(inflation, result({ value: 2.9 }))).toBe('NOT_MET');
    expect(status(inflation, result({ value: 4.2 }))).toBe('NOT_MET');
    const growth = target({ comparator: 'RANGE', rangeKind: 'WITHIN', value: 1, valueMax: 1.2 });
    expect(status(growth, result({ value: 1.5 }))).toBe('NOT_MET');
    expect(status(growth, result({ value: 0.9 }))).toBe('NOT_MET');
    expect(judge(growth, result({ value: 1.5 })).reason).toMatch(/only within it/);
    // A bound inside the band's reach but not inside the band proves nothing.
    expect(status(growth, result({ value: 1.1, bound: 'MORE_THAN' }))).toBe('NO_DATA');
  });

  it('is not judged against a result that states a change', () => {
    const v = judge(target({}), result({ measure: 'CHANGE', value: 9 }));
    expect(v.status).toBe('NO_DATA');
    expect(v.reason).toMatch(/states a change/);
  });
});

describe('RANK indicators: a smaller place is better', () => {
  const rank = (t: Partial<TargetInput>) => target({ direction: 'RANK', unitId: UNITS.place!.id, ...t });
  const place = (value: number, r: Partial<ResultInput> = {}) => result({ value, unitId: UNITS.place!.id, ...r });

  it('EQUAL "reach 30th place" is met at 30th or better, missed below it', () => {
    const t = rank({ comparator: 'EQUAL', value: 30 });
    expect(status(t, place(30))).toBe('MET');
    expect(status(t, place(25))).toBe('MET');
    expect(status(t, place(40))).toBe('NOT_MET');
    expect(judge(t, place(40)).reason).toBe('Final result 40 falls short of place 30.');
  });

  it('AT_LEAST is a standing: "30th or better"; AT_MOST "30th or worse"', () => {
    const atLeast = rank({ comparator: 'AT_LEAST', value: 30 });
    expect(status(atLeast, place(12))).toBe('MET');
    expect(status(atLeast, place(30))).toBe('MET');
    expect(status(atLeast, place(31))).toBe('NOT_MET');
    const atMost = rank({ comparator: 'AT_MOST', value: 30 });
    expect(status(atMost, place(31))).toBe('MET');
    expect(status(atMost, place(29))).toBe('NOT_MET');
  });

  it('a RANGE of places is met inside it, and beyond its better end unless WITHIN', () => {
    const orBetter = rank({ comparator: 'RANGE', rangeKind: 'OR_BETTER', value: 20, valueMax: 30 });
    expect(status(orBetter, place(25))).toBe('MET');
    expect(status(orBetter, place(10))).toBe('MET');
    expect(status(orBetter, place(35))).toBe('NOT_MET');
    const within = rank({ comparator: 'RANGE', rangeKind: 'WITHIN', value: 20, valueMax: 30 });
    expect(status(within, place(25))).toBe('MET');
    expect(status(within, place(10))).toBe('NOT_MET');
    expect(status(within, place(35))).toBe('NOT_MET');
  });

  it('a bound on a place decides only when it proves or rules out the target', () => {
    const t = rank({ comparator: 'EQUAL', value: 30 });
    expect(status(t, place(20, { bound: 'LESS_THAN' }))).toBe('MET'); // better than 20th
    expect(status(t, place(35, { bound: 'MORE_THAN' }))).toBe('NOT_MET'); // worse than 35th
    expect(status(t, place(25, { bound: 'MORE_THAN' }))).toBe('NO_DATA');
  });

  it('has no achievement percent: a ratio of places means nothing', () => {
    expect(judge(rank({ comparator: 'EQUAL', value: 30 }), place(25)).achievementPercent).toBeNull();
  });
});

describe('RANK_CHANGE targets: places moved up', () => {
  const t = target({ kind: 'RANK_CHANGE', comparator: 'AT_LEAST', value: 1, direction: 'RANK', unitId: UNITS.place!.id });
  const place = (value: number, r: Partial<ResultInput> = {}) => result({ value, unitId: UNITS.place!.id, ...r });

  it('compares a stated change of rank, not a quantity', () => {
    expect(status(t, place(40, { rankChange: 3 }))).toBe('MET');
    expect(status(t, place(44, { rankChange: 1 }))).toBe('MET');
    expect(status(t, place(46, { rankChange: -2 }))).toBe('NOT_MET');
    expect(status(t, place(46, { rankChange: 0 }))).toBe('NOT_MET');
    expect(judge(t, place(40, { rankChange: 3 })).basis).toBe('STATED_CHANGE');
  });

  it('derives the places moved from the ranks of two consecutive periods of the same reliability', () => {
    const moved = judge(t, place(42), [place(45)]);
    expect(moved).toMatchObject({ status: 'MET', basis: 'DERIVED_CHANGE' });
    expect(moved.reason).toMatch(/ranks of this period and the previous one \(42 and 45\) give a move of 3 place\(s\) up/);
    expect(status(t, place(45), [place(44)])).toBe('NOT_MET');
    // An estimated rank is not compared with a final one.
    expect(status(t, place(42, { reliability: 'ESTIMATE' }), [place(45)])).toBe('NO_DATA');
  });

  it('is NO_DATA without a stated change or two ranks', () => {
    const v = judge(t, place(46));
    expect(v.status).toBe('NO_DATA');
    expect(v.reason).toMatch(/does not state a change of rank/);
    expect(status(t, null)).toBe('NO_DATA');
  });
});

describe('INCREASE targets: judged against a change, never a level', () => {
  const t = target({ kind: 'INCREASE', comparator: 'EQUAL', value: 20, unitId: UNITS.product!.id });
  const products = (value: number, r: Partial<ResultInput> = {}) => result({ value, unitId: UNITS.product!.id, ...r });

  it('a level alone ("150 products in all") does not meet "20 new products"', () => {
    const v = judge(t, products(150));
    expect(v.status).toBe('NO_DATA');
    expect(v.reason).toMatch(/states a level \(150\), not an increase/);
    expect(v.result?.value).toBe(150);
  });

  it('a stated change is compared directly', () => {
    expect(status(t, products(22, { measure: 'CHANGE' }))).toBe('MET');
    expect(status(t, products(18, { measure: 'CHANGE' }))).toBe('NOT_MET');
    const v = judge(t, products(25, { measure: 'CHANGE' }));
    expect(v).toMatchObject({ basis: 'STATED_CHANGE', achievementPercent: 125 });
    expect(v.reason).toBe('Final result states an increase of 25, which meets 20.');
  });

  it('a change is derived from the levels of this period and the previous one, of the same reliability', () => {
    const now = products(150);
    const before = products(128);
    const v = judge(t, now, [before]);
    expect(v).toMatchObject({ status: 'MET', basis: 'DERIVED_CHANGE', result: now, base: before, achievementPercent: 110 });
    expect(v.reason).toMatch(/levels of this period and the previous one \(150 and 128\) give an increase of 22, which meets 20/);
    expect(status(t, products(140), [products(128)])).toBe('NOT_MET');
  });

  it('an estimate is derived against an estimate, not against a final figure', () => {
    // This period only estimated, the previous one final: no pair of one reliability.
    expect(status(t, products(150, { reliability: 'ESTIMATE' }), [products(128)])).toBe('NO_DATA');
    // Both estimated: ON_TRACK, not MET.
    expect(status(t, products(150, { reliability: 'ESTIMATE' }), [products(128, { reliability: 'ESTIMATE' }), products(140)])).toBe('ON_TRACK');
    // The most settled pair wins: final against final, though estimates exist too.
    const v = judge(t, [products(160, { reliability: 'ESTIMATE' }), products(135)], [products(128, { reliability: 'ESTIMATE' }), products(120)]);
    expect(v).toMatchObject({ status: 'NOT_MET', basis: 'DERIVED_CHANGE' });
    expect(v.reason).toMatch(/\(135 and 120\) give an increase of 15/);
  });

  it('a stated change wins over one derived from levels', () => {
    expect(judge(t, [products(150), products(21, { measure: 'CHANGE' })], [products(140)])).toMatchObject({ status: 'MET', basis: 'STATED_CHANGE' });
  });

  it('a derived change keeps the bounds of its levels, and decides only when they prove or rule out the target', () => {
    // More than 150 now, exactly 125 before: more than 25 new, which meets 20.
    expect(status(t, products(150, { bound: 'MORE_THAN' }), [products(125)])).toBe('MET');
    // More than 130 now: more than 5 new, which neither proves nor rules out 20.
    expect(status(t, products(130, { bound: 'MORE_THAN' }), [products(125)])).toBe('NO_DATA');
    // Less than 140 now: fewer than 15 new.
    expect(status(t, products(140, { bound: 'LESS_THAN' }), [products(125)])).toBe('NOT_MET');
  });

  it('derives exact decimal differences (5.1 − 3 is 2.1)', () => {
    const pct = target({ kind: 'INCREASE', comparator: 'EQUAL', value: 2.1 });
    expect(status(pct, result({ value: 5.1 }), [result({ value: 3 })])).toBe('MET');
  });
});

describe('units of one dimension convert', () => {
  it('a result in million VND is compared with a target in billion VND', () => {
    const revenue = target({ comparator: 'EQUAL', value: 1010, unitId: UNITS.billion!.id });
    expect(status(revenue, result({ value: 1_010_000, unitId: UNITS.million!.id }))).toBe('MET');
    const short = judge(revenue, result({ value: 909_000, unitId: UNITS.million!.id }));
    expect(short).toMatchObject({ status: 'NOT_MET', achievementPercent: 90 });
    expect(short.reason).toBe('Final result 909 falls short of 1010.');
  });

  it('conversion applies to derived changes too', () => {
    const t = target({ kind: 'INCREASE', comparator: 'AT_LEAST', value: 100, unitId: UNITS.billion!.id });
    expect(status(t, result({ value: 1.2e6, unitId: UNITS.million!.id }), [result({ value: 1050, unitId: UNITS.billion!.id })])).toBe('MET');
  });

  it('units of different dimensions do not compare: NO_DATA, saying so', () => {
    const v = judge(target({}), result({ unitId: UNITS.hectare!.id }));
    expect(v.status).toBe('NO_DATA');
    expect(v.reason).toMatch(/different units that do not convert \(AREA and PERCENT\)/);
  });
});

describe('estimates and finals', () => {
  it('an estimate is ON_TRACK or OFF_TRACK, never MET or NOT_MET', () => {
    expect(status(target({}), result({ value: 9, reliability: 'ESTIMATE' }))).toBe('ON_TRACK');
    expect(status(target({}), result({ value: 6.33, reliability: 'ESTIMATE' }))).toBe('OFF_TRACK');
    expect(status(target({}), result({ value: 9, reliability: 'PRELIMINARY' }))).toBe('ON_TRACK');
    expect(judge(target({}), result({ value: 9, reliability: 'ESTIMATE' })).reason).toBe('Estimated result 9 meets ≥ 8; not final.');
  });

  it('the most settled figure of the period counts: a final over an estimate, whatever their order', () => {
    const estimate = result({ value: 9, reliability: 'ESTIMATE' });
    const final = result({ value: 7.5, reliability: 'FINAL' });
    expect(judge(target({}), [final, estimate])).toMatchObject({ status: 'NOT_MET', result: final });
    expect(judge(target({}), [estimate, final]).result).toBe(final);
  });

  it('a bound decides only when it proves or rules out the target', () => {
    const t = target({ comparator: 'AT_LEAST', value: 50 });
    // "trên 50" (more than 50) proves ≥ 50 …
    expect(status(t, result({ value: 50, bound: 'MORE_THAN' }))).toBe('MET');
    // … but says nothing about ≥ 56.
    const v = judge(target({ value: 56 }), result({ value: 50, bound: 'MORE_THAN' }));
    expect(v.status).toBe('NO_DATA');
    expect(v.reason).toBe('Final result more than 50 is a bound that neither proves nor rules out ≥ 56.');
    // "less than 50" rules out ≥ 56.
    expect(status(target({ value: 56 }), result({ value: 50, bound: 'LESS_THAN' }))).toBe('NOT_MET');
    // "at most 8" does not rule out ≥ 8, "less than 8" does.
    expect(status(target({}), result({ value: 8, bound: 'AT_MOST' }))).toBe('NO_DATA');
    expect(status(target({}), result({ value: 8, bound: 'LESS_THAN' }))).toBe('NOT_MET');
  });

  it('NO_DATA without a result, or with only a comparison', () => {
    expect(judge(target({}), null)).toMatchObject({ status: 'NO_DATA', reason: 'No result is recorded for this indicator and period.', result: null });
    expect(judge(target({}), result({ value: null })).reason).toMatch(/comparison/);
  });
});

describe('achievement percent', () => {
  it('divides an exact result by a single-valued target', () => {
    expect(judge(target({ comparator: 'EQUAL', value: 56 }), result({ value: 56.56 })).achievementPercent).toBe(101);
    expect(judge(target({ value: 8 }), result({ value: 6.33 })).achievementPercent).toBe(79.13);
  });
  it('is null where not meaningful', () => {
    const pct = (t: TargetInput, r: ResultInput | null) => judge(t, r).achievementPercent;
    expect(pct(target({ comparator: 'RANGE', rangeKind: 'OR_BETTER', value: 2, valueMax: 2.5 }), result({ value: 2 }))).toBeNull();
    expect(pct(target({ kind: 'RANK_CHANGE', value: 1 }), result({ rankChange: 2 }))).toBeNull();
    expect(pct(target({}), result({ bound: 'MORE_THAN' }))).toBeNull();
    expect(pct(target({}), result({ unitId: UNITS.hectare!.id }))).toBeNull();
    expect(pct(target({}), null)).toBeNull();
  });
});

describe('the current figure, and the previous period', () => {
  const day = (d: string) => new Date(`${d}T00:00:00.000Z`);
  const fig = (id: number, reliability: 'ESTIMATE' | 'PRELIMINARY' | 'FINAL', reportedOn: string | null = null, supersedesId: number | null = null) => ({
    id,
    reliability,
    reportedOn: reportedOn === null ? null : day(reportedOn),
    supersedesId,
  });

  it('takes the highest reliability first, whatever the dates and the order recorded', () => {
    const rows = [fig(1, 'ESTIMATE', '2024-12-20'), fig(2, 'FINAL', '2024-03-01'), fig(3, 'PRELIMINARY', '2025-01-10')];
    expect(mostSettled(rows)?.id).toBe(2);
    expect(mostSettled(rows, (r) => r.id !== 2)?.id).toBe(3);
    expect(mostSettled([])).toBeNull();
  });

  it('then the one reported last, even when it was recorded first', () => {
    // An older report loaded after a newer one does not win.
    expect(mostSettled([fig(10, 'FINAL', '2025-06-30'), fig(11, 'FINAL', '2025-03-31')])?.id).toBe(10);
    expect(mostSettled([fig(10, 'ESTIMATE', '2024-07-15'), fig(11, 'ESTIMATE', '2024-12-13')])?.id).toBe(11);
  });

  it('counts a figure with no known date as reported before every dated one', () => {
    expect(mostSettled([fig(5, 'ESTIMATE', '2024-12-13'), fig(6, 'ESTIMATE', null)])?.id).toBe(5);
    expect(mostSettled([fig(6, 'ESTIMATE', null), fig(5, 'ESTIMATE', '2024-12-13')])?.id).toBe(5);
  });

  it('falls back to the one recorded last only where reliability and date are equal or unknown', () => {
    expect(mostSettled([fig(1, 'FINAL'), fig(2, 'FINAL')])?.id).toBe(2);
    expect(mostSettled([fig(2, 'FINAL', '2025-01-01'), fig(1, 'FINAL', '2025-01-01')])?.id).toBe(2);
  });

  it('is never a figure another one says it replaces, even a more settled or later one', () => {
    // A correction (ESTIMATE, dated earlier) replaces a FINAL figure it names.
    expect(mostSettled([fig(1, 'FINAL', '2025-03-01'), fig(2, 'ESTIMATE', '2025-01-01', 1)])?.id).toBe(2);
    // Chains: 3 replaces 2, which replaced 1.
    expect(mostSettled([fig(1, 'ESTIMATE', '2024-12-13'), fig(2, 'PRELIMINARY', '2025-01-15', 1), fig(3, 'FINAL', '2025-09-30', 2)])?.id).toBe(3);
    // `keep` never brings a replaced figure back.
    expect(mostSettled([fig(1, 'FINAL'), fig(2, 'ESTIMATE', null, 1)], (r) => r.reliability === 'FINAL')).toBeNull();
  });

  it('lists the other figures of the period as revisions, most settled first', () => {
    const rows = [fig(1, 'ESTIMATE', '2024-12-13'), fig(2, 'FINAL', '2025-09-30'), fig(3, 'PRELIMINARY', '2025-01-15')].map((f) => ({ ...f, measure: 'LEVEL' }));
    const current = currentFigure(rows)!;
    expect(current.id).toBe(2);
    expect(revisionsOf(rows, current).map((r) => r.id)).toEqual([3, 1]);
  });

  it('is the period of the same kind and length that ends just before', () => {
    const period = (id: number, kind: 'YEAR' | 'FIVE_YEAR' | 'HALF_YEAR' | 'QUARTER' | 'NINE_MONTHS', startYear: number, startMonth: number, endYear: number, endMonth: number) => ({
      id,
      kind,
      startYear,
      startMonth,
      endYear,
      endMonth,
    });
    const periods = [
      period(1, 'YEAR', 2023, 1, 2023, 12),
      period(2, 'YEAR', 2024, 1, 2024, 12),
      period(3, 'FIVE_YEAR', 2016, 1, 2020, 12),
      period(4, 'FIVE_YEAR', 2021, 1, 2025, 12),
      period(5, 'HALF_YEAR', 2023, 7, 2023, 12),
      period(6, 'HALF_YEAR', 2024, 1, 2024, 6),
      period(7, 'QUARTER', 2023, 10, 2023, 12),
      period(8, 'QUARTER', 2024, 1, 2024, 3),
      period(9, 'NINE_MONTHS', 2023, 1, 2023, 9),
      period(10, 'NINE_MONTHS', 2024, 1, 2024, 9),
    ];
    expect(previousPeriod(periods[1]!, periods)?.id).toBe(1);
    expect(previousPeriod(periods[3]!, periods)?.id).toBe(3);
    expect(previousPeriod(periods[0]!, periods)).toBeNull();
    // The first half of 2024 follows the second half of 2023; Q1 follows Q4.
    expect(previousPeriod(periods[5]!, periods)?.id).toBe(5);
    expect(previousPeriod(periods[7]!, periods)?.id).toBe(7);
    // No nine months end just before nine months start.
    expect(previousPeriod(periods[9]!, periods)).toBeNull();
    // A series reads by period end: 2024 before 2021–2025, a half-year before its year.
    expect([periods[3]!, periods[1]!, periods[5]!].sort(byEnd).map((p) => p.id)).toEqual([6, 2, 4]);
  });
});
