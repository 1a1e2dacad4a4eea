import { existsSync, readdirSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { type DatabaseConfig, type Provider, sqlitePath } from './config.ts';
import { migrationsDirOf } from './paths.ts';

// Which migrations a database has, without loading the schema engine: the server
// checks this on every start and for /ready, and loads the engine only when a
// migration is pending.

/** The migrations folder to compare with; defaults to the provider's folder in prisma/. */
interface FolderOption {
  migrationsDir?: string;
}

export interface MigrationStatus {
  /** Migrations recorded as applied, in name order. */
  applied: string[];
  /** Migrations in the folder that are not applied, in order. */
  pending: string[];
  /** Migrations recorded as failed and not rolled back (they block migrate). */
  failed: string[];
  /** No migration pending or failed. */
  upToDate: boolean;
}

/** Anything with Prisma's $queryRawUnsafe, e.g. the application's open client. */
export interface RawQueryable {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

export interface StatusOptions extends FolderOption {
  /** Query through this client instead of opening a connection. */
  db?: RawQueryable;
}

const folderCache = new Map<string, { mtimeMs: number; names: string[] }>();

/** The migration names in a folder, cached until the folder changes. */
export function migrationNames(dir: string): string[] {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(dir).mtimeMs;
  } catch {
    return [];
  }
  const cached = folderCache.get(dir);
  if (cached && cached.mtimeMs === mtimeMs) return cached.names;
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort((a, b) => a.localeCompare(b));
  folderCache.set(dir, { mtimeMs, names });
  return names;
}

interface Row {
  migration_name: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

const ROWS_SQL = 'SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations';

function existsSql(provider: Provider): string {
  return provider === 'sqlite'
    ? "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'"
    : "SELECT count(*) AS n FROM pg_class WHERE oid = to_regclass('_prisma_migrations')";
}

async function readRows(config: DatabaseConfig, db: RawQueryable | undefined): Promise<Row[]> {
  if (db) {
    const [exists] = await db.$queryRawUnsafe<Array<{ n: unknown }>>(existsSql(config.provider));
    if (!exists || Number(exists.n) === 0) return [];
    return db.$queryRawUnsafe<Row[]>(ROWS_SQL);
  }
  if (config.provider === 'sqlite') {
    const file = sqlitePath(config.url);
    if (file === ':memory:' || !existsSync(file)) return [];
    const sqlite = new Database(file, { readonly: true, fileMustExist: true, timeout: 1000 });
    try {
      const exists = sqlite.prepare(existsSql('sqlite')).get() as { n: number };
      return exists.n === 0 ? [] : (sqlite.prepare(ROWS_SQL).all() as Row[]);
    } finally {
      sqlite.close();
    }
  }
  const client = new pg.Client({
    connectionString: config.url,
    connectionTimeoutMillis: config.connectTimeoutMs,
    ssl: config.ssl === 'disable' ? undefined : { rejectUnauthorized: config.ssl === 'verify-full' },
  });
  await client.connect();
  try {
    const exists = await client.query<{ n: string }>(existsSql('postgresql'));
    if (Number(exists.rows[0]?.n ?? 0) === 0) return [];
    return (await client.query<Row>(ROWS_SQL)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Which migrations of the folder the database has. One query (two with `db`, none on a
 * SQLite file that does not exist yet); the folder listing is cached.
 */
export async function migrationStatus(config: DatabaseConfig, options: StatusOptions = {}): Promise<MigrationStatus> {
  const names = migrationNames(options.migrationsDir ?? migrationsDirOf(config.provider));
  const rows = await readRows(config, options.db);
  const applied = new Set<string>();
  const failed = new Set<string>();
  for (const row of rows) {
    if (row.rolled_back_at != null) continue;
    if (row.finished_at != null) applied.add(row.migration_name);
    else failed.add(row.migration_name);
  }
  for (const name of applied) failed.delete(name);
  const pending = names.filter((n) => !applied.has(n));
  return {
    applied: [...applied].sort((a, b) => a.localeCompare(b)),
    pending,
    failed: [...failed].sort((a, b) => a.localeCompare(b)),
    upToDate: pending.length === 0 && failed.size === 0,
  };
}
