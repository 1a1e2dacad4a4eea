import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, type Db, openDatabase } from '../src/client.ts';
import { databaseConfigFromEnv } from '../src/config.ts';
import { migrate } from '../src/migrate.ts';
import { defaultSourcesDir, isSeeded, SEED_DIR, SeedDataError, seed, seedIfEmpty } from '../src/seed.ts';
import { fold } from '../src/text.ts';

// The seed loader against a real, temporary, migrated database: SQLite by default,
// PostgreSQL when run with PLANHUB_TEST_DATABASE=postgresql.

const MODELS = [
  'source', 'quote', 'unit', 'period', 'area', 'sector', 'agency', 'plan', 'indicatorDefinition', 'indicator', 'target',
  'targetRevision', 'result', 'assessment', 'person', 'position', 'event', 'eventParticipant', 'solution',
  'solutionIndicator', 'assignment', 'areaSuccession', 'agencySuccession',
] as const;

type Delegate = { findMany(args: unknown): Promise<unknown[]>; count(): Promise<number> };
const delegate = (prisma: Db, model: (typeof MODELS)[number]) => (prisma as unknown as Record<string, Delegate>)[model]!;

/** Every row of every table, in id order: equal dumps mean an unchanged database. */
async function dump(prisma: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const m of MODELS) out[m] = await delegate(prisma, m).findMany({ orderBy: { id: 'asc' } });
  return out;
}

async function counts(prisma: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const m of MODELS) out[m] = await delegate(prisma, m).count();
  return out;
}

const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

const dropAfter: Array<() => Promise<void>> = [];

/** A migrated, empty database: SQLite, or PostgreSQL when PLANHUB_TEST_DATABASE=postgresql. */
async function freshDatabase(): Promise<Database> {
  if (process.env.PLANHUB_TEST_DATABASE === 'postgresql') {
    const { createTestDatabase } = await import('../src/testing/pg.ts');
    const pg = await createTestDatabase({ migrate: true, prefix: 'planhub_seed_test' });
    dropAfter.push(() => pg.drop());
    return openDatabase(pg.config);
  }
  const config = databaseConfigFromEnv({ DATABASE_URL: `file:${join(tempDir('planhub-seed-db-'), 'test.db')}` });
  await migrate(config);
  return openDatabase(config);
}

