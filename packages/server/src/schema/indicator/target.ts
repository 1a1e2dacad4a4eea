import { builder } from '../../builder.ts';
import { PeriodRef, UnitRef } from '../common/unit.ts';
import { PlanRef } from '../plan/plan.ts';
import { judge, judgeSelect, matchingResult } from '../../domain/matching.ts';
import { ComparatorEnum, TargetKindEnum, TargetStatusEnum } from '../common/enums.ts';
import { ResultRef } from './result.ts';

export const TargetRef = builder.prismaNode('Target', {
  description: 'What a plan aims for on one indicator in one period.',
  id: { field: 'id' },
  // Unknown IDs resolve to null, which node(id) reports as NOT_FOUND.
  nullable: true,
  fields: (t) => ({
    indicator: t.relation('indicator', { description: 'The indicator the target is set on.' }),
    plan: t.field({
      type: PlanRef,
      description: 'The plan that sets the target.',
      select: { planId: true },
      resolve: (tg, _args, ctx) => ctx.reference.plan(tg.planId),
    }),
    period: t.field({
      type: PeriodRef,
      description: 'The period the target is for.',
      select: { periodId: true },
      resolve: (tg, _args, ctx) => ctx.reference.period(tg.periodId),
    }),
    kind: t.expose('kind', { type: TargetKindEnum, description: 'A level, an increase, or a change of rank.' }),
    comparator: t.expose('comparator', { type: ComparatorEnum, description: 'How a result is compared with the value(s).' }),
    value: t.exposeFloat('value', { description: 'The value, or the lower end of a range, in `unit`.' }),
    valueMax: t.exposeFloat('valueMax', { nullable: true, description: 'The upper end of a RANGE; null otherwise.' }),
    unit: t.field({
      type: UnitRef,
      description: 'The unit of `value` (for RANK_CHANGE: places in the ranking).',
      select: { unitId: true },
      resolve: (tg, _args, ctx) => ctx.reference.unit(tg.unitId),
    }),
    valueInBaseUnit: t.float({
      description: "`value` × the unit's multiplier: comparable across units of one dimension.",
      select: { value: true, unitId: true },
      resolve: async (tg, _args, ctx) => tg.value * (await ctx.reference.unit(tg.unitId)).multiplier,
    }),
    isMain: t.exposeBoolean('isMain', { description: 'One of the plan’s main (headline) indicators (chỉ tiêu chủ yếu).' }),
    result: t.field({
      type: ResultRef,
      nullable: true,
      description:
        'The result this target is judged against: same indicator and period, the most settled where several exist; null if none.',
      select: (_args, _ctx, nestedSelection) => ({
        periodId: true,
        indicator: { select: { results: nestedSelection({ orderBy: { id: 'asc' } }) } },
      }),
      resolve: (tg) => matchingResult(tg.periodId, tg.indicator.results),
    }),
    status: t.field({
      type: TargetStatusEnum,
      description: 'Computed status against `result`: MET / NOT_MET (final), ON_TRACK / OFF_TRACK (estimate), NO_DATA.',
      select: judgeSelect,
      resolve: (tg) => judge(tg).status,
    }),
    statusReason: t.string({
      description: 'Why `status` is what it is, in one sentence (English).',
      select: judgeSelect,
      resolve: (tg) => judge(tg).reason,
    }),
    achievementPercent: t.float({
      nullable: true,
      description:
        'Result ÷ target × 100, where meaningful: an exact result in the target’s unit against a single value. Null for ranges, rank changes and bounds.',
      select: judgeSelect,
      resolve: (tg) => judge(tg).achievementPercent,
    }),
    provenance: t.relation('quote', { description: 'The passage that states this target, and its source.' }),
  }),
});
