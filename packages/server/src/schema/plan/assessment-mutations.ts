import { areasTouched } from '../../writes/scope.ts';
import { builder } from '../../builder.ts';
import { createAssessment } from '../../writes/context-data.ts';
import { updateAssessment } from '../../writes/context-changes.ts';
import { AssessmentKindEnum, ReliabilityEnum } from '../common/enums.ts';
import { WRITE_ERRORS } from '../common/user-errors.ts';
import { changeSetOf, patchOf, ProvenanceInput, recordIdOf, versionedRecordFields, writeType } from '../common/write-inputs.ts';
import { AssessmentRef } from './assessment.ts';

// A source's own judgement of a plan ("23 of 26 main indicators met"): an editor of the plan's area.

const AssessmentWrite = writeType('AssessmentWrite', 'An assessment as recorded, and the change that recorded it.', 'assessment', AssessmentRef, 'The assessment.');

const CreateAssessmentInput = builder.inputType('CreateAssessmentInput', {
  description: 'What a source states about a plan as a whole.',
  fields: (t) => ({
    plan: t.string({ required: true, description: 'The plan’s code.' }),
    kind: t.field({ type: AssessmentKindEnum, required: true, description: 'What it says.' }),
    count: t.int({ description: 'The count it states (23 met); required but for QUALITATIVE.' }),
    outOf: t.int({ description: 'Out of how many (26), when stated.' }),
    statementVi: t.string({ required: true, description: 'The statement, in Vietnamese.' }),
    statementEn: t.string({ description: 'The same in English.' }),
    reliability: t.field({ type: ReliabilityEnum, required: true, description: 'How settled it is.' }),
    provenance: t.field({ type: ProvenanceInput, required: true, description: 'The source and the exact passage that state it.' }),
    reason: t.string({ description: 'Why, when worth saying; kept in the audit trail.' }),
  }),
});

builder.mutationField('createAssessment', (t) =>
  t.field({
    type: AssessmentWrite,
    description: 'Records what a source states about a plan as a whole. DUPLICATE when that passage’s assessment of that kind is recorded already.',
    args: { input: t.arg({ type: CreateAssessmentInput, required: true, description: 'The assessment.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({ areas: await areasTouched(ctx.prisma, { plans: [input.plan] }) }),
    resolve: (_root, { input }, ctx) =>
      createAssessment(
        ctx,
        changeSetOf(ctx),
        { plan: input.plan, kind: input.kind, count: input.count ?? null, outOf: input.outOf ?? null, statementVi: input.statementVi, statementEn: input.statementEn ?? null, reliability: input.reliability, provenance: input.provenance },
        input.reason ?? null,
      ),
  }),
);

const UpdateAssessmentInput = builder.inputType('UpdateAssessmentInput', {
  description: 'A correction of an assessment: the fields given replace the assessment’s (null clears an optional one). Its plan stays.',
  fields: (t) => ({
    ...versionedRecordFields(t, 'assessment'),
    kind: t.field({ type: AssessmentKindEnum, description: 'What it says.' }),
    count: t.int({ description: 'The count it states; required but for QUALITATIVE.' }),
    outOf: t.int({ description: 'Out of how many, when stated.' }),
    statementVi: t.string({ description: 'The statement, in Vietnamese.' }),
    statementEn: t.string({ description: 'The same in English.' }),
    reliability: t.field({ type: ReliabilityEnum, description: 'How settled it is.' }),
    provenance: t.field({ type: ProvenanceInput, description: 'A passage that states it better, replacing the one recorded.' }),
  }),
});

builder.mutationField('updateAssessment', (t) =>
  t.field({
    type: AssessmentWrite,
    description: 'Corrects an assessment of a plan. DUPLICATE when the new kind or passage is another assessment’s.',
    args: { input: t.arg({ type: UpdateAssessmentInput, required: true, description: 'The correction.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({ areas: await areasTouched(ctx.prisma, { record: { model: 'Assessment', id: recordIdOf(input.id, 'Assessment') } }) }),
    resolve: (_root, { input }, ctx) =>
      updateAssessment(
        ctx,
        changeSetOf(ctx),
        recordIdOf(input.id, 'Assessment'),
        input.version,
        patchOf(input, ['kind', 'count', 'outOf', 'statementVi', 'statementEn', 'reliability', 'provenance']),
        input.reason,
      ),
  }),
);
