import { areasTouched } from '../../writes/scope.ts';
import { builder } from '../../builder.ts';
import { createAgency, createPerson, createPosition } from '../../writes/context-data.ts';
import { updateAgency, updatePerson } from '../../writes/corrections.ts';
import { updatePosition } from '../../writes/context-changes.ts';
import { AgencyKindEnum, AgencyLevelEnum, OfficeRoleEnum } from '../common/enums.ts';
import { WRITE_ERRORS } from '../common/user-errors.ts';
import { changeSetOf, patchOf, ProvenanceInput, recordIdOf, versionedRecordFields, writeType } from '../common/write-inputs.ts';
import { AgencyRef, PersonRef, PositionRef } from './agency.ts';

// Who is responsible: agencies of an area (an editor of the area), people (any writer:
// a person belongs to no area) and the offices they hold (an editor of the agency's area).

const AgencyWrite = writeType('AgencyWrite', 'An agency as created, and the change that recorded it.', 'agency', AgencyRef, 'The agency.');
const PersonWrite = writeType('PersonWrite', 'A person as created, and the change that recorded it.', 'person', PersonRef, 'The person.');
const PositionWrite = writeType('PositionWrite', 'An office as recorded, and the change that recorded it.', 'position', PositionRef, 'The office.');

const CreateAgencyInput = builder.inputType('CreateAgencyInput', {
  description: 'An organisation of an area: a committee, council or department.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'A stable code, e.g. `so-khdt-bac-kan`.' }),
    kind: t.field({ type: AgencyKindEnum, required: true, description: 'What kind of organisation.' }),
    level: t.field({ type: AgencyLevelEnum, required: true, description: 'The level it works at.' }),
    nameVi: t.string({ required: true, description: 'Its name in Vietnamese.' }),
    nameEn: t.string({ description: 'Its name in English.' }),
    abbreviation: t.string({ description: 'Its abbreviation (UBND, HĐND), when it has one.' }),
    area: t.string({ required: true, description: 'The area’s code.' }),
    parent: t.string({ description: 'The code of the agency it belongs to.' }),
    validFrom: t.field({ type: 'Date', description: 'Since when it exists, when known.' }),
    validTo: t.field({ type: 'Date', description: 'Until when it existed, when it no longer does.' }),
    reason: t.string({ description: 'Why, when worth saying; kept in the audit trail.' }),
  }),
});

const CreatePersonInput = builder.inputType('CreatePersonInput', {
  description: 'A person who holds or held offices.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'A stable code, e.g. `nguyen-van-a`.' }),
    fullName: t.string({ required: true, description: 'The full name, as sources write it.' }),
    reason: t.string({ description: 'Why, when worth saying; kept in the audit trail.' }),
  }),
});

const CreatePositionInput = builder.inputType('CreatePositionInput', {
  description: 'An office a person holds in an agency, as a source shows it on a date.',
  fields: (t) => ({
    person: t.string({ required: true, description: 'The person’s code.' }),
    agency: t.string({ required: true, description: 'The agency’s code.' }),
    role: t.field({ type: OfficeRoleEnum, required: true, description: 'The office’s role in its agency.' }),
    titleVi: t.string({ required: true, description: 'The title, in Vietnamese (Chủ tịch UBND tỉnh).' }),
    titleEn: t.string({ description: 'The same in English.' }),
    startDate: t.field({ type: 'Date', description: 'Since when, when known.' }),
    endDate: t.field({ type: 'Date', description: 'Until when, when it ended.' }),
    attestedOn: t.field({ type: 'Date', required: true, description: 'The date the source shows the person in the office.' }),
    provenance: t.field({ type: ProvenanceInput, required: true, description: 'The source and the exact passage that show it.' }),
    reason: t.string({ description: 'Why, when worth saying; kept in the audit trail.' }),
  }),
});

