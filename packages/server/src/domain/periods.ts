import type { PeriodKind } from '@planhub/db/enums';

export interface PeriodSpan {
  id: number;
  kind: PeriodKind;
  startYear: number;
  endYear: number;
}

/**
 * The period just before `period`: of the same kind and length, ending the year before
 * it starts (2023 for 2024, 2016–2020 for 2021–2025). A change over "the previous
 * period" is measured from it. Null when no such period is recorded.
 */
export function previousPeriod<P extends PeriodSpan>(period: PeriodSpan, periods: Iterable<P>): P | null {
  const length = period.endYear - period.startYear;
  for (const p of periods) {
    if (p.kind === period.kind && p.endYear === period.startYear - 1 && p.endYear - p.startYear === length) return p;
  }
  return null;
}
