import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { type DatabaseConfig, sqlitePath } from '../src/config.ts';
import { migrate } from '../src/migrate.ts';
import { migrationsDirOf } from '../src/paths.ts';
import { copyMigrations, emptyDatabase, PROVIDERS, sql } from './helpers.ts';

// The indicator-definitions migration applied to a database of the previous release:
// the release's seeded data (fixtures/previous-release.json) plus the rows that release
// accepted and this one's rules carry over (two targets for one plan × indicator ×
// period × kind, an assignment for both a solution and an indicator, a quote copied
// twice, a status without its quote, synthetic rows flagged rather than sourced).

const MIGRATION = '20261201112720_indicator_definitions';
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'previous-release.json'), 'utf8')) as {
  tables: Record<string, Array<Record<string, unknown>>>;
};
const ORDER = ['Source', 'Quote', 'Unit', 'Period', 'Area', 'Sector', 'Agency', 'Plan', 'Indicator', 'Target', 'Result', 'Assessment', 'Person', 'Position', 'Event', 'EventParticipant', 'Solution', 'SolutionIndicator', 'Assignment'];

/** Inserts rows as they are, ids included, then moves PostgreSQL's sequences past them. */
async function insertRows(config: DatabaseConfig, tables: Record<string, Array<Record<string, unknown>>>): Promise<void> {
  const statements: Array<{ table: string; columns: string[]; values: unknown[] }> = [];
  for (const table of ORDER) {
    for (const row of tables[table] ?? []) statements.push({ table, columns: Object.keys(row), values: Object.values(row) });
  }
  const text = (s: (typeof statements)[number], mark: (i: number) => string) =>
    `INSERT INTO "${s.table}" (${s.columns.map((c) => `"${c}"`).join(', ')}) VALUES (${s.columns.map((_, i) => mark(i)).join(', ')})`;
  if (config.provider === 'sqlite') {
    const db = new Database(sqlitePath(config.url));
    try {
      db.transaction(() => {
        for (const s of statements) db.prepare(text(s, () => '?')).run(...s.values.map((v) => (typeof v === 'boolean' ? Number(v) : v)));
      })();
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  try {
    await client.query('BEGIN');
    // SQLite's 0/1 booleans are PostgreSQL boolean input as they are.
    for (const s of statements) await client.query(text(s, (i) => `$${i + 1}`), s.values);
    for (const table of ORDER) {
      await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), COALESCE((SELECT max("id") FROM "${table}"), 0) + 1, false)`);
    }
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

/** The previous release's data, and rows of the kinds this release's rules reshape. */
function previousRelease(): Record<string, Array<Record<string, unknown>>> {
  const t = structuredClone(fixture.tables);
  const target = t.Target![0]!;
  const quote = t.Quote![0]!;
  const solution = t.Solution![0]!;
  const indicator = t.Indicator![0]!;
  return {
    ...t,
    // The source's second statement of a target already recorded: the later one is in force.
    Target: [...t.Target!, { ...target, id: 1000, key: 'restated-target', value: 9, quoteId: quote.id }],
    // The same passage recorded under two keys.
    Quote: [...t.Quote!, { ...quote, id: 1000, key: 'same-passage-again' }],
    // Accepted then, two things at once.
    Assignment: [...t.Assignment!, { id: 1000, key: 'both', agencyId: t.Agency![0]!.id, solutionId: solution.id, indicatorId: indicator.id, role: 'LEAD', quoteId: quote.id }],
    // A status no quote states.
    Plan: t.Plan!.map((p, i) => (i === 0 ? { ...p, status: 'ADOPTED', statusQuoteId: null } : p)),
    // Synthetic rows of an old generator, flagged, with no synthetic source.
    Area: [...t.Area!, { id: 1000, key: 'syn-province-1', level: 'PROVINCE', nameVi: 'Tỉnh Tổng Hợp 1', nameEn: null, parentId: null, validFrom: null, validTo: null, searchText: 'tinh tong hop 1', synthetic: 1 }],
  };
}

describe.each(PROVIDERS)('the indicator-definitions migration on a %s database of the previous release', (provider) => {
  const cleanup: Array<() => unknown> = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  });

  it('keeps every fact, turns each indicator into a definition with one series, and reshapes what the new rules forbid', async () => {
    const folder = copyMigrations(provider);
    cleanup.push(folder.remove);
    // The previous release: the migrations before this one (later ones build on it).
    for (const name of readdirSync(folder.dir)) if (name >= MIGRATION && name !== 'migration_lock.toml') rmSync(join(folder.dir, name), { recursive: true });
    const db = await emptyDatabase(provider);
    cleanup.push(db.drop);
    await migrate(db.config, { migrationsDir: folder.dir });
    const old = previousRelease();
    await insertRows(db.config, old);

    folder.add(MIGRATION, readFileSync(join(migrationsDirOf(provider), MIGRATION, 'migration.sql'), 'utf8'));
    const applied = await migrate(db.config, { migrationsDir: folder.dir });
    expect(applied.applied).toEqual([MIGRATION]);
    // And the migrations after it apply on top, to the migrated data.
    const later = readdirSync(migrationsDirOf(provider)).filter((name) => name > MIGRATION && name !== 'migration_lock.toml').sort();
    for (const name of later) folder.add(name, readFileSync(join(migrationsDirOf(provider), name, 'migration.sql'), 'utf8'));
    expect((await migrate(db.config, { migrationsDir: folder.dir })).applied).toEqual(later);

    const count = async (table: string) => Number((await sql<{ n: number }>(db.config, `SELECT count(*) AS n FROM "${table}"`))[0]!.n);
    for (const table of ['Source', 'Quote', 'Unit', 'Period', 'Sector', 'Agency', 'Plan', 'Indicator', 'Result', 'Assessment', 'Person', 'Position', 'Event', 'EventParticipant', 'Solution', 'SolutionIndicator']) {
      // Plus the synthetic source created for the flagged area.
      expect(await count(table), table).toBe(old[table]!.length + (table === 'Source' ? 1 : 0));
    }
    expect(await count('Area')).toBe(old.Area!.length);

    // Each indicator is a definition of its own, same id and code, with one series.
    const first = fixture.tables.Indicator![0]!;
    const [definition] = await sql(db.config, `SELECT "key", "nameVi", "nameEn", "sectorId", "direction", "dimension", "searchText", "sortKey" FROM "IndicatorDefinition" WHERE "id" = ${first.id}`);
    expect(definition).toMatchObject({ key: first.key, nameVi: first.nameVi, nameEn: first.nameEn, sectorId: first.sectorId, direction: first.direction, dimension: 'PERCENT' });
    expect(await count('IndicatorDefinition')).toBe(fixture.tables.Indicator!.length);
    const [series] = await sql(db.config, `SELECT "definitionId", "areaId", "unitId", "searchText", "sortKey" FROM "Indicator" WHERE "id" = ${first.id}`);
    expect(series).toEqual({ definitionId: first.id, areaId: first.areaId, unitId: first.unitId, searchText: definition!.searchText, sortKey: definition!.sortKey });

    // Targets: the restated one is in force; the earlier becomes its revision.
    const target = fixture.tables.Target![0]!;
    expect(await count('Target')).toBe(fixture.tables.Target!.length);
    expect(await sql(db.config, `SELECT "id", "value" FROM "Target" WHERE "id" IN (${target.id}, 1000) ORDER BY "id"`)).toEqual([{ id: 1000, value: 9 }]);
    expect(await sql(db.config, `SELECT "targetId", "value", "quoteId" FROM "TargetRevision"`)).toEqual([{ targetId: 1000, value: target.value, quoteId: target.quoteId }]);

    // Results: every one keeps its figures, and its source is its quote's.
    const result = fixture.tables.Result![0]!;
    const [r] = await sql(db.config, `SELECT "value", "reliability", "sourceId", "reportedOn", "supersedesId" FROM "Result" WHERE "id" = ${result.id}`);
    expect(r).toEqual({ value: result.value, reliability: result.reliability, sourceId: fixture.tables.Source![0]!.id, reportedOn: null, supersedesId: null });

    // Quotes: offsets are start and end; the copy of a passage keeps its text, not its place.
    const quote = fixture.tables.Quote![0]!;
    expect(await sql(db.config, `SELECT "id", "start", "end", "text" FROM "Quote" WHERE "id" IN (${quote.id}, 1000) ORDER BY "id"`)).toEqual([
      { id: quote.id, start: quote.start, end: (quote.start as number) + (quote.text as string).length, text: quote.text },
      { id: 1000, start: null, end: null, text: quote.text },
    ]);

    // Sources: the publisher's name and the day, at day precision; the text comes with the next seed.
    const source = fixture.tables.Source![0]!;
    const [s] = await sql(db.config, `SELECT "publisherName", "datePrecision", "text" FROM "Source" WHERE "id" = ${source.id}`);
    expect(s).toEqual({ publisherName: source.publisher, datePrecision: 'DAY', text: null });

    // Assignments: within their solution's plan; the one for two things is two.
    const solution = fixture.tables.Solution![0]!;
    expect(await sql(db.config, `SELECT "solutionId", "indicatorId", "planId" FROM "Assignment" WHERE "agencyId" = ${fixture.tables.Agency![0]!.id} AND "role" = 'LEAD' ORDER BY "id"`)).toEqual([
      { solutionId: solution.id, indicatorId: null, planId: solution.planId },
      { solutionId: null, indicatorId: first.id, planId: target.planId },
    ]);
    expect(await sql(db.config, `SELECT count(*) AS n FROM "Assignment" WHERE "planId" IS NULL AND "periodId" IS NULL`)).toEqual([{ n: provider === 'sqlite' ? 0 : '0' }]);

    // A status without its quote is no fact; synthetic rows are named in a synthetic source.
    expect(await sql(db.config, `SELECT "status" FROM "Plan" WHERE "id" = ${fixture.tables.Plan![0]!.id}`)).toEqual([{ status: null }]);
    const [synthetic] = await sql(db.config, `SELECT s."kind", s."key" FROM "Area" a JOIN "Source" s ON s."id" = a."namedInId" WHERE a."id" = 1000`);
    expect(synthetic).toEqual({ kind: 'SYNTHETIC', key: 'syn-migrated' });
    expect(await sql(db.config, `SELECT count(*) AS n FROM "Area" WHERE "namedInId" IS NOT NULL`)).toEqual([{ n: provider === 'sqlite' ? 1 : '1' }]);
  });
});
