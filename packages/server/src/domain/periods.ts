import type { PeriodKind } from '@planhub/db/enums';

export interface PeriodSpan {
  id: number;
  kind: PeriodKind;
  startYear: number;
  startMonth: number;
  endYear: number;
  endMonth: number;
}

/** A period's first and last month, counted from year 0: comparable across kinds. */
export const firstMonthOf = (p: PeriodSpan): number => p.startYear * 12 + p.startMonth - 1;
export const lastMonthOf = (p: PeriodSpan): number => p.endYear * 12 + p.endMonth - 1;

/**
 * The period just before `period`: of the same kind and length, ending the month before
 * it starts (2023 for 2024, 2016–2020 for 2021–2025, the second half of 2023 for the
 * first of 2024). A change over "the previous period" is measured from it. Null when no
 * such period is recorded (and for nine months, which no period of its kind precedes).
 */
export function previousPeriod<P extends PeriodSpan>(period: PeriodSpan, periods: Iterable<P>): P | null {
  const length = lastMonthOf(period) - firstMonthOf(period);
  for (const p of periods) {
    if (p.kind === period.kind && lastMonthOf(p) === firstMonthOf(period) - 1 && lastMonthOf(p) - firstMonthOf(p) === length) return p;
  }
  return null;
}

/**
 * Orders periods the way a series reads: by when they end, then by when they start
 * (the longer first), so 2021–2025 comes after 2024 and a year after its first half.
 */
export function byEnd(a: PeriodSpan, b: PeriodSpan): number {
  return lastMonthOf(a) - lastMonthOf(b) || firstMonthOf(a) - firstMonthOf(b);
}
