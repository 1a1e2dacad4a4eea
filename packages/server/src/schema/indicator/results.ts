import DataLoader from 'dataloader';
import type { Result } from '@planhub/db/generated/sqlite/client';
import type { Context } from '../../context.ts';
import { judge, matchingResult, type Judgement } from '../../domain/matching.ts';
import type { Comparator, Direction, TargetKind } from '../../domain/status.ts';

// An indicator's results, loaded once per request for every indicator that needs them:
// its time series, its latest result, and the judgement of each of its targets all read
// the same rows. One statement for the indicators of a page (with their direction),
// instead of one per field that wants them, each with its own ORDER BY through Period.
// Period order comes from the reference data, in memory.

export interface IndicatorResults {
  direction: Direction;
  results: Result[];
}

const loaders = new WeakMap<Context, DataLoader<number, IndicatorResults>>();

export function resultsOf(ctx: Context, indicatorId: number): Promise<IndicatorResults> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await ctx.prisma.indicator.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, direction: true, results: true },
      });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? new Error(`Indicator ${id} is gone.`));
    });
    loaders.set(ctx, loader);
  }
  return loader.load(indicatorId);
}

type PeriodYears = { startYear: number; endYear: number };

async function yearsOf(ctx: Context, results: Result[]): Promise<Map<number, PeriodYears>> {
  const ids = [...new Set(results.map((r) => r.periodId))];
  const periods = await Promise.all(ids.map((id) => ctx.reference.period(id)));
  return new Map(periods.map((p) => [p.id, p]));
}

/** Every result of the indicator in period order (start year, end year), oldest first. */
export async function timeSeriesOf(ctx: Context, indicatorId: number): Promise<Result[]> {
  const { results } = await resultsOf(ctx, indicatorId);
  const years = await yearsOf(ctx, results);
  return [...results].sort((a, b) => {
    const pa = years.get(a.periodId)!;
    const pb = years.get(b.periodId)!;
    return pa.startYear - pb.startYear || pa.endYear - pb.endYear || a.id - b.id;
  });
}

/** The result of the most recent period (latest end, then latest start), the most settled of it. */
export async function latestResultOf(ctx: Context, indicatorId: number): Promise<Result | null> {
  const { results } = await resultsOf(ctx, indicatorId);
  if (!results.length) return null;
  const years = await yearsOf(ctx, results);
  let latest = results[0]!;
  for (const r of results) {
    const p = years.get(r.periodId)!;
    const q = years.get(latest.periodId)!;
    if (p.endYear > q.endYear || (p.endYear === q.endYear && (p.startYear > q.startYear || (p.startYear === q.startYear && r.id > latest.id)))) {
      latest = r;
    }
  }
  return matchingResult(latest.periodId, results);
}

/** What a target needs to be judged: its own fields and its indicator's ID. */
export interface JudgedTarget {
  indicatorId: number;
  periodId: number;
  kind: TargetKind;
  comparator: Comparator;
  value: number;
  valueMax: number | null;
  unitId: number;
}

/** The target's result: same indicator and period, the most settled where several exist. */
export async function resultOfTarget(ctx: Context, target: JudgedTarget): Promise<Result | null> {
  return matchingResult(target.periodId, (await resultsOf(ctx, target.indicatorId)).results);
}

/** The target's judgement (status, reason, achievement), computed once per target row. */
export async function judgementOf(ctx: Context, target: JudgedTarget): Promise<Judgement> {
  const indicator = await resultsOf(ctx, target.indicatorId);
  return judge({ ...target, indicator }, target);
}
