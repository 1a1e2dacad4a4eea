import { type ResultInput, type StatusVerdict, type TargetInput, achievementPercent, targetStatus } from './status.ts';

// A target is judged against the result for its indicator and period; where several
// exist (an estimate, later a final figure) the most settled one counts.

const RELIABILITY_RANK = { ESTIMATE: 0, PRELIMINARY: 1, FINAL: 2 } as const;

export interface ResultRow extends ResultInput {
  id: number;
  periodId: number;
}

export interface TargetRow extends Omit<TargetInput, 'direction'> {
  periodId: number;
  indicator: { direction: TargetInput['direction']; results: ResultRow[] };
}

export function matchingResult<R extends ResultRow>(periodId: number, results: readonly R[]): R | null {
  let best: R | null = null;
  for (const r of results) {
    if (r.periodId !== periodId) continue;
    if (
      !best ||
      RELIABILITY_RANK[r.reliability] > RELIABILITY_RANK[best.reliability] ||
      (RELIABILITY_RANK[r.reliability] === RELIABILITY_RANK[best.reliability] && r.id > best.id)
    ) {
      best = r;
    }
  }
  return best;
}

export type Judgement = StatusVerdict & { achievementPercent: number | null };

// A target's `status`, `statusReason` and `achievementPercent` resolve from the same
// row: judge it once per row (`row`, when the input was assembled from it).
const judged = new WeakMap<object, Judgement>();

export function judge(target: TargetRow, row: object = target): Judgement {
  let judgement = judged.get(row);
  if (!judgement) {
    const input: TargetInput = { ...target, direction: target.indicator.direction };
    const result = matchingResult(target.periodId, target.indicator.results);
    judgement = { ...targetStatus(input, result), achievementPercent: achievementPercent(input, result) };
    judged.set(row, judgement);
  }
  return judgement;
}

/** The Prisma selection `judge` needs, for field-level `select`s and ad-hoc queries. */
export const judgeSelect = {
  kind: true,
  comparator: true,
  value: true,
  valueMax: true,
  unitId: true,
  periodId: true,
  indicator: {
    select: {
      direction: true,
      results: {
        select: { id: true, periodId: true, value: true, bound: true, unitId: true, reliability: true, rankChange: true },
      },
    },
  },
} as const;
