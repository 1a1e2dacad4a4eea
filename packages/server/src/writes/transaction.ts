import { violationOfDatabaseError } from '@planhub/db/rules/index';
import type { Prisma } from '@planhub/db/generated/sqlite/client';
import type { Context } from '../context.ts';
import { expiredDeadline } from '../limits/deadline.ts';
import type { ChangeSet } from './audit.ts';
import { ConflictError, InvalidInputError, UserError } from './user-errors.ts';

// Every write is one transaction: it commits whole or leaves the data as it was, and the
// data version (triggers) moves on commit, so every cache on every server follows. A
// transaction that lost a race (PostgreSQL's serialization failures and deadlocks,
// SQLite's busy database, a unique key taken in between) is tried again from the start;
// a user's mistake rolls it back and is returned as a typed error.

export type Tx = Prisma.TransactionClient;

const ATTEMPTS = 4;
/** Below the default operation deadline, so a write never outlives the request that asked for it. */
const TRANSACTION_TIMEOUT_MS = 5_000;

function codeOf(error: unknown): string | undefined {
  const texts: string[] = [];
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const o = e as Record<string, unknown>;
    if (typeof o.code === 'string') texts.push(o.code);
    if (typeof o.message === 'string') texts.push(o.message);
    const meta = o.meta as Record<string, unknown> | undefined;
    e = o.cause ?? meta?.driverAdapterError;
  }
  const text = texts.join(' ');
  if (/40001|40P01|could not serialize|deadlock detected|SQLITE_BUSY|database is locked|P2034/.test(text)) return 'RETRY';
  if (/P2002|Unique constraint failed|duplicate key value/.test(text)) return 'UNIQUE';
  return undefined;
}

/**
 * Runs `write` in one transaction under the change set. `timeoutMs` is for imports, whose
 * one transaction holds a whole file; a mutation's stays under its request's deadline.
 */
export async function runWrite<T>(ctx: Pick<Context, 'prisma' | 'writer' | 'deadline'>, set: ChangeSet, write: (tx: Tx) => Promise<T>, timeoutMs = TRANSACTION_TIMEOUT_MS): Promise<T> {
  // The writer's connection, not the readers' (Database.writer).
  const prisma = ctx.writer?.() ?? ctx.prisma;
  for (let attempt = 1; ; attempt++) {
    set.begin();
    try {
      const result = await prisma.$transaction(
        async (tx) => {
          const result = await write(tx);
          // The client was told the operation stopped: nothing of it may commit.
          const expired = expiredDeadline(ctx.deadline);
          if (expired) throw expired;
          return result;
        },
        { timeout: timeoutMs, maxWait: TRANSACTION_TIMEOUT_MS },
      );
      // Announcing is best effort: the write has committed whatever the feed does.
      await set.committed().catch(() => undefined);
      return result;
    } catch (error) {
      if (error instanceof UserError) throw error;
      const violation = violationOfDatabaseError(error);
      if (violation) throw new InvalidInputError([{ field: violation.field, message: violation.message, rule: violation.rule }]);
      const code = codeOf(error);
      // A unique key taken by a concurrent writer: the next attempt's checks see it.
      if ((code === 'RETRY' || code === 'UNIQUE') && attempt < ATTEMPTS) continue;
      throw error;
    }
  }
}

/** A Prisma delegate of a model with a `version` column, as the conditional update needs it. */
export type VersionedDelegate<T> = {
  updateMany(args: { where: { id: number; version: number }; data: object }): Promise<{ count: number }>;
  findUniqueOrThrow(args: { where: { id: number } }): Promise<T & { version: number }>;
};

/**
 * Writes `data` to the record if it is still at `version` (and moves its version on);
 * CONFLICT with its version now if not. Conditional in the statement itself, so a
 * concurrent writer's commit in between makes this match nothing: two writers never both win.
 */
export async function updateAtVersion<T>(delegate: VersionedDelegate<T>, id: number, version: number, data: object): Promise<T> {
  const { count } = await delegate.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError((await delegate.findUniqueOrThrow({ where: { id } })).version, version);
  return delegate.findUniqueOrThrow({ where: { id } });
}
