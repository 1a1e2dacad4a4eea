import type { z } from 'zod';
import { violationsOf } from '../rules/index.ts';

// The seed's records are checked by the shared rules (../rules), the same the databases
// enforce as CHECK constraints, so a broken rule is reported with the file, the record
// and the field before anything is written.

type Row = Record<string, unknown>;

/**
 * A zod refinement that reports every rule of `model` a record breaks. A record names
 * some fields differently from the model (`plan` for `planId`): `fields` maps the
 * model's field names to the record's, both ways.
 */
export function ruleCheck<T extends Row>(model: string, fields: Readonly<Record<string, string>> = {}) {
  return (record: T, ctx: z.RefinementCtx): void => {
    const row: Row = { ...record };
    for (const [modelField, recordField] of Object.entries(fields)) row[modelField] = record[recordField];
    for (const v of violationsOf(model, row)) ctx.addIssue({ code: 'custom', path: [fields[v.field] ?? v.field], message: v.message });
  };
}
