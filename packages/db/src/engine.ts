import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
} from '@prisma/driver-adapter-utils';
import * as wasmBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import pg from 'pg';
import { type DatabaseConfig, type Provider, sqlitePath } from './config.ts';
import { schemaPathOf } from './paths.ts';

// Prisma's schema engine (migrations, diff) as WebAssembly, talking to the database
// through a driver adapter: the Prisma CLI's migrate commands need a native engine this
// project cannot download (docs/prisma-offline.md).
//
// Beyond loading the engine, this module fixes what the adapters do not do for it:
// - a migration script runs atomically. PrismaPg's executeScript splits the script on
//   ";" and sends each piece to whichever pooled connection is free; better-sqlite3
//   runs it statement by statement outside any transaction. Either way a failing
//   migration would stay half applied. Here PostgreSQL gets the whole script in one
//   simple-protocol query (an implicit transaction, as the native engine does) and
//   SQLite runs it between BEGIN and COMMIT, with foreign keys off as Prisma's SQLite
//   scripts expect (PRAGMA foreign_keys is a no-op inside a transaction);
// - PostgreSQL uses one connection, so the engine's session advisory lock
//   (pg_advisory_lock) is released when the engine closes and never blocks its own
//   next query on another pooled connection;
// - PrismaPg cannot read PostgreSQL's "char" columns, which the engine selects when it
//   describes a schema (any diff from migrations): they are read as characters here;
// - the shadow database: PrismaPg.connectToShadowDb creates a database but, given a
//   connection string, then connects to the main database instead (the string
//   overrides `database`), so the engine would replay migrations into it. Here the
//   shadow is a temporary database created on the given server and dropped on close.
//   SQLite's shadow (in memory) gets migration scripts through executeRaw, which
//   better-sqlite3 refuses for more than one statement: those go to exec instead;
// - close() releases every connection (the engine frees none; SQLite's engine
//   connection holds an EXCLUSIVE lock on the file until it is closed).

export type { SchemaEngine };
export type {
  DiffTarget,
  MigrationDirectory,
  MigrationList,
  SchemaFilter,
} from '@prisma/schema-engine-wasm/schema_engine_bg';

export const NO_FILTER = { externalTables: [], externalEnums: [] };

const require = createRequire(import.meta.url);

/** Instantiates the engine's WebAssembly once per process. */
function loadWasm(): typeof wasmBindings {
  try {
    wasmBindings.version(); // throws while no instance is set
    return wasmBindings;
  } catch {
    // Node 20 cannot import the package's entry (it imports a .wasm file as a module):
    // instantiate the .wasm next to its bindings ourselves.
    const bindingsPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const module = new WebAssembly.Module(readFileSync(join(dirname(bindingsPath), 'schema_engine_bg.wasm')));
    const instance = new WebAssembly.Instance(module, {
      './schema_engine_bg.js': wasmBindings as unknown as WebAssembly.ModuleImports,
    });
    wasmBindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
    return wasmBindings;
  }
}

/** A migration script that failed, as the adapter saw it. */
export interface ScriptFailure {
  script: string;
  /** The database's own message. */
  message: string;
  /** True when nothing of the script remains applied (it ran in one transaction). */
  rolledBack: boolean;
}

export interface OpenEngine {
  engine: SchemaEngine;
  provider: Provider;
  /** Migration scripts that failed since the engine opened, in order. */
  scriptFailures: ScriptFailure[];
  /** The engine's own log lines (JSON), for diagnosis. */
  logs: string[];
  /** Frees the engine and closes every connection it opened (idempotent). */
  close(): Promise<void>;
}

export interface EngineOptions {
  /** Datamodel the engine starts with; defaults to the provider's schema file. */
  datamodel?: string;
  /**
   * PostgreSQL: the server on which to create the temporary shadow database (any
   * database on it that the user can connect to). Defaults to the main URL.
   */
  shadowServerUrl?: string;
}

const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|END|ROLLBACK|START\s+TRANSACTION)\b/im;

