import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { type DatabaseConfig, type Provider, sqlitePath } from '../src/config.ts';
import { migrationsDirOf, SCHEMA_PATH } from '../src/paths.ts';
import { createTestDatabase } from '../src/testing/pg.ts';
import { createTestSqliteFile } from '../src/testing/sqlite.ts';

// Shared by the migration tests.

/** A copy of a provider's migrations folder in a temporary directory. */
export function copyMigrations(provider: Provider): { dir: string; add(name: string, sql: string): void; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'planhub-migrations-'));
  const dir = join(root, 'migrations');
  cpSync(migrationsDirOf(provider), dir, { recursive: true });
  return {
    dir,
    add(name, sql) {
      mkdirSync(join(dir, name), { recursive: true });
      writeFileSync(join(dir, name, 'migration.sql'), sql);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}


export const PROVIDERS: Provider[] = ['sqlite', 'postgresql'];

/** The model names of prisma/schema.prisma (= table names). */
export const MODELS = [...readFileSync(SCHEMA_PATH, 'utf8').matchAll(/^model (\w+)/gm)].map((m) => m[1]!);

/** An empty database of the provider, and a way to drop it. */
export async function emptyDatabase(provider: Provider): Promise<{ config: DatabaseConfig; drop(): Promise<void> }> {
  return provider === 'sqlite' ? createTestSqliteFile() : createTestDatabase();
}

/** Runs SQL on the database directly (no Prisma), returning rows. */
export async function sql<T = Record<string, unknown>>(config: DatabaseConfig, text: string): Promise<T[]> {
  if (config.provider === 'sqlite') {
    const db = new Database(sqlitePath(config.url));
    try {
      const stmt = db.prepare(text);
      return (stmt.reader ? stmt.all() : (stmt.run(), [])) as T[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The database's tables, sorted. */
export async function tables(config: DatabaseConfig): Promise<string[]> {
  const rows = await sql<{ name: string }>(
    config,
    config.provider === 'sqlite'
      ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
      : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'",
  );
  return rows.map((r) => r.name).sort();
}
