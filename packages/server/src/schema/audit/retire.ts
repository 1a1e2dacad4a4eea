import { areasTouched } from '../../writes/scope.ts';
import { builder } from '../../builder.ts';
import { ErrorCode, userError } from '../../errors.ts';
import { NOUN, RETIRABLE, type RetirableModel, retireRecord } from '../../writes/retirement.ts';
import { WRITE_ERRORS } from '../common/user-errors.ts';
import { changeSetOf, versionedRecordFields } from '../common/write-inputs.ts';
import type { GlobalIdArg } from '../common/lookup.ts';
import { ChangeRef } from './change.ts';

// Retiring by global ID the records that retire alike (writes/retirement.ts): assessments,
// offices (positions) and events, and what facts hang on: sources, plans, indicator
// definitions, series, agencies and people. Targets, results, solutions, links and
// assignments have retire mutations of their own, beside their other writes.


for (const model of RETIRABLE) {
  const noun = NOUN[model];
  builder.prismaObjectField(model, 'retiredAt', (t) =>
    t.expose('retiredAt', { type: 'DateTime', nullable: true, description: `When the ${noun} was retired: it stays readable and in the audit trail, and leaves every list. Null while in use.` }),
  );
}
for (const model of ['Assessment', 'Position', 'Event'] as const) {
  builder.prismaObjectField(model, 'version', (t) => t.exposeInt('version', { description: `The ${NOUN[model]}’s version: name it to correct or retire it; a stale one is refused with CONFLICT.` }));
}

/** Records of no area (shared by every province): only admins retire them. */
const SHARED = ['Source', 'IndicatorDefinition', 'Person'] as const;
const isShared = (model: RetirableModel): model is (typeof SHARED)[number] => (SHARED as readonly string[]).includes(model);

function modelOf(id: GlobalIdArg): RetirableModel {
  if (!(RETIRABLE as readonly string[]).includes(id.typename)) {
    throw userError(ErrorCode.INVALID_ID, `input.id: names a ${id.typename}; retireRecord retires ${RETIRABLE.join(', ')} (other records have retire mutations of their own).`, { argument: 'input.id' });
  }
  return id.typename as RetirableModel;
}

const RetireRecordInput = builder.inputType('RetireRecordInput', {
  description: 'A record to retire: an assessment, an office, an event, a source, a plan, an indicator definition, a series, an agency or a person.',
  fields: (t) => ({
    ...versionedRecordFields(t, 'record'),
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
    description:
      'Retires an assessment, an office (position), an event, a source, a plan, an indicator definition, a series, an agency or a person: it stays readable and in the audit trail, and leaves every list. RECORD_IN_USE while live records depend on it (they are named). Sources, definitions and people are every province’s: admins only.',
    args: { input: t.arg({ type: RetireRecordInput, required: true, description: 'The record and why.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => {
      const model = modelOf(input.id);
      if (isShared(model)) return { admin: true };
      return { areas: await areasTouched(ctx.prisma, { record: { model, id: Number(input.id.id) } }) };
    },
    resolve: async (_root, { input }, ctx) => {
      const written = await retireRecord(ctx, changeSetOf(ctx), modelOf(input.id), Number(input.id.id), input.version, input.reason);
      return { changeId: written.changeId };
    },
  }),
);
