import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DatabaseConfig, Provider } from './config.ts';
import { engineMessage, NO_FILTER, openSchemaEngine } from './engine.ts';
import { LOCK_FILE, lockFileContent, readMigrationList } from './migrate.ts';
import { migrationsDirOf, REPO_ROOT, SCHEMA_PATH, schemaPathOf } from './paths.ts';
import { derivePostgresSchema } from './schema-derive.ts';

// After a change to prisma/schema.prisma: one new migration per provider, each the
// engine's diff from what the existing migrations build to the current schema (the
// engine replays them into a shadow database: in memory for SQLite, a temporary
// database for PostgreSQL). Both folders get the same timestamped name.

export const DEFAULT_PG_SERVER_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface NewMigrationOptions {
  /** The source schema's text; defaults to prisma/schema.prisma. */
  schema?: string;
  /** Providers to create migrations for; default both. */
  providers?: Provider[];
  /** Migrations folders, by provider; defaults to those in prisma/. */
  migrationsDirs?: Partial<Record<Provider, string>>;
  /** PostgreSQL server for the shadow database (any database on it). */
  pgServerUrl?: string;
  /** The migration's time; default now. */
  now?: Date;
  /** Only compute the scripts; write nothing. */
  dryRun?: boolean;
}

export interface NewMigrationResult {
  provider: Provider;
  /** The new folder (absolute), or undefined when the schema needs no migration. */
  created?: string;
  /** The migration's SQL, empty when there are no changes. */
  script: string;
}

/** The PostgreSQL server new-migration uses, from the environment. */
export function pgServerUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL_SHADOW || env.PG_TEST_URL || DEFAULT_PG_SERVER_URL;
}

export function validateMigrationName(name: string | undefined): string {
  if (!name) throw new Error('Give the migration a name: npm run db:migration -- <name> (letters, digits, underscore)');
  if (!/^[A-Za-z0-9_]+$/.test(name)) {
    throw new Error(`Migration name "${name}" is invalid: use only letters, digits and underscore (e.g. add_unit_notes)`);
  }
  if (name.length > 100) throw new Error(`Migration name "${name}" is too long (at most 100 characters)`);
  return name;
}

/** Prisma's migration timestamp: YYYYMMDDHHMMSS in UTC. */
export function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, '').slice(0, 14);
}

/** Now's timestamp, or one second after the latest migration in the folders if that is later. */
export function nextTimestamp(now: Date, dirs: string[]): string {
  const stamp = migrationTimestamp(now);
  const latest = dirs
    .flatMap((dir) => readMigrationList(dir).migrationDirectories.map((m) => m.path.slice(0, 14)))
    .filter((s) => /^\d{14}$/.test(s))
    .sort()
    .at(-1);
  if (!latest || latest < stamp) return stamp;
  const y = Number(latest.slice(0, 4));
  const [mo, d, h, mi, se] = [4, 6, 8, 10, 12].map((i) => Number(latest.slice(i, i + 2))) as [number, number, number, number, number];
  return migrationTimestamp(new Date(Date.UTC(y, mo - 1, d, h, mi, se) + 1000));
}

/** The schema text the engine diffs to, per provider. */
function datamodelOf(provider: Provider, source: string): string {
  return provider === 'sqlite' ? source : derivePostgresSchema(source);
}

async function diffFor(
  provider: Provider,
  datamodel: string,
  migrationsDir: string,
  pgServerUrl: string,
): Promise<string> {
  const config: DatabaseConfig = {
    provider,
    url: provider === 'sqlite' ? 'file::memory:' : pgServerUrl,
    poolSize: 1,
    connectTimeoutMs: 5000,
    statementTimeoutMs: 0,
    idleTimeoutMs: 0,
    ssl: 'disable',
  };
  const list = readMigrationList(migrationsDir);
  // A new folder has no lock file yet; newMigration writes this one with the first migration.
  list.lockfile.content ??= lockFileContent(provider);
  let open;
  try {
    open = await openSchemaEngine(config, { datamodel, shadowServerUrl: pgServerUrl });
  } catch (error) {
    const where = provider === 'sqlite' ? '' : ` (PostgreSQL at ${redactUrl(pgServerUrl)}; set DATABASE_URL_SHADOW)`;
    throw new Error(`Cannot diff the ${provider} migrations${where}: ${engineMessage(error)}`, { cause: error });
  }
  try {
    const result = await open.engine.diff({
      // From the migrations even when there are none: like `prisma migrate dev`, the diff then
      // starts from an empty shadow database, which already has PostgreSQL's "public"
      // schema (a diff from { tag: 'empty' } adds CREATE SCHEMA "public", which needs
      // CREATE privilege on the database even though the schema exists).
      from: { tag: 'migrations', ...list },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPathOf(provider), content: datamodel }] },
      script: true,
      exitCode: true,
      filters: NO_FILTER,
    });
    // With exitCode requested, the engine answers 2 when there is a difference.
    return result.exitCode === 2 ? (result.stdout ?? '') : '';
  } catch (error) {
    const message = engineMessage(error);
    const failure = open.scriptFailures.at(-1);
    throw new Error(
      `Cannot diff the ${provider} migrations in ${relative(REPO_ROOT, migrationsDir)}: ${message}` +
        (failure ? `\n(${failure.message})` : ''),
      { cause: error },
    );
  } finally {
    await open.close();
  }
}

/** Creates the new migration folders; returns what it did per provider. */
export async function newMigration(name: string, options: NewMigrationOptions = {}): Promise<NewMigrationResult[]> {
  validateMigrationName(name);
  const source = options.schema ?? readFileSync(SCHEMA_PATH, 'utf8');
  const providers = options.providers ?? ['sqlite', 'postgresql'];
  const pgServerUrl = options.pgServerUrl ?? pgServerUrlFromEnv();
  const dirOf = (p: Provider) => options.migrationsDirs?.[p] ?? migrationsDirOf(p);

  // Compute every script before writing anything.
  const scripts = await Promise.all(
    providers.map(async (provider) => ({
      provider,
      script: await diffFor(provider, datamodelOf(provider, source), dirOf(provider), pgServerUrl),
    })),
  );

  // One name for every provider, later than every existing migration.
  const folder = `${nextTimestamp(options.now ?? new Date(), providers.map(dirOf))}_${name}`;

  return scripts.map(({ provider, script }) => {
    if (!script || options.dryRun) return { provider, script };
    const dir = dirOf(provider);
    const created = join(dir, folder);
    mkdirSync(created, { recursive: true });
    writeFileSync(join(created, 'migration.sql'), script);
    if (!existsSync(join(dir, LOCK_FILE))) writeFileSync(join(dir, LOCK_FILE), lockFileContent(provider));
    return { provider, created, script };
  });
}

/** A URL with its password hidden, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
  }
}