builder.mutationFields((t) => ({
  createAgency: t.field({
    type: AgencyWrite,
    description: 'Creates an agency of an area. DUPLICATE when the code is taken.',
    args: { input: t.arg({ type: CreateAgencyInput, required: true, description: 'The agency.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({ areas: await areasTouched(ctx.prisma, { areas: [input.area], agencies: [input.parent] }) }),
    resolve: (_root, { input }, ctx) =>
      createAgency(
        ctx,
        changeSetOf(ctx),
        {
          code: input.code,
          kind: input.kind,
          level: input.level,
          nameVi: input.nameVi,
          nameEn: input.nameEn ?? null,
          abbreviation: input.abbreviation ?? null,
          area: input.area,
          parent: input.parent ?? null,
          validFrom: input.validFrom ?? null,
          validTo: input.validTo ?? null,
        },
        input.reason ?? null,
      ),
  }),
  createPerson: t.field({
    type: PersonWrite,
    description: 'Creates a person. DUPLICATE when the code is taken.',
    args: { input: t.arg({ type: CreatePersonInput, required: true, description: 'The person.' }) },
    errors: WRITE_ERRORS,
    authScopes: { signedIn: true },
    resolve: (_root, { input }, ctx) => createPerson(ctx, changeSetOf(ctx), { code: input.code, fullName: input.fullName }, input.reason ?? null),
  }),
  createPosition: t.field({
    type: PositionWrite,
    description: 'Records an office a person holds in an agency, quoted from a source.',
    args: { input: t.arg({ type: CreatePositionInput, required: true, description: 'The office.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({ areas: await areasTouched(ctx.prisma, { agencies: [input.agency] }) }),
    resolve: (_root, { input }, ctx) =>
      createPosition(
        ctx,
        changeSetOf(ctx),
        {
          person: input.person,
          agency: input.agency,
          role: input.role,
          titleVi: input.titleVi,
          titleEn: input.titleEn ?? null,
          startDate: input.startDate ?? null,
          endDate: input.endDate ?? null,
          attestedOn: input.attestedOn,
          provenance: input.provenance,
        },
        input.reason ?? null,
      ),
  }),
}));

for (const model of ['Agency', 'Person'] as const) {
  builder.prismaObjectField(model, 'version', (t) => t.exposeInt('version', { description: 'Its version: name it in a correction; a stale one is refused with CONFLICT.' }));
}

const UpdateAgencyInput = builder.inputType('UpdateAgencyInput', {
  description: 'A correction of an agency: the fields given replace the agency’s (null clears an optional one). Its area stays.',
  fields: (t) => ({
    ...versionedRecordFields(t, 'agency'),
    kind: t.field({ type: AgencyKindEnum, description: 'What kind of organisation.' }),
    level: t.field({ type: AgencyLevelEnum, description: 'The level it works at.' }),
    nameVi: t.string({ description: 'Its name in Vietnamese.' }),
    nameEn: t.string({ description: 'Its name in English.' }),
    abbreviation: t.string({ description: 'Its abbreviation.' }),
    parent: t.string({ description: 'The code of the agency it belongs to.' }),
    validFrom: t.field({ type: 'Date', description: 'Since when it exists.' }),
    validTo: t.field({ type: 'Date', description: 'Until when it existed.' }),
  }),
});

const UpdatePersonInput = builder.inputType('UpdatePersonInput', {
  description: 'A correction of a person’s name (admins: a person is every area’s).',
  fields: (t) => ({
    ...versionedRecordFields(t, 'person'),
    fullName: t.string({ required: true, description: 'The full name, as sources write it.' }),
  }),
});

builder.mutationFields((t) => ({
  updateAgency: t.field({
    type: AgencyWrite,
    description: 'Corrects an agency of an area (a national one: admins only).',
    args: { input: t.arg({ type: UpdateAgencyInput, required: true, description: 'The correction.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({
      areas: await areasTouched(ctx.prisma, { record: { model: 'Agency', id: recordIdOf(input.id, 'Agency') }, agencies: [input.parent] }),
    }),
    resolve: (_root, { input }, ctx) =>
      updateAgency(ctx, changeSetOf(ctx), recordIdOf(input.id, 'Agency'), input.version, patchOf(input, ['kind', 'level', 'nameVi', 'nameEn', 'abbreviation', 'parent', 'validFrom', 'validTo']), input.reason),
  }),
  updatePerson: t.field({
    type: PersonWrite,
    description: 'Corrects a person’s name (admins only).',
    args: { input: t.arg({ type: UpdatePersonInput, required: true, description: 'The correction.' }) },
    errors: WRITE_ERRORS,
    authScopes: { admin: true },
    resolve: (_root, { input }, ctx) => updatePerson(ctx, changeSetOf(ctx), recordIdOf(input.id, 'Person'), input.version, input.fullName, input.reason),
  }),
}));

const UpdatePositionInput = builder.inputType('UpdatePositionInput', {
  description: 'A correction of an office: the fields given replace the office’s (null clears an optional one). Its person and agency stay: another is another office.',
  fields: (t) => ({
    ...versionedRecordFields(t, 'office'),
    role: t.field({ type: OfficeRoleEnum, description: 'The office’s role in its agency.' }),
    titleVi: t.string({ description: 'The title, in Vietnamese.' }),
    titleEn: t.string({ description: 'The same in English.' }),
    startDate: t.field({ type: 'Date', description: 'Since when.' }),
    endDate: t.field({ type: 'Date', description: 'Until when: the date it ended.' }),
    attestedOn: t.field({ type: 'Date', description: 'The date the source shows the person in the office.' }),
    provenance: t.field({ type: ProvenanceInput, description: 'A passage that shows it better, replacing the one recorded.' }),
  }),
});

builder.mutationField('updatePosition', (t) =>
  t.field({
    type: PositionWrite,
    description: 'Corrects an office a person holds (an editor of the agency’s area; a national agency’s: admins), e.g. the date it ended.',
    args: { input: t.arg({ type: UpdatePositionInput, required: true, description: 'The correction.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({ areas: await areasTouched(ctx.prisma, { record: { model: 'Position', id: recordIdOf(input.id, 'Position') } }) }),
    resolve: (_root, { input }, ctx) =>
      updatePosition(ctx, changeSetOf(ctx), recordIdOf(input.id, 'Position'), input.version, patchOf(input, ['role', 'titleVi', 'titleEn', 'startDate', 'endDate', 'attestedOn', 'provenance']), input.reason),
  }),
);
