import { areasTouched } from '../../writes/scope.ts';
import { builder } from '../../builder.ts';
import { recordResult, type ResultFields, retireResult, updateResult } from '../../writes/results.ts';
import { ReliabilityEnum, ResultMeasureEnum, ValueBoundEnum } from '../common/enums.ts';
import { WRITE_ERRORS } from '../common/user-errors.ts';
import { changeSetOf, patchOf, ProvenanceInput, recordIdOf, versionedRecordFields, writeType } from '../common/write-inputs.ts';
import { ResultRef } from './result.ts';

// Recording, correcting and retiring results. An editor writes only results of series of
// their own areas (the scope names the series' area, and the plan must be the series' area's).

const FIELDS = ['indicator', 'period', 'plan', 'measure', 'value', 'bound', 'unit', 'reliability', 'percentOfPlan', 'yoyChangePercent', 'yoyFactor', 'rankChange', 'reportedOn', 'asOf', 'supersedes', 'provenance'] as const;

const ResultWrite = writeType('ResultWrite', 'A result as written, and the change that recorded it in the audit trail.', 'result', ResultRef, 'The result as it is now.');

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
export type InputFields = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

const resultFields = <R extends boolean>(t: InputFields, required: R) => ({
  indicator: t.string({ required, description: 'The series, as `<definition>@<area>`: `economic-growth-rate@bac-kan`.' }),
  period: t.string({ required, description: 'The period’s code: `2024`, `2024-h1`, `2024-9m`.' }),
  plan: t.string({ description: 'The code of the plan the result is reported against, when stated (needed for `percentOfPlan`).' }),
  measure: t.field({ type: ResultMeasureEnum, description: 'What `value` measures (default LEVEL): the level in the period, or the change over the previous period.' }),
  value: t.float({ description: 'The figure, in `unit`; leave it out when the source states only a comparison.' }),
  bound: t.field({ type: ValueBoundEnum, description: 'EXACT (default), or the kind of bound ("over 50" is MORE_THAN 50).' }),
  unit: t.string({ required, description: 'The unit’s code, as the source states the figure: it must measure what the indicator measures.' }),
  reliability: t.field({ type: ReliabilityEnum, required, description: 'How settled the figure is.' }),
  percentOfPlan: t.float({ description: 'The figure as a percentage of the plan, when stated.' }),
  yoyChangePercent: t.float({ description: 'The change over the previous period in percent, when stated.' }),
  yoyFactor: t.float({ description: 'The figure as a multiple of the previous period’s ("doubled" is 2), when stated.' }),
  rankChange: t.int({ description: 'For a rank: places moved up (+) or down (−), when stated.' }),
  reportedOn: t.field({ type: 'Date', description: 'When the figure was reported, when stated.' }),
  asOf: t.field({ type: 'Date', description: 'The day an estimate speaks as of ("ước cả năm" stated on 13 December).' }),
  supersedes: t.globalID({ description: 'The result this one revises, when the source says it replaces it.' }),
  provenance: t.field({ type: ProvenanceInput, required, description: 'The source and the exact passage that state the figure.' }),
});

const RecordResultInput = builder.inputType('RecordResultInput', {
  description: 'A result to record. A revised figure (a final one after an estimate) is recorded as a result of its own source; the earlier stays as its revision.',
  fields: (t) => ({ ...resultFields(t, true), reason: t.string({ description: 'Why, when worth saying; kept in the audit trail.' }) }),
});

const UpdateResultInput = builder.inputType('UpdateResultInput', {
  description: 'A correction of a result: the fields given replace the result’s, the others stay. A field given as null is cleared.',
  fields: (t) => ({
    ...versionedRecordFields(t, 'result'),
    ...resultFields(t, false),
  }),
});

const RetireInput = builder.inputType('RetireResultInput', {
  description: 'A result to retire: it stays in history and leaves every list and status.',
  fields: (t) => ({
    ...versionedRecordFields(t, 'result'),
  }),
});

function fieldsOf(input: Record<string, unknown>): ResultFields {
  return {
    indicator: input.indicator as string,
    period: input.period as string,
    plan: (input.plan as string | null | undefined) ?? null,
    measure: (input.measure as ResultFields['measure'] | null | undefined) ?? 'LEVEL',
    value: (input.value as number | null | undefined) ?? null,
    bound: (input.bound as ResultFields['bound'] | null | undefined) ?? 'EXACT',
    unit: input.unit as string,
    reliability: input.reliability as ResultFields['reliability'],
    percentOfPlan: (input.percentOfPlan as number | null | undefined) ?? null,
    yoyChangePercent: (input.yoyChangePercent as number | null | undefined) ?? null,
    yoyFactor: (input.yoyFactor as number | null | undefined) ?? null,
    rankChange: (input.rankChange as number | null | undefined) ?? null,
    reportedOn: (input.reportedOn as Date | null | undefined) ?? null,
    asOf: (input.asOf as Date | null | undefined) ?? null,
    supersedes: input.supersedes ? recordIdOf(input.supersedes as never, 'Result', 'input.supersedes') : null,
    provenance: input.provenance as ResultFields['provenance'],
  };
}

/** A patch: given fields only, references decoded. */
function patchFrom(input: Record<string, unknown>): Partial<ResultFields> {
  const patch = patchOf<ResultFields>(input, FIELDS);
  if (input.supersedes !== undefined) patch.supersedes = input.supersedes ? recordIdOf(input.supersedes as never, 'Result', 'input.supersedes') : null;
  // Enumerated fields with defaults are not cleared by null: null means their default.
  if (patch.measure === null) patch.measure = 'LEVEL';
  if (patch.bound === null) patch.bound = 'EXACT';
  return patch;
}

builder.mutationFields((t) => ({
  recordResult: t.field({
    type: ResultWrite,
    description: 'Records a result, quoted from its source. DUPLICATE when that source’s figure for the series, period and measure is recorded already (update it instead).',
    args: { input: t.arg({ type: RecordResultInput, required: true, description: 'The result.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({ areas: await areasTouched(ctx.prisma, { series: [input.indicator] }) }),
    resolve: (_root, { input }, ctx) => recordResult(ctx, changeSetOf(ctx), fieldsOf(input as never), input.reason ?? null),
  }),
  updateResult: t.field({
    type: ResultWrite,
    description: 'Corrects a result recorded wrongly (a revised figure from a later report is a new result: `recordResult`).',
    args: { input: t.arg({ type: UpdateResultInput, required: true, description: 'The correction.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({ areas: await areasTouched(ctx.prisma, { record: { model: 'Result', id: recordIdOf(input.id, 'Result') }, series: [input.indicator] }) }),
    resolve: (_root, { input }, ctx) => updateResult(ctx, changeSetOf(ctx), recordIdOf(input.id, 'Result'), input.version, patchFrom(input as never), input.reason),
  }),
  retireResult: t.field({
    type: ResultWrite,
    description: 'Retires a result: it stays readable (`node`, `history`, `changes`) and leaves every list, comparison and status.',
    args: { input: t.arg({ type: RetireInput, required: true, description: 'The result and why.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({ areas: await areasTouched(ctx.prisma, { record: { model: 'Result', id: recordIdOf(input.id, 'Result') } }) }),
    resolve: (_root, { input }, ctx) => retireResult(ctx, changeSetOf(ctx), recordIdOf(input.id, 'Result'), input.version, input.reason),
  }),
}));
