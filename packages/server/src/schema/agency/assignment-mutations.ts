import { areasTouched } from '../../writes/scope.ts';
import { builder } from '../../builder.ts';
import { createAssignment } from '../../writes/plan-data.ts';
import { retireAssignment } from '../../writes/plan-data-changes.ts';
import { AssignmentRoleEnum } from '../common/enums.ts';
import { WRITE_ERRORS } from '../common/user-errors.ts';
import { changeSetOf, ProvenanceInput, recordIdOf, versionedRecordFields, writeType } from '../common/write-inputs.ts';
import { AssignmentRef } from './agency.ts';

// Who is responsible: an agency assigned to a solution or an indicator, within a plan or
// a period, quoted from its source. An editor of the area of everything it names.

const AssignmentWrite = writeType('AssignmentWrite', 'An assignment as made, and the change that recorded it.', 'assignment', AssignmentRef, 'The assignment.');

const CreateAssignmentInput = builder.inputType('CreateAssignmentInput', {
  description: 'An agency made responsible, for exactly one solution or indicator, within a plan or a period (at least one).',
  fields: (t) => ({
    agency: t.string({ required: true, description: 'The agency’s code: one of the area of what it is assigned to.' }),
    solution: t.string({ description: 'The solution’s code (or give `indicator`).' }),
    indicator: t.string({ description: 'The series, as `<definition>@<area>` (or give `solution`).' }),
    role: t.field({ type: AssignmentRoleEnum, required: true, description: 'Its part: lead, coordinate, implement.' }),
    plan: t.string({ description: 'The plan the responsibility is part of.' }),
    period: t.string({ description: 'The period it holds for, where it is not a plan’s.' }),
    provenance: t.field({ type: ProvenanceInput, required: true, description: 'The source and the exact passage that assign it.' }),
    reason: t.string({ description: 'Why, when worth saying; kept in the audit trail.' }),
  }),
});

builder.mutationField('createAssignment', (t) =>
  t.field({
    type: AssignmentWrite,
    description: 'Makes an agency responsible for a solution or an indicator.',
    args: { input: t.arg({ type: CreateAssignmentInput, required: true, description: 'The assignment.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({
      areas: await areasTouched(ctx.prisma, { agencies: [input.agency], solutions: [input.solution], series: [input.indicator], plans: [input.plan] }),
    }),
    resolve: (_root, { input }, ctx) =>
      createAssignment(
        ctx,
        changeSetOf(ctx),
        { agency: input.agency, solution: input.solution ?? null, indicator: input.indicator ?? null, role: input.role, plan: input.plan ?? null, period: input.period ?? null, provenance: input.provenance },
        input.reason ?? null,
      ),
  }),
);

builder.prismaObjectFields('Assignment', (t) => ({
  version: t.exposeInt('version', { description: 'The assignment’s version: name it to retire it; a stale one is refused with CONFLICT.' }),
  retiredAt: t.expose('retiredAt', { type: 'DateTime', nullable: true, description: 'When it was retired: it stays readable and in the audit trail, and leaves every list. Null while in force.' }),
}));

const RetireAssignmentInput = builder.inputType('RetireAssignmentInput', {
  description: 'An assignment to retire (the agency is no longer responsible).',
  fields: (t) => ({
    ...versionedRecordFields(t, 'assignment'),
  }),
});

builder.mutationField('retireAssignment', (t) =>
  t.field({
    type: AssignmentWrite,
    description: 'Retires an assignment: it stays readable and in the audit trail, and leaves every list.',
    args: { input: t.arg({ type: RetireAssignmentInput, required: true, description: 'The assignment and why.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({ areas: await areasTouched(ctx.prisma, { record: { model: 'Assignment', id: recordIdOf(input.id, 'Assignment') } }) }),
    resolve: (_root, { input }, ctx) => retireAssignment(ctx, changeSetOf(ctx), recordIdOf(input.id, 'Assignment'), input.version, input.reason),
  }),
);
