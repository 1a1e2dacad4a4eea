import type { Direction } from '@planhub/db/enums';
import type { Context } from '../context.ts';
import { judgeTarget, needsPreviousPeriod, TARGET_STATUSES, type TargetStatus } from '../domain/status.ts';
import { type JudgedTarget, unitsOf } from './judgements.ts';

// Status is computed, never stored. A question over many targets at once (which
// indicators have a MET target, how a plan's targets stand) judges every target in its
// scope: in passes of a bounded number of targets, each with its indicators' directions (their definitions')
// and the results it needs, so memory stays bounded whatever the scope; and once per
// data version, so the next request with the same scope reads the tally from memory.

/** Which targets: those of a plan, of some periods, main ones only; any combination. */
export interface TargetScope {
  planId?: number;
  periodId?: { in: number[] };
  isMain?: true;
  /** Retired targets are never in scope; the tally leaves them out whether or not the scope says so. */
  retiredAt?: null;
}

export interface StatusTally {
  /** Targets in scope, by computed status. */
  counts: Record<TargetStatus, number>;
  /** IDs of the indicators with a target of each status in scope, ascending. */
  indicatorIds: Record<TargetStatus, number[]>;
}

/** Targets judged per pass. */
export const TALLY_PASS_SIZE = 5000;

const TARGET_FIELDS = {
  id: true,
  indicatorId: true,
  periodId: true,
  kind: true,
  comparator: true,
  rangeKind: true,
  value: true,
  valueMax: true,
  unitId: true,
} as const;

type TallyTarget = JudgedTarget & { id: number };

const RESULT_FIELDS = {
  id: true,
  indicatorId: true,
  periodId: true,
  measure: true,
  value: true,
  bound: true,
  unitId: true,
  reliability: true,
  rankChange: true,
  reportedOn: true,
  supersedesId: true,
} as const;

/** The status tally of the targets in scope, computed once per data version. */
export function statusTally(ctx: Context, scope: TargetScope): Promise<StatusTally> {
  return ctx.remember(`status-tally:${JSON.stringify(scope)}`, () => computeTally(ctx, scope));
}

async function computeTally(ctx: Context, scope: TargetScope): Promise<StatusTally> {
  const counts = Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<TargetStatus, number>;
  const indicators = Object.fromEntries(TARGET_STATUSES.map((s) => [s, new Set<number>()])) as Record<TargetStatus, Set<number>>;
  const previousOf = new Map<number, number | null>();
  // Passes in (indicatorId, id) order: each pass's results are one range of indicator IDs.
  let after: { indicatorId: number; id: number } | null = null;
  for (;;) {
    const targets: TallyTarget[] = await ctx.prisma.target.findMany({
      where: { AND: [scope, { retiredAt: null }, ...(after ? [{ OR: [{ indicatorId: { gt: after.indicatorId } }, { indicatorId: after.indicatorId, id: { gt: after.id } }] }] : [])] },
      orderBy: [{ indicatorId: 'asc' }, { id: 'asc' }],
      take: TALLY_PASS_SIZE,
      select: TARGET_FIELDS,
    });
    if (!targets.length) break;
    const lo = targets[0]!.indicatorId;
    const hi = targets[targets.length - 1]!.indicatorId;
    const periodIds = new Set<number>();
    for (const t of targets) {
      periodIds.add(t.periodId);
      if (!needsPreviousPeriod(t)) continue;
      if (!previousOf.has(t.periodId)) previousOf.set(t.periodId, (await ctx.reference.previousPeriodOf(t.periodId))?.id ?? null);
      const previous = previousOf.get(t.periodId);
      if (previous != null) periodIds.add(previous);
    }
    const [series, results] = await Promise.all([
      ctx.prisma.indicator.findMany({ where: { id: { gte: lo, lte: hi } }, select: { id: true, definitionId: true } }),
      ctx.prisma.result.findMany({ where: { indicatorId: { gte: lo, lte: hi }, periodId: { in: [...periodIds] }, retiredAt: null }, select: RESULT_FIELDS }),
    ]);
    const directionOf = new Map<number, Direction>();
    for (const s of series) directionOf.set(s.id, (await ctx.reference.get('indicatorDefinition', s.definitionId)).direction);
    const resultsAt = new Map<string, typeof results>();
    for (const r of results) {
      const key = `${r.indicatorId}:${r.periodId}`;
      const list = resultsAt.get(key);
      if (list) list.push(r);
      else resultsAt.set(key, [r]);
    }
    const units = await unitsOf(ctx, [...targets.map((t) => t.unitId), ...results.map((r) => r.unitId)]);
    for (const t of targets) {
      const previous = needsPreviousPeriod(t) ? previousOf.get(t.periodId) : null;
      const { status } = judgeTarget(
        { ...t, direction: directionOf.get(t.indicatorId)! },
        { current: resultsAt.get(`${t.indicatorId}:${t.periodId}`) ?? [], previous: previous == null ? [] : (resultsAt.get(`${t.indicatorId}:${previous}`) ?? []) },
        units,
      );
      counts[status]++;
      indicators[status].add(t.indicatorId);
    }
    if (targets.length < TALLY_PASS_SIZE) break;
    const last = targets[targets.length - 1]!;
    after = { indicatorId: last.indicatorId, id: last.id };
  }
  const indicatorIds = Object.fromEntries(TARGET_STATUSES.map((s) => [s, [...indicators[s]].sort((a, b) => a - b)])) as Record<TargetStatus, number[]>;
  return { counts, indicatorIds };
}
