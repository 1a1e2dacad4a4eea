import type { Context } from '../context.ts';
import { DimensionedStats, type GroupKey, Groups, type NumberSummary, NumberStats, tidy, type ValueSummary } from '../domain/aggregate.ts';
import { TARGET_STATUSES, type TargetStatus } from '../domain/status.ts';
import { agenciesOf } from './responsibility.ts';
import { judgedPasses } from './status-tally.ts';
import { addToGroups, answerOf, idsOf, MAX_GROUPS, type SeriesScope, seriesWhere, yearOf } from './stats.ts';

// targetStats: targets grouped by computed status and by what they belong to, with their
// achievement and values summed. Status is a rule in code, not a column, so the targets
// are judged in the tally's bounded passes (status-tally.ts), once per data version and
// arguments; each pass adds to at most MAX_GROUPS small accumulators.

export const TARGET_GROUP_KEYS = ['STATUS', 'SECTOR', 'YEAR', 'PERIOD', 'AREA', 'PLAN', 'AGENCY', 'DEFINITION'] as const;
export type TargetGroupKey = (typeof TARGET_GROUP_KEYS)[number];

export interface TargetStatsQuery {
  series: SeriesScope;
  planId?: number;
  periodIds?: number[];
  mainOnly?: boolean;
  /** Only targets of this computed status. */
  status?: TargetStatus;
  groupBy: TargetGroupKey[];
}

export interface TargetGroupStats {
  /** One part per `groupBy` key: a status, a year, or a reference row's ID; null where the target has none. */
  key: GroupKey;
  count: number;
  byStatus: Record<TargetStatus, number>;
  achievement: NumberSummary;
  value: ValueSummary;
}

export interface TargetStats {
  groupBy: TargetGroupKey[];
  total: TargetGroupStats;
  /** In the keys' order. */
  groups: TargetGroupStats[];
}

class Accumulator {
  count = 0;
  readonly byStatus = Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<TargetStatus, number>;
  readonly achievement = new NumberStats();
  readonly value = new DimensionedStats();

  constructor(readonly key: GroupKey) {}

  add(status: TargetStatus, achievement: number | null, dimension: string, valueInBase: number): void {
    this.count++;
    this.byStatus[status]++;
    this.achievement.add(achievement);
    this.value.add(dimension, valueInBase);
  }

  stats(): TargetGroupStats {
    return {
      key: this.key,
      count: this.count,
      byStatus: this.byStatus,
      achievement: this.achievement.summary(),
      value: this.value.summary(),
    };
  }
}

export function targetStats(ctx: Context, query: TargetStatsQuery): Promise<TargetStats> {
  return ctx.remember(`target-stats:${JSON.stringify(query)}`, () => computeTargetStats(ctx, query), (stats) => stats.groups.length + 1);
}

async function computeTargetStats(ctx: Context, query: TargetStatsQuery): Promise<TargetStats> {
  const { reference } = ctx;
  const where = {
    indicator: seriesWhere(query.series),
    ...(query.planId !== undefined ? { planId: query.planId } : {}),
    ...(query.periodIds ? { periodId: { in: query.periodIds } } : {}),
    ...(query.mainOnly ? { isMain: true } : {}),
  };
  const total = new Accumulator([]);
  const groups = new Groups((key) => new Accumulator(key), MAX_GROUPS);
  const byAgency = query.groupBy.includes('AGENCY');
  for await (const pass of judgedPasses(ctx.prisma, reference, where)) {
    const agencies = byAgency ? await agenciesOf(ctx.prisma, idsOf([...new Set(pass.map((r) => r.target.indicatorId))])) : null;
    for (const { target, judgement, series } of pass) {
      if (query.status && judgement.status !== query.status) continue;
      const [definition, period, unit] = await Promise.all([
        reference.get('indicatorDefinition', series.definitionId),
        reference.get('period', target.periodId),
        reference.get('unit', target.unitId),
      ]);
      const parts = (agencyId: number | null): GroupKey =>
        query.groupBy.map((key) => {
          switch (key) {
            case 'STATUS':
              return judgement.status;
            case 'SECTOR':
              return definition.sectorId;
            case 'YEAR':
              return yearOf(period);
            case 'PERIOD':
              return target.periodId;
            case 'AREA':
              return series.areaId;
            case 'PLAN':
              return target.planId;
            case 'AGENCY':
              return agencyId;
            case 'DEFINITION':
              return series.definitionId;
          }
        });
      const valueInBase = tidy(target.value * unit.multiplier);
      addToGroups(total, groups, agencies, target.indicatorId, parts, (into) => into.add(judgement.status, judgement.achievementPercent, unit.dimension, valueInBase));
    }
  }
  return answerOf(reference, query.groupBy, total, groups, { STATUS: TARGET_STATUSES });
}
