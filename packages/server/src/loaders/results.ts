import DataLoader from 'dataloader';
import type { Direction, PeriodKind, ResultMeasure } from '@planhub/db/enums';
import type { Result } from '@planhub/db/generated/sqlite/client';
import type { Context } from '../context.ts';
import { byEnd } from '../domain/periods.ts';
import { currentFigure, mostSettled, revisionsOf } from '../domain/settled.ts';
import { TIME_SERIES_CAP } from '../limits/cost.ts';
import { nextMacrotask, perContext } from './per-request.ts';
import { append } from '../collections.ts';

// Results as the indicator and target fields need them, loaded per request for every
// indicator of a page at once, and only the rows that are shown or judged:
// - which periods have results (two small columns per result) picks each indicator's
//   latest period, in period order from the reference data (in memory);
// - full rows are read for the (indicator, period) pairs that are shown or judged: the
//   latest period's, the targets' periods and the periods before them, in one statement;
// - the time series reads an indicator's full rows, all of them.
// A series' direction is its definition's, from the reference data once its
// definition ID is known (rows a resolver loaded anyway prime it).

interface Loaders {
  definitionId: DataLoader<number, number>;
  periods: DataLoader<number, PeriodWithResults[]>;
  at: DataLoader<string, Result[]>;
  series: DataLoader<number, Result[]>;
}

/** A period an indicator has results for. */
interface PeriodWithResults {
  periodId: number;
}

// `at` batches on the next macrotask: the latest results are asked for a few promise
// hops after the targets' results, and should share their statement.
const loaders = perContext((ctx): Loaders => {
  const { prisma } = ctx;
  return {
    definitionId: new DataLoader(async (ids) => {
      const rows = await prisma.indicator.findMany({ where: { id: { in: [...ids] } }, select: { id: true, definitionId: true } });
      const byId = new Map(rows.map((row) => [row.id, row.definitionId]));
      return ids.map((id) => byId.get(id) ?? new Error(`Indicator ${id} is gone.`));
    }),
    periods: new DataLoader(async (ids) => {
      const rows = await prisma.result.groupBy({ by: ['indicatorId', 'periodId'], where: { indicatorId: { in: [...ids] }, retiredAt: null } });
      const byId = new Map<number, PeriodWithResults[]>();
      for (const row of rows) append(byId, row.indicatorId, { periodId: row.periodId });
      return ids.map((id) => byId.get(id) ?? []);
    }),
    at: new DataLoader(async (keys) => {
      const pairs = keys.map((key) => key.split(':').map(Number) as [number, number]);
      // Both columns as IN lists (the (indicatorId, periodId) index serves it); the few
      // extra pairs this admits are dropped below.
      const rows = await prisma.result.findMany({
        where: { indicatorId: { in: [...new Set(pairs.map(([i]) => i))] }, periodId: { in: [...new Set(pairs.map(([, p]) => p))] }, retiredAt: null },
      });
      const byKey = new Map<string, Result[]>();
      for (const row of rows) append(byKey, `${row.indicatorId}:${row.periodId}`, row);
      return keys.map((key) => byKey.get(key) ?? []);
    }, nextMacrotask),
    series: new DataLoader(async (ids) => {
      const rows = await prisma.result.findMany({ where: { indicatorId: { in: [...ids] }, retiredAt: null } });
      const byId = new Map<number, Result[]>();
      for (const row of rows) append(byId, row.indicatorId, row);
      return ids.map((id) => byId.get(id) ?? []);
    }),
  };
});

/**
 * Indicator rows a resolver loaded anyway (a page, one indicator) carry their definition:
 * priming the loader with it spares judging their targets a statement. Returns the rows.
 */
export function primeDirections<Row extends { id: number; definitionId: number }>(ctx: Context, rows: Row[]): Row[] {
  const { definitionId } = loaders(ctx);
  for (const row of rows) definitionId.prime(row.id, row.definitionId);
  return rows;
}

export async function directionOf(ctx: Context, indicatorId: number): Promise<Direction> {
  const definition = await ctx.reference.get('indicatorDefinition', await loaders(ctx).definitionId.load(indicatorId));
  return definition.direction;
}

/** Every result of the indicator for the period. */
export function resultsAt(ctx: Context, indicatorId: number, periodId: number): Promise<Result[]> {
  return loaders(ctx).at.load(`${indicatorId}:${periodId}`);
}

