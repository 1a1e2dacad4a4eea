import type { Result } from '@planhub/db/generated/sqlite/client';
import type { Context } from '../context.ts';
import { type Judgement, judgeTarget, needsPreviousPeriod, type TargetInput, type UnitInput } from '../domain/status.ts';
import { perContext } from './per-request.ts';
import { directionOf, resultsAt } from './results.ts';

// A target's judgement (status, reason, achievement, the results it rests on), from the
// per-request loaders: every target of a page is judged from one statement of results.

/** What judging a target needs of its row. */
export type JudgedTarget = Omit<TargetInput, 'direction'> & { indicatorId: number; periodId: number };

/** The units a judgement names, resolved before judging (rules are synchronous). */
export async function unitsOf(ctx: Context, ids: Iterable<number>): Promise<(id: number) => UnitInput> {
  const units = new Map<number, UnitInput>();
  for (const id of new Set(ids)) units.set(id, await ctx.reference.get('unit', id));
  return (id) => units.get(id)!;
}

/**
 * The results of the period before the target's, when its kind is judged by a change:
 * asked in the same tick as the period's own results where the reference data is in
 * hand, so that both share one statement.
 */
function previousResults(ctx: Context, target: JudgedTarget): Result[] | Promise<Result[]> {
  if (!needsPreviousPeriod(target)) return [];
  const resultsOf = (previous: { id: number } | null) => (previous ? resultsAt(ctx, target.indicatorId, previous.id) : []);
  const previous = ctx.reference.previousPeriodOf(target.periodId);
  return previous instanceof Promise ? previous.then(resultsOf) : resultsOf(previous);
}

// `status`, `statusReason`, `achievementPercent`, `result` and `baseResult` resolve from one
// target row: judged once per row and request.
const judged = perContext(() => new WeakMap<JudgedTarget, Promise<Judgement<Result>>>());

export function judgementOf(ctx: Context, target: JudgedTarget): Promise<Judgement<Result>> {
  const memo = judged(ctx);
  let judgement = memo.get(target);
  if (!judgement) {
    judgement = (async () => {
      const [direction, current, previous] = await Promise.all([
        directionOf(ctx, target.indicatorId),
        resultsAt(ctx, target.indicatorId, target.periodId),
        previousResults(ctx, target),
      ]);
      const units = await unitsOf(ctx, [target.unitId, ...current.map((r) => r.unitId), ...previous.map((r) => r.unitId)]);
      return judgeTarget({ ...target, direction }, { current, previous }, units);
    })();
    memo.set(target, judgement);
  }
  return judgement;
}