/** The database's message for an error from an adapter, without Prisma's wrapping. */
export function databaseMessage(error: unknown): string {
  const cause = (error as { cause?: { originalMessage?: unknown; message?: unknown; kind?: unknown } })?.cause;
  if (cause && typeof cause.originalMessage === 'string') return cause.originalMessage;
  if (cause && typeof cause.message === 'string') return cause.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** A connection URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

function pgPoolConfig(config: DatabaseConfig, connectionString: string): pg.PoolConfig {
  return {
    connectionString,
    // One connection: the engine's advisory lock and its queries share a session.
    max: 1,
    connectionTimeoutMillis: config.connectTimeoutMs,
    // No statement timeout: a migration may rewrite a large table.
    ssl: config.ssl === 'disable' ? undefined : { rejectUnauthorized: config.ssl === 'verify-full' },
  };
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function withPgClient<T>(config: DatabaseConfig, url: string, f: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(pgPoolConfig(config, url));
  await client.connect();
  try {
    return await f(client);
  } finally {
    await client.end();
  }
}

export async function openSchemaEngine(config: DatabaseConfig, options: EngineOptions = {}): Promise<OpenEngine> {
  const bindings = loadWasm();
  const scriptFailures: ScriptFailure[] = [];
  const logs: string[] = [];
  const open = new Set<SqlDriverAdapter>();

  /** Makes dispose idempotent and tracked, so close() can release what is left. */
  function track(adapter: SqlDriverAdapter, afterDispose?: () => Promise<void>): SqlDriverAdapter {
    const dispose = adapter.dispose.bind(adapter);
    let disposed: Promise<void> | undefined;
    adapter.dispose = () => {
      disposed ??= (async () => {
        open.delete(adapter);
        try {
          await dispose();
        } finally {
          await afterDispose?.();
        }
      })();
      return disposed;
    };
    open.add(adapter);
    return adapter;
  }

  let factory: SqlMigrationAwareDriverAdapterFactory;
  if (config.provider === 'sqlite') {
    const file = sqlitePath(config.url);
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const base = new PrismaBetterSqlite3({ url: file === ':memory:' ? file : `file:${file}`, timeout: 5000 });
    factory = {
      provider: base.provider,
      adapterName: base.adapterName,
      connect: async () => track(atomicSqliteScripts(await base.connect(), scriptFailures)),
      connectToShadowDb: async () => track(multiStatementRaw(await base.connectToShadowDb())),
    };
  } else {
    const base = new PrismaPg(pgPoolConfig(config, config.url));
    const server = options.shadowServerUrl ?? config.url;
    factory = {
      provider: base.provider,
      adapterName: base.adapterName,
      connect: async () => track(atomicPgScripts(await base.connect(), scriptFailures)),
      connectToShadowDb: async () => {
        const name = `planhub_shadow_${Date.now()}_${randomBytes(4).toString('hex')}`;
        await withPgClient(config, server, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
        const drop = () =>
          withPgClient(config, server, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)).then(
            () => undefined,
          );
        try {
          const shadow = await new PrismaPg(pgPoolConfig(config, withDatabase(server, name))).connect();
          return track(atomicPgScripts(shadow, []), drop);
        } catch (error) {
          await drop();
          throw error;
        }
      },
    };
  }

  const datamodel = options.datamodel ?? readFileSync(schemaPathOf(config.provider), 'utf8');
  let engine: SchemaEngine;
  try {
    engine = await bindings.SchemaEngine.new(
      { datamodels: [['schema.prisma', datamodel]] },
      (line: string) => {
        logs.push(line);
      },
      bindMigrationAwareSqlAdapterFactory(factory),
    );
  } catch (error) {
    await Promise.allSettled([...open].map((a) => a.dispose()));
    throw new Error(`Could not start the schema engine for ${config.provider}: ${engineMessage(error)}`, {
      cause: error,
    });
  }

  let closed: Promise<void> | undefined;
  return {
    engine,
    provider: config.provider,
    scriptFailures,
    logs,
    close() {
      closed ??= (async () => {
        engine.free();
        const results = await Promise.allSettled([...open].map((a) => a.dispose()));
        const failed = results.find((r) => r.status === 'rejected');
        if (failed) throw (failed as PromiseRejectedResult).reason;
      })();
      return closed;
    },
  };
}

/** The useful part of an engine error: its message without the Rust span trace. */
export function engineMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .split('\n')
    .filter((line) => !/^\s+\d+: |^\s+(with|at) /.test(line))
    .join('\n')
    .trim();
}

function atomicSqliteScripts(adapter: SqlDriverAdapter, failures: ScriptFailure[]): SqlDriverAdapter {
  const exec = adapter.executeScript.bind(adapter);
  const pragma = async (): Promise<boolean> => {
    const rs = await adapter.queryRaw({ sql: 'PRAGMA foreign_keys', args: [], argTypes: [] });
    return Number(rs.rows[0]?.[0] ?? 0) === 1;
  };
  adapter.executeScript = async (script: string) => {
    if (TRANSACTION_CONTROL.test(script)) {
      // The script manages its own transactions: run it as it is.
      try {
        return await exec(script);
      } catch (error) {
        failures.push({ script, message: databaseMessage(error), rolledBack: false });
        throw error;
      }
    }
    const foreignKeys = await pragma();
    await exec('PRAGMA foreign_keys=OFF');
    try {
      await exec('BEGIN IMMEDIATE');
      try {
        await exec(script);
        const violations = await adapter.queryRaw({ sql: 'PRAGMA foreign_key_check', args: [], argTypes: [] });
        if (violations.rows.length > 0) {
          const tables = [...new Set(violations.rows.map((r) => String(r[0])))].join(', ');
          throw new Error(`the migration leaves rows that violate foreign keys (in ${tables})`);
        }
        await exec('COMMIT');
      } catch (error) {
        await exec('ROLLBACK').catch(() => undefined);
        failures.push({ script, message: databaseMessage(error), rolledBack: true });
        throw error;
      }
    } finally {
      await exec(`PRAGMA foreign_keys=${foreignKeys ? 'ON' : 'OFF'}`);
    }
  };
  return adapter;
}

function multiStatementRaw(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query: SqlQuery) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length === 0 && error instanceof RangeError && /more than one statement/.test(error.message)) {
        await adapter.executeScript(query.sql);
        return 0;
      }
      throw error;
    }
  };
  return adapter;
}

