import type { Db } from '@planhub/db/client';
import type { Direction } from '@planhub/db/enums';
import type { Result } from '@planhub/db/generated/sqlite/client';
import type { Context } from '../context.ts';
import { type Judgement, judgeTarget, needsPreviousPeriod, TARGET_STATUSES, type TargetStatus, type UnitInput } from '../domain/status.ts';
import type { Reference } from '../reference-data.ts';
import type { JudgedTarget } from './judgements.ts';
import { idsOf } from './stats.ts';
import { append } from '../collections.ts';

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

/** What judging a target needs of its row. */
export const TARGET_FIELDS = {
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

export type TallyTarget = JudgedTarget & { id: number };

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
  return ctx.remember(`status-tally:${JSON.stringify(scope)}`, () => computeTally(ctx, scope), (tally) => 1 + Object.values(tally.indicatorIds).reduce((n, ids) => n + ids.length, 0));
}

async function computeTally(ctx: Context, scope: TargetScope): Promise<StatusTally> {
  const counts = Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<TargetStatus, number>;
  const indicators = Object.fromEntries(TARGET_STATUSES.map((s) => [s, new Set<number>()])) as Record<TargetStatus, Set<number>>;
  for await (const pass of judgedPasses(ctx.prisma, ctx.reference, scope)) {
    for (const { target, judgement } of pass) {
      counts[judgement.status]++;
      indicators[judgement.status].add(target.indicatorId);
    }
  }
  const indicatorIds = Object.fromEntries(TARGET_STATUSES.map((s) => [s, [...indicators[s]].sort((a, b) => a - b)])) as Record<TargetStatus, number[]>;
  return { counts, indicatorIds };
}

/** A target row as a pass reads it: what judging needs, and its plan. */
export type PassTarget = TallyTarget & { planId: number };

/**
 * Every live target matching `where`, judged, in passes of TALLY_PASS_SIZE in
 * (indicatorId, id) order: each pass's results are one range of indicator IDs, and
 * memory holds one pass whatever the number of targets.
 */
export async function* judgedPasses(
  prisma: Db,
  reference: Pick<Reference, 'get' | 'previousPeriodOf'>,
  where: object,
): AsyncGenerator<Array<JudgedRow<PassTarget>>> {
  const previousOf = new Map<number, number | null>();
  let after: { indicatorId: number; id: number } | null = null;
  for (;;) {
    const targets: PassTarget[] = await prisma.target.findMany({
      where: { AND: [where, { retiredAt: null }, ...(after ? [{ OR: [{ indicatorId: { gt: after.indicatorId } }, { indicatorId: after.indicatorId, id: { gt: after.id } }] }] : [])] },
      orderBy: [{ indicatorId: 'asc' }, { id: 'asc' }],
      take: TALLY_PASS_SIZE,
      select: { ...TARGET_FIELDS, planId: true },
    });
    if (!targets.length) return;
    yield await judgeTargets(prisma, reference, targets, previousOf);
    if (targets.length < TALLY_PASS_SIZE) return;
    const last = targets[targets.length - 1]!;
    after = { indicatorId: last.indicatorId, id: last.id };
  }
}

type PassResult = Pick<Result, keyof typeof RESULT_FIELDS>;

/** A judged target, with its series' definition and area. */
export interface JudgedRow<T> {
  target: T;
  judgement: Judgement<PassResult>;
  series: { definitionId: number; areaId: number };
}

/**
 * Judges a batch of targets at once: their indicators' directions, and every result they
 * need (their periods' and, for changes, the previous periods') in one statement. For any
 * list of targets, not only a tally's (an export judges its pages so). `previousOf` keeps
 * the periods' predecessors across batches.
 */
export async function judgeTargets<T extends TallyTarget>(
  prisma: Db,
  reference: Pick<Reference, 'get' | 'previousPeriodOf'>,
  targets: readonly T[],
  previousOf = new Map<number, number | null>(),
): Promise<Array<JudgedRow<T>>> {
  if (!targets.length) return [];
  const periodIds = new Set<number>();
  const indicatorIds = new Set<number>();
  for (const t of targets) {
    periodIds.add(t.periodId);
    indicatorIds.add(t.indicatorId);
    if (!needsPreviousPeriod(t)) continue;
    if (!previousOf.has(t.periodId)) previousOf.set(t.periodId, (await reference.previousPeriodOf(t.periodId))?.id ?? null);
    const previous = previousOf.get(t.periodId);
    if (previous != null) periodIds.add(previous);
  }
  // A tally's pass covers a range of indicators; a page in another order names them one by one.
  const ofIndicators = idsOf([...indicatorIds].sort((a, b) => a - b));
  const [series, results] = await Promise.all([
    prisma.indicator.findMany({ where: { id: ofIndicators }, select: { id: true, definitionId: true, areaId: true } }),
    prisma.result.findMany({ where: { indicatorId: ofIndicators, periodId: { in: [...periodIds] }, retiredAt: null }, select: RESULT_FIELDS }),
  ]);
  const directionOf = new Map<number, Direction>();
  const seriesOf = new Map<number, { definitionId: number; areaId: number }>();
  for (const s of series) {
    directionOf.set(s.id, (await reference.get('indicatorDefinition', s.definitionId)).direction);
    seriesOf.set(s.id, s);
  }
  const resultsAt = new Map<string, PassResult[]>();
  for (const r of results) append(resultsAt, `${r.indicatorId}:${r.periodId}`, r);
  const units = new Map<number, UnitInput>();
  for (const id of new Set([...targets.map((t) => t.unitId), ...results.map((r) => r.unitId)])) units.set(id, await reference.get('unit', id));
  return targets.map((t) => {
    const previous = needsPreviousPeriod(t) ? previousOf.get(t.periodId) : null;
    const judgement = judgeTarget(
      { ...t, direction: directionOf.get(t.indicatorId)! },
      { current: resultsAt.get(`${t.indicatorId}:${t.periodId}`) ?? [], previous: previous == null ? [] : (resultsAt.get(`${t.indicatorId}:${previous}`) ?? []) },
      (id) => units.get(id)!,
    );
    return { target: t, judgement, series: seriesOf.get(t.indicatorId)! };
  });
}
