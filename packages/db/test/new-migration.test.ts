import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../src/migrate.ts';
import { migrationStatus } from '../src/migration-status.ts';
import { newMigration, nextTimestamp, validateMigrationName } from '../src/new-migration.ts';
import { SCHEMA_PATH } from '../src/paths.ts';
import { copyMigrations, emptyDatabase, PROVIDERS, tables } from './helpers.ts';

const source = readFileSync(SCHEMA_PATH, 'utf8');

describe('new-migration', () => {
  const cleanup: Array<() => unknown> = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  });

  it.each(PROVIDERS)(
    'reports no changes for %s: the committed migrations build the current schema (else run npm run db:migration -- <name>)',
    async (provider) => {
      const [result] = await newMigration('check', { providers: [provider], dryRun: true });
      expect(result!.script, 'prisma/schema.prisma changed without a migration').toBe('');
      expect(result!.created).toBeUndefined();
    },
  );

  it('writes one migration per provider for a schema change, under one name, that migrate applies', async () => {
    const changed = source
      .replace('  multiplier Float\n', '  multiplier Float\n  note       String?\n')
      .concat('\n/// A test-only model.\nmodel Extra {\n  id   Int    @id @default(autoincrement())\n  name String @unique\n}\n');
    const folders = Object.fromEntries(
      PROVIDERS.map((p) => {
        const copy = copyMigrations(p);
        cleanup.push(copy.remove);
        return [p, copy.dir];
      }),
    );
    const results = await newMigration('add_extra', {
      schema: changed,
      migrationsDirs: folders,
      now: new Date('2999-01-02T03:04:05Z'),
    });
    expect(results.map((r) => r.provider)).toEqual(PROVIDERS);
    for (const r of results) {
      expect(basename(r.created!)).toBe('29990102030405_add_extra');
      expect(r.script).toMatch(/CREATE TABLE "Extra"/);
      expect(r.script).toMatch(/"note" TEXT/);
      expect(readFileSync(`${r.created}/migration.sql`, 'utf8')).toBe(r.script);
    }

    // Nothing more to do once the migration exists.
    const again = await newMigration('again', { schema: changed, migrationsDirs: folders, dryRun: true });
    expect(again.map((r) => r.script)).toEqual(['', '']);

    for (const provider of PROVIDERS) {
      const db = await emptyDatabase(provider);
      cleanup.push(db.drop);
      const applied = await migrate(db.config, { migrationsDir: folders[provider] });
      expect(applied.applied.at(-1)).toBe('29990102030405_add_extra');
      expect(await tables(db.config)).toContain('Extra');
      expect((await migrationStatus(db.config, { migrationsDir: folders[provider] })).upToDate).toBe(true);
    }
  });

  it('names a migration after now, or after the latest existing one when that is later', () => {
    const folder = copyMigrations('sqlite');
    cleanup.push(folder.remove);
    expect(nextTimestamp(new Date('3000-01-01T00:00:00Z'), [folder.dir])).toBe('30000101000000');
    folder.add('29991231235959_last', 'SELECT 1;\n');
    expect(nextTimestamp(new Date('2020-01-01T00:00:00Z'), [folder.dir])).toBe('30000101000000');
    expect(nextTimestamp(new Date('2020-01-01T00:00:00Z'), ['/no/such/folder'])).toBe('20200101000000');
  });

  it('validates the name with a clear message', () => {
    expect(validateMigrationName('add_unit_notes2')).toBe('add_unit_notes2');
    expect(() => validateMigrationName(undefined)).toThrow(/Give the migration a name/);
    expect(() => validateMigrationName('add-notes')).toThrow(
      'Migration name "add-notes" is invalid: use only letters, digits and underscore',
    );
    expect(() => validateMigrationName('bảng')).toThrow(/invalid/);
    expect(() => validateMigrationName('x'.repeat(101))).toThrow(/too long/);
  });
});
