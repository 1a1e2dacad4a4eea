import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/client.ts';
import { MigrationError, migrate } from '../src/migrate.ts';
import { migrationStatus } from '../src/migration-status.ts';
import { copyMigrations, emptyDatabase, MODELS, PROVIDERS, sql, tables } from './helpers.ts';

// A migration that fails halfway: its first statement works, its second does not.
const BROKEN = `-- CreateTable
CREATE TABLE "Extra" ("id" INTEGER NOT NULL PRIMARY KEY, "note" TEXT);

-- Breaks: no such table
INSERT INTO "NoSuchTable" ("id") VALUES (1);
`;
const FIXED = `CREATE TABLE "Extra" ("id" INTEGER NOT NULL PRIMARY KEY, "note" TEXT);\n`;
const NAME = '29991231000000_broken';

describe.each(PROVIDERS)('a broken migration on %s', (provider) => {
  const cleanup: Array<() => unknown> = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  });

  it('fails with an error naming it, applies nothing of it, keeps the earlier tables, and applies once fixed', async () => {
    const folder = copyMigrations(provider);
    cleanup.push(folder.remove);
    folder.add(NAME, BROKEN);
    const db = await emptyDatabase(provider);
    cleanup.push(db.drop);

    const error = await migrate(db.config, { migrationsDir: folder.dir }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).migration).toBe(NAME);
    expect((error as Error).message).toContain(`Migration ${NAME} failed`);
    expect((error as Error).message).toMatch(/NoSuchTable/);
    expect((error as Error).message).toMatch(/rolled back/);

    // The earlier migrations stayed; nothing of the broken one did.
    expect(await tables(db.config)).toEqual([...MODELS, '_prisma_migrations'].sort());
    const status = await migrationStatus(db.config, { migrationsDir: folder.dir });
    expect(status.pending).toEqual([NAME]);
    expect(status.failed).toEqual([]);
    expect(status.applied).not.toContain(NAME);

    // The database is usable through Prisma.
    const database = openDatabase(db.config);
    try {
      const unit = await database.prisma.unit.create({
        data: { key: 'pct', labelVi: 'phần trăm', dimension: 'PERCENT', multiplier: 1 },
      });
      expect(await database.prisma.unit.count()).toBe(1);
      expect(unit.key).toBe('pct');
    } finally {
      await database.close();
    }

    // Running again fails the same way (nothing half applied to trip on) ...
    await expect(migrate(db.config, { migrationsDir: folder.dir })).rejects.toThrow(`Migration ${NAME} failed`);
    // ... and once fixed, the migration applies.
    folder.add(NAME, FIXED);
    const result = await migrate(db.config, { migrationsDir: folder.dir });
    expect(result.applied).toEqual([NAME]);
    expect(await tables(db.config)).toContain('Extra');
    const rows = await sql<{ migration_name: string; rolled_back_at: unknown; finished_at: unknown }>(
      db.config,
      `SELECT migration_name, rolled_back_at, finished_at FROM _prisma_migrations WHERE migration_name = '${NAME}'`,
    );
    // Two failed attempts recorded as rolled back, then the one that finished.
    expect(rows.filter((r) => r.rolled_back_at != null)).toHaveLength(2);
    expect(rows.filter((r) => r.finished_at != null && r.rolled_back_at == null)).toHaveLength(1);
    expect((await migrationStatus(db.config, { migrationsDir: folder.dir })).upToDate).toBe(true);
  });
});
