import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '@planhub/db/client';
import { type DatabaseConfig, databaseConfigFromEnv } from '@planhub/db/config';
import { migrate } from '@planhub/db/migrate';
import { seed } from '@planhub/db/seed';
import { generateSynthetic, SCALES } from '@planhub/db/synthetic';
import { createTestDatabase } from '@planhub/db/testing/pg';

// Each scale gets a database of its own, never the real one: a SQLite file under
// bench/.data/ (gitignored, rewritten each run) or a PostgreSQL database created for
// the run and dropped after it. S is the real Bắc Kạn data set; M and L are synthetic.

export type Scale = 'S' | 'M' | 'L';
export type Provider = 'sqlite' | 'postgresql';
export const DATA_DIR = join(import.meta.dirname, '.data');

export interface BenchDatabase {
  config: DatabaseConfig;
  /** Seconds to create, migrate and fill it. */
  buildSeconds: number;
  rows: { indicators: number; targets: number; results: number; solutions: number };
  drop(): Promise<void>;
}

export async function createBenchDatabase(provider: Provider, scale: Scale): Promise<BenchDatabase> {
  const started = performance.now();
  let config: DatabaseConfig;
  let drop: () => Promise<void>;
  if (provider === 'sqlite') {
    mkdirSync(DATA_DIR, { recursive: true });
    const file = join(DATA_DIR, `${scale}.db`);
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    config = databaseConfigFromEnv({ DATABASE_URL: `file:${file}` });
    drop = async () => {};
    await migrate(config);
  } else {
    const pg = await createTestDatabase({ prefix: `planhub_bench_${scale.toLowerCase()}`, migrate: true });
    config = pg.config;
    drop = pg.drop;
  }
  const db = openDatabase(config);
  try {
    if (scale === 'S') await seed(db.prisma);
    else await generateSynthetic(db.prisma, SCALES[scale]);
    // What autovacuum would do shortly after a bulk load; SQLite is left as a deployment
    // leaves it (nothing runs ANALYZE there).
    if (provider === 'postgresql') await db.prisma.$executeRawUnsafe('ANALYZE');
    const [indicators, targets, results, solutions] = await Promise.all([db.prisma.indicator.count(), db.prisma.target.count(), db.prisma.result.count(), db.prisma.solution.count()]);
    return { config, buildSeconds: (performance.now() - started) / 1000, rows: { indicators, targets, results, solutions }, drop };
  } catch (error) {
    await drop();
    throw error;
  } finally {
    await db.close();
  }
}
