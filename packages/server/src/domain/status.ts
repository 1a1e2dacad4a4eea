// The rules that turn a target and a result into a status. Pure functions: the
// GraphQL layer calls them, tests pin them, nothing here touches the database.

export type Comparator = 'AT_LEAST' | 'AT_MOST' | 'EQUAL' | 'RANGE';
export type Direction = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'RANK';
export type TargetKind = 'LEVEL' | 'INCREASE' | 'RANK_CHANGE';
export type ValueBound = 'EXACT' | 'MORE_THAN' | 'AT_LEAST' | 'LESS_THAN' | 'AT_MOST';
export type Reliability = 'ESTIMATE' | 'PRELIMINARY' | 'FINAL';
export type TargetStatus = 'MET' | 'NOT_MET' | 'ON_TRACK' | 'OFF_TRACK' | 'NO_DATA';

export interface TargetInput {
  kind: TargetKind;
  comparator: Comparator;
  value: number;
  valueMax: number | null;
  unitId: number;
  direction: Direction;
}

export interface ResultInput {
  value: number | null;
  bound: ValueBound;
  unitId: number;
  reliability: Reliability;
  rankChange: number | null;
}

export interface StatusVerdict {
  status: TargetStatus;
  /** One sentence saying why, for analysts. */
  reason: string;
}

/** What the result's value can be: an interval, open or closed at each end. */
interface Interval {
  lo: number;
  loOpen: boolean;
  hi: number;
  hiOpen: boolean;
}

function intervalOf(value: number, bound: ValueBound): Interval {
  switch (bound) {
    case 'EXACT':
      return { lo: value, loOpen: false, hi: value, hiOpen: false };
    case 'MORE_THAN':
      return { lo: value, loOpen: true, hi: Infinity, hiOpen: true };
    case 'AT_LEAST':
      return { lo: value, loOpen: false, hi: Infinity, hiOpen: true };
    case 'LESS_THAN':
      return { lo: -Infinity, loOpen: true, hi: value, hiOpen: true };
    case 'AT_MOST':
      return { lo: -Infinity, loOpen: true, hi: value, hiOpen: false };
  }
}

/**
 * The set of values that meet a target, as an interval. EQUAL means "reach": on an
 * indicator where higher is better, reaching or exceeding the value meets it (the
 * sources' "đạt và vượt"); where lower is better, staying at or below it does. A RANGE
 * is met inside it, and also beyond its better end (exceeding the plan is meeting it).
 */
function acceptedInterval(t: { comparator: Comparator; value: number; valueMax: number | null; direction: Direction }): Interval {
  const higherBetter = t.direction !== 'LOWER_IS_BETTER';
  switch (t.comparator) {
    case 'AT_LEAST':
      return { lo: t.value, loOpen: false, hi: Infinity, hiOpen: true };
    case 'AT_MOST':
      return { lo: -Infinity, loOpen: true, hi: t.value, hiOpen: false };
    case 'EQUAL':
      return higherBetter
        ? { lo: t.value, loOpen: false, hi: Infinity, hiOpen: true }
        : { lo: -Infinity, loOpen: true, hi: t.value, hiOpen: false };
    case 'RANGE': {
      const max = t.valueMax ?? t.value;
      return higherBetter
        ? { lo: t.value, loOpen: false, hi: Infinity, hiOpen: true }
        : { lo: -Infinity, loOpen: true, hi: max, hiOpen: false };
    }
  }
}

function contains(outer: Interval, inner: Interval): boolean {
  const loOk = inner.lo > outer.lo || (inner.lo === outer.lo && (!outer.loOpen || inner.loOpen));
  const hiOk = inner.hi < outer.hi || (inner.hi === outer.hi && (!outer.hiOpen || inner.hiOpen));
  return loOk && hiOk;
}

function disjoint(a: Interval, b: Interval): boolean {
  const aBelow = a.hi < b.lo || (a.hi === b.lo && (a.hiOpen || b.loOpen));
  const bBelow = b.hi < a.lo || (b.hi === a.lo && (b.hiOpen || a.loOpen));
  return aBelow || bBelow;
}

function verdict(met: boolean, reliability: Reliability, why: string): StatusVerdict {
  if (reliability === 'FINAL') return { status: met ? 'MET' : 'NOT_MET', reason: `Final result ${why}.` };
  const what = reliability === 'ESTIMATE' ? 'Estimated' : 'Preliminary';
  return { status: met ? 'ON_TRACK' : 'OFF_TRACK', reason: `${what} result ${why}; not final.` };
}

/** The status of a target against the result for the same indicator and period. */
export function targetStatus(target: TargetInput, result: ResultInput | null | undefined): StatusVerdict {
  if (!result) return { status: 'NO_DATA', reason: 'No result is recorded for this indicator and period.' };

  if (target.kind === 'RANK_CHANGE') {
    if (result.rankChange == null) {
      return { status: 'NO_DATA', reason: 'The result does not state a change of rank.' };
    }
    const accepted = acceptedInterval({ ...target, direction: 'HIGHER_IS_BETTER' });
    const met = contains(accepted, intervalOf(result.rankChange, 'EXACT'));
    return verdict(met, result.reliability, `moved ${result.rankChange} place(s) against a target of ${describe(target)}`);
  }

  if (result.value == null) {
    return { status: 'NO_DATA', reason: 'The result states only a comparison, not a value.' };
  }
  if (result.unitId !== target.unitId) {
    return { status: 'NO_DATA', reason: 'The result and the target are stated in different units.' };
  }
  const accepted = acceptedInterval(target);
  const actual = intervalOf(result.value, result.bound);
  if (contains(accepted, actual)) return verdict(true, result.reliability, `meets ${describe(target)}`);
  if (disjoint(accepted, actual)) return verdict(false, result.reliability, `falls short of ${describe(target)}`);
  return {
    status: 'NO_DATA',
    reason: `The result is stated as a bound (${result.bound.toLowerCase().replace('_', ' ')} ${result.value}) that neither proves nor rules out ${describe(target)}.`,
  };
}

function describe(t: Pick<TargetInput, 'comparator' | 'value' | 'valueMax'>): string {
  switch (t.comparator) {
    case 'AT_LEAST':
      return `≥ ${t.value}`;
    case 'AT_MOST':
      return `≤ ${t.value}`;
    case 'EQUAL':
      return `${t.value}`;
    case 'RANGE':
      return `${t.value}–${t.valueMax ?? t.value}`;
  }
}

/**
 * Percent of the target achieved, where that is meaningful: an exact value, in the
 * target's unit, against a single-valued quantity target. Ranges, rank changes and
 * results stated only as bounds have none.
 */
export function achievementPercent(target: TargetInput, result: ResultInput | null | undefined): number | null {
  if (!result || result.value == null || result.bound !== 'EXACT') return null;
  if (target.kind === 'RANK_CHANGE' || target.comparator === 'RANGE') return null;
  if (result.unitId !== target.unitId || target.value === 0) return null;
  return Math.round((result.value / target.value) * 10000) / 100;
}
