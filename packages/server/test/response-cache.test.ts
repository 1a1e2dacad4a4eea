import { createInMemoryCache } from '@graphql-yoga/plugin-response-cache';
import { type ExecutionResult, GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Database } from '@planhub/db/client';
import { seed } from '@planhub/db/seed';
import { keepingJson } from '../src/cache.ts';
import { readDataVersion } from '../src/data-version.ts';
import { createPlanHubYoga } from '../src/yoga.ts';
import { CACHED_STATEMENTS, createMigratedDatabase, testProvider, testYogaOptions, type TestDatabase } from '../src/testing/hub.ts';

// The response cache (PLANHUB_RESPONSE_CACHE=on) answers repeated queries from memory
// and never serves data older than the last committed write, whoever made it: the key
// carries the database's data version, which triggers bump in every writing transaction.

const DASHBOARD = /* GraphQL */ `
  query Dashboard($plan: String!) {
    plan(code: $plan) {
      title
      targets(first: 50) {
        totalCount
        edges { node { value status indicator { code name latestResult { value } assignments { role agency { name } } } } }
      }
    }
  }
`;
const INDICATOR_NAME = `query Name($code: String!) { indicator(area: "bac-kan", code: $code) { name } }`;

let database: TestDatabase;
let db: Database;
let writer: Database;
let yoga: ReturnType<typeof createPlanHubYoga>;

