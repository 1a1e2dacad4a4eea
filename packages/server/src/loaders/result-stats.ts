import type { Reliability, ResultMeasure } from '@planhub/db/enums';
import type { Context } from '../context.ts';
import { DimensionedStats, type GroupKey, Groups, type NumberSummary, NumberStats, tidy, type ValueSummary } from '../domain/aggregate.ts';
import { mostSettled, RELIABILITIES_SETTLED_FIRST } from '../domain/settled.ts';
import { agenciesOf } from './responsibility.ts';
import { addToGroups, answerOf, idsOf, MAX_GROUPS, type SeriesScope, seriesWhere, yearOf } from './stats.ts';
import { append } from '../collections.ts';

// resultStats: figures grouped by what they measure and where, with their values (in each
// dimension's base unit), percent of plan and year-on-year change summed. By default only
// each period's current figure counts (settled.ts), a rule in code: so the figures are
// read in passes of SERIES_PASS_SIZE series (every figure of a series in the same pass),
// once per data version and arguments.

export const RESULT_GROUP_KEYS = ['SECTOR', 'YEAR', 'PERIOD', 'AREA', 'PLAN', 'AGENCY', 'DEFINITION', 'RELIABILITY', 'MEASURE'] as const;
export type ResultGroupKey = (typeof RESULT_GROUP_KEYS)[number];

/** Series read per pass, with all their figures in scope. */
export const SERIES_PASS_SIZE = 1000;

export interface ResultStatsQuery {
  series: SeriesScope;
  planId?: number;
  periodIds?: number[];
  measure?: ResultMeasure;
  /** Only figures of this reliability (among the current ones, unless revisions are included). */
  reliability?: Reliability;
  /** Every live figure, not only each period's current one. */
  includeRevisions: boolean;
  groupBy: ResultGroupKey[];
}

export interface ResultGroupStats {
  key: GroupKey;
  count: number;
  byReliability: Record<Reliability, number>;
  value: ValueSummary;
  percentOfPlan: NumberSummary;
  yoyChangePercent: NumberSummary;
}

export interface ResultStats {
  groupBy: ResultGroupKey[];
  total: ResultGroupStats;
  groups: ResultGroupStats[];
}

const RESULT_FIELDS = {
  id: true,
  indicatorId: true,
  periodId: true,
  planId: true,
  measure: true,
  value: true,
  unitId: true,
  reliability: true,
  percentOfPlan: true,
  yoyChangePercent: true,
  reportedOn: true,
  supersedesId: true,
} as const;

class Accumulator {
  count = 0;
  readonly byReliability: Record<Reliability, number> = { FINAL: 0, PRELIMINARY: 0, ESTIMATE: 0 };
  readonly value = new DimensionedStats();
  readonly percentOfPlan = new NumberStats();
  readonly yoy = new NumberStats();

  constructor(readonly key: GroupKey) {}

  add(r: { reliability: Reliability; percentOfPlan: number | null; yoyChangePercent: number | null }, dimension: string, valueInBase: number | null): void {
    this.count++;
    this.byReliability[r.reliability]++;
    this.value.add(dimension, valueInBase);
    this.percentOfPlan.add(r.percentOfPlan);
    this.yoy.add(r.yoyChangePercent);
  }

  stats(): ResultGroupStats {
    return {
      key: this.key,
      count: this.count,
      byReliability: this.byReliability,
      value: this.value.summary(),
      percentOfPlan: this.percentOfPlan.summary(),
      yoyChangePercent: this.yoy.summary(),
    };
  }
}

export function resultStats(ctx: Context, query: ResultStatsQuery): Promise<ResultStats> {
  return ctx.remember(`result-stats:${JSON.stringify(query)}`, () => computeResultStats(ctx, query), (stats) => stats.groups.length + 1);
}

async function computeResultStats(ctx: Context, query: ResultStatsQuery): Promise<ResultStats> {
  const { prisma, reference } = ctx;
  // Only the periods narrow the read: the plan, measure and reliability narrow the
  // figures counted after each period's current figure is chosen among all of its own
  // (a figure may supersede one of another measure or plan; settled.ts).
  const resultWhere = { retiredAt: null, ...(query.periodIds ? { periodId: { in: query.periodIds } } : {}) };
  const counts = (r: { planId: number | null; measure: ResultMeasure; reliability: Reliability }) =>
    (query.planId === undefined || r.planId === query.planId) && (!query.measure || r.measure === query.measure) && (!query.reliability || r.reliability === query.reliability);
  const total = new Accumulator([]);
  const groups = new Groups((key) => new Accumulator(key), MAX_GROUPS);
  const byAgency = query.groupBy.includes('AGENCY');
  let after = 0;
  for (;;) {
    const series = await prisma.indicator.findMany({
      where: { AND: [seriesWhere(query.series), { id: { gt: after } }] },
      orderBy: { id: 'asc' },
      take: SERIES_PASS_SIZE,
      select: { id: true, definitionId: true, areaId: true },
    });
    if (!series.length) break;
    const ids = idsOf(series.map((s) => s.id));
    const [results, agencies] = await Promise.all([
      prisma.result.findMany({ where: { ...resultWhere, indicatorId: ids }, select: RESULT_FIELDS, orderBy: { id: 'asc' } }),
      byAgency ? agenciesOf(prisma, ids) : null,
    ]);
    const seriesOf = new Map(series.map((s) => [s.id, s]));
    // A period's figures side by side, every measure, to find each measure's current one.
    const figures = new Map<string, typeof results>();
    for (const r of results) if (seriesOf.has(r.indicatorId)) append(figures, `${r.indicatorId}:${r.periodId}`, r);
    for (const list of figures.values()) {
      const measures = [...new Set(list.map((r) => r.measure))];
      const counted = query.includeRevisions ? list : measures.flatMap((m) => mostSettled(list, (r) => r.measure === m) ?? []);
      for (const r of counted) {
        if (!counts(r)) continue;
        const s = seriesOf.get(r.indicatorId)!;
        const [definition, period, unit] = await Promise.all([
          reference.get('indicatorDefinition', s.definitionId),
          reference.get('period', r.periodId),
          reference.get('unit', r.unitId),
        ]);
        const parts = (agencyId: number | null): GroupKey =>
          query.groupBy.map((key) => {
            switch (key) {
              case 'SECTOR':
                return definition.sectorId;
              case 'YEAR':
                return yearOf(period);
              case 'PERIOD':
                return r.periodId;
              case 'AREA':
                return s.areaId;
              case 'PLAN':
                return r.planId;
              case 'AGENCY':
                return agencyId;
              case 'DEFINITION':
                return s.definitionId;
              case 'RELIABILITY':
                return r.reliability;
              case 'MEASURE':
                return r.measure;
            }
          });
        const valueInBase = r.value === null ? null : tidy(r.value * unit.multiplier);
        addToGroups(total, groups, agencies, r.indicatorId, parts, (into) => into.add(r, unit.dimension, valueInBase));
      }
    }
    if (series.length < SERIES_PASS_SIZE) break;
    after = series[series.length - 1]!.id;
  }
  return answerOf(reference, query.groupBy, total, groups, { RELIABILITY: RELIABILITIES_SETTLED_FIRST, MEASURE: ['LEVEL', 'CHANGE'] });
}
