import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@planhub/db/client';
import { databaseConfigFromEnv } from '@planhub/db/config';
import { createTestDatabase } from '@planhub/db/testing/pg';
import { testProvider } from '../src/testing/hub.ts';
import { type ServerProcess, startServerProcess, stopServerProcesses } from '../src/testing/process.ts';

// Two real server processes on different ports over one PostgreSQL database: the
// same answers, before and after a write. Each keeps caches in memory (reference data,
// derived answers), keyed by the database's data version, which a write by anyone moves.

const startProcess = (databaseUrl: string) => startServerProcess({ DATABASE_URL: databaseUrl });

const QUERIES = [
  '{ plans(first: 10) { totalCount edges { node { id code title status summary { byStatus { status count } } } } } }',
  '{ plan(code: "bac-kan-ktxh-2024") { targets(first: 50) { edges { cursor node { id value comparator status indicator { name latestResult { value } } } } } } }',
  '{ search(text: "tang truong", first: 10) { totalCount edges { cursor node { __typename ... on Indicator { id code } } } } }',
  '{ agencies(first: 20) { totalCount edges { node { id code officeHolders { person { fullName } title } } } } }',
];

describe.runIf(testProvider === 'postgresql')('several servers over one database', () => {
  let servers: ServerProcess[] = [];
  let dbUrl: string;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const pg = await createTestDatabase();
    dbUrl = pg.url;
    drop = pg.drop;
    const first = await startProcess(dbUrl); // migrates and seeds
    const second = await startProcess(dbUrl); // finds both done
    servers = [first, second];
  });
  afterAll(async () => {
    await stopServerProcesses(servers);
    await drop?.();
  });

  const answers = (url: string) =>
    Promise.all(
      QUERIES.map(async (query) => {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        // The answer, not the client's budget left (extensions.cost.budget), which each server counts.
        const { data, errors } = await res.json();
        return { data, errors };
      }),
    );

  it('run on different ports and give identical answers, IDs and cursors included', async () => {
    expect(servers[0]!.url).not.toBe(servers[1]!.url);
    const [a, b] = await Promise.all(servers.map((s) => answers(s.url)));
    for (const body of a!) expect(body.errors).toBeUndefined();
    expect(b).toEqual(a);
  });

  it('agree after a write made through one database connection', async () => {
    const db = openDatabase({ ...databaseConfigFromEnv({}), provider: 'postgresql', url: dbUrl });
    try {
      await answers(servers[0]!.url); // warm whatever a process might cache
      const plan = await db.prisma.plan.findUniqueOrThrow({ where: { key: 'bac-kan-ktxh-2024' } });
      await db.prisma.plan.update({ where: { id: plan.id }, data: { titleVi: 'Kế hoạch đã sửa', titleEn: plan.titleEn } });
      const [a, b] = await Promise.all(servers.map((s) => answers(s.url)));
      expect(JSON.stringify(a)).toContain('Kế hoạch đã sửa');
      expect(b).toEqual(a);
    } finally {
      await db.close();
    }
  });

  it('a cursor from one server pages on the other', async () => {
    const q = (after?: string) =>
      JSON.stringify({ query: `query($after: String) { indicators(first: 3, after: $after) { edges { cursor node { code } } } }`, variables: { after } });
    const post = async (url: string, body: string) => (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json();
    const page1 = await post(servers[0]!.url, q());
    const cursor = page1.data.indicators.edges.at(-1).cursor;
    const [a, b] = await Promise.all(servers.map((s) => post(s.url, q(cursor))));
    expect(a.data.indicators.edges.length).toBe(3);
    expect(b.data).toEqual(a.data);
  });

  it('exits cleanly on SIGTERM', async () => {
    const { child } = servers[1]!;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
