import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/sqlite/client.ts';
import { PrismaClient as PgPrismaClient } from './generated/postgresql/client.ts';
import { type DatabaseConfig, databaseConfigFromEnv, sqlitePath } from './config.ts';
import { deriveColumns } from './derived.ts';
import { type DirectStatement, directStatements, withStatementCache } from './sqlite-statements.ts';
import type BetterSqlite3 from 'better-sqlite3';

// The one way to open PlanHub's database. Both generated clients come from one schema,
// so they expose the same API; the rest of the code sees only `Db`. Every client it
// opens computes the derived columns of every write (derived.ts).

export type Db = PrismaClient;

export interface Database {
  /** Reads; and every write on PostgreSQL. */
  prisma: Db;
  /**
   * Where transactions run. On PostgreSQL, `prisma` itself (each transaction takes a pooled
   * connection of its own). On SQLite, one connection of its own, opened when first used:
   * the embedded database serves reads on one connection, and a transaction open on that
   * connection would show its uncommitted rows (and data version) to every read between
   * its statements. The adapter runs a connection's transactions one at a time.
   */
  readonly writer: Db;
  config: DatabaseConfig;
  /**
   * The embedded database's writer connection, to run statements without Prisma inside a
   * transaction open on `writer` (an import's many-rows-at-a-time inserts:
   * server/src/writes/bulk-insert.ts), at a hundredth of Prisma's cost per parameter. The
   * adapter's transaction is the connection's own (R32), so they commit or roll back with
   * it; run outside one, they are refused. Undefined on PostgreSQL, and until `writer` has
   * connected.
   */
  readonly direct?: DirectStatement;
  /**
   * The embedded database's change counter as the readers' connection sees it (SQLite's
   * `PRAGMA data_version`, which moves whenever another connection (the writer, another
   * process) commits, with the connection's own `total_changes()`): a few microseconds, no
   * statement through Prisma, no table read. While it stands still the data version stands
   * still, so a request that hits every cache reads no table (server/src/data-version.ts).
   * Undefined on PostgreSQL, and until the readers' connection has connected.
   */
  readonly changeCounter?: () => string | undefined;
  /** SQL statements sent since the last reset (counted from Prisma's query events, and the direct ones). */
  statements: StatementCounter;
  /** PostgreSQL: the connection pool's state now, for metrics; undefined on SQLite. */
  pool?: () => PoolState;
  close(): Promise<void>;
}

export interface PoolState {
  /** Connections open. */
  total: number;
  /** Open and not in use. */
  idle: number;
  /** Queries waiting for a connection. */
  waiting: number;
  /** The most connections it opens. */
  max: number;
}

export interface StatementCounter {
  count: number;
  log: string[];
  reset(): void;
}

export interface OpenOptions {
  /**
   * Count SQL statements in `statements` (tests and benchmarks). Off by default:
   * Prisma's query events cost time on every statement.
   */
  countStatements?: boolean;
  /** Also keep the text of each statement in `statements.log` (implies counting). */
  logStatements?: boolean;
  /**
   * Called with each statement and its parameters (JSON text), as Prisma reports them
   * (benchmarks capture them for query plans). Prisma takes `$on` off extended clients,
   * and `prisma` is one; this is how to listen.
   */
  onQuery?: (event: { query: string; params: string }) => void;
}

