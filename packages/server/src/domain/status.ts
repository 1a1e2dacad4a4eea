import type { Comparator, Direction, RangeKind, Reliability, ResultMeasure, TargetKind, ValueBound } from '@planhub/db/enums';
import { mostSettled, RELIABILITIES_SETTLED_FIRST } from './settled.ts';

// The rules that turn a target and the results of its indicator into a status. Pure
// functions: the GraphQL layer and the benchmark's baseline call them, the tests beside
// this file pin them, nothing here touches the database.
//
// - A target is judged as it stands: its values in force, not its earlier versions
//   (TargetRevision), which a later resolution replaced.
// - A LEVEL target is judged against the current level of its period (settled.ts: never
//   a replaced figure; the most settled, then the latest reported).
// - An INCREASE target is judged against a change only: one a result states, else one
//   derived from the levels of its period and of the previous period, both of the same
//   reliability (the most settled such pair).
// - A RANK_CHANGE target is judged against places moved: stated, else derived from the
//   ranks of its period and the previous one, likewise.
// - Figures in another unit of the same dimension are converted (million VND against
//   billion VND); units of different dimensions do not compare.
// - Final figures give MET / NOT_MET; estimates and preliminary figures ON_TRACK /
//   OFF_TRACK; anything that cannot decide gives NO_DATA, with the reason.

