import { areasTouched } from '../../writes/scope.ts';
import { builder } from '../../builder.ts';
import { createPlan } from '../../writes/plan-data.ts';
import { updatePlan } from '../../writes/plan-data-changes.ts';
import { PlanKindEnum } from '../common/enums.ts';
import { WRITE_ERRORS } from '../common/user-errors.ts';
import { changeSetOf, recordIdOf, versionedRecordFields, writeType } from '../common/write-inputs.ts';
import { PlanRef } from './plan.ts';

// Creating a plan: an editor of its area (and the areas within it) may.

const PlanWrite = writeType('PlanWrite', 'A plan as created, and the change that recorded it.', 'plan', PlanRef, 'The plan.');

const CreatePlanInput = builder.inputType('CreatePlanInput', {
  description: 'A plan of an area for a period: its targets, results and solutions are written against it.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'A stable code: lower-case letters and digits joined by hyphens, e.g. `thai-nguyen-ktxh-2025`.' }),
    kind: t.field({ type: PlanKindEnum, required: true, description: 'Yearly, five-year, or master plan.' }),
    area: t.string({ required: true, description: 'The area’s code; the plan’s level is the area’s.' }),
    period: t.string({ required: true, description: 'The period’s code: `2025`, `2026-2030`.' }),
    titleVi: t.string({ required: true, description: 'Its title in Vietnamese.' }),
    titleEn: t.string({ description: 'Its title in English.' }),
    parent: t.string({ description: 'The code of the plan it implements (a yearly plan of a five-year plan), of the same area.' }),
    reason: t.string({ description: 'Why, when worth saying; kept in the audit trail.' }),
  }),
});

builder.mutationField('createPlan', (t) =>
  t.field({
    type: PlanWrite,
    description: 'Creates a plan of an area. DUPLICATE when the code is taken.',
    args: { input: t.arg({ type: CreatePlanInput, required: true, description: 'The plan.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({ areas: await areasTouched(ctx.prisma, { areas: [input.area] }) }),
    resolve: (_root, { input }, ctx) =>
      createPlan(ctx, changeSetOf(ctx), { code: input.code, kind: input.kind, area: input.area, period: input.period, titleVi: input.titleVi, titleEn: input.titleEn ?? null, parent: input.parent ?? null }, input.reason ?? null),
  }),
);

const UpdatePlanInput = builder.inputType('UpdatePlanInput', {
  description: 'A correction of a plan’s titles: the fields given replace the plan’s.',
  fields: (t) => ({
    ...versionedRecordFields(t, 'plan'),
    titleVi: t.string({ description: 'Its title in Vietnamese.' }),
    titleEn: t.string({ description: 'Its title in English (null clears it).' }),
  }),
});

builder.prismaObjectField('Plan', 'version', (t) => t.exposeInt('version', { description: 'The plan’s version: name it in an update; a stale one is refused with CONFLICT.' }));

builder.mutationField('updatePlan', (t) =>
  t.field({
    type: PlanWrite,
    description: 'Corrects a plan’s titles.',
    args: { input: t.arg({ type: UpdatePlanInput, required: true, description: 'The correction.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({ areas: await areasTouched(ctx.prisma, { record: { model: 'Plan', id: recordIdOf(input.id, 'Plan') } }) }),
    resolve: (_root, { input }, ctx) =>
      updatePlan(ctx, changeSetOf(ctx), recordIdOf(input.id, 'Plan'), input.version, { ...(input.titleVi != null ? { titleVi: input.titleVi } : {}), ...(input.titleEn !== undefined ? { titleEn: input.titleEn } : {}) }, input.reason),
  }),
);
