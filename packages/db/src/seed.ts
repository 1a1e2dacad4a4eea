import type { Db } from './client.ts';
import { type LoadOptions, loadSeedData } from './seed/load.ts';
import type { SeedSummary } from './seed/sync.ts';
import { writeSeedData } from './seed/write.ts';

// The real data set: reviewable JSON files under prisma/seed/, one per kind of record,
// whose records refer to each other by `key` (a series as <definition>@<area>). `seed()`
// validates every file (shape and the shared rules, then references) before it writes
// anything, then upserts every row by its key or natural key in one
// interactive transaction: a failure leaves the database as it was, and a second run
// finds every row unchanged and writes nothing. The pieces live in ./seed/.

export { SEED_DIR, SEED_FILES, type SeedData } from './seed/files.ts';
export { defaultSourcesDir, loadSeedData } from './seed/load.ts';
export type { SeedSummary } from './seed/sync.ts';
export { SeedDataError } from './seed/validate.ts';

export interface SeedOptions extends LoadOptions {
  /** Interactive-transaction timeout in milliseconds (default 120 s). */
  timeoutMs?: number;
}

/**
 * Loads the seed files into the database: validates everything first (a bad file
 * throws SeedDataError and writes nothing), then upserts every row by key or natural key in one
 * interactive transaction, so a failure part-way leaves the database as it was.
 * Idempotent: a second run finds every row up to date and writes nothing.
 */
export async function seed(prisma: Db, options: SeedOptions = {}): Promise<SeedSummary> {
  return writeSeedData(prisma, loadSeedData(options), options.timeoutMs ?? 120_000);
}

/** Whether real data is present: at least one source that is not synthetic. */
export async function isSeeded(prisma: Db): Promise<boolean> {
  return (await prisma.source.count({ where: { kind: { not: 'SYNTHETIC' } } })) > 0;
}

/** Seeds a database that holds no real data yet; returns the summary, or null when it was already seeded. */
export async function seedIfEmpty(prisma: Db, options: SeedOptions = {}): Promise<SeedSummary | null> {
  if (await isSeeded(prisma)) return null;
  return seed(prisma, options);
}
