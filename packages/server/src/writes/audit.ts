import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/principal.ts';
import type { ChangeEvent, ChangeFeed } from '../live/feed.ts';
import { type BulkColumn, type BulkTarget, insertRows } from './bulk-insert.ts';
import type { Tx } from './transaction.ts';
import { append } from '../collections.ts';

// The audit trail: every change written in the transaction of the write itself, with the
// record before and after (as JSON), so any record's state at any past change can be
// rebuilt from it alone. One request's (or one import's) changes share a change set.

export type Operation = 'CREATE' | 'UPDATE' | 'RETIRE';

export interface ChangeInput {
  operation: Operation;
  model: string;
  recordId: number;
  areaId: number | null;
  /** The plan the record belongs to, when it does: for `planChanged` subscribers. */
  planId?: number | null;
  before: object | null;
  after: object | null;
  reason: string | null;
}

/** A record as JSON: dates as ISO strings (their `toJSON`), so `before`/`after` read the same on both databases. */
export function snapshot(row: object): string {
  return JSON.stringify(row);
}

export class ChangeSet {
  readonly id = randomUUID();
  /** Changes recorded in the transaction under way, announced only once it commits. */
  #pending: Array<Omit<ChangeEvent, 'epoch'>> = [];
  /** An import's changes not yet written: written together, `flush`ed before its transaction commits. */
  #unwritten: Array<{ data: ChangeRow; event: Omit<ChangeEvent, 'epoch' | 'changeId'> }> = [];

  constructor(
    readonly principal: Principal,
    private readonly feed: { publish: ChangeFeed['publish']; epoch(): Promise<string> } | null = null,
    /** Write the changes in batches (`flush`, in this database's dialect), not each as it is recorded: for an import's thousands of rows. */
    private readonly batched: BulkTarget | null = null,
  ) {}

  /** A transaction is (re)starting: what an earlier attempt recorded was rolled back. */
  begin(): void {
    this.#pending = [];
    this.#unwritten = [];
  }

  /** The transaction committed: its changes go to the live feed. */
  async committed(): Promise<void> {
    const events = this.#pending;
    this.#pending = [];
    if (!this.feed || events.length === 0) return;
    const epoch = await this.feed.epoch();
    for (const event of events) this.feed.publish({ epoch, ...event });
  }

  #row(change: ChangeInput): ChangeRow {
    return {
      changeSet: this.id,
      actor: this.principal.name,
      actorKind: this.principal.kind,
      tokenId: this.principal.tokenId,
      operation: change.operation,
      model: change.model,
      recordId: change.recordId,
      areaId: change.areaId,
      before: change.before && snapshot(change.before),
      after: change.after && snapshot(change.after),
      reason: change.reason,
    };
  }

  /** Records a change in the transaction; its ID (0 while a batched set has not flushed it). */
  async record(tx: Tx, change: ChangeInput): Promise<number> {
    const event = { model: change.model, recordId: change.recordId, areaId: change.areaId, planId: change.planId ?? null };
    if (this.batched) {
      this.#unwritten.push({ data: this.#row(change), event });
      if (this.#unwritten.length >= BATCH) await this.flush(tx);
      return 0;
    }
    const row = await tx.change.create({ data: this.#row(change), select: { id: true } });
    this.#pending.push({ changeId: row.id, ...event });
    return row.id;
  }

  /** Writes the changes recorded but not yet written, many to a statement (bulk-insert.ts). */
  async flush(tx: Tx): Promise<void> {
    const batch = this.#unwritten;
    this.#unwritten = [];
    if (!batch.length || !this.batched) return;
    const at = new Date();
    const rows = await insertRows<{ id: number; model: string; recordId: number }>(
      tx,
      this.batched,
      'Change',
      CHANGE_COLUMNS,
      batch.map(({ data: d }) => [d.changeSet, at, d.actor, d.actorKind, d.tokenId, d.operation, d.model, d.recordId, d.areaId, d.before, d.after, d.reason]),
      ['id', 'model', 'recordId'],
    );
    // Matched by record, not by position (RETURNING promises no order); two changes of one record by their IDs' order, which is the order inserted.
    const ids = new Map<string, number[]>();
    for (const r of rows) append(ids, `${r.model}:${r.recordId}`, Number(r.id));
    for (const list of ids.values()) list.sort((x, y) => x - y);
    for (const c of batch) this.#pending.push({ changeId: ids.get(`${c.event.model}:${c.event.recordId}`)!.shift()!, ...c.event });
  }
}

const CHANGE_COLUMNS: readonly BulkColumn[] = [
  { name: 'changeSet' },
  { name: 'at' },
  { name: 'actor' },
  { name: 'actorKind', pgType: '"ActorKind"' },
  { name: 'tokenId' },
  { name: 'operation', pgType: '"ChangeOperation"' },
  { name: 'model' },
  { name: 'recordId' },
  { name: 'areaId' },
  { name: 'before' },
  { name: 'after' },
  { name: 'reason' },
];

const BATCH = 500;

type ChangeRow = {
  changeSet: string;
  actor: string;
  actorKind: Principal['kind'];
  tokenId: number | null;
  operation: Operation;
  model: string;
  recordId: number;
  areaId: number | null;
  before: string | null;
  after: string | null;
  reason: string | null;
};
