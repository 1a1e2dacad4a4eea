import type { Context } from '../../context.ts';
import type { ReferenceModel } from '../../reference-data.ts';

// The one way to write a field that names a row of a reference table (unit, period,
// sector, plan, source, agency): resolved from the request's reference snapshot, in
// memory, with no statement (reference-data.ts). See "How a relation loads" in the README.

/** A field whose parent holds the referenced row's ID in `key`. */
export function referenceField<T, M extends ReferenceModel, K extends string>(type: T, model: M, key: K, description: string) {
  return {
    type,
    description,
    resolve: (parent: { [P in K]: number }, _args: object, ctx: Context) => ctx.reference.get(model, parent[key]),
  };
}

/** A nullable reference field: null where the parent's `key` is null. */
export function optionalReferenceField<T, M extends ReferenceModel, K extends string>(type: T, model: M, key: K, description: string) {
  return {
    type,
    nullable: true as const,
    description,
    resolve: (parent: { [P in K]: number | null }, _args: object, ctx: Context) => {
      const id = parent[key];
      return id == null ? null : ctx.reference.get(model, id);
    },
  };
}
