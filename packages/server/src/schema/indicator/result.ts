import { builder } from '../../builder.ts';
import { REVISIONS_CAP } from '../../limits/cost.ts';
import { isCurrentResult, resultsAt, revisionsOfResult } from '../../loaders/results.ts';
import { sourceField } from '../common/source.ts';
import { quoteOf } from '../../loaders/quotes.ts';
import { mapMaybe } from '../../reference-data.ts';
import { ReliabilityEnum, ResultMeasureEnum, ValueBoundEnum } from '../common/enums.ts';
import { PeriodRef } from '../common/period.ts';
import { ProvenanceRef } from '../common/provenance.ts';
import { optionalReferenceField, referenceField } from '../common/reference-field.ts';
import { UnitRef } from '../common/unit.ts';
import { PlanRef } from '../plan/plan.ts';

export const ResultRef = builder.prismaNode('Result', {
  description:
    'What was achieved on one indicator in one period, as one source states it. A period may have several (an estimate, later a final figure): the current one is never a replaced one, then the most settled, then the latest reported; the others are its `revisions`.',
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
    reportedOn: t.expose('reportedOn', { type: 'Date', nullable: true, description: 'When the figure was reported, when the source says; null otherwise.' }),
    asOf: t.expose('asOf', {
      type: 'Date',
      nullable: true,
      description: 'The day an estimate made during the period speaks as of ("ước cả năm", as stated on 13 Dec 2023); null when not stated.',
    }),
    source: t.field(sourceField('sourceId', 'The document that reports the figure (its quote’s).')),
    // By model name: the field's type is the type being defined.
    supersedes: t.prismaField({
      type: 'Result',
      nullable: true,
      description: 'The figure this one replaces, when its source says so; null otherwise.',
      resolve: async (_query, r, _args, ctx) => (r.supersedesId === null ? null : ((await resultsAt(ctx, r.indicatorId, r.periodId)).find((x) => x.id === r.supersedesId) ?? null)),
    }),
    isCurrent: t.boolean({
      description: 'Whether this is the current figure of its period and measure (the one `timeSeries` and statuses use).',
      resolve: (r, _args, ctx) => isCurrentResult(ctx, r),
    }),
    revisions: t.prismaField({
      type: ['Result'],
      description: `The other figures for the same indicator, period and measure, most settled first: for the current figure, its earlier and replaced reports, each with its date and source; at most ${REVISIONS_CAP}.`,
      extensions: { maxItems: REVISIONS_CAP },
      resolve: async (_query, r, _args, ctx) => (await revisionsOfResult(ctx, r)).slice(0, REVISIONS_CAP),
    }),
    provenance: t.field({
      type: ProvenanceRef,
      description: 'The passage that states this result, and its source.',
      resolve: (r, _args, ctx) => quoteOf(ctx, r.quoteId),
    }),
  }),
});
