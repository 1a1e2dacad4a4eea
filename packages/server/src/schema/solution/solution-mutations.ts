import { areasTouched } from '../../writes/scope.ts';
import { builder } from '../../builder.ts';
import { createSolution, linkSolution } from '../../writes/plan-data.ts';
import { retireSolution, unlinkSolution, updateSolution } from '../../writes/plan-data-changes.ts';
import { LinkBasisEnum, SolutionKindEnum } from '../common/enums.ts';
import { WRITE_ERRORS } from '../common/user-errors.ts';
import { changeSetOf, patchOf, ProvenanceInput, recordIdOf, versionedRecordFields, writeType } from '../common/write-inputs.ts';
import { SolutionLinkRef, SolutionRef } from './solution.ts';

// Solutions of a plan, quoted from their source, and their links to the indicators they
// bear on: an editor of the plan's area.

const SolutionWrite = writeType('SolutionWrite', 'A solution as created, and the change that recorded it.', 'solution', SolutionRef, 'The solution.');
const LinkWrite = writeType('SolutionLinkWrite', 'A link as made, and the change that recorded it.', 'link', SolutionLinkRef, 'The link.');

const CreateSolutionInput = builder.inputType('CreateSolutionInput', {
  description: 'A solution or directive a plan sets out, quoted from its source.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'A stable code: lower-case letters and digits joined by hyphens.' }),
    kind: t.field({ type: SolutionKindEnum, required: true, description: 'A measure, or a leader’s directive.' }),
    textVi: t.string({ required: true, description: 'What will be done, in Vietnamese.' }),
    textEn: t.string({ description: 'The same in English.' }),
    sector: t.string({ description: 'The sector’s code, when it belongs to one.' }),
    plan: t.string({ required: true, description: 'The plan’s code.' }),
    position: t.int({ required: true, description: 'Its order within the source passage (1 first).' }),
    event: t.string({ description: 'The code of the event that set it out (a conference), when the source names one: an event of the plan’s area.' }),
    issuedBy: t.string({ description: 'The code of the person who issued a directive, when the source names them.' }),
    provenance: t.field({ type: ProvenanceInput, required: true, description: 'The source and the exact passage that state it.' }),
    reason: t.string({ description: 'Why, when worth saying; kept in the audit trail.' }),
  }),
});

const LinkSolutionInput = builder.inputType('LinkSolutionInput', {
  description: 'A solution tied to an indicator it bears on.',
  fields: (t) => ({
    solution: t.string({ required: true, description: 'The solution’s code.' }),
    indicator: t.string({ required: true, description: 'The series, as `<definition>@<area>`: its plan’s area’s.' }),
    basis: t.field({ type: LinkBasisEnum, required: true, description: 'SOURCE_STATED when the source ties them; EDITORIAL when an editor does.' }),
    rationale: t.string({ required: true, description: 'Why they are linked, in one sentence a reader can weigh (required for every link, and the only basis of an editorial one).' }),
    reason: t.string({ description: 'Why, when worth saying; kept in the audit trail.' }),
  }),
});

