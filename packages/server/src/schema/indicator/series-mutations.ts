import { areasTouched } from '../../writes/scope.ts';
import { builder } from '../../builder.ts';
import { createIndicatorDefinition, createSeries } from '../../writes/plan-data.ts';
import { updateIndicatorDefinition, updateSeries } from '../../writes/corrections.ts';
import { DirectionEnum } from '../common/enums.ts';
import { WRITE_ERRORS } from '../common/user-errors.ts';
import { changeSetOf, patchOf, recordIdOf, versionedRecordFields, writeType } from '../common/write-inputs.ts';
import { IndicatorDefinitionRef } from './definition.ts';
import { IndicatorRef } from './indicator.ts';

// The indicator catalogue (definitions, shared by every area: admins) and an area's
// series of a definition (an editor of the area).

const DefinitionWrite = writeType('IndicatorDefinitionWrite', 'A definition as created, and the change that recorded it.', 'definition', IndicatorDefinitionRef, 'The definition.');
const SeriesWrite = writeType('IndicatorWrite', 'A series as created, and the change that recorded it.', 'indicator', IndicatorRef, 'The series.');

const CreateIndicatorDefinitionInput = builder.inputType('CreateIndicatorDefinitionInput', {
  description: 'What is measured, as a concept every area shares (economic growth rate).',
  fields: (t) => ({
    code: t.string({ required: true, description: 'A stable code shared by every area, e.g. `economic-growth-rate`.' }),
    nameVi: t.string({ required: true, description: 'Its name in Vietnamese.' }),
    nameEn: t.string({ description: 'Its name in English.' }),
    descriptionVi: t.string({ description: 'What it measures, in Vietnamese.' }),
    descriptionEn: t.string({ description: 'What it measures, in English.' }),
    sector: t.string({ required: true, description: 'The sector’s code.' }),
    direction: t.field({ type: DirectionEnum, required: true, description: 'Which way it improves.' }),
    dimension: t.string({ required: true, description: 'What its figures measure, a unit dimension such as `PERCENT` or `CURRENCY_VND`.' }),
    nationalCode: t.string({ description: 'Its code in the national statistical indicator system, where it has one.' }),
    reason: t.string({ description: 'Why, when worth saying; kept in the audit trail.' }),
  }),
});

const CreateSeriesInput = builder.inputType('CreateSeriesInput', {
  description: 'An area’s series of a definition: its targets and results are written to it.',
  fields: (t) => ({
    definition: t.string({ required: true, description: 'The definition’s code.' }),
    area: t.string({ required: true, description: 'The area’s code.' }),
    unit: t.string({ required: true, description: 'The unit its figures are usually stated in: one of the definition’s dimension.' }),
    reason: t.string({ description: 'Why, when worth saying; kept in the audit trail.' }),
  }),
});

builder.mutationFields((t) => ({
  createIndicatorDefinition: t.field({
    type: DefinitionWrite,
    description: 'Adds a definition to the shared catalogue (admins only: every area’s series refer to it).',
    args: { input: t.arg({ type: CreateIndicatorDefinitionInput, required: true, description: 'The definition.' }) },
    errors: WRITE_ERRORS,
    authScopes: { admin: true },
    resolve: (_root, { input }, ctx) =>
      createIndicatorDefinition(
        ctx,
        changeSetOf(ctx),
        {
          code: input.code,
          nameVi: input.nameVi,
          nameEn: input.nameEn ?? null,
          descriptionVi: input.descriptionVi ?? null,
          descriptionEn: input.descriptionEn ?? null,
          sector: input.sector,
          direction: input.direction,
          dimension: input.dimension,
          nationalCode: input.nationalCode ?? null,
        },
        input.reason ?? null,
      ),
  }),
  createSeries: t.field({
    type: SeriesWrite,
    description: 'Starts an area’s series of a definition. DUPLICATE when the area has it already.',
    args: { input: t.arg({ type: CreateSeriesInput, required: true, description: 'The series.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({ areas: await areasTouched(ctx.prisma, { areas: [input.area] }) }),
    resolve: (_root, { input }, ctx) => createSeries(ctx, changeSetOf(ctx), { definition: input.definition, area: input.area, unit: input.unit }, input.reason ?? null),
  }),
}));

for (const model of ['IndicatorDefinition', 'Indicator'] as const) {
  builder.prismaObjectField(model, 'version', (t) => t.exposeInt('version', { description: 'Its version: name it in a correction; a stale one is refused with CONFLICT.' }));
}

const UpdateIndicatorDefinitionInput = builder.inputType('UpdateIndicatorDefinitionInput', {
  description: 'A correction of a catalogue definition (admins). Its code and dimension stay: every series and figure depends on them.',
  fields: (t) => ({
    ...versionedRecordFields(t, 'definition'),
    nameVi: t.string({ description: 'Its name in Vietnamese.' }),
    nameEn: t.string({ description: 'Its name in English (null clears it).' }),
    descriptionVi: t.string({ description: 'What it measures, in Vietnamese (null clears it).' }),
    descriptionEn: t.string({ description: 'What it measures, in English (null clears it).' }),
    sector: t.string({ description: 'The sector’s code.' }),
    direction: t.field({ type: DirectionEnum, description: 'Which way it improves (every target of it is judged again).' }),
    nationalCode: t.string({ description: 'Its national statistical code (null clears it).' }),
  }),
});

const UpdateSeriesInput = builder.inputType('UpdateSeriesInput', {
  description: 'A correction of an area’s series: the unit its figures are usually stated in.',
  fields: (t) => ({
    ...versionedRecordFields(t, 'series'),
    unit: t.string({ required: true, description: 'The unit’s code: one of the definition’s dimension.' }),
  }),
});

builder.mutationFields((t) => ({
  updateIndicatorDefinition: t.field({
    type: DefinitionWrite,
    description: 'Corrects a definition of the shared catalogue (admins only).',
    args: { input: t.arg({ type: UpdateIndicatorDefinitionInput, required: true, description: 'The correction.' }) },
    errors: WRITE_ERRORS,
    authScopes: { admin: true },
    resolve: (_root, { input }, ctx) =>
      updateIndicatorDefinition(ctx, changeSetOf(ctx), recordIdOf(input.id, 'IndicatorDefinition'), input.version, patchOf(input, ['nameVi', 'nameEn', 'descriptionVi', 'descriptionEn', 'sector', 'direction', 'nationalCode']), input.reason),
  }),
  updateSeries: t.field({
    type: SeriesWrite,
    description: 'Corrects the unit an area’s series is usually stated in.',
    args: { input: t.arg({ type: UpdateSeriesInput, required: true, description: 'The correction.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({ areas: await areasTouched(ctx.prisma, { record: { model: 'Indicator', id: recordIdOf(input.id, 'Indicator') } }) }),
    resolve: (_root, { input }, ctx) => updateSeries(ctx, changeSetOf(ctx), recordIdOf(input.id, 'Indicator'), input.version, input.unit, input.reason),
  }),
}));
