import DataLoader from 'dataloader';
import type { Direction } from '@planhub/db/enums';
import type { Result } from '@planhub/db/generated/sqlite/client';
import type { Context } from '../context.ts';
import { currentFigure } from '../domain/settled.ts';
import { TIME_SERIES_CAP } from '../limits/cost.ts';
import { nextMacrotask, perContext } from './per-request.ts';

// Results as the indicator and target fields need them, loaded per request for every
// indicator of a page at once, and only the rows that are shown or judged:
// - which periods have results (two small columns per result) picks each indicator's
//   latest period, in period order from the reference data (in memory);
// - full rows are read for the (indicator, period) pairs that are shown or judged: the
//   latest period's, the targets' periods and the periods before them, in one statement;
// - the time series reads an indicator's full rows, all of them.

interface Loaders {
  direction: DataLoader<number, Direction>;
  periods: DataLoader<number, PeriodWithResults[]>;
  at: DataLoader<string, Result[]>;
  series: DataLoader<number, Result[]>;
}

/** A period an indicator has results for, and the newest of those results (ties between periods of equal years). */
interface PeriodWithResults {
  periodId: number;
  lastResultId: number;
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// `at` batches on the next macrotask: the latest results are asked for a few promise
// hops after the targets' results, and should share their statement.
const loaders = perContext((ctx): Loaders => {
  const { prisma } = ctx;
  return {
    direction: new DataLoader(async (ids) => {
      const rows = await prisma.indicator.findMany({ where: { id: { in: [...ids] } }, select: { id: true, direction: true } });
      const byId = new Map(rows.map((row) => [row.id, row.direction]));
      return ids.map((id) => byId.get(id) ?? new Error(`Indicator ${id} is gone.`));
    }),
    periods: new DataLoader(async (ids) => {
      const rows = await prisma.result.groupBy({ by: ['indicatorId', 'periodId'], where: { indicatorId: { in: [...ids] } }, _max: { id: true } });
      const byId = new Map<number, PeriodWithResults[]>();
      for (const row of rows) append(byId, row.indicatorId, { periodId: row.periodId, lastResultId: row._max.id ?? 0 });
      return ids.map((id) => byId.get(id) ?? []);
    }),
    at: new DataLoader(async (keys) => {
      const pairs = keys.map((key) => key.split(':').map(Number) as [number, number]);
      // Both columns as IN lists (the (indicatorId, periodId) index serves it); the few
      // extra pairs this admits are dropped below.
      const rows = await prisma.result.findMany({
        where: { indicatorId: { in: [...new Set(pairs.map(([i]) => i))] }, periodId: { in: [...new Set(pairs.map(([, p]) => p))] } },
      });
      const byKey = new Map<string, Result[]>();
      for (const row of rows) append(byKey, `${row.indicatorId}:${row.periodId}`, row);
      return keys.map((key) => byKey.get(key) ?? []);
    }, nextMacrotask),
    series: new DataLoader(async (ids) => {
      const rows = await prisma.result.findMany({ where: { indicatorId: { in: [...ids] } } });
      const byId = new Map<number, Result[]>();
      for (const row of rows) append(byId, row.indicatorId, row);
      return ids.map((id) => byId.get(id) ?? []);
    }),
  };
});

/**
 * Indicator rows a resolver loaded anyway (a page, one indicator) carry their direction:
 * priming the loader with it spares judging their targets a statement. Returns the rows.
 */
export function primeDirections<Row extends { id: number; direction?: Direction }>(ctx: Context, rows: Row[]): Row[] {
  const { direction } = loaders(ctx);
  for (const row of rows) if (row.direction) direction.prime(row.id, row.direction);
  return rows;
}

export function directionOf(ctx: Context, indicatorId: number): Promise<Direction> {
  return loaders(ctx).direction.load(indicatorId);
}

/** Every result of the indicator for the period. */
export function resultsAt(ctx: Context, indicatorId: number, periodId: number): Promise<Result[]> {
  return loaders(ctx).at.load(`${indicatorId}:${periodId}`);
}

type PeriodYears = { id: number; startYear: number; endYear: number };

async function periodsById(ctx: Context, ids: Iterable<number>): Promise<Map<number, PeriodYears>> {
  const periods = await Promise.all([...new Set(ids)].map((id) => ctx.reference.get('period', id)));
  return new Map(periods.map((p) => [p.id, p]));
}

/** The indicator's results in period order (start year, end year), oldest first: the latest `TIME_SERIES_CAP`. */
export async function timeSeriesOf(ctx: Context, indicatorId: number): Promise<Result[]> {
  const results = await loaders(ctx).series.load(indicatorId);
  const years = await periodsById(ctx, results.map((r) => r.periodId));
  const ordered = [...results].sort((a, b) => {
    const pa = years.get(a.periodId)!;
    const pb = years.get(b.periodId)!;
    return pa.startYear - pb.startYear || pa.endYear - pb.endYear || a.id - b.id;
  });
  return ordered.length > TIME_SERIES_CAP ? ordered.slice(-TIME_SERIES_CAP) : ordered;
}

/**
 * The current figure of the most recent period (latest end, then latest start, then the
 * period of the newest result).
 */
export async function latestResultOf(ctx: Context, indicatorId: number): Promise<Result | null> {
  const periods = await loaders(ctx).periods.load(indicatorId);
  if (!periods.length) return null;
  const years = await periodsById(ctx, periods.map((p) => p.periodId));
  const later = (a: PeriodWithResults, b: PeriodWithResults) => {
    const pa = years.get(a.periodId)!;
    const pb = years.get(b.periodId)!;
    return pa.endYear - pb.endYear || pa.startYear - pb.startYear || a.lastResultId - b.lastResultId;
  };
  const latest = periods.reduce((best, p) => (later(p, best) > 0 ? p : best));
  return currentFigure(await resultsAt(ctx, indicatorId, latest.periodId));
}
