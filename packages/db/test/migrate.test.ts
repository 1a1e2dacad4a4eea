import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/client.ts';
import type { DatabaseConfig } from '../src/config.ts';
import { migrate } from '../src/migrate.ts';
import { migrationsDirOf } from '../src/paths.ts';
import { emptyDatabase, MODELS, PROVIDERS, sql, tables } from './helpers.ts';

const folderNames = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

describe.each(PROVIDERS)('migrate on a fresh %s database', (provider) => {
  let drop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await drop?.();
    drop = undefined;
  });

  it('R16 R17 @prisma/adapter-pg 7.10.0 and @prisma/schema-engine-wasm: creates every table from nothing, records the migrations, and a second run applies nothing', async () => {
    const db = await emptyDatabase(provider);
    drop = db.drop;
    const config: DatabaseConfig = db.config;
    const all = folderNames(migrationsDirOf(provider));
    expect(all[0]).toMatch(/^\d{14}_init$/);

    const first = await migrate(config);
    expect(first.applied).toEqual(all);
    expect(first.total).toBe(all.length);
    expect(await tables(config)).toEqual([...MODELS, '_prisma_migrations'].sort());
    const recorded = await sql<{ migration_name: string }>(
      config,
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
    );
    expect(recorded.map((r) => r.migration_name)).toEqual(all);

    const second = await migrate(config);
    expect(second.applied).toEqual([]);
    const rows = await sql(config, 'SELECT * FROM _prisma_migrations');
    expect(rows).toHaveLength(all.length);
  });

  it('leaves a database the Prisma client can use at once', async () => {
    const db = await emptyDatabase(provider);
    drop = db.drop;
    await migrate(db.config);
    const database = openDatabase(db.config);
    try {
      const source = await database.prisma.source.create({
        data: {
          key: 'test-source',
          kind: 'REPORT',
          title: 'Báo cáo',
          publisherName: 'UBND tỉnh',
          publishedOn: new Date('2024-01-02T00:00:00Z'),
          datePrecision: 'DAY',
          language: 'vi',
        },
      });
      expect(await database.prisma.source.findUnique({ where: { key: 'test-source' } })).toMatchObject({
        id: source.id,
        title: 'Báo cáo',
      });
    } finally {
      await database.close();
    }
  });
});