type PeriodRow = Parameters<typeof byEnd>[0];

async function periodsById(ctx: Context, ids: Iterable<number>): Promise<Map<number, PeriodRow>> {
  const periods = await Promise.all([...new Set(ids)].map((id) => ctx.reference.get('period', id)));
  return new Map(periods.map((p) => [p.id, p]));
}

const MEASURE_ORDER: Record<ResultMeasure, number> = { LEVEL: 0, CHANGE: 1 };

/**
 * The indicator's current figures (settled.ts), one per period and measure, in period
 * order (by when the period ends, then starts), oldest first: the latest
 * `TIME_SERIES_CAP`. With `indicatorIds` of several series (a series and its
 * predecessors), theirs are merged in the same order.
 */
export async function timeSeriesOf(ctx: Context, indicatorIds: readonly number[], measure?: ResultMeasure | null): Promise<Result[]> {
  const all = (await loaders(ctx).series.loadMany([...indicatorIds])).flatMap((r) => (r instanceof Error ? [] : r));
  const groups = new Map<string, Result[]>();
  for (const r of all) {
    if (measure && r.measure !== measure) continue;
    append(groups, `${r.indicatorId}:${r.periodId}:${r.measure}`, r);
  }
  const current = [...groups.values()].map((g) => currentFigure(g)!);
  const periods = await periodsById(ctx, current.map((r) => r.periodId));
  current.sort(
    (a, b) => byEnd(periods.get(a.periodId)!, periods.get(b.periodId)!) || MEASURE_ORDER[a.measure] - MEASURE_ORDER[b.measure] || a.indicatorId - b.indicatorId,
  );
  return marked(ctx, current.length > TIME_SERIES_CAP ? current.slice(-TIME_SERIES_CAP) : current, true);
}

// Whether a figure is its period's current one, where the loader that returned it knows
// (a time series and a latest result hold current figures, revisions do not): answering
// `isCurrent` for them costs no statement.
const knownCurrent = perContext(() => new WeakMap<Result, boolean>());
function marked(ctx: Context, results: Result[], current: boolean): Result[] {
  const known = knownCurrent(ctx);
  for (const r of results) known.set(r, current);
  return results;
}

/** A figure the caller knows to be its period's current one (a comparison's). */
export function knownCurrentFigure(ctx: Context, result: Result): Result {
  return marked(ctx, [result], true)[0]!;
}

/** Whether the result is the current figure of its indicator, period and measure. */
export async function isCurrentResult(ctx: Context, result: Result): Promise<boolean> {
  const known = knownCurrent(ctx).get(result);
  if (known !== undefined) return known;
  const current = mostSettled((await resultsAt(ctx, result.indicatorId, result.periodId)).filter((r) => r.measure === result.measure));
  return current?.id === result.id;
}

/** The other figures for the result's indicator, period and measure: what it revises and what was reported beside it, most settled first. */
export async function revisionsOfResult(ctx: Context, result: Result): Promise<Result[]> {
  const figures = (await resultsAt(ctx, result.indicatorId, result.periodId)).filter((r) => r.measure === result.measure);
  const current = currentFigure(figures);
  // The current figure's revisions; a revision's own are the rest of the period's figures.
  if (current && current.id === result.id) return marked(ctx, revisionsOf(figures, current), false);
  return figures.filter((r) => r.id !== result.id);
}

/**
 * The current figure of the indicator's most recent period of the given kind (a YEAR
 * unless asked otherwise): its current level, or where it has none, its current change.
 */
export async function latestResultOf(ctx: Context, indicatorId: number, kind: PeriodKind = 'YEAR'): Promise<Result | null> {
  const withResults = await loaders(ctx).periods.load(indicatorId);
  const periods = await periodsById(ctx, withResults.map((p) => p.periodId));
  const candidates = withResults.filter((p) => periods.get(p.periodId)!.kind === kind);
  if (!candidates.length) return null;
  const latest = candidates.reduce((best, p) => (byEnd(periods.get(p.periodId)!, periods.get(best.periodId)!) > 0 ? p : best));
  const current = currentFigure(await resultsAt(ctx, indicatorId, latest.periodId));
  return current && marked(ctx, [current], true)[0]!;
}