interface PgQueryResult {
  fields: Array<{ dataTypeID: number }>;
  rows?: object;
}
type PerformIO = (query: SqlQuery) => Promise<PgQueryResult>;

/** PostgreSQL's one-byte "char" type (pg_catalog columns such as relkind, contype). */
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/** The "char" columns of each result, by its rows (the array queryRaw returns as is). */
const charColumns = new WeakMap<object, number[]>();

/**
 * PrismaPg refuses result columns of type "char" ("Column type 'char' could not be
 * deserialized"), which the engine's description of a PostgreSQL schema selects from
 * pg_catalog: every diff from migrations failed on it. node-postgres already returns
 * such values as one-character strings, so they pass PrismaPg as text and are then
 * declared characters, the type the engine reads them as (it panics on a constraint's
 * `contype` given as text, so any CHECK constraint broke every diff: prisma/orm#29635).
 */
function pgCharColumns<T extends object>(queryable: T): T {
  const target = queryable as unknown as { performIO: PerformIO; queryRaw: SqlDriverAdapter['queryRaw'] };
  const performIO = target.performIO.bind(queryable);
  target.performIO = async (query) => {
    const result = await performIO(query);
    const chars: number[] = [];
    result.fields.forEach((field, i) => {
      if (field.dataTypeID !== PG_CHAR_OID) return;
      field.dataTypeID = PG_TEXT_OID;
      chars.push(i);
    });
    if (chars.length > 0 && result.rows) charColumns.set(result.rows, chars);
    return result;
  };
  const queryRaw = target.queryRaw.bind(queryable);
  target.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

function atomicPgScripts(adapter: SqlDriverAdapter, failures: ScriptFailure[]): SqlDriverAdapter {
  pgCharColumns(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => pgCharColumns(await startTransaction(isolationLevel));
  const pool = (adapter as unknown as { underlyingDriver(): pg.Pool }).underlyingDriver();
  const onError = (adapter as unknown as { onError(e: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      // No parameters: node-postgres sends one simple-protocol Query, which PostgreSQL
      // runs as one implicit transaction (unless the script controls transactions).
      await pool.query(script);
    } catch (error) {
      failures.push({
        script,
        message: error instanceof Error ? error.message : String(error),
        rolledBack: !TRANSACTION_CONTROL.test(script),
      });
      onError(error);
    }
  };
  return adapter;
}
