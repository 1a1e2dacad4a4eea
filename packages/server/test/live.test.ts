import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@planhub/db/client';
import { databaseConfigFromEnv } from '@planhub/db/config';
import { createTestDatabase } from '@planhub/db/testing/pg';
import { issueToken } from '../src/auth/tokens.ts';
import { createTestHub, testProvider, type TestHub } from '../src/testing/hub.ts';
import { type ServerProcess, startServerProcess, stopServerProcesses } from '../src/testing/process.ts';

// The live feed over Server-Sent Events: a committed change reaches the subscribers whose
// filter it matches, and no one else; across server processes through Redis.

const SOURCE = 'bbk-2023-12-13-hoi-nghi-ktxh-2024';
const RECORD = `mutation($input: RecordResultInput!) { recordResult(input: $input) { __typename ... on UserError { code message } } }`;
const result = (period: string, plan: string | null = null) => ({
  input: {
    indicator: 'economic-growth-rate@bac-kan',
    period,
    plan,
    value: 6.4,
    unit: 'percent',
    reliability: 'PRELIMINARY',
    provenance: { source: SOURCE, quote: 'Tốc độ tăng trưởng kinh tế năm 2023 ước đạt' },
  },
});

/** A subscription's events as they arrive, read from its SSE stream. */
function subscribe(fetchFn: (request: Request) => Promise<Response>, url: string, query: string) {
  const controller = new AbortController();
  const events: any[] = [];
  const waiters: Array<() => void> = [];
  const opened = fetchFn(
    new Request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query }),
      signal: controller.signal,
    }),
  ).then(async (response) => {
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = block
              .split('\n')
              .filter((l) => l.startsWith('data:'))
              .map((l) => l.slice(5).trim())
              .join('');
            if (data) {
              events.push(JSON.parse(data));
              waiters.splice(0).forEach((w) => w());
            }
          }
        }
      } catch {
        // aborted
      }
    })();
  });
  return {
    opened,
    events,
    async next(timeoutMs = 10_000) {
      const seen = events.length;
      if (seen > 0) return events.shift();
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no event arrived')), timeoutMs);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      return events.shift();
    },
    close: () => controller.abort(),
  };
}

describe('in one process', () => {
  let hub: TestHub;
  let token: string;
  beforeAll(async () => {
    hub = await createTestHub();
    token = (await issueToken(hub.writer().prisma, { name: 'Sở KH&ĐT Bắc Kạn', role: 'EDITOR', areas: ['bac-kan'], expiresAt: null, createdBy: 'test' })).secret;
  });
  afterAll(() => hub?.close());

  const write = (variables: object) =>
    hub.yoga.fetch('http://planhub.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: RECORD, variables }),
    });

  it('a subscriber of an area receives each change committed there, as the audit trail holds it; one of a plan only its plan’s', async () => {
    const fetchFn = async (r: Request) => hub.yoga.fetch(r);
    const area = subscribe(fetchFn, 'http://planhub.test/graphql', 'subscription { changes(filter: { area: "bac-kan" }) { operation actor recordType after } }');
    const plan = subscribe(fetchFn, 'http://planhub.test/graphql', 'subscription { planChanged(plan: "bac-kan-ktxh-2024") { recordType after } }');
    await Promise.all([area.opened, plan.opened]);
    // The subscription is registered once its stream is open; give the executor a tick.
    await new Promise((r) => setTimeout(r, 50));
    expect((await (await write(result('2022'))).json()).data.recordResult.__typename).toBe('ResultWrite');
    const event = await area.next();
    expect(event.data.changes).toMatchObject({ operation: 'CREATE', actor: 'Sở KH&ĐT Bắc Kạn', recordType: 'Result', after: { value: 6.4 } });
    expect((await (await write(result('2024', 'bac-kan-ktxh-2024'))).json()).data.recordResult.__typename).toBe('ResultWrite');
    const planEvent = await plan.next();
    expect(planEvent.data.planChanged).toMatchObject({ recordType: 'Result', after: { reliability: 'PRELIMINARY' } });
    // The first write had no plan: the plan's subscriber got only the second.
    expect(plan.events).toHaveLength(0);
    area.close();
    plan.close();
  });

  it('a refused write announces nothing', async () => {
    const area = subscribe(async (r) => hub.yoga.fetch(r), 'http://planhub.test/graphql', 'subscription { changes(filter: { area: "bac-kan" }) { operation } }');
    await area.opened;
    await new Promise((r) => setTimeout(r, 50));
    const refused = await (await write(result('2022'))).json();
    expect(refused.data.recordResult.code).toBe('DUPLICATE');
    await expect(area.next(500)).rejects.toThrow('no event arrived');
    area.close();
  });

  it('a subscription meets the limits and the credentials check of any operation before it starts', async () => {
    const open = async (query: string, headers: Record<string, string> = {}) =>
      (
        await hub.yoga.fetch('http://planhub.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
          body: JSON.stringify({ query }),
        })
      ).text();
    const deep = `subscription { changes { area { ${'parent { '.repeat(20)} code ${'} '.repeat(20)} } } }`;
    expect(await open(deep)).toContain('QUERY_TOO_DEEP');
    expect(await open('subscription { changes { id } }', { authorization: 'Bearer phk_unknown' })).toContain('UNAUTHENTICATED');
  });

  it('a subscription to an unknown area is NOT_FOUND', async () => {
    const response = await hub.yoga.fetch('http://planhub.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: 'subscription { changes(filter: { area: "atlantis" }) { id } }' }),
    });
    const text = await response.text();
    expect(text).toContain('NOT_FOUND');
  });
});

const startProcess = (databaseUrl: string) => startServerProcess({ DATABASE_URL: databaseUrl, REDIS_URL: 'redis://127.0.0.1:6379', PLANHUB_LOG_LEVEL: 'silent' });

describe.runIf(testProvider === 'postgresql')('across server processes, through Redis', () => {
  let servers: ServerProcess[] = [];
  let drop: () => Promise<void>;
  let token: string;

  beforeAll(async () => {
    const pg = await createTestDatabase();
    drop = pg.drop;
    servers = [await startProcess(pg.url)];
    servers.push(await startProcess(pg.url));
    const db = openDatabase(databaseConfigFromEnv({ DATABASE_URL: pg.url }));
    token = (await issueToken(db.prisma, { name: 'Sở KH&ĐT Bắc Kạn', role: 'EDITOR', areas: ['bac-kan'], expiresAt: null, createdBy: 'test' })).secret;
    await db.close();
  }, 120_000);
  afterAll(async () => {
    await stopServerProcesses(servers);
    await drop?.();
  });

  it('R28 @graphql-yoga/redis-event-target 3.0.4 with ioredis 6: a write through one server reaches a subscriber of the other', async () => {
    const [a, b] = [servers[0]!, servers[1]!];
    const feed = subscribe((r) => fetch(r), b.url, 'subscription { changes(filter: { area: "bac-kan" }) { operation actor after } }');
    await feed.opened;
    await new Promise((r) => setTimeout(r, 200));
    const written = await fetch(a.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: RECORD, variables: result('2022') }),
    });
    expect((await written.json()).data.recordResult.__typename).toBe('ResultWrite');
    const event = await feed.next();
    expect(event.data.changes).toMatchObject({ operation: 'CREATE', actor: 'Sở KH&ĐT Bắc Kạn', after: { value: 6.4 } });
    feed.close();
  });
});
