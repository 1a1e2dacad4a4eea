import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../src/migrate.ts';
import { newMigration } from '../src/new-migration.ts';
import { SCHEMA_PATH } from '../src/paths.ts';
import { copyMigrations, emptyDatabase, sql } from './helpers.ts';

// SQLite cannot alter most column properties: Prisma's migration copies the table into
// a new one, drops the old one and renames, with foreign keys switched off. migrate
// runs every migration in one transaction; this checks that such a migration still
// applies, keeps the rows of the table and of the tables that reference it, and leaves
// foreign keys enforced.

describe('a SQLite migration that redefines a referenced table', () => {
  const cleanup: Array<() => unknown> = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  });

  it('keeps its rows and the rows that reference it, and foreign keys stay enforced', async () => {
    const folder = copyMigrations('sqlite');
    cleanup.push(folder.remove);
    const db = await emptyDatabase('sqlite');
    cleanup.push(db.drop);
    await migrate(db.config, { migrationsDir: folder.dir });
    await sql(
      db.config,
      `INSERT INTO "Source" ("id", "key", "kind", "title", "publisherName", "publishedOn", "datePrecision", "url", "language")
       VALUES (1, 's1', 'REPORT', 'Báo cáo', 'UBND', '2024-01-01T00:00:00.000Z', 'DAY', 'https://example.org', 'vi')`,
    );
    await sql(db.config, `INSERT INTO "Quote" ("id", "sourceId", "text") VALUES (1, 1, 'Câu trích')`);

    // Source.url made required (with a default): a table redefinition in SQLite.
    const source = readFileSync(SCHEMA_PATH, 'utf8');
    const changed = source.replace(/^(\s+url\s+)String\?/m, '$1String @default("")');
    expect(changed).not.toBe(source);
    const [result] = await newMigration('source_url_required', {
      schema: changed,
      providers: ['sqlite'],
      migrationsDirs: { sqlite: folder.dir },
    });
    expect(result!.script).toMatch(/PRAGMA foreign_keys=OFF/);
    expect(result!.script).toMatch(/DROP TABLE "Source"/);

    const applied = await migrate(db.config, { migrationsDir: folder.dir });
    expect(applied.applied).toHaveLength(1);
    expect(await sql(db.config, 'SELECT "key", "url" FROM "Source"')).toEqual([{ key: 's1', url: 'https://example.org' }]);
    expect(await sql(db.config, 'SELECT "id", "sourceId" FROM "Quote"')).toEqual([{ id: 1, sourceId: 1 }]);
    expect(await sql(db.config, 'PRAGMA foreign_key_check')).toEqual([]);
    await expect(
      sql(db.config, `INSERT INTO "Quote" ("sourceId", "text") VALUES (99, 'orphan')`),
    ).rejects.toThrow(/FOREIGN KEY constraint failed/);
  });
});
