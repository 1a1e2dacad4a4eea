import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { databaseConfigFromEnv, type DatabaseConfig } from '../config.ts';
import { withDatabase } from '../engine.ts';

// A throw-away PostgreSQL database per test (file): created with a unique name on the
// test server, dropped by drop(). The server is PG_TEST_URL, default
// postgresql://postgres@127.0.0.1:5432/postgres (any database on it the user can
// connect to; the user needs CREATEDB).

export const DEFAULT_PG_TEST_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

export function pgTestServerUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.PG_TEST_URL || DEFAULT_PG_TEST_URL;
}

export interface TestDatabase {
  /** Connection string of the new, empty database. */
  url: string;
  /** Its name. */
  name: string;
  /** A DatabaseConfig for it (pool size and timeouts from the defaults). */
  config: DatabaseConfig;
  /** Drops the database, closing any connection still open to it. Idempotent. */
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Server to create the database on; default pgTestServerUrl(). */
  serverUrl?: string;
  /** Prefix of the database name (letters, digits, underscore); default "planhub_test". */
  prefix?: string;
  /** Apply PlanHub's migrations to it before returning. */
  migrate?: boolean;
}

async function onServer<T>(serverUrl: string, f: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL test server not reachable at ${serverUrl} (set PG_TEST_URL): ${(error as Error).message}`,
      { cause: error },
    );
  }
  try {
    return await f(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = options.serverUrl ?? pgTestServerUrl();
  const prefix = options.prefix ?? 'planhub_test';
  if (!/^[a-z0-9_]+$/i.test(prefix)) throw new Error(`createTestDatabase: invalid prefix "${prefix}"`);
  // PostgreSQL names are at most 63 bytes.
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`
    .toLowerCase()
    .slice(-63);
  await onServer(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(serverUrl, name);
  let dropped: Promise<void> | undefined;
  const db: TestDatabase = {
    url,
    name,
    config: databaseConfigFromEnv({ DATABASE_URL: url }),
    drop: () =>
      (dropped ??= onServer(serverUrl, async (c) => {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      })),
  };
  if (options.migrate) {
    try {
      const { migrate } = await import('../migrate.ts');
      await migrate(db.config);
    } catch (error) {
      await db.drop();
      throw error;
    }
  }
  return db;
}
