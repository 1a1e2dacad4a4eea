import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Provider } from './config.ts';

// Where things are, from the repository root. npm runs workspace scripts with the
// package directory as working directory, so nothing here depends on process.cwd().

/** The repository root (the directory holding prisma/ and packages/). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');

/** The Prisma schema that is the single source of truth (SQLite). */
export const SCHEMA_PATH = join(REPO_ROOT, 'prisma', 'schema.prisma');

/** The PostgreSQL schema derived from SCHEMA_PATH by `npm run generate`. */
export const PG_SCHEMA_PATH = join(REPO_ROOT, 'prisma', 'postgresql', 'schema.prisma');

/** Where the generated Prisma clients go (gitignored). */
export const GENERATED_DIR = join(REPO_ROOT, 'packages', 'db', 'src', 'generated');

export function schemaPathOf(provider: Provider): string {
  return provider === 'sqlite' ? SCHEMA_PATH : PG_SCHEMA_PATH;
}

/** The migrations folder of a provider, in Prisma's own format (next to its schema). */
export function migrationsDirOf(provider: Provider): string {
  return provider === 'sqlite'
    ? join(REPO_ROOT, 'prisma', 'migrations')
    : join(REPO_ROOT, 'prisma', 'postgresql', 'migrations');
}
