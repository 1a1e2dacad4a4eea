import { builder } from '../../builder.ts';
import { ErrorCode, userError } from '../../errors.ts';
import { encodeGlobalId } from '../../global-id.ts';
import { ChangeSet } from '../../writes/audit.ts';
import type { Context } from '../../context.ts';
import type { GlobalIdArg } from './lookup.ts';
import type { Written } from '../../writes/results.ts';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

// What every mutation's input shares: the provenance of the fact, the record's ID and
// version, the reason; and the change set a mutation's changes are recorded under.

export const ProvenanceInput = builder.inputType('ProvenanceInput', {
  description: 'Where a fact comes from: a source PlanHub holds, and the exact passage of its text that states the fact.',
  fields: (t) => ({
    source: t.string({ required: true, description: 'The source’s code (`sources { code }`); its text must be on file.' }),
    quote: t.string({
      required: true,
      description: 'The passage, copied from the source (white space and Unicode normalisation may differ; nothing else). It is found in the text and stored verbatim with its offsets; one that is not there is QUOTE_NOT_IN_SOURCE.',
    }),
  }),
});

/** The record a correction or retirement names, the version it read, and why: every such input's first fields. */
export function versionedRecordFields(t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>, noun: string) {
  return {
    id: t.globalID({ required: true, description: `The ID of the ${noun}.` }),
    version: t.int({ required: true, description: `The ${noun}’s version as read (its \`version\` field): a stale one is refused with CONFLICT.` }),
    reason: t.string({ required: true, description: 'Why; kept in the audit trail.' }),
  };
}

/** The numeric ID of a global ID naming a `typename`: INVALID_ID when it names another kind. */
export function recordIdOf(id: GlobalIdArg, typename: string, argument = 'input.id'): number {
  if (id.typename !== typename) {
    throw userError(ErrorCode.INVALID_ID, `${argument}: expects the ID of a ${typename}; "${encodeGlobalId(id.typename, id.id)}" is the ID of a ${id.typename}.`, { argument });
  }
  return Number(id.id);
}

/** The change set of this request's writes, under its principal (present: the field's scopes passed). */
export function changeSetOf(ctx: Context): ChangeSet {
  return new ChangeSet(ctx.principal!, ctx.feed);
}

/** Only the fields the input gives: absent ones are left as they are, null ones cleared. */
export function patchOf<T extends object>(input: Record<string, unknown>, fields: ReadonlyArray<keyof T & string>): Partial<T> {
  const patch: Record<string, unknown> = {};
  for (const f of fields) if (input[f] !== undefined) patch[f] = input[f];
  return patch as Partial<T>;
}

/** The `change` field of every write's success type: the audit-trail entry the write made. */
function changeField(t: PothosSchemaTypes.ObjectFieldBuilder<Types, { changeId: number }>) {
  return t.prismaField({
    type: 'Change',
    description: 'The audit-trail entry of this write.',
    resolve: (query, w, _args, ctx) => ctx.prisma.change.findUniqueOrThrow({ ...query, where: { id: w.changeId } }),
  });
}

/** A write's success type: the record as written (`field`) and its audit-trail `change`. */
export function writeType<T extends object>(name: string, description: string, field: string, type: PothosSchemaTypes.ObjectRef<Types, T> | PothosSchemaTypes.ObjectRef<Types, T | null>, recordDescription: string) {
  return builder.objectRef<Written<T>>(name).implement({
    description,
    fields: (t) => ({
      [field]: t.field({ type: type as PothosSchemaTypes.ObjectRef<Types, object>, description: recordDescription, resolve: (w) => w.record as never }),
      change: changeField(t),
    }),
  });
}
