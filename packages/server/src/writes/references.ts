import type { z } from 'zod';
import { type InputIssue, InvalidInputError, RecordRetiredError, ReferenceNotFoundError } from './user-errors.ts';
import type { Tx } from './transaction.ts';

// What a write's input names, looked up inside its transaction (never from a cache: a
// write must see what is committed now). Each miss is REFERENCE_NOT_FOUND for its field.

/** The issues of a failed zod parse, as input fields (`fields` renames record fields to input paths). */
export function issuesOf(error: z.ZodError, fields: Readonly<Record<string, string>> = {}): InputIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    const head = fields[path[0] ?? ''] ?? path[0];
    return { field: [head, ...path.slice(1)].filter(Boolean).join('.') || 'input', message: issue.message };
  });
}

/** The record, parsed by the same schema the seed uses, or INVALID_INPUT with every issue. */
export function parseRecord<S extends z.ZodType>(schema: S, record: unknown, fields: Readonly<Record<string, string>> = {}): z.output<S> {
  const parsed = schema.safeParse(record);
  if (!parsed.success) throw new InvalidInputError(issuesOf(parsed.error, fields));
  return parsed.data;
}

export interface Series {
  id: number;
  areaId: number;
  areaKey: string;
  definitionKey: string;
  dimension: string;
}

/** A record a write names, refused when retired (RECORD_RETIRED on `field`): new facts name only records in use. */
export function inUse<T extends { retiredAt: Date | null }>(row: T, field: string, key: string): T {
  if (row.retiredAt) throw new RecordRetiredError(key, field);
  return row;
}

export async function seriesOf(tx: Tx, ref: string, field: string): Promise<Series> {
  const [definition, area] = ref.split('@') as [string, string];
  const row = await tx.indicator.findFirst({
    where: { definition: { key: definition }, area: { key: area } },
    select: { id: true, areaId: true, retiredAt: true, area: { select: { key: true } }, definition: { select: { key: true, dimension: true } } },
  });
  if (!row) throw new ReferenceNotFoundError(field, ref, 'Name a series as <definition>@<area>, as `indicator(area:, code:)` finds it.');
  inUse(row, field, ref);
  return { id: row.id, areaId: row.areaId, areaKey: row.area.key, definitionKey: row.definition.key, dimension: row.definition.dimension };
}

export async function periodOf(tx: Tx, key: string, field: string) {
  const row = await tx.period.findUnique({ where: { key } });
  if (!row) throw new ReferenceNotFoundError(field, key, 'Periods are coded like `2024`, `2024-h1`, `2021-2025`.');
  return row;
}

export async function unitOf(tx: Tx, key: string, field: string, dimension: string) {
  const row = await tx.unit.findUnique({ where: { key } });
  if (!row) throw new ReferenceNotFoundError(field, key, 'List unit codes with `units { code }`.');
  if (row.dimension !== dimension) {
    throw new InvalidInputError([{ field, message: `"${key}" measures ${row.dimension}, and the indicator measures ${dimension}: give a unit of ${dimension}.` }]);
  }
  return row;
}

export async function planOf(tx: Tx, key: string, field: string, areaId: number) {
  const row = await tx.plan.findUnique({ where: { key }, select: { id: true, areaId: true, periodId: true, key: true, retiredAt: true } });
  if (!row) throw new ReferenceNotFoundError(field, key, 'List plan codes with `plans { edges { node { code } } }`.');
  inUse(row, field, key);
  if (row.areaId !== areaId) throw new InvalidInputError([{ field, message: `plan "${key}" is another area's: a series' targets and results belong to plans of its own area.` }]);
  return row;
}
