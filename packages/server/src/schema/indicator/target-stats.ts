import { builder } from '../../builder.ts';
import { TARGET_STATUSES, type TargetStatus } from '../../domain/status.ts';
import { SCOPE_COST } from '../../limits/cost.ts';
import { type TargetGroupKey, type TargetGroupStats, targetStats } from '../../loaders/target-stats.ts';
import { TargetStatusEnum } from '../common/enums.ts';
import { StatusCountRef } from '../plan/summary.ts';
import { keyPart, NumberStatsRef, referenceKeyFields, seriesFilterFields, type StatsGroup, statsScopeOf, statsType, ValueStatsRef, withinGroupLimit } from './stats-common.ts';

// targetStats: one query for "how do the targets stand", grouped by computed status and
// by what the targets belong to. Keys resolve from the reference data (no statement).

const TargetGroupKeyEnum = builder.enumType('TargetGroupKey', {
  description: 'What targets can be grouped by.',
  values: {
    STATUS: { description: 'Their computed status (MET, NOT_MET, …).' },
    SECTOR: { description: "Their indicator definition's sector." },
    YEAR: { description: "The calendar year of their period; null for a period spanning years (2021–2025)." },
    PERIOD: { description: 'Their period (a year, a half-year, a five-year term …).' },
    AREA: { description: "Their series' area (a province)." },
    PLAN: { description: 'The plan that sets them.' },
    AGENCY: {
      description:
        'The agencies responsible for their indicator, directly or through a linked solution: a target counts once in each of its agencies’ groups (so groups may add up to more than the total), and in a group with no agency when none is assigned.',
    },
    DEFINITION: { description: 'Their indicator definition (what is measured, shared across areas).' },
  } satisfies Record<TargetGroupKey, { description: string }>,
});

const TargetStatsFilter = builder.inputType('TargetStatsFilter', {
  description: 'Narrows `targetStats`. Every field is optional; given fields must all match. Retired targets are never counted.',
  fields: (t) => ({
    ...seriesFilterFields(t, 'targets'),
    status: t.field({ type: TargetStatusEnum, description: 'Only targets of this computed status.' }),
    mainOnly: t.boolean({ description: "Only a plan's main (headline) targets." }),
  }),
});

type Group = StatsGroup<TargetGroupKey> & { stats: TargetGroupStats };

const TargetGroupRef = builder.objectRef<Group>('TargetGroup').implement({
  description: 'Targets sharing one value of each `groupBy` key: the keys (null for those not grouped by), their count by computed status, achievement and values.',
  fields: (t) => ({
    status: t.field({ type: TargetStatusEnum, nullable: true, description: 'The status, when grouped by STATUS.', resolve: (g) => keyPart(g, 'STATUS') as TargetStatus | null }),
    ...referenceKeyFields(t, 'targets', ''),
    count: t.int({ description: 'Targets in the group.', resolve: (g) => g.stats.count }),
    byStatus: t.field({
      type: [StatusCountRef],
      description: 'The group’s targets counted by computed status; every status listed, zeros included.',
      extensions: { maxItems: TARGET_STATUSES.length },
      resolve: (g) => TARGET_STATUSES.map((status) => ({ status, count: g.stats.byStatus[status] })),
    }),
    achievementPercent: t.field({
      type: NumberStatsRef,
      description: 'Of the targets’ achievement percent (compared figure ÷ target × 100), over the targets that have one (an exact figure against one value).',
      resolve: (g) => g.stats.achievement,
    }),
    value: t.field({
      type: ValueStatsRef,
      description: "Of the targets' values (a range by its lower end), in the base unit of their dimension.",
      resolve: (g) => g.stats.value,
    }),
  }),
});

const TargetStatsRef = statsType('TargetStats', 'targets', TargetGroupKeyEnum, TargetGroupRef, (g) => g.achievement.average);

builder.queryFields((t) => ({
  targetStats: t.field({
    extensions: { cost: SCOPE_COST },
    type: TargetStatsRef,
    description:
      'Targets counted by computed status and summed (achievement percent, values in the base unit), in all and grouped by any of status, sector, year, period, area, plan, agency and definition: "how do the 2024 targets stand, by sector". Computed once per data version and arguments, in bounded passes; priced at 10,000 points of its own (it judges its whole scope), beside its groups. Fails with NOT_FOUND for an unknown code or ID, INVALID_ARGUMENT for a key given twice or more than 10,000 groups.',
    args: {
      filter: t.arg({ type: TargetStatsFilter, required: false, description: 'Which targets; every live target when omitted.' }),
      groupBy: t.arg({ type: [TargetGroupKeyEnum], required: false, defaultValue: [], description: 'Keys to group by, in order (each once); none gives one group, the total.' }),
    },
    resolve: async (_root, args, ctx) => {
      const filter = args.filter;
      return withinGroupLimit(
        targetStats(ctx, {
          ...(await statsScopeOf(ctx, args)),
          ...(filter?.mainOnly ? { mainOnly: true } : {}),
          ...(filter?.status ? { status: filter.status } : {}),
        }),
      );
    },
  }),
}));
