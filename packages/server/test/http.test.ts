import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseConfigFromEnv } from '@planhub/db/config';
import { createTestDatabase } from '@planhub/db/testing/pg';
import { type RunningServer, startServer } from '../src/server.ts';
import { testProvider } from '../src/testing/hub.ts';
import { quoteText, seedRecords } from './seed-data.ts';

// The real server on a random port, over real HTTP, from an empty database: it
// migrates, seeds, and answers.

let server: RunningServer;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  let url: string;
  if (testProvider === 'postgresql') {
    const pg = await createTestDatabase();
    url = pg.url;
    cleanup = pg.drop;
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'planhub-http-'));
    url = `file:${join(dir, 'fresh.db')}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  server = await startServer({ env: { DATABASE_URL: url }, port: 0, host: '127.0.0.1', log: () => {} });
});
afterAll(async () => {
  await server?.close();
  await cleanup?.();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

describe('over HTTP', () => {
  it('a fresh database is migrated and seeded on start, and facts come back with their quotes', async () => {
    const res = await post({
      query: `{ indicator(area: "bac-kan", code: "economic-growth-rate") { timeSeries { value reliability period { code } provenance { quote } } } }`,
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    const seeded = seedRecords('results').find((r) => r.indicator === 'economic-growth-rate@bac-kan' && r.period === '2023')!;
    expect(body.data.indicator.timeSeries).toContainEqual({
      value: seeded.value,
      reliability: seeded.reliability,
      period: { code: '2023' },
      provenance: { quote: quoteText(seeded.quote) },
    });
  });

  it('serves GraphiQL with the example query to a browser', async () => {
    const res = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('PlanHub');
    expect(html).toContain('bac-kan-ktxh-2024');
  });

  it('R25 @graphql-yoga/render-graphiql 5.24.1: GraphiQL is a small page and hashed, compressed assets, cached for a year', async () => {
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(Buffer.byteLength(html)).toBeLessThan(20_000);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self' blob:/);
    expect(html).not.toMatch(/<script>(?!\s*<\/script>)/); // no inline script: options travel as JSON data
    const assets = [...html.matchAll(/(?:src|href)="(\/graphiql\/graphiql\.[0-9a-f]{16}\.(?:js|css))"/g)].map((m) => m[1]!);
    expect(assets).toHaveLength(2);
    expect(html).toMatch(/<link rel="icon" href="\/graphiql\/graphiql\.[0-9a-f]{16}\.ico"/);
    const origin = new URL(server.url).origin;
    let compressed = 0;
    for (const path of assets) {
      const res = await fetch(`${origin}${path}`, { headers: { 'accept-encoding': 'br' } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('content-encoding')).toBe('br');
      compressed += Number(res.headers.get('content-length'));
      await res.arrayBuffer();
    }
    // A first load: the page and the two assets, compressed (Yoga's own page is ≈ 9 MB, uncompressed, every time).
    expect(compressed).toBeLessThan(3_000_000);
    expect((await fetch(`${origin}/graphiql/graphiql.0000000000000000.js`)).status).toBe(404);
  });

  it('a body of unknown length (chunked) is refused with 411 before it is read', async () => {
    const { request } = await import('node:http');
    const url = new URL(server.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      req.write('{"query": "{ __typename');
      req.end(' }"}');
    });
    expect(status).toBe(411);
  });

  it('reports health and readiness', async () => {
    const origin = new URL(server.url).origin;
    expect((await fetch(`${origin}/health`)).status).toBe(200);
    expect((await fetch(`${origin}/ready`)).status).toBe(200);
  });

  it('honours Accept-Language', async () => {
    const body = await (await post({ query: `{ indicator(area: "bac-kan", code: "economic-growth-rate") { name } }` }, { 'accept-language': 'en' })).json();
    expect(body.data.indicator.name).toBe(seedRecords('indicator-definitions').find((i) => i.key === 'economic-growth-rate')!.nameEn);
  });

  it('returns coded errors for bad input with HTTP 200 and for malformed requests with 400', async () => {
    const bad = await (await post({ query: `{ indicators(first: 1000) { totalCount } }` })).json();
    expect(bad.errors[0].extensions.code).toBe('PAGE_SIZE_OUT_OF_RANGE');
    const malformed = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(malformed.status).toBe(400);
  });

  it('a second start on the same database applies nothing and does not seed again', async () => {
    const lines: string[] = [];
    const again = await startServer({ database: server.db.config, port: 0, host: '127.0.0.1', log: (l) => lines.push(l) });
    try {
      expect(lines.join('\n')).not.toMatch(/applied|seeded/);
      const body = await (await fetch(again.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ plans { totalCount } }' }) })).json();
      expect(body.data.plans.totalCount).toBe(seedRecords('plans').length);
    } finally {
      await again.close();
    }
  });
});

it.runIf(testProvider === 'sqlite')('an embedded database in the default rollback journal is switched to write-ahead logging at start', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'planhub-wal-'));
  const config = databaseConfigFromEnv({ DATABASE_URL: `file:${join(dir, 'planhub.db')}` });
  try {
    const first = await startServer({ database: config, port: 0, host: '127.0.0.1', log: () => {} });
    await first.close();
    // As a file migrated before PlanHub used write-ahead logging is.
    const file = new Sqlite(join(dir, 'planhub.db'));
    file.pragma('journal_mode = DELETE');
    expect(file.pragma('journal_mode', { simple: true })).toBe('delete');
    file.close();
    const again = await startServer({ database: config, port: 0, host: '127.0.0.1', log: () => {} });
    await again.close();
    const after = new Sqlite(join(dir, 'planhub.db'), { readonly: true });
    expect(after.pragma('journal_mode', { simple: true })).toBe('wal');
    after.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('in production: no GraphiQL, no introspection, unless switched on', async () => {
  const production = await startServer({ env: { NODE_ENV: 'production', PLANHUB_LOG_LEVEL: 'silent' }, database: server.db.config, port: 0, host: '127.0.0.1', log: () => {} });
  try {
    const page = await fetch(production.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
    const introspection = await (await fetch(production.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }) })).json();
    expect(introspection.errors[0].extensions.code).toBe('INTROSPECTION_DISABLED');
  } finally {
    await production.close();
  }
});

it('rejects a bad DATABASE_URL with a message that says what to fix', async () => {
  await expect(startServer({ env: { DATABASE_URL: 'mysql://x' }, port: 0, log: () => {} })).rejects.toThrow(/must start with "file:"/);
  await expect(startServer({ env: { PORT: 'abc' }, log: () => {} })).rejects.toThrow(/PORT/);
  expect(databaseConfigFromEnv({}).provider).toBe('sqlite');
});