builder.mutationFields((t) => ({
  createSolution: t.field({
    type: SolutionWrite,
    description: 'Adds a solution to a plan. DUPLICATE when the code is taken.',
    args: { input: t.arg({ type: CreateSolutionInput, required: true, description: 'The solution.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({ areas: await areasTouched(ctx.prisma, { plans: [input.plan] }) }),
    resolve: (_root, { input }, ctx) =>
      createSolution(
        ctx,
        changeSetOf(ctx),
        { code: input.code, kind: input.kind, textVi: input.textVi, textEn: input.textEn ?? null, sector: input.sector ?? null, plan: input.plan, position: input.position, event: input.event ?? null, issuedBy: input.issuedBy ?? null, provenance: input.provenance },
        input.reason ?? null,
      ),
  }),
  linkSolutionToIndicator: t.field({
    type: LinkWrite,
    description: 'Links a solution to an indicator, stating the basis and why. DUPLICATE when they are linked already.',
    args: { input: t.arg({ type: LinkSolutionInput, required: true, description: 'The link.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({ areas: await areasTouched(ctx.prisma, { solutions: [input.solution], series: [input.indicator] }) }),
    resolve: (_root, { input }, ctx) => linkSolution(ctx, changeSetOf(ctx), { solution: input.solution, indicator: input.indicator, basis: input.basis, rationale: input.rationale }, input.reason ?? null),
  }),
}));

for (const model of ['Solution', 'SolutionIndicator'] as const) {
  const noun = model === 'Solution' ? 'solution' : 'link';
  builder.prismaObjectFields(model, (t) => ({
    version: t.exposeInt('version', { description: `The ${noun}’s version: name it in an update or retirement; a stale one is refused with CONFLICT.` }),
    retiredAt: t.expose('retiredAt', { type: 'DateTime', nullable: true, description: `When the ${noun} was retired: it stays readable and in the audit trail, and leaves every list. Null while in use.` }),
  }));
}

const UpdateSolutionInput = builder.inputType('UpdateSolutionInput', {
  description: 'A correction of a solution: the fields given replace the solution’s.',
  fields: (t) => ({
    ...versionedRecordFields(t, 'solution'),
    kind: t.field({ type: SolutionKindEnum, description: 'A measure, or a leader’s directive.' }),
    textVi: t.string({ description: 'What will be done, in Vietnamese.' }),
    textEn: t.string({ description: 'The same in English (null clears it).' }),
    sector: t.string({ description: 'The sector’s code (null clears it).' }),
    position: t.int({ description: 'Its order within the source passage.' }),
    provenance: t.field({ type: ProvenanceInput, description: 'The passage that states it, when it was quoted wrongly.' }),
  }),
});

const RetireSolutionInput = builder.inputType('RetireSolutionInput', {
  description: 'A solution to retire.',
  fields: (t) => ({
    ...versionedRecordFields(t, 'solution'),
  }),
});

const UnlinkSolutionInput = builder.inputType('UnlinkSolutionInput', {
  description: 'A link of a solution to an indicator, to retire.',
  fields: (t) => ({
    solution: t.string({ required: true, description: 'The solution’s code.' }),
    indicator: t.string({ required: true, description: 'The series, as `<definition>@<area>`.' }),
    version: t.int({ required: true, description: 'The link’s version read: a stale one is refused with CONFLICT.' }),
    reason: t.string({ required: true, description: 'Why; kept in the audit trail.' }),
  }),
});

builder.mutationFields((t) => ({
  updateSolution: t.field({
    type: SolutionWrite,
    description: 'Corrects a solution.',
    args: { input: t.arg({ type: UpdateSolutionInput, required: true, description: 'The correction.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({ areas: await areasTouched(ctx.prisma, { record: { model: 'Solution', id: recordIdOf(input.id, 'Solution') } }) }),
    resolve: (_root, { input }, ctx) =>
      updateSolution(ctx, changeSetOf(ctx), recordIdOf(input.id, 'Solution'), input.version, patchOf(input, ['kind', 'textVi', 'textEn', 'sector', 'position', 'provenance']), input.reason),
  }),
  retireSolution: t.field({
    type: SolutionWrite,
    description: 'Retires a solution: it stays readable (`node`, `changes`) and leaves every list and search.',
    args: { input: t.arg({ type: RetireSolutionInput, required: true, description: 'The solution and why.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({ areas: await areasTouched(ctx.prisma, { record: { model: 'Solution', id: recordIdOf(input.id, 'Solution') } }) }),
    resolve: (_root, { input }, ctx) => retireSolution(ctx, changeSetOf(ctx), recordIdOf(input.id, 'Solution'), input.version, input.reason),
  }),
  unlinkSolutionFromIndicator: t.field({
    type: LinkWrite,
    description: 'Retires a solution’s link to an indicator.',
    args: { input: t.arg({ type: UnlinkSolutionInput, required: true, description: 'The link and why.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({ areas: await areasTouched(ctx.prisma, { solutions: [input.solution], series: [input.indicator] }) }),
    resolve: (_root, { input }, ctx) => unlinkSolution(ctx, changeSetOf(ctx), { solution: input.solution, indicator: input.indicator, version: input.version }, input.reason),
  }),
}));