async function run(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  db.statements.reset();
  const response = await yoga.fetch('http://planhub.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, etag: response.headers.get('etag'), text, body: text ? JSON.parse(text) : undefined, statements: db.statements.count };
}

beforeAll(async () => {
  database = await createMigratedDatabase();
  db = openDatabase(database.config, { countStatements: true });
  await seed(db.prisma);
  // Another connection (on PostgreSQL another pool), as an import or a second process would use.
  writer = openDatabase(database.config);
  yoga = createPlanHubYoga({ db, responseCache: { enabled: true, ttlMs: 60_000, maxEntries: 100 }, ...testYogaOptions() });
});
afterAll(async () => {
  await db?.close();
  await writer?.close();
  await database?.drop();
});

describe('response cache', () => {
  it('serves a repeated query from memory: at most one statement, the data-version check (none on the embedded database)', async () => {
    const vars = { plan: 'bac-kan-ktxh-2024' };
    const miss = await run(DASHBOARD, vars);
    expect(miss.body.errors).toBeUndefined();
    expect(miss.statements).toBeGreaterThan(1); // the version check, then the query itself
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      const hit = await run(DASHBOARD, vars);
      expect(hit.text).toBe(miss.text);
      expect(hit.statements).toBe(CACHED_STATEMENTS);
      // Written from the text kept when it was cached, not serialized again.
      expect(stringify.mock.results.some((r) => r.value === hit.text)).toBe(false);
    } finally {
      stringify.mockRestore();
    }
  });

  it('keeps the JSON text of a cached result only for what it was made from', async () => {
    const cache = keepingJson(createInMemoryCache());
    const result = { data: { a: 'ă' } };
    await cache.set('k', result, [], 60_000);
    const hit = (await cache.get('k')) as ExecutionResult & { stringify(r: ExecutionResult): string };
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      expect(hit.stringify({ ...hit, extensions: undefined })).toBe('{"data":{"a":"ă"}}');
      expect(hit.stringify({ ...hit, extensions: undefined })).toBe('{"data":{"a":"ă"}}');
      expect(stringify).toHaveBeenCalledTimes(1);
      expect(hit.stringify({ ...hit, extensions: { other: 1 } })).toBe('{"data":{"a":"ă"},"extensions":{"other":1}}');
      expect(hit.stringify({ data: { a: 'b' } })).toBe('{"data":{"a":"b"}}');
      expect(hit.stringify({ ...hit, extensions: undefined, errors: [new GraphQLError('x')] })).toContain('"errors"');
    } finally {
      stringify.mockRestore();
    }
  });

  it('after a write through another connection, the next request sees the new data', async () => {
    const vars = { code: 'economic-growth-rate' };
    const before = await run(INDICATOR_NAME, vars);
    expect((await run(INDICATOR_NAME, vars)).statements).toBe(CACHED_STATEMENTS); // cached
    const original = before.body.data.indicator.name as string;

    const rename = (nameVi: string) => writer.prisma.indicatorDefinition.update({ where: { key: 'economic-growth-rate' }, data: { nameVi, nameEn: 'Economic growth rate', descriptionVi: null, descriptionEn: null } });
    await rename(`${original} (sửa)`);
    const after = await run(INDICATOR_NAME, vars);
    expect(after.body.data.indicator.name).toBe(`${original} (sửa)`);
    expect(after.statements).toBeGreaterThan(1); // recomputed…
    expect((await run(INDICATOR_NAME, vars)).statements).toBe(CACHED_STATEMENTS); // …and cached again

    await rename(original);
    expect((await run(INDICATOR_NAME, vars)).body.data.indicator.name).toBe(original);
  });

  it('a write to a related table (a result) invalidates too', async () => {
    const vars = { plan: 'bac-kan-ktxh-2024' };
    const before = await run(DASHBOARD, vars);
    const result = await writer.prisma.result.findFirstOrThrow({ where: { indicator: { definition: { key: 'economic-growth-rate' } } }, orderBy: { id: 'desc' } });
    await writer.prisma.result.update({ where: { id: result.id }, data: { value: (result.value ?? 0) + 1000 } });
    const after = await run(DASHBOARD, vars);
    expect(after.text).not.toBe(before.text);
    await writer.prisma.result.update({ where: { id: result.id }, data: { value: result.value } });
  });

  it('keeps languages apart', async () => {
    const vars = { code: 'economic-growth-rate' };
    const vi = await run(INDICATOR_NAME, vars, { 'accept-language': 'vi' });
    const en = await run(INDICATOR_NAME, vars, { 'accept-language': 'en' });
    expect(en.body.data.indicator.name).not.toBe(vi.body.data.indicator.name);
    expect((await run(INDICATOR_NAME, vars, { 'accept-language': 'en' })).body.data.indicator.name).toBe(en.body.data.indicator.name);
  });

  it('R6 R7 @graphql-yoga/plugin-response-cache 3.26.1 and @envelop/response-cache 9.3.1: the ETag is the cache key; an ETag earns a 304 only while no write has committed since', async () => {
    const vars = { code: 'new-jobs' };
    const first = await run(INDICATOR_NAME, vars);
    await run(INDICATOR_NAME, vars); // cached, so the ETag names an entry
    expect(first.etag).toBeTruthy();
    const notModified = await run(INDICATOR_NAME, vars, { 'if-none-match': first.etag! });
    expect(notModified.status).toBe(304);

    const jobs = await writer.prisma.indicatorDefinition.findUniqueOrThrow({ where: { key: 'new-jobs' } });
    await writer.prisma.indicatorDefinition.update({ where: { key: 'new-jobs' }, data: { nameVi: 'Việc làm mới (sửa)', nameEn: jobs.nameEn, descriptionVi: jobs.descriptionVi, descriptionEn: jobs.descriptionEn } });
    const afterWrite = await run(INDICATOR_NAME, vars, { 'if-none-match': first.etag! });
    expect(afterWrite.status).toBe(200);
    expect(afterWrite.body.data.indicator.name).toBe('Việc làm mới (sửa)');
  });

  it('every data table has the triggers that bump the data version', async () => {
    const tables =
      testProvider === 'sqlite'
        ? await db.prisma.$queryRawUnsafe<Array<{ name: string }>>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
        : await db.prisma.$queryRawUnsafe<Array<{ name: string }>>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`);
    const triggers =
      testProvider === 'sqlite'
        ? await db.prisma.$queryRawUnsafe<Array<{ table: string; event: string }>>(
            `SELECT tbl_name AS "table", upper(substr(sql, instr(upper(sql), 'AFTER ') + 6, 6)) AS event FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%DataVersion%'`,
          )
        : await db.prisma.$queryRawUnsafe<Array<{ table: string; event: string }>>(
            `SELECT event_object_table AS "table", event_manipulation AS event FROM information_schema.triggers WHERE action_statement LIKE '%planhub_bump_data_version%'`,
          );
    // API tokens are not data: using one (lastUsedAt) must not empty every cache.
    const dataTables = tables.map((t) => t.name).filter((n) => !['_prisma_migrations', 'DataVersion', 'ApiToken'].includes(n));
    expect(dataTables.length).toBeGreaterThanOrEqual(19);
    const missing = dataTables.flatMap((table) =>
      ['INSERT', 'UPDATE', 'DELETE'].filter((event) => !triggers.some((t) => t.table === table && t.event.trim() === event)).map((event) => `${table} ${event}`),
    );
    expect(missing).toEqual([]);
  });

  it('the data version changes with each committed write and not otherwise', async () => {
    const v0 = await readDataVersion(db.prisma);
    expect(await readDataVersion(db.prisma)).toBe(v0);
    await writer.prisma.$transaction(async (tx) => {
      await tx.unit.update({ where: { key: 'percent' }, data: { symbol: '%' } });
      // Inside the writing transaction the new version exists; outside, not until commit.
      expect(await readDataVersion(db.prisma)).toBe(v0);
    });
    expect(await readDataVersion(db.prisma)).not.toBe(v0);
  });
});