export function openDatabase(config: DatabaseConfig = databaseConfigFromEnv(), options: OpenOptions = {}): Database {
  const statements: StatementCounter = {
    count: 0,
    log: [],
    reset() {
      this.count = 0;
      this.log = [];
    },
  };
  const counting = options.countStatements || options.logStatements;
  const listening = counting || options.onQuery !== undefined;
  const log: Array<{ emit: 'event'; level: 'query' }> = listening ? [{ emit: 'event', level: 'query' }] : [];
  let prisma: Db;
  let pool: pg.Pool | undefined;
  // Prisma's other formats capture a stack trace on every query to point at the caller
  // in error messages (a measurable share of a simple query's time); the server masks or
  // rewrites database errors anyway.
  const errorFormat = 'minimal' as const;
  const listen = (client: Db) => {
    if (!listening) return;
    (client as unknown as { $on(e: 'query', cb: (ev: { query: string; params: string }) => void): void }).$on('query', (ev) => {
      if (counting) statements.count++;
      if (options.logStatements) statements.log.push(ev.query);
      options.onQuery?.({ query: ev.query, params: ev.params });
    });
  };
  let sqliteClient: ((connected?: (client: BetterSqlite3.Database) => void) => Db) | undefined;
  let writerConnection: BetterSqlite3.Database | undefined;
  let readerConnection: BetterSqlite3.Database | undefined;
  let readerConnections = 0;
  if (config.provider === 'sqlite') {
    const file = sqlitePath(config.url);
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    sqliteClient = (connected) => new PrismaClient({ adapter: withStatementCache(new PrismaBetterSqlite3({ url: `file:${file}` }), connected), log, errorFormat });
    prisma = sqliteClient((client) => {
      readerConnection = client;
      readerConnections++;
    });
  } else {
    // Our own pool, handed to the adapter, so its state can be reported (metrics).
    pool = new pg.Pool({
      connectionString: config.url,
      max: config.poolSize,
      connectionTimeoutMillis: config.connectTimeoutMs,
      idleTimeoutMillis: config.idleTimeoutMs,
      statement_timeout: config.statementTimeoutMs || undefined,
      ssl: config.ssl === 'disable' ? undefined : { rejectUnauthorized: config.ssl === 'verify-full' },
    });
    const adapter = new PrismaPg(pool, {
      // A dropped connection (database restart, network cut) must not crash the process:
      // the pool discards the client and the next query connects afresh.
      onPoolError: (error) => console.warn(`database pool: ${error.message}`),
      onConnectionError: (error) => console.warn(`database connection: ${error.message}`),
      disposeExternalPool: true,
    });
    prisma = new PgPrismaClient({ adapter, log, errorFormat }) as unknown as Db;
  }
  listen(prisma);
  const reader = withDerivedColumns(prisma);
  let writerClient: Db | undefined;
  let writer: Db | undefined;
  const open = pool;
  return {
    prisma: reader,
    get writer() {
      if (!sqliteClient) return reader;
      if (!writer) {
        writerClient = sqliteClient((client) => (writerConnection = client));
        listen(writerClient);
        writer = withDerivedColumns(writerClient);
      }
      return writer;
    },
    ...(config.provider === 'sqlite'
      ? {
          changeCounter: () => {
            const run = readerConnection?.open && directStatements(readerConnection);
            if (!run) return undefined;
            const [row] = run('SELECT (SELECT "data_version" FROM pragma_data_version()) AS "others", total_changes() AS "own"', []) as Array<{ others: number; own: number }>;
            // The connection's own count too: a new connection's counters start again.
            return `${readerConnections}.${row!.others}.${row!.own}`;
          },
        }
      : {}),
    get direct(): DirectStatement | undefined {
      const connection = writerConnection;
      const run = connection && directStatements(connection);
      if (!connection || !run) return undefined;
      return (sql, params) => {
        if (!connection.inTransaction) throw new Error('A direct statement runs only inside a transaction open on the writer.');
        if (counting) statements.count++;
        if (options.logStatements) statements.log.push(sql);
        return run(sql, params);
      };
    },
    config,
    statements,
    ...(open ? { pool: () => ({ total: open.totalCount, idle: open.idleCount, waiting: open.waitingCount, max: config.poolSize }) } : {}),
    close: async () => {
      await Promise.all([prisma.$disconnect(), writerClient?.$disconnect()]);
    },
  };
}

/** The model delegates' write operations, which the derived-columns extension sees. */
const WRITES = ['create', 'createMany', 'createManyAndReturn', 'update', 'updateMany', 'updateManyAndReturn', 'upsert'] as const;

/**
 * The client with a query extension that adds `searchText` and `sortKey` to every write
 * of a model that has them, nested writes in any model's write included, so no writer can
 * forget them. Reads are untouched. A query extension changes no type, so the client
 * keeps its own.
 */
function withDerivedColumns(prisma: Db): Db {
  type Hook = (p: { model: string; operation: string; args: Record<string, unknown>; query: (args: unknown) => Promise<unknown> }) => Promise<unknown>;
  const hook: Hook = ({ model, operation, args, query }) => query(deriveColumns(model, operation, args));
  return prisma.$extends({ name: 'planhub-derived-columns', query: { $allModels: Object.fromEntries(WRITES.map((op) => [op, hook])) } } as never) as unknown as Db;
}