export const TARGET_STATUSES = ['MET', 'NOT_MET', 'ON_TRACK', 'OFF_TRACK', 'NO_DATA'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/** How the figure a target was compared with was obtained. */
export const JUDGEMENT_BASES = ['LEVEL', 'STATED_CHANGE', 'DERIVED_CHANGE'] as const;
export type JudgementBasis = (typeof JUDGEMENT_BASES)[number];

export interface UnitInput {
  id: number;
  dimension: string;
  multiplier: number;
}

export interface TargetInput {
  kind: TargetKind;
  comparator: Comparator;
  /** For a RANGE; a range recorded without one is read as OR_BETTER. */
  rangeKind: RangeKind | null;
  value: number;
  valueMax: number | null;
  unitId: number;
  direction: Direction;
}

export interface ResultInput {
  /** Among figures equally settled and reported on the same day, the later recorded counts (settled.ts). */
  id: number;
  reportedOn: Date | null;
  /** The figure this one replaces, which is then never the current figure. */
  supersedesId: number | null;
  measure: ResultMeasure;
  value: number | null;
  bound: ValueBound;
  unitId: number;
  reliability: Reliability;
  rankChange: number | null;
}

/** The results a target can be judged by: its own period's, and the previous period's. */
export interface Evidence<R extends ResultInput> {
  current: readonly R[];
  previous: readonly R[];
}

export interface Judgement<R> {
  status: TargetStatus;
  /** One sentence saying why, for analysts. */
  reason: string;
  /** Compared figure ÷ target × 100, where meaningful; null otherwise. */
  achievementPercent: number | null;
  /** The result of the target's period the judgement rests on; null when there is none. */
  result: R | null;
  /** For a change derived from two levels: the previous period's level. */
  base: R | null;
  /** How the compared figure was obtained; null when nothing was compared. */
  basis: JudgementBasis | null;
}

/** The values a figure can be: an interval, open or closed at each end. */
interface Interval {
  lo: number;
  loOpen: boolean;
  hi: number;
  hiOpen: boolean;
}

const exact = (v: number): Interval => ({ lo: v, loOpen: false, hi: v, hiOpen: false });

function intervalOf(value: number, bound: ValueBound): Interval {
  switch (bound) {
    case 'EXACT':
      return exact(value);
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

const isExact = (i: Interval) => i.lo === i.hi && !i.loOpen && !i.hiOpen;

/** Unit conversions and differences leave binary noise (5.1 − 3 = 2.0999…): 12 significant digits are kept. */
const tidy = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(12)) : v);

/** `a − b`: every difference of a value in `a` and a value in `b`. */
function minus(a: Interval, b: Interval): Interval {
  return { lo: tidy(a.lo - b.hi), loOpen: a.loOpen || b.hiOpen, hi: tidy(a.hi - b.lo), hiOpen: a.hiOpen || b.loOpen };
}

/**
 * Whether a larger compared figure is better: for a rank change (places moved up) it
 * is; otherwise the indicator's direction says, and on a RANK indicator a smaller
 * place is better.
 */
function higherIsBetter(t: TargetInput): boolean {
  return t.kind === 'RANK_CHANGE' || t.direction === 'HIGHER_IS_BETTER';
}

/** A place in a ranking, compared as a standing ("30th or better"), not as a number. */
const isStanding = (t: TargetInput) => t.kind !== 'RANK_CHANGE' && t.direction === 'RANK';

/**
 * The figures that meet a target. EQUAL means "reach": reaching or passing the value in
 * the better direction meets it (the sources' "đạt và vượt"). A RANGE OR_BETTER is met
 * inside it and beyond its better end; a RANGE WITHIN only inside it. On a RANK
 * indicator the comparators speak of standing, as sources do ("từ thứ 30 trở lên",
 * 30th or better): AT_LEAST 30 is place 30 or better (≤ 30), AT_MOST 30 place 30 or worse.
 */
function acceptedInterval(t: TargetInput): Interval {
  const up = higherIsBetter(t);
  const atLeast: Interval = { lo: t.value, loOpen: false, hi: Infinity, hiOpen: true };
  const atMost: Interval = { lo: -Infinity, loOpen: true, hi: t.value, hiOpen: false };
  switch (t.comparator) {
    case 'AT_LEAST':
      return isStanding(t) ? atMost : atLeast;
    case 'AT_MOST':
      return isStanding(t) ? atLeast : atMost;
    case 'EQUAL':
      return up ? atLeast : atMost;
    case 'RANGE': {
      const max = t.valueMax ?? t.value;
      if (t.rangeKind === 'WITHIN') return { lo: t.value, loOpen: false, hi: max, hiOpen: false };
      return up ? atLeast : { lo: -Infinity, loOpen: true, hi: max, hiOpen: false };
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

/** What the target asks, in words. */
function describe(t: TargetInput): string {
  const max = t.valueMax ?? t.value;
  const within = t.rangeKind === 'WITHIN' ? ', only within it' : '';
  if (t.kind === 'RANK_CHANGE') {
    const places = (n: number) => `${n} place${Math.abs(n) === 1 ? '' : 's'} up`;
    switch (t.comparator) {
      case 'AT_LEAST':
        return `at least ${places(t.value)}`;
      case 'AT_MOST':
        return `at most ${places(t.value)}`;
      case 'EQUAL':
        return places(t.value);
      case 'RANGE':
        return `${t.value}–${max} places up${within}`;
    }
  }
  if (isStanding(t)) {
    switch (t.comparator) {
      case 'AT_LEAST':
        return `place ${t.value} or better`;
      case 'AT_MOST':
        return `place ${t.value} or worse`;
      case 'EQUAL':
        return `place ${t.value}`;
      case 'RANGE':
        return `places ${t.value}–${max}${within}`;
    }
  }
  switch (t.comparator) {
    case 'AT_LEAST':
      return `≥ ${t.value}`;
    case 'AT_MOST':
      return `≤ ${t.value}`;
    case 'EQUAL':
      return `${t.value}`;
    case 'RANGE':
      return `${t.value}–${max}${within}`;
  }
}

function show(i: Interval): string {
  if (isExact(i)) return `${i.lo}`;
  if (i.hi === Infinity) return `${i.loOpen ? 'more than' : 'at least'} ${i.lo}`;
  if (i.lo === -Infinity) return `${i.hiOpen ? 'less than' : 'at most'} ${i.hi}`;
  return `between ${i.lo} and ${i.hi}`;
}

const NO_RESULT = 'No result is recorded for this indicator and period.';

type Units = (id: number) => UnitInput;

/** A result's figure in the target's unit; null when the units do not compare. */
function figureOf(r: ResultInput & { value: number }, targetUnitId: number, units: Units): Interval | null {
  const interval = intervalOf(r.value, r.bound);
  if (r.unitId === targetUnitId) return interval;
  const from = units(r.unitId);
  const to = units(targetUnitId);
  if (from.dimension !== to.dimension) return null;
  const factor = from.multiplier / to.multiplier;
  return { ...interval, lo: tidy(interval.lo * factor), hi: tidy(interval.hi * factor) };
}

function unitsDiffer(r: ResultInput, t: TargetInput, units: Units): string {
  return `The result and the target are stated in different units that do not convert (${units(r.unitId).dimension} and ${units(t.unitId).dimension}).`;
}

const hasValue = <R extends ResultInput>(r: R): r is R & { value: number } => r.value != null;

function qualifier(reliability: Reliability): { subject: string; tail: string } {
  if (reliability === 'FINAL') return { subject: 'Final', tail: '' };
  return { subject: reliability === 'ESTIMATE' ? 'Estimated' : 'Preliminary', tail: '; not final' };
}

interface Compared<R> {
  figure: Interval;
  reliability: Reliability;
  /** The figure in words, as the sentence's subject: "result 8.4", "levels … give an increase of 25". */
  says: (verb: string) => string;
  result: R;
  base: R | null;
  basis: JudgementBasis;
}

function decide<R>(t: TargetInput, c: Compared<R>): Judgement<R> {
  const accepted = acceptedInterval(t);
  const { subject, tail } = qualifier(c.reliability);
  const judged = (met: boolean): Judgement<R> => ({
    status: c.reliability === 'FINAL' ? (met ? 'MET' : 'NOT_MET') : met ? 'ON_TRACK' : 'OFF_TRACK',
    reason: `${subject} ${c.says(met ? 'meets' : 'falls short of')} ${describe(t)}${tail}.`,
    achievementPercent: achievement(t, c.figure),
    result: c.result,
    base: c.base,
    basis: c.basis,
  });
  if (contains(accepted, c.figure)) return judged(true);
  if (disjoint(accepted, c.figure)) return judged(false);
  return {
    status: 'NO_DATA',
    reason: `${subject} ${c.says('is')} a bound that neither proves nor rules out ${describe(t)}${tail}.`,
    achievementPercent: null,
    result: c.result,
    base: c.base,
    basis: c.basis,
  };
}

/** Compared figure ÷ target × 100: for an exact figure against one value of a quantity. */
function achievement(t: TargetInput, figure: Interval): number | null {
  if (!isExact(figure) || t.comparator === 'RANGE' || t.kind === 'RANK_CHANGE' || t.direction === 'RANK' || t.value === 0) return null;
  return Math.round((figure.lo / t.value) * 10000) / 100;
}

function noData<R>(reason: string, result: R | null = null): Judgement<R> {
  return { status: 'NO_DATA', reason, achievementPercent: null, result, base: null, basis: null };
}

function judgeLevel<R extends ResultInput>(t: TargetInput, e: Evidence<R>, units: Units): Judgement<R> {
  const level = mostSettled(e.current, (r) => r.measure === 'LEVEL');
  if (!level) {
    const change = mostSettled(e.current, (r) => r.measure === 'CHANGE');
    return noData(change ? 'The result states a change over the previous period, not the level this target sets.' : NO_RESULT, change);
  }
  if (!hasValue(level)) return noData('The result states only a comparison, not a value.', level);
  const figure = figureOf(level, t.unitId, units);
  if (!figure) return noData(unitsDiffer(level, t, units), level);
  return decide(t, { figure, reliability: level.reliability, says: (verb) => `result ${show(figure)} ${verb}`, result: level, base: null, basis: 'LEVEL' });
}

interface Level<R> {
  result: R;
  figure: Interval;
}

/** The most settled level of one reliability among `results`, in units that convert to `unitId`. */
function settledLevel<R extends ResultInput>(results: readonly R[], reliability: Reliability, unitId: number, units: Units): Level<R> | null {
  const result = mostSettled(
    results,
    (r) => r.measure === 'LEVEL' && r.reliability === reliability && hasValue(r) && units(r.unitId).dimension === units(unitId).dimension,
  );
  return result && { result, figure: figureOf(result as R & { value: number }, unitId, units)! };
}

/** The most settled pair of levels of one reliability: this period's and the previous one's. */
function levelPair<R extends ResultInput>(e: Evidence<R>, unitId: number, units: Units) {
  for (const reliability of RELIABILITIES_SETTLED_FIRST) {
    const now = settledLevel(e.current, reliability, unitId, units);
    const before = now && settledLevel(e.previous, reliability, unitId, units);
    if (now && before) return { reliability, now, before };
  }
  return null;
}

function judgeIncrease<R extends ResultInput>(t: TargetInput, e: Evidence<R>, units: Units): Judgement<R> {
  const stated = mostSettled(e.current, (r) => r.measure === 'CHANGE');
  if (stated) {
    if (!hasValue(stated)) return noData('The result states only a comparison, not the size of the increase.', stated);
    const figure = figureOf(stated, t.unitId, units);
    if (!figure) return noData(unitsDiffer(stated, t, units), stated);
    return decide(t, { figure, reliability: stated.reliability, says: (verb) => `result states an increase of ${show(figure)}, which ${verb}`, result: stated, base: null, basis: 'STATED_CHANGE' });
  }
  const pair = levelPair(e, t.unitId, units);
  if (pair) {
    const figure = minus(pair.now.figure, pair.before.figure);
    return decide(t, {
      figure,
      reliability: pair.reliability,
      says: (verb) => `levels of this period and the previous one (${show(pair.now.figure)} and ${show(pair.before.figure)}) give an increase of ${show(figure)}, which ${verb}`,
      result: pair.now.result,
      base: pair.before.result,
      basis: 'DERIVED_CHANGE',
    });
  }
  const level = mostSettled(e.current, (r) => r.measure === 'LEVEL');
  if (!level) return noData(NO_RESULT);
  return noData(
    `The result states a level${level.value == null ? '' : ` (${level.value})`}, not an increase: an INCREASE target is judged against a stated change, or one derived from this period's level and the previous period's of the same reliability, and none such is recorded.`,
    level,
  );
}

function judgeRankChange<R extends ResultInput>(t: TargetInput, e: Evidence<R>, units: Units): Judgement<R> {
  const stated = mostSettled(e.current, (r) => r.rankChange != null);
  if (stated) {
    const moved = stated.rankChange!;
    return decide(t, { figure: exact(moved), reliability: stated.reliability, says: (verb) => `result moved ${moved} place(s) up, which ${verb}`, result: stated, base: null, basis: 'STATED_CHANGE' });
  }
  const now = mostSettled(e.current, (r) => r.measure === 'LEVEL' && hasValue(r));
  const pair = now && levelPair(e, now.unitId, units);
  if (pair) {
    // Places moved up: the earlier place minus the later one.
    const figure = minus(pair.before.figure, pair.now.figure);
    return decide(t, {
      figure,
      reliability: pair.reliability,
      says: (verb) => `ranks of this period and the previous one (${show(pair.now.figure)} and ${show(pair.before.figure)}) give a move of ${show(figure)} place(s) up, which ${verb}`,
      result: pair.now.result,
      base: pair.before.result,
      basis: 'DERIVED_CHANGE',
    });
  }
  return noData(
    e.current.length
      ? 'The result does not state a change of rank, and no ranks of this period and the previous one with the same reliability are recorded.'
      : NO_RESULT,
    now,
  );
}

/** The status of a target, judged by the results of its indicator (`units` resolves unit IDs). */
export function judgeTarget<R extends ResultInput>(target: TargetInput, evidence: Evidence<R>, units: Units): Judgement<R> {
  switch (target.kind) {
    case 'LEVEL':
      return judgeLevel(target, evidence, units);
    case 'INCREASE':
      return judgeIncrease(target, evidence, units);
    case 'RANK_CHANGE':
      return judgeRankChange(target, evidence, units);
  }
}

/** Whether judging this target needs the previous period's results. */
export const needsPreviousPeriod = (target: Pick<TargetInput, 'kind'>): boolean => target.kind !== 'LEVEL';
