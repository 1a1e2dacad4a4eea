import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/client.ts';
import { sqlitePath } from '../src/config.ts';
import { migrate } from '../src/migrate.ts';
import { migrationNames, migrationStatus } from '../src/migration-status.ts';
import { migrationsDirOf } from '../src/paths.ts';
import { copyMigrations, emptyDatabase, PROVIDERS } from './helpers.ts';

describe.each(PROVIDERS)('migrationStatus on %s', (provider) => {
  const cleanup: Array<() => unknown> = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  });

  it('R19 prisma 7.10.0 (_prisma_migrations): reports every migration pending on an empty database, none once migrated', async () => {
    const db = await emptyDatabase(provider);
    cleanup.push(db.drop);
    const all = migrationNames(migrationsDirOf(provider));
    expect(all.length).toBeGreaterThan(0);

    const before = await migrationStatus(db.config);
    expect(before).toEqual({ applied: [], pending: all, failed: [], upToDate: false });

    await migrate(db.config);
    const after = await migrationStatus(db.config);
    expect(after).toEqual({ applied: all, pending: [], failed: [], upToDate: true });
  });

  it('sees a migration added to the folder as pending, also through an open Prisma client', async () => {
    const folder = copyMigrations(provider);
    cleanup.push(folder.remove);
    const db = await emptyDatabase(provider);
    cleanup.push(db.drop);
    await migrate(db.config, { migrationsDir: folder.dir });
    expect((await migrationStatus(db.config, { migrationsDir: folder.dir })).upToDate).toBe(true);

    folder.add('29990101000000_later', 'CREATE TABLE "Later" ("id" INTEGER NOT NULL PRIMARY KEY);\n');
    const database = openDatabase(db.config);
    cleanup.push(() => database.close());
    const status = await migrationStatus(db.config, { migrationsDir: folder.dir, db: database.prisma });
    expect(status.pending).toEqual(['29990101000000_later']);
    expect(status.upToDate).toBe(false);
  });
});

describe('migrationStatus on a SQLite file that does not exist yet', () => {
  it('reports everything pending without creating the file', async () => {
    const db = await emptyDatabase('sqlite');
    try {
      const status = await migrationStatus(db.config);
      expect(status.applied).toEqual([]);
      expect(status.pending).toEqual(migrationNames(migrationsDirOf('sqlite')));
      expect(existsSync(sqlitePath(db.config.url))).toBe(false);
    } finally {
      await db.drop();
    }
  });
});
