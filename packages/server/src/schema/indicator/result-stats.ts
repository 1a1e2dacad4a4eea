import type { Reliability, ResultMeasure } from '@planhub/db/enums';
import { builder } from '../../builder.ts';
import { RELIABILITIES_SETTLED_FIRST } from '../../domain/settled.ts';
import { SCOPE_COST } from '../../limits/cost.ts';
import { type ResultGroupKey, type ResultGroupStats, resultStats } from '../../loaders/result-stats.ts';
import { ReliabilityEnum, ResultMeasureEnum } from '../common/enums.ts';
import { keyPart, NumberStatsRef, referenceKeyFields, seriesFilterFields, type StatsGroup, statsScopeOf, statsType, withinGroupLimit, ValueStatsRef } from './stats-common.ts';

// resultStats: one query for "what was achieved", grouped by what the figures measure,
// where, when and how settled they are. Keys resolve from the reference data.

const ResultGroupKeyEnum = builder.enumType('ResultGroupKey', {
  description: 'What results can be grouped by.',
  values: {
    SECTOR: { description: "Their indicator definition's sector." },
    YEAR: { description: 'The calendar year of their period; null for a period spanning years (2021–2025).' },
    PERIOD: { description: 'Their period.' },
    AREA: { description: "Their series' area (a province)." },
    PLAN: { description: 'The plan they are reported against; null where none is stated.' },
    AGENCY: {
      description:
        'The agencies responsible for their indicator, directly or through a linked solution: a figure counts once in each of its agencies’ groups, and in a group with no agency when none is assigned.',
    },
    DEFINITION: { description: 'Their indicator definition.' },
    RELIABILITY: { description: 'How settled they are: FINAL, PRELIMINARY, ESTIMATE.' },
    MEASURE: { description: 'What they measure: a level, or a change over the previous period.' },
  } satisfies Record<ResultGroupKey, { description: string }>,
});

const ResultStatsFilter = builder.inputType('ResultStatsFilter', {
  description: 'Narrows `resultStats`. Every field is optional; given fields must all match. Retired figures and series are never counted.',
  fields: (t) => ({
    ...seriesFilterFields(t, 'figures'),
    measure: t.field({ type: ResultMeasureEnum, description: 'Only figures of this measure (levels, or changes).' }),
    reliability: t.field({ type: ReliabilityEnum, description: 'Only figures this settled (among the current ones, unless `includeRevisions`).' }),
    includeRevisions: t.boolean({
      defaultValue: false,
      description: "Count every live figure, a period's earlier reports too; by default only each period's current figure (the most settled, then the latest reported) counts.",
    }),
  }),
});

type Group = StatsGroup<ResultGroupKey> & { stats: ResultGroupStats };

const ReliabilityCountRef = builder.objectRef<{ reliability: Reliability; count: number }>('ReliabilityCount').implement({
  description: 'How many figures of a group are of one reliability.',
  fields: (t) => ({
    reliability: t.expose('reliability', { type: ReliabilityEnum, description: 'The reliability.' }),
    count: t.exposeInt('count', { description: 'Figures of it.' }),
  }),
});

const ResultGroupRef = builder.objectRef<Group>('ResultGroup').implement({
  description: 'Figures sharing one value of each `groupBy` key: the keys (null for those not grouped by), their count by reliability, and their values summed.',
  fields: (t) => ({
    ...referenceKeyFields(t, 'figures', '; null also for figures reported against no stated plan'),
    reliability: t.field({ type: ReliabilityEnum, nullable: true, description: 'The reliability, when grouped by RELIABILITY.', resolve: (g) => keyPart(g, 'RELIABILITY') as Reliability | null }),
    measure: t.field({ type: ResultMeasureEnum, nullable: true, description: 'The measure, when grouped by MEASURE.', resolve: (g) => keyPart(g, 'MEASURE') as ResultMeasure | null }),
    count: t.int({ description: 'Figures in the group (those stating only a comparison too).', resolve: (g) => g.stats.count }),
    byReliability: t.field({
      type: [ReliabilityCountRef],
      description: 'The group’s figures counted by reliability, most settled first; zeros included.',
      extensions: { maxItems: RELIABILITIES_SETTLED_FIRST.length },
      resolve: (g) => RELIABILITIES_SETTLED_FIRST.map((reliability) => ({ reliability, count: g.stats.byReliability[reliability] })),
    }),
    value: t.field({ type: ValueStatsRef, description: 'Of the figures’ values in the base unit of their dimension (figures stating only a comparison have none).', resolve: (g) => g.stats.value }),
    percentOfPlan: t.field({ type: NumberStatsRef, description: 'Of the percent of plan the sources state ("đạt 102 % kế hoạch"), where they state one.', resolve: (g) => g.stats.percentOfPlan }),
    yoyChangePercent: t.field({ type: NumberStatsRef, description: 'Of the year-on-year change in percent the sources state, where they state one.', resolve: (g) => g.stats.yoyChangePercent }),
  }),
});

const ResultStatsRef = statsType('ResultStats', 'figures', ResultGroupKeyEnum, ResultGroupRef, (g) => g.value.summary.average);

builder.queryFields((t) => ({
  resultStats: t.field({
    extensions: { cost: SCOPE_COST },
    type: ResultStatsRef,
    description:
      "Figures (by default each period's current one) counted by reliability and summed (values in the base unit, percent of plan, year-on-year change), in all and grouped by any of sector, year, period, area, plan, agency, definition, reliability and measure. Computed once per data version and arguments, in bounded passes; priced at 10,000 points of its own (it judges its whole scope), beside its groups. Fails with NOT_FOUND for an unknown code or ID, INVALID_ARGUMENT for a key given twice or more than 10,000 groups.",
    args: {
      filter: t.arg({ type: ResultStatsFilter, required: false, description: 'Which figures; every current figure when omitted.' }),
      groupBy: t.arg({ type: [ResultGroupKeyEnum], required: false, defaultValue: [], description: 'Keys to group by, in order (each once); none gives one group, the total.' }),
    },
    resolve: async (_root, args, ctx) => {
      const filter = args.filter;
      return withinGroupLimit(
        resultStats(ctx, {
          ...(await statsScopeOf(ctx, args)),
          includeRevisions: filter?.includeRevisions ?? false,
          ...(filter?.measure ? { measure: filter.measure } : {}),
          ...(filter?.reliability ? { reliability: filter.reliability } : {}),
        }),
      );
    },
  }),
}));
