import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { REPO_ROOT } from './paths.ts';

// Database settings from the environment, validated once. Defaults suit the embedded
// database; every PostgreSQL setting has a production-safe default (notably a finite
// connection timeout: pg's own default waits forever).

export type Provider = 'sqlite' | 'postgresql';

const int = (name: string, def: number, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`)
    .default(def);

const envSchema = z.object({
  DATABASE_URL: z.string().trim().min(1).optional(),
  DATABASE_POOL_SIZE: int('DATABASE_POOL_SIZE', 10, 1, 1000),
  DATABASE_CONNECT_TIMEOUT_MS: int('DATABASE_CONNECT_TIMEOUT_MS', 5000, 100, 600_000),
  DATABASE_STATEMENT_TIMEOUT_MS: int('DATABASE_STATEMENT_TIMEOUT_MS', 15_000, 0, 3_600_000),
  DATABASE_IDLE_TIMEOUT_MS: int('DATABASE_IDLE_TIMEOUT_MS', 30_000, 0, 3_600_000),
  DATABASE_SSL: z
    .enum(['disable', 'require', 'verify-full'], {
      error: 'DATABASE_SSL must be one of: disable, require, verify-full',
    })
    .default('disable'),
});

export interface DatabaseConfig {
  provider: Provider;
  /** For SQLite: a `file:` URL; for PostgreSQL: the connection string. */
  url: string;
  poolSize: number;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  idleTimeoutMs: number;
  ssl: 'disable' | 'require' | 'verify-full';
}

export const DEFAULT_SQLITE_URL = 'file:./data/planhub.db';

/** Which database a URL names; throws a message that says what to fix. */
export function providerOf(url: string): Provider {
  if (/^postgres(ql)?:\/\//i.test(url)) return 'postgresql';
  if (url.startsWith('file:')) return 'sqlite';
  throw new Error(
    `DATABASE_URL must start with "file:" (SQLite) or "postgresql://" / "postgres://" (PostgreSQL); got "${url.split(':')[0]}:…"`,
  );
}

/** Settings from environment variables, or one error listing every bad variable. */
export function parseEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv, what: string): z.output<S> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid ${what} configuration: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return parsed.data;
}

export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const e = parseEnv(envSchema, env, 'database');
  const url = e.DATABASE_URL ?? DEFAULT_SQLITE_URL;
  return {
    provider: providerOf(url),
    url,
    poolSize: e.DATABASE_POOL_SIZE,
    connectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
    idleTimeoutMs: e.DATABASE_IDLE_TIMEOUT_MS,
    ssl: e.DATABASE_SSL,
  };
}

/**
 * The file path of a SQLite `file:` URL. A relative path is resolved against the
 * repository root, not the working directory (npm runs workspace scripts from the
 * package directory), so `file:./data/planhub.db` is always <repo>/data/planhub.db.
 * `file::memory:` gives ":memory:".
 */
export function sqlitePath(url: string): string {
  const bare = url.replace(/\?.*$/, '');
  if (bare.startsWith('file://')) return fileURLToPath(bare);
  const path = bare.replace(/^file:/, '');
  if (path === ':memory:') return path;
  if (path === '') throw new Error('DATABASE_URL "file:" names no file');
  return isAbsolute(path) ? path : resolve(REPO_ROOT, path);
}
