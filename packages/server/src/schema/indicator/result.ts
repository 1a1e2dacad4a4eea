import { builder } from '../../builder.ts';
import { quoteOf } from '../../loaders/quotes.ts';
import { mapMaybe } from '../../reference-data.ts';
import { ReliabilityEnum, ResultMeasureEnum, ValueBoundEnum } from '../common/enums.ts';
import { PeriodRef } from '../common/period.ts';
import { ProvenanceRef } from '../common/provenance.ts';
import { optionalReferenceField, referenceField } from '../common/reference-field.ts';
import { UnitRef } from '../common/unit.ts';
import { PlanRef } from '../plan/plan.ts';

export const ResultRef = builder.prismaNode('Result', {
  description: 'What was achieved on one indicator in one period, as a source states it.',
  id: { field: 'id' },
  // Unknown IDs resolve to null, which node(id) reports as NOT_FOUND.
  nullable: true,
  fields: (t) => ({
    indicator: t.relation('indicator', { description: 'The indicator measured.' }),
    period: t.field(referenceField(PeriodRef, 'period', 'periodId', 'The period the result is for.')),
    plan: t.field(optionalReferenceField(PlanRef, 'plan', 'planId', 'The plan the result is reported against, when stated.')),
    measure: t.expose('measure', {
      type: ResultMeasureEnum,
      description: "What `value` measures: the indicator's level in the period, or its change over the previous period.",
    }),
    value: t.exposeFloat('value', {
      nullable: true,
      description: 'The figure in `unit`; null when the source states only a comparison (e.g. "doubled").',
    }),
    bound: t.expose('bound', {
      type: ValueBoundEnum,
      description: 'EXACT, or the kind of bound the figure is ("over 50 million" is MORE_THAN 50).',
    }),
    unit: t.field(referenceField(UnitRef, 'unit', 'unitId', 'The unit of `value`, as the source states it.')),
    valueInBaseUnit: t.float({
      nullable: true,
      description: "`value` × the unit's multiplier: comparable across units of one dimension.",
      resolve: (r, _args, ctx) => (r.value == null ? null : mapMaybe(ctx.reference.get('unit', r.unitId), (unit) => r.value! * unit.multiplier)),
    }),
    reliability: t.expose('reliability', { type: ReliabilityEnum, description: 'Estimate, preliminary or final.' }),
    percentOfPlan: t.exposeFloat('percentOfPlan', {
      nullable: true,
      description: 'Percent of the plan achieved, as the source states it ("đạt 101% kế hoạch" is 101).',
    }),
    yoyChangePercent: t.exposeFloat('yoyChangePercent', {
      nullable: true,
      description: 'Change against the same period a year earlier, in percent, as stated ("tăng 12%" is 12).',
    }),
    yoyFactor: t.exposeFloat('yoyFactor', {
      nullable: true,
      description: 'Multiple of the same period a year earlier, as stated ("gấp 02 lần" is 2).',
    }),
    rankChange: t.exposeInt('rankChange', {
      nullable: true,
      description: 'For a ranking: places moved up (+) or down (−) against the previous period.',
    }),
    provenance: t.field({
      type: ProvenanceRef,
      description: 'The passage that states this result, and its source.',
      resolve: (r, _args, ctx) => quoteOf(ctx, r.quoteId),
    }),
  }),
});