/** A copy of the seed files with one file edited. */
function editedSeed(file: string, edit: (json: { records: Array<Record<string, unknown>> }) => void): string {
  const dir = tempDir('planhub-seed-data-');
  cpSync(SEED_DIR, dir, { recursive: true });
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8')) as { records: Array<Record<string, unknown>> };
  edit(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
  return dir;
}

const open: Database[] = [];
afterAll(async () => {
  for (const db of open) await db.close();
  for (const drop of dropAfter) await drop();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('seed', () => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase();
    open.push(db);
  });

  it('loads every record into a fresh database', async () => {
    expect(await isSeeded(db.prisma)).toBe(false);
    const summary = await seed(db.prisma);
    expect(summary.updated).toBe(0);
    expect(summary.unchanged).toBe(0);
    const c = await counts(db.prisma);
    expect(summary.created).toBe(Object.values(c).reduce((a, b) => a + b, 0));
    expect(c).toMatchObject({ source: 1, indicatorDefinition: 17, indicator: 17, target: 10, result: 8, solutionIndicator: 9, eventParticipant: 3 });
    expect(await isSeeded(db.prisma)).toBe(true);
  });

  it('changes nothing when run again: same row counts, same values, no writes', async () => {
    const before = await dump(db.prisma);
    const countsBefore = await counts(db.prisma);
    const summary = await seed(db.prisma);
    expect(summary.created).toBe(0);
    expect(summary.updated).toBe(0);
    expect(await counts(db.prisma)).toEqual(countsBefore);
    expect(await dump(db.prisma)).toEqual(before);
    expect(await seedIfEmpty(db.prisma)).toBeNull();
  });

  it('stores facts with their units, periods, plans and quotes resolved, matched by their natural keys', async () => {
    const plan = await db.prisma.plan.findUniqueOrThrow({ where: { key: 'bac-kan-ktxh-2024' } });
    const definition = await db.prisma.indicatorDefinition.findUniqueOrThrow({ where: { key: 'poverty-rate-reduction' } });
    const area = await db.prisma.area.findUniqueOrThrow({ where: { key: 'bac-kan' } });
    const series = await db.prisma.indicator.findUniqueOrThrow({ where: { definitionId_areaId: { definitionId: definition.id, areaId: area.id } } });
    const period = await db.prisma.period.findUniqueOrThrow({ where: { key: '2024' } });
    const t = await db.prisma.target.findUniqueOrThrow({
      where: { planId_indicatorId_periodId_kind: { planId: plan.id, indicatorId: series.id, periodId: period.id, kind: 'LEVEL' } },
      include: { unit: true, quote: { include: { source: true } } },
    });
    expect(t).toMatchObject({ comparator: 'RANGE', value: 2, valueMax: 2.5, rangeKind: 'OR_BETTER', isMain: true, adoptedOn: null });
    expect(t.unit.key).toBe('percentage-point');
    expect(t.quote.text).toBe('tỷ lệ giảm nghèo so với năm trước đạt 2 - 2,5%');
    // The source's text is stored, and the quote is its text between start and end.
    const text = readFileSync(join(defaultSourcesDir(), '000_fe3163c27ec6920d.txt'), 'utf8');
    expect(t.quote.source.text).toBe(text);
    expect(text.slice(t.quote.start!, t.quote.end!)).toBe(t.quote.text);
    // Derived columns come from the client's extension; the series copies its definition's.
    expect(definition.searchText).toContain(fold(definition.nameVi));
    expect(series).toMatchObject({ searchText: definition.searchText, sortKey: definition.sortKey });

    const source = t.quote.source;
    expect(source).toMatchObject({ publisherName: 'Báo Bắc Kạn', publisherId: null, documentNumber: null, datePrecision: 'MONTH' });
    expect(source.publishedOn.toISOString()).toBe('2023-12-01T00:00:00.000Z');

    const production = await db.prisma.indicatorDefinition.findUniqueOrThrow({ where: { key: 'industrial-production-value' }, include: { series: true } });
    const y2023 = await db.prisma.period.findUniqueOrThrow({ where: { key: '2023' } });
    const r = await db.prisma.result.findUniqueOrThrow({
      where: { indicatorId_periodId_measure_sourceId: { indicatorId: production.series[0]!.id, periodId: y2023.id, measure: 'LEVEL', sourceId: source.id } },
      include: { unit: true },
    });
    expect(r).toMatchObject({ value: 1773, percentOfPlan: 100, yoyChangePercent: 12, reliability: 'ESTIMATE', supersedesId: null });
    expect(r.unit.multiplier).toBe(1e9);
    expect(r.reportedOn?.toISOString()).toBe('2023-12-13T00:00:00.000Z');
    expect(r.asOf?.toISOString()).toBe('2023-12-13T00:00:00.000Z');

    const growth = await db.prisma.indicator.findFirstOrThrow({ where: { searchText: { contains: 'tang truong kinh te' } }, include: { definition: true } });
    expect(growth.definition.key).toBe('economic-growth-rate');
    // Every assignment holds within a plan.
    expect(await db.prisma.assignment.count({ where: { planId: null, periodId: null } })).toBe(0);
  });

  it('rejects a target pointing to a missing indicator, naming file, key and field, and writes nothing', async () => {
    const dataDir = editedSeed('targets.json', (j) => {
      j.records[0]!.indicator = 'no-such-indicator@bac-kan';
      j.records[1]!.value = 999; // a valid edit that must not reach the database either
    });
    const before = await dump(db.prisma);
    const error = await seed(db.prisma, { dataDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedDataError);
    const message = (error as Error).message;
    expect(message).toContain('targets.json');
    expect(message).toContain('record "bac-kan-2024-economic-growth"');
    expect(message).toContain('field "indicator"');
    expect(message).toContain('no indicators.json record is the series "no-such-indicator@bac-kan"');
    expect(await dump(db.prisma)).toEqual(before);
  });

  it('rejects a record of the wrong shape, naming file, key and field', async () => {
    const dataDir = editedSeed('results.json', (j) => {
      j.records[0]!.value = '6,33';
      j.records[1]!.colour = 'red';
    });
    const error = (await seed(db.prisma, { dataDir }).catch((e: unknown) => e)) as SeedDataError;
    expect(error).toBeInstanceOf(SeedDataError);
    expect(error.problems).toEqual([
      expect.stringMatching(/^results\.json: record "bac-kan-2023-economic-growth", field "value": /),
      'results.json: record "bac-kan-2023-growth-agriculture-forestry-fisheries", field "colour": unknown field',
    ]);
  });

  it('rejects a quote that is not verbatim', async () => {
    const dataDir = editedSeed('quotes.json', (j) => {
      j.records[0]!.text = 'Chieu 13/12, UBND tinh to chuc Hoi nghi';
    });
    await expect(seed(db.prisma, { dataDir })).rejects.toThrow(/quotes\.json: record "q-event", field "text": not an exact passage/);
  });

  it('rolls back everything when a write fails part-way', async () => {
    const before = await dump(db.prisma);
    const dataDir = editedSeed('targets.json', (j) => {
      j.records[0]!.value = 9; // written early in the transaction...
    });
    // ...then the last table's writes fail.
    const failing = new Proxy(db.prisma, {
      get(target, prop, receiver) {
        if (prop !== '$transaction') return Reflect.get(target, prop, receiver);
        return (fn: (tx: unknown) => Promise<unknown>, opts: unknown) =>
          target.$transaction(
            (tx) =>
              fn(
                new Proxy(tx, {
                  get: (t, p, r) =>
                    p === 'assignment'
                      ? { findMany: async () => [], create: async () => Promise.reject(new Error('disk full')) }
                      : Reflect.get(t, p, r),
                }),
              ),
            opts as never,
          );
      },
    });
    await expect(seed(failing, { dataDir })).rejects.toThrow('disk full');
    expect(await dump(db.prisma)).toEqual(before);
  });

  it('updates a changed record in place and is idempotent again', async () => {
    const dataDir = editedSeed('targets.json', (j) => {
      j.records[0]!.value = 9;
    });
    const countsBefore = await counts(db.prisma);
    const summary = await seed(db.prisma, { dataDir });
    expect(summary).toMatchObject({ created: 0, updated: 1 });
    expect(summary.tables.Target).toMatchObject({ updated: 1 });
    expect(await counts(db.prisma)).toEqual(countsBefore);
    expect((await db.prisma.target.findFirstOrThrow({ where: { indicator: { definition: { key: 'economic-growth-rate' } }, plan: { key: 'bac-kan-ktxh-2024' } } })).value).toBe(9);
    // Back to the real data.
    expect(await seed(db.prisma)).toMatchObject({ created: 0, updated: 1 });
    expect((await seed(db.prisma)).updated).toBe(0);
  });
});

describe('seed without the source texts on file', () => {
  it('refuses, naming the source and the file, and writes nothing', async () => {
    const db = await freshDatabase();
    open.push(db);
    const error = (await seed(db.prisma, { sourcesDir: tempDir('planhub-no-sources-') }).catch((e: unknown) => e)) as SeedDataError;
    expect(error).toBeInstanceOf(SeedDataError);
    expect(error.problems).toEqual([expect.stringMatching(/^sources\.json: record "bbk-2023-12-13-hoi-nghi-ktxh-2024", field "fileName": no file 000_fe3163c27ec6920d\.txt in /)]);
    expect(await db.prisma.quote.count()).toBe(0);
  });
});

describe('seedIfEmpty', () => {
  it('seeds an empty database once', async () => {
    const db = await freshDatabase();
    open.push(db);
    const first = await seedIfEmpty(db.prisma);
    expect(first?.created).toBeGreaterThan(0);
    expect(await seedIfEmpty(db.prisma)).toBeNull();
  });
});
