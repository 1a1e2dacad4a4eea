import { areasTouched } from '../../writes/scope.ts';
import { builder } from '../../builder.ts';
import { adjustTarget, retireTarget, setTarget, type TargetFields, type TargetValues, updateTarget } from '../../writes/targets.ts';
import { ComparatorEnum, RangeKindEnum, TargetKindEnum } from '../common/enums.ts';
import { WRITE_ERRORS } from '../common/user-errors.ts';
import { changeSetOf, patchOf, ProvenanceInput, recordIdOf, versionedRecordFields, writeType } from '../common/write-inputs.ts';
import type { InputFields } from './result-mutations.ts';
import { TargetRef } from './target.ts';

// Setting, correcting, adjusting and retiring targets. A correction fixes what was
// recorded wrongly; an adjustment (điều chỉnh chỉ tiêu) is a later decision, and keeps the
// values it replaces as a revision.

const TargetWrite = writeType('TargetWrite', 'A target as written, and the change that recorded it in the audit trail.', 'target', TargetRef, 'The target as it is now.');

const valueFields = <R extends boolean>(t: InputFields, required: R) => ({
  comparator: t.field({ type: ComparatorEnum, required, description: 'How a result is compared with `value`.' }),
  value: t.float({ required, description: 'The value, or the lower end of a RANGE.' }),
  valueMax: t.float({ description: 'The upper end of a RANGE; leave it out otherwise.' }),
  rangeKind: t.field({ type: RangeKindEnum, description: 'For a RANGE: whether beyond its better end meets it too (OR_BETTER) or misses it (WITHIN).' }),
  unit: t.string({ required, description: 'The unit’s code: it must measure what the indicator measures.' }),
  adoptedOn: t.field({ type: 'Date', description: 'When these values were adopted, when a source says.' }),
  provenance: t.field({ type: ProvenanceInput, required, description: 'The source and the exact passage that state the values.' }),
});

const keyFields = <R extends boolean>(t: InputFields, required: R) => ({
  indicator: t.string({ required, description: 'The series, as `<definition>@<area>`.' }),
  plan: t.string({ required, description: 'The plan’s code: a plan of the series’ own area.' }),
  period: t.string({ required, description: 'The period’s code.' }),
  kind: t.field({ type: TargetKindEnum, required, description: 'What the target measures: the level, an increase, or a move up a ranking.' }),
  isMain: t.boolean({ description: 'Whether it is one of the plan’s main (headline) targets (default false).' }),
});

const SetTargetInput = builder.inputType('SetTargetInput', {
  description: 'A target a plan sets.',
  fields: (t) => ({ ...keyFields(t, true), ...valueFields(t, true), reason: t.string({ description: 'Why, when worth saying; kept in the audit trail.' }) }),
});

const UpdateTargetInput = builder.inputType('UpdateTargetInput', {
  description: 'A correction of a target recorded wrongly: the fields given replace the target’s, the others stay. For a later decision that changes it, use `adjustTarget`.',
  fields: (t) => ({ ...versionedRecordFields(t, 'target'), ...keyFields(t, false), ...valueFields(t, false) }),
});

const AdjustTargetInput = builder.inputType('AdjustTargetInput', {
  description: 'An adjustment (điều chỉnh chỉ tiêu): the values in force from now, quoted from the decision that adjusts them.',
  fields: (t) => ({ ...versionedRecordFields(t, 'target'), ...valueFields(t, true) }),
});

const RetireTargetInput = builder.inputType('RetireTargetInput', {
  description: 'A target to retire: it stays in history and leaves every list and status count.',
  fields: (t) => ({ ...versionedRecordFields(t, 'target') }),
});

const KEY_FIELDS = ['indicator', 'plan', 'period', 'kind', 'isMain'] as const;
const VALUE_FIELDS = ['comparator', 'value', 'valueMax', 'rangeKind', 'unit', 'adoptedOn', 'provenance'] as const;

function valuesOf(input: { comparator: TargetValues['comparator']; value: number; valueMax?: number | null; rangeKind?: TargetValues['rangeKind'] | null; unit: string; adoptedOn?: Date | null; provenance: TargetValues['provenance'] }): TargetValues {
  return {
    comparator: input.comparator,
    value: input.value,
    valueMax: input.valueMax ?? null,
    rangeKind: input.rangeKind ?? null,
    unit: input.unit,
    adoptedOn: input.adoptedOn ?? null,
    provenance: input.provenance,
  };
}

builder.mutationFields((t) => ({
  setTarget: t.field({
    type: TargetWrite,
    description: 'Sets a target of a plan, quoted from its source. DUPLICATE when the plan has that target already (adjust or correct it instead).',
    args: { input: t.arg({ type: SetTargetInput, required: true, description: 'The target.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({ areas: await areasTouched(ctx.prisma, { series: [input.indicator] }) }),
    resolve: (_root, { input }, ctx) => {
      const fields: TargetFields = { indicator: input.indicator, plan: input.plan, period: input.period, kind: input.kind, isMain: input.isMain ?? false, ...valuesOf(input) };
      return setTarget(ctx, changeSetOf(ctx), fields, input.reason ?? null);
    },
  }),
  updateTarget: t.field({
    type: TargetWrite,
    description: 'Corrects a target recorded wrongly.',
    args: { input: t.arg({ type: UpdateTargetInput, required: true, description: 'The correction.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({ areas: await areasTouched(ctx.prisma, { record: { model: 'Target', id: recordIdOf(input.id, 'Target') }, series: [input.indicator] }) }),
    resolve: (_root, { input }, ctx) => {
      const patch = patchOf<TargetFields>(input, [...KEY_FIELDS, ...VALUE_FIELDS]);
      if (patch.isMain === null) patch.isMain = false;
      return updateTarget(ctx, changeSetOf(ctx), recordIdOf(input.id, 'Target'), input.version, patch, input.reason);
    },
  }),
  adjustTarget: t.field({
    type: TargetWrite,
    description: 'Adjusts a target by a later decision: the new values are in force, the replaced ones stay as a revision (`revisions`), each with its quote.',
    args: { input: t.arg({ type: AdjustTargetInput, required: true, description: 'The adjustment.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({ areas: await areasTouched(ctx.prisma, { record: { model: 'Target', id: recordIdOf(input.id, 'Target') } }) }),
    resolve: (_root, { input }, ctx) => adjustTarget(ctx, changeSetOf(ctx), recordIdOf(input.id, 'Target'), input.version, valuesOf(input), input.reason),
  }),
  retireTarget: t.field({
    type: TargetWrite,
    description: 'Retires a target: it stays readable (`node`, `history`, `changes`) and leaves every list and status count.',
    args: { input: t.arg({ type: RetireTargetInput, required: true, description: 'The target and why.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({ areas: await areasTouched(ctx.prisma, { record: { model: 'Target', id: recordIdOf(input.id, 'Target') } }) }),
    resolve: (_root, { input }, ctx) => retireTarget(ctx, changeSetOf(ctx), recordIdOf(input.id, 'Target'), input.version, input.reason),
  }),
}));
