import type { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';

// Prisma's better-sqlite3 adapter (7.10) compiles every statement afresh:
// `client.prepare(sql).bind(args)` on each query. Prisma sends the same few dozen SQL
// texts over and over, so compiling costs more than running many of them (measured: bench/README.md). This keeps compiled statements by SQL text, as
// better-sqlite3's authors advise, behind the small surface the adapter uses: `prepare`
// then `bind(args)` and `reader`/`columns()`/`raw().all()`/`run()`, or `run()` alone.
// better-sqlite3 binds parameters permanently, so the cached statement is never bound:
// each use passes its arguments to the call instead. SQLite recompiles a cached statement
// by itself when the schema changes.

type Statement = BetterSqlite3.Statement<unknown[]>;

/** Statements kept per connection; least recently used ones are dropped beyond it. */
export const STATEMENT_CACHE_SIZE = 500;

export interface StatementCacheStats {
  hits: number;
  misses: number;
  size: number;
}

const stats = new WeakMap<object, StatementCacheStats>();

/** Runs one statement on a connection, its compiled form cached: the rows it returns (none for a statement that returns nothing). */
export type DirectStatement = (sql: string, params: readonly unknown[]) => Array<Record<string, unknown>>;

const direct = new WeakMap<object, DirectStatement>();

/** The connection's own statement runner (the cache's), for statements PlanHub runs without Prisma (writes/bulk-insert.ts). */
export function directStatements(client: object): DirectStatement | undefined {
  return direct.get(client);
}

/** How a cached connection fared (tests); undefined for a connection without the cache. */
export function statementCacheStats(client: object): StatementCacheStats | undefined {
  return stats.get(client);
}

function bound(statement: Statement, args: unknown[]) {
  return {
    reader: statement.reader,
    columns: () => statement.columns(),
    raw: () => ({ all: () => statement.raw(true).all(...args) }),
    run: () => statement.run(...args),
  };
}

/** Replaces `client.prepare` with one that reuses compiled statements. */
export function cacheStatements(client: BetterSqlite3.Database, size = STATEMENT_CACHE_SIZE): void {
  const prepare = client.prepare.bind(client) as (sql: string) => Statement;
  const cache = new Map<string, Statement>();
  const counts: StatementCacheStats = { hits: 0, misses: 0, size: 0 };
  stats.set(client, counts);
  const lookup = (sql: string): Statement => {
    let statement = cache.get(sql);
    if (statement) {
      counts.hits++;
      cache.delete(sql); // re-inserted below: Map order is recency order
    } else {
      counts.misses++;
      statement = prepare(sql);
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, statement);
    counts.size = cache.size;
    return statement;
  };
  (client as unknown as { prepare: (sql: string) => unknown }).prepare = (sql: string) => {
    const statement = lookup(sql);
    return { reader: statement.reader, bind: (args: unknown[]) => bound(statement, args), run: () => statement.run() };
  };
  direct.set(client, (sql, params) => {
    const statement = lookup(sql);
    if (!statement.reader) {
      statement.run(...params);
      return [];
    }
    return statement.all(...params) as Array<Record<string, unknown>>;
  });
}

/**
 * Wraps the adapter factory so that each connection it opens caches its statements.
 * `connect` is the factory's own; only the connection's `client.prepare` changes.
 */
export function withStatementCache(factory: PrismaBetterSqlite3, connected?: (client: BetterSqlite3.Database) => void): PrismaBetterSqlite3 {
  const wrap = async (open: Promise<unknown>) => {
    const adapter = (await open) as { client?: BetterSqlite3.Database };
    if (!adapter.client || typeof adapter.client.prepare !== 'function') {
      // A different adapter version: run uncached rather than break.
      return adapter;
    }
    cacheStatements(adapter.client);
    connected?.(adapter.client);
    return adapter;
  };
  return Object.assign(Object.create(factory) as PrismaBetterSqlite3, {
    connect: () => wrap(factory.connect()),
    connectToShadowDb: () => wrap(factory.connectToShadowDb()),
  }) as PrismaBetterSqlite3;
}
