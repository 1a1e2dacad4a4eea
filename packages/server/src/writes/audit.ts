import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/principal.ts';
import type { ChangeEvent, ChangeFeed } from '../live/feed.ts';
import type { Tx } from './transaction.ts';

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

/** A record as JSON: dates as ISO strings, so `before`/`after` read the same on both databases. */
export function snapshot(row: object): string {
  return JSON.stringify(row, (_k, v: unknown) => (v instanceof Date ? v.toISOString() : v));
}

export class ChangeSet {
  readonly id = randomUUID();
  /** Changes recorded in the transaction under way, announced only once it commits. */
  #pending: Array<Omit<ChangeEvent, 'epoch'>> = [];

  constructor(
    readonly principal: Principal,
    private readonly feed: { publish: ChangeFeed['publish']; epoch(): Promise<string> } | null = null,
  ) {}

  /** A transaction is (re)starting: what an earlier attempt recorded was rolled back. */
  begin(): void {
    this.#pending = [];
  }

  /** The transaction committed: its changes go to the live feed. */
  async committed(): Promise<void> {
    const events = this.#pending;
    this.#pending = [];
    if (!this.feed || events.length === 0) return;
    const epoch = await this.feed.epoch();
    for (const event of events) this.feed.publish({ epoch, ...event });
  }

  async record(tx: Tx, change: ChangeInput): Promise<number> {
    const row = await tx.change.create({
      data: {
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
      },
      select: { id: true },
    });
    this.#pending.push({ changeId: row.id, model: change.model, recordId: change.recordId, areaId: change.areaId, planId: change.planId ?? null });
    return row.id;
  }
}
