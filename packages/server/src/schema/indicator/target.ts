import { builder } from '../../builder.ts';
import { REVISIONS_CAP } from '../../limits/cost.ts';
import { judgementOf } from '../../loaders/judgements.ts';
import { quoteOf } from '../../loaders/quotes.ts';
import { mapMaybe } from '../../reference-data.ts';
import { ComparatorEnum, JudgementBasisEnum, RangeKindEnum, TargetKindEnum, TargetStatusEnum } from '../common/enums.ts';
import { PeriodRef } from '../common/period.ts';
import { ProvenanceRef } from '../common/provenance.ts';
import { referenceField } from '../common/reference-field.ts';
import { UnitRef } from '../common/unit.ts';
import { PlanRef } from '../plan/plan.ts';
import { ResultRef } from './result.ts';

export const TargetRef = builder.prismaNode('Target', {
  description:
    'What a plan aims for on one indicator in one period: the target in force (one per plan, indicator, period and kind). Its earlier versions, before an adjustment by a later resolution (điều chỉnh chỉ tiêu), are its `revisions`; status is judged against the target in force.',
  id: { field: 'id' },
  // Unknown IDs resolve to null, which node(id) reports as NOT_FOUND.
  nullable: true,
  fields: (t) => ({
    indicator: t.relation('indicator', { description: 'The indicator the target is set on.' }),
    plan: t.field(referenceField(PlanRef, 'plan', 'planId', 'The plan that sets the target.')),
    period: t.field(referenceField(PeriodRef, 'period', 'periodId', 'The period the target is for.')),
    kind: t.expose('kind', { type: TargetKindEnum, description: 'A level, an increase, or a change of rank.' }),
    comparator: t.expose('comparator', { type: ComparatorEnum, description: 'How a result is compared with the value(s).' }),
    rangeKind: t.expose('rangeKind', {
      type: RangeKindEnum,
      nullable: true,
      description: 'For a RANGE: whether a result beyond its better end meets it too (OR_BETTER) or misses it (WITHIN); null for other comparators.',
    }),
    value: t.exposeFloat('value', { description: 'The value, or the lower end of a range, in `unit`.' }),
    valueMax: t.exposeFloat('valueMax', { nullable: true, description: 'The upper end of a RANGE; null otherwise.' }),
    unit: t.field(referenceField(UnitRef, 'unit', 'unitId', 'The unit of `value` (for RANK_CHANGE: places in the ranking).')),
    valueInBaseUnit: t.float({
      description: "`value` × the unit's multiplier: comparable across units of one dimension.",
      resolve: (tg, _args, ctx) => mapMaybe(ctx.reference.get('unit', tg.unitId), (unit) => tg.value * unit.multiplier),
    }),
    isMain: t.exposeBoolean('isMain', { description: 'One of the plan’s main (headline) indicators (chỉ tiêu chủ yếu).' }),
    adoptedOn: t.expose('adoptedOn', { type: 'Date', nullable: true, description: 'When the values in force were adopted, when a source says; null otherwise.' }),
    revisions: t.relation('revisions', {
      description: `The target's earlier versions, replaced by an adjustment, oldest first; at most ${REVISIONS_CAP}.`,
      extensions: { maxItems: REVISIONS_CAP },
      query: { orderBy: { id: 'asc' }, take: REVISIONS_CAP },
    }),
    result: t.field({
      type: ResultRef,
      nullable: true,
      description:
        "The result of the target's period that `status` rests on: for a LEVEL target its most settled level; for an increase or a rank change the stated change, or this period's level it was derived from (see `baseResult`). Null when there is none.",
      resolve: async (tg, _args, ctx) => (await judgementOf(ctx, tg)).result,
    }),
    baseResult: t.field({
      type: ResultRef,
      nullable: true,
      description:
        "For a change derived from two levels (`judgementBasis: DERIVED_CHANGE`): the previous period's level it is measured from. Null otherwise.",
      resolve: async (tg, _args, ctx) => (await judgementOf(ctx, tg)).base,
    }),
    judgementBasis: t.field({
      type: JudgementBasisEnum,
      nullable: true,
      description: 'How the figure compared with the target was obtained; null when there was nothing to compare.',
      resolve: async (tg, _args, ctx) => (await judgementOf(ctx, tg)).basis,
    }),
    status: t.field({
      type: TargetStatusEnum,
      description: 'Computed status against `result`: MET / NOT_MET (final), ON_TRACK / OFF_TRACK (estimate or preliminary), NO_DATA.',
      resolve: async (tg, _args, ctx) => (await judgementOf(ctx, tg)).status,
    }),
    statusReason: t.string({
      description: 'Why `status` is what it is, in one sentence (English), with the figures compared.',
      resolve: async (tg, _args, ctx) => (await judgementOf(ctx, tg)).reason,
    }),
    achievementPercent: t.float({
      nullable: true,
      description:
        'Compared figure ÷ target × 100, where meaningful: an exact figure (converted to the target’s unit) against a single value of a quantity. Null for ranges, ranks, rank changes and bounds.',
      resolve: async (tg, _args, ctx) => (await judgementOf(ctx, tg)).achievementPercent,
    }),
    provenance: t.field({
      type: ProvenanceRef,
      description: 'The passage that states this target, and its source.',
      resolve: (tg, _args, ctx) => quoteOf(ctx, tg.quoteId),
    }),
  }),
});

export const TargetRevisionRef = builder.prismaObject('TargetRevision', {
  description: "A target's values before an adjustment (điều chỉnh chỉ tiêu) replaced them: kept, and never judged.",
  fields: (t) => ({
    comparator: t.expose('comparator', { type: ComparatorEnum, description: 'How a result was to be compared with the value(s).' }),
    value: t.exposeFloat('value', { description: 'The value, or the lower end of a range, in `unit`.' }),
    valueMax: t.exposeFloat('valueMax', { nullable: true, description: 'The upper end of a RANGE; null otherwise.' }),
    rangeKind: t.expose('rangeKind', { type: RangeKindEnum, nullable: true, description: 'For a RANGE: OR_BETTER or WITHIN; null otherwise.' }),
    unit: t.field(referenceField(UnitRef, 'unit', 'unitId', 'The unit of `value`.')),
    adoptedOn: t.expose('adoptedOn', { type: 'Date', nullable: true, description: 'When these values were adopted, when a source says.' }),
    replacedOn: t.expose('replacedOn', { type: 'Date', nullable: true, description: 'When the adjustment that replaced them was adopted, when a source says.' }),
    provenance: t.field({
      type: ProvenanceRef,
      description: 'The passage that stated these values, and its source.',
      resolve: (r, _args, ctx) => quoteOf(ctx, r.quoteId),
    }),
  }),
});
