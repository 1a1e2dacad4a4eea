import type { ChangeSet } from './audit.ts';
import type { Tx } from './transaction.ts';

// How an import writes a record it matched by its natural key (writes/*: import…): every
// kind the same way, so running a file twice changes nothing the second time.

/** What an import did with one record, matched by its natural key. */
export type ImportAction = 'CREATE' | 'UPDATE' | 'UNCHANGED';

/** Whether `row` already holds every value of `data` (dates by instant). */
export function holds(row: object, data: Record<string, unknown>): boolean {
  return Object.entries(data).every(([k, v]) => {
    const current = (row as Record<string, unknown>)[k];
    return v instanceof Date || current instanceof Date ? (current as Date | null)?.getTime() === (v as Date | null)?.getTime() : current === v;
  });
}

type Matched = { id: number; retiredAt: Date | null; planId?: number | null };

type Model = 'Result' | 'Target' | 'Solution' | 'Agency' | 'Assignment' | 'SolutionIndicator' | 'Plan' | 'Indicator' | 'Person' | 'Position' | 'Event' | 'EventParticipant' | 'IndicatorDefinition';

export interface Match<R extends Matched> {
  model: Model;
  delegate: { create(args: { data: never }): Promise<R>; update(args: { where: { id: number }; data: never }): Promise<R> };
  /** The record found by the natural key, if any (a retired one is brought back). */
  existing: R | null;
  /** The record's columns from the row. */
  data: Record<string, unknown>;
  /** The area the change is of, for the audit trail and its subscribers. */
  areaId: number | null;
  /** The plan the change is of, for a record without a plan column of its own. */
  planId?: number | null;
  /** Whether the model counts versions (an event's participants do not). */
  versioned?: boolean;
  why: string;
  /** The record's columns the file does not fill: an existing record keeps them. */
  keep: ReadonlySet<string>;
}

/**
 * Writes a record an import matched by its natural key (or found none for): created, or
 * brought back and updated, or left alone when it holds the row's values already. What the
 * file has no column for (`keep`) stays as recorded. The change goes to the import's set.
 */
export async function writeMatched<R extends Matched>(tx: Tx, set: ChangeSet, m: Match<R>): Promise<{ action: ImportAction; id: number }> {
  const { existing, data } = m;
  if (existing) for (const k of m.keep) data[k] = existing[k as keyof R];
  if (existing && !existing.retiredAt && holds(existing, data)) return { action: 'UNCHANGED', id: existing.id };
  const record = existing
    ? await m.delegate.update({ where: { id: existing.id }, data: { ...data, retiredAt: null, ...(m.versioned === false ? {} : { version: { increment: 1 } }) } as never })
    : await m.delegate.create({ data: data as never });
  const planId = m.planId ?? record.planId ?? (m.model === 'Plan' ? record.id : null);
  await set.record(tx, { operation: existing ? 'UPDATE' : 'CREATE', model: m.model, recordId: record.id, areaId: m.areaId, planId, before: existing, after: record, reason: m.why });
  return { action: existing ? 'UPDATE' : 'CREATE', id: record.id };
}
