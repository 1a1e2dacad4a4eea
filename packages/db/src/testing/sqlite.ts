import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseConfigFromEnv, type DatabaseConfig } from '../config.ts';

// A throw-away SQLite file per test, in its own temporary directory.

export interface TestSqliteFile {
  /** A file: URL for DATABASE_URL. */
  url: string;
  path: string;
  config: DatabaseConfig;
  /** Deletes the file and its directory. */
  drop(): Promise<void>;
}

export async function createTestSqliteFile(options: { migrate?: boolean } = {}): Promise<TestSqliteFile> {
  const dir = mkdtempSync(join(tmpdir(), 'planhub-test-'));
  const path = join(dir, 'test.db');
  const url = `file:${path}`;
  const file: TestSqliteFile = {
    url,
    path,
    config: databaseConfigFromEnv({ DATABASE_URL: url }),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
  if (options.migrate) {
    const { migrate } = await import('../migrate.ts');
    await migrate(file.config);
  }
  return file;
}
