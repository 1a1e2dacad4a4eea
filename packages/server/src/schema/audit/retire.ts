import { areasTouched } from '../../writes/scope.ts';
import { builder } from '../../builder.ts';
import { ErrorCode, userError } from '../../errors.ts';
import { type RetirableContext, retireContextRecord } from '../../writes/context-data.ts';
import { WRITE_ERRORS } from '../common/user-errors.ts';
import { changeSetOf } from '../common/write-inputs.ts';
import type { GlobalIdArg } from '../common/lookup.ts';
import { ChangeRef } from './change.ts';

// Retiring an assessment, an office (position) or an event, by its global ID: one
// mutation for the three, since they retire alike. (Targets, results, solutions, links
// and assignments have mutations of their own, beside their other writes.)

const RETIRABLE = ['Assessment', 'Position', 'Event'] as const;

for (const model of RETIRABLE) {
  const noun = model === 'Position' ? 'office' : model.toLowerCase();
  builder.prismaObjectFields(model, (t) => ({
    version: t.exposeInt('version', { description: `The ${noun}’s version: name it to retire it; a stale one is refused with CONFLICT.` }),
    retiredAt: t.expose('retiredAt', { type: 'DateTime', nullable: true, description: `When the ${noun} was retired: it stays readable and in the audit trail, and leaves every list. Null while in use.` }),
  }));
}

function modelOf(id: GlobalIdArg): RetirableContext {
  if (!(RETIRABLE as readonly string[]).includes(id.typename)) {
    throw userError(ErrorCode.INVALID_ID, `input.id: names a ${id.typename}; retireRecord retires an Assessment, a Position or an Event (other records have retire mutations of their own).`, { argument: 'input.id' });
  }
  return id.typename as RetirableContext;
}

const RetireRecordInput = builder.inputType('RetireRecordInput', {
  description: 'An assessment, an office or an event to retire.',
  fields: (t) => ({
    id: t.globalID({ required: true, description: 'Its global ID.' }),
    version: t.int({ required: true, description: 'The version read: a stale one is refused with CONFLICT.' }),
    reason: t.string({ required: true, description: 'Why; kept in the audit trail.' }),
  }),
});

const RecordRetired = builder.objectRef<{ changeId: number }>('RecordRetired').implement({
  description: 'A record retired, and the change that recorded it (the record itself is in `change.after`, and stays readable by `node`).',
  fields: (t) => ({
    change: t.field({ type: ChangeRef, description: 'The audit-trail entry of this write.', resolve: (w, _args, ctx) => ctx.prisma.change.findUniqueOrThrow({ where: { id: w.changeId } }) }),
  }),
});

builder.mutationField('retireRecord', (t) =>
  t.field({
    type: RecordRetired,
    description: 'Retires an assessment, an office (position) or an event: it stays readable and in the audit trail, and leaves every list.',
    args: { input: t.arg({ type: RetireRecordInput, required: true, description: 'The record and why.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({ areas: await areasTouched(ctx.prisma, { record: { model: modelOf(input.id), id: Number(input.id.id) } }) }),
    resolve: async (_root, { input }, ctx) => {
      const written = await retireContextRecord(ctx, changeSetOf(ctx), modelOf(input.id), Number(input.id.id), input.version, input.reason);
      return { changeId: written.changeId };
    },
  }),
);
