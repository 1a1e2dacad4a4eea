import { builder } from '../../builder.ts';
import { quoteOf } from '../common/quotes.ts';
import { ProvenanceRef } from '../common/source.ts';
import { mapMaybe } from '../../reference.ts';
import { PeriodRef, UnitRef } from '../common/unit.ts';
import { PlanRef } from '../plan/plan.ts';
import { judgementOf, resultOfTarget } from './results.ts';
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
      resolve: (tg, _args, ctx) => ctx.reference.plan(tg.planId),
    }),
    period: t.field({
      type: PeriodRef,
      description: 'The period the target is for.',
      resolve: (tg, _args, ctx) => ctx.reference.period(tg.periodId),
    }),
    kind: t.expose('kind', { type: TargetKindEnum, description: 'A level, an increase, or a change of rank.' }),
    comparator: t.expose('comparator', { type: ComparatorEnum, description: 'How a result is compared with the value(s).' }),
    value: t.exposeFloat('value', { description: 'The value, or the lower end of a range, in `unit`.' }),
    valueMax: t.exposeFloat('valueMax', { nullable: true, description: 'The upper end of a RANGE; null otherwise.' }),
    unit: t.field({
      type: UnitRef,
      description: 'The unit of `value` (for RANK_CHANGE: places in the ranking).',
      resolve: (tg, _args, ctx) => ctx.reference.unit(tg.unitId),
    }),
    valueInBaseUnit: t.float({
      description: "`value` × the unit's multiplier: comparable across units of one dimension.",
      resolve: (tg, _args, ctx) => mapMaybe(ctx.reference.unit(tg.unitId), (unit) => tg.value * unit.multiplier),
    }),
    isMain: t.exposeBoolean('isMain', { description: 'One of the plan’s main (headline) indicators (chỉ tiêu chủ yếu).' }),
    result: t.field({
      type: ResultRef,
      nullable: true,
      description:
        'The result this target is judged against: same indicator and period, the most settled where several exist; null if none.',
      resolve: (tg, _args, ctx) => resultOfTarget(ctx, tg),
    }),
    status: t.field({
      type: TargetStatusEnum,
      description: 'Computed status against `result`: MET / NOT_MET (final), ON_TRACK / OFF_TRACK (estimate), NO_DATA.',
      resolve: async (tg, _args, ctx) => (await judgementOf(ctx, tg)).status,
    }),
    statusReason: t.string({
      description: 'Why `status` is what it is, in one sentence (English).',
      resolve: async (tg, _args, ctx) => (await judgementOf(ctx, tg)).reason,
    }),
    achievementPercent: t.float({
      nullable: true,
      description:
        'Result ÷ target × 100, where meaningful: an exact result in the target’s unit against a single value. Null for ranges, rank changes and bounds.',
      resolve: async (tg, _args, ctx) => (await judgementOf(ctx, tg)).achievementPercent,
    }),
    provenance: t.field({
      type: ProvenanceRef,
      description: 'The passage that states this target, and its source.',
      resolve: (tg, _args, ctx) => quoteOf(ctx, tg.quoteId),
    }),
  }),
});
