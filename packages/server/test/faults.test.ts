import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@planhub/db/testing/pg';
import { type RunningServer, startServer } from '../src/server.ts';
import { issueToken } from '../src/auth/tokens.ts';
import { createLogger } from '../src/observability/logger.ts';
import { testProvider } from '../src/testing/hub.ts';
import { createTcpProxy, type TcpProxy } from './tcp-proxy.ts';

// Faults under load, on PostgreSQL reached through a TCP proxy the test controls: the
// database going away while clients keep asking, a pool with every connection busy, and
// a shutdown with requests in flight. Every answer must be a coded one; none may be an
// unexpected error, and the server must recover without a restart.

const QUERY = JSON.stringify({ query: '{ plan(code: "bac-kan-ktxh-2024") { targets(first: 20) { totalCount edges { node { status } } } } }' });

describe.runIf(testProvider === 'postgresql')('faults under load', () => {
  let proxy: TcpProxy;
  let drop: () => Promise<void>;
  let databaseUrl: string;
  const servers: RunningServer[] = [];

  const start = async (env: Record<string, string>) => {
    const server = await startServer({
      env: { DATABASE_URL: databaseUrl, DATABASE_CONNECT_TIMEOUT_MS: '500', ...env },
      port: 0,
      host: '127.0.0.1',
      log: () => {},
      logger: createLogger('silent'),
    });
    servers.push(server);
    return server;
  };
  const ask = async (server: RunningServer) => {
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
    const body = await response.json();
    return { status: response.status, code: body.errors?.[0]?.extensions?.code as string | undefined, body };
  };

  /** Cuts the database off for 1.5 s while clients keep asking, then waits (up to 10 s) until `recovered` says every client is answered again. */
  const outage = async (recovered: () => boolean) => {
    await new Promise((r) => setTimeout(r, 300));
    await proxy.cut();
    await new Promise((r) => setTimeout(r, 1500));
    await proxy.restore();
    for (let i = 0; i < 40; i++) {
      await new Promise((r) => setTimeout(r, 250));
      if (recovered()) return true;
    }
    return false;
  };

  beforeAll(async () => {
    const pg = await createTestDatabase();
    drop = pg.drop;
    const url = new URL(pg.url);
    proxy = await createTcpProxy(url.hostname, Number(url.port || 5432));
    url.host = `127.0.0.1:${proxy.port}`;
    databaseUrl = url.toString();
  });
  afterAll(async () => {
    for (const server of servers) await server.close().catch(() => {});
    await proxy?.close();
    await drop?.();
  });

  it('the database going away under load: coded SERVICE_UNAVAILABLE, never an unexpected error, and recovery without a restart', async () => {
    const server = await start({ DATABASE_POOL_SIZE: '4' });
    expect((await ask(server)).code).toBeUndefined();
    let running = true;
    const seen: Array<string | undefined> = [];
    const clients = Array.from({ length: 8 }, async () => {
      while (running) seen.push((await ask(server)).code);
    });
    const recovered = await outage(() => seen.slice(-8).every((code) => code === undefined));
    running = false;
    await Promise.all(clients);
    expect(seen.filter((code) => code === 'SERVICE_UNAVAILABLE').length).toBeGreaterThan(0);
    expect(new Set(seen.filter((code) => code !== undefined))).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    expect(recovered).toBe(true);
    expect((await ask(server)).code).toBeUndefined();
  });

  it('writes through an outage: each fails fast with a code or is written, and none acknowledged is lost or written twice', async () => {
    const server = await start({ DATABASE_POOL_SIZE: '4' });
    expect((await ask(server)).code).toBeUndefined();
    const { secret } = await issueToken(server.db.prisma, { name: 'Ghi khi mất kết nối', role: 'ADMIN', areas: [], expiresAt: null, createdBy: 'test' });
    const write = async (code: string) => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({
          query: 'mutation($input: CreateSourceInput!) { createSource(input: $input) { __typename } }',
          variables: { input: { code, kind: 'REPORT', title: 'Báo cáo', publisherName: 'UBND', publishedOn: '2024', language: 'vi', text: `Báo cáo ${code}.` } },
        }),
      });
      const body = await response.json();
      return body.data?.createSource?.__typename === 'SourceWrite' ? 'WRITTEN' : (body.errors?.[0]?.extensions?.code as string | undefined);
    };
    let running = true;
    const outcomes = new Map<string, string | undefined>();
    const writers = Array.from({ length: 6 }, async (_, w) => {
      for (let i = 0; running; i++) {
        const code = `mat-ket-noi-${w}-${i}`;
        outcomes.set(code, await write(code));
      }
    });
    const recovered = await outage(() => [...outcomes.values()].slice(-6).every((o) => o === 'WRITTEN'));
    running = false;
    await Promise.all(writers);
    expect(recovered).toBe(true);
    const codes = [...outcomes.values()];
    expect(new Set(codes.filter((c) => c !== 'WRITTEN'))).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    expect(codes.filter((c) => c === 'SERVICE_UNAVAILABLE').length).toBeGreaterThan(0);
    // Every acknowledged write is there, once, with its one audit entry; a refused one may be (its commit can outrun the cut), but never twice.
    const stored = await server.db.prisma.source.findMany({ where: { key: { startsWith: 'mat-ket-noi-' } }, select: { id: true, key: true } });
    const storedKeys = new Set(stored.map((s) => s.key));
    const acknowledged = [...outcomes].filter(([, o]) => o === 'WRITTEN').map(([code]) => code);
    expect(acknowledged.filter((code) => !storedKeys.has(code))).toEqual([]);
    expect(stored.every((s) => outcomes.has(s.key))).toBe(true);
    const audit = await server.db.prisma.change.groupBy({ by: ['recordId'], where: { model: 'Source', recordId: { in: stored.map((s) => s.id) } }, _count: true });
    expect(audit.length).toBe(stored.length);
    expect(audit.every((a) => a._count === 1)).toBe(true);
  });

  it('every connection busy: requests wait a bounded time, then get a coded error; a client over its share gets 429 at once', async () => {
    const server = await start({ DATABASE_POOL_SIZE: '2', PLANHUB_MAX_CONCURRENT_PER_CLIENT: '6' });
    await ask(server); // migrated, seeded, warm
    proxy.setDelay(1500);
    try {
      const answers = await Promise.all(Array.from({ length: 10 }, () => ask(server)));
      const codes = answers.map((a) => a.code);
      // Six run (the client's share), two of them on the two connections, the others wait
      // for one and time out; the rest are refused before they start.
      expect(codes.filter((c) => c === 'TOO_MANY_CONCURRENT_REQUESTS').length).toBe(4);
      expect(answers.filter((a) => a.code === 'TOO_MANY_CONCURRENT_REQUESTS').every((a) => a.status === 429)).toBe(true);
      expect(codes.filter((c) => c === 'SERVICE_UNAVAILABLE').length).toBeGreaterThan(0);
      for (const code of codes) expect([undefined, 'SERVICE_UNAVAILABLE', 'TOO_MANY_CONCURRENT_REQUESTS']).toContain(code);
    } finally {
      proxy.setDelay(0);
    }
    // Once the delayed answers have drained, the pool serves again.
    let code: string | undefined = 'pending';
    for (let i = 0; i < 20 && code !== undefined; i++) {
      code = (await ask(server)).code;
      if (code) await new Promise((r) => setTimeout(r, 250));
    }
    expect(code).toBeUndefined();
  });

  it('SIGTERM under load: every request in flight finishes, new ones are refused', async () => {
    const server = await start({ DATABASE_POOL_SIZE: '10', DATABASE_CONNECT_TIMEOUT_MS: '5000' });
    // Warm: connections open for all eight, so the slowed link delays queries, not connecting.
    await Promise.all(Array.from({ length: 8 }, () => ask(server)));
    proxy.setDelay(300);
    try {
      const inFlight = Array.from({ length: 8 }, () => ask(server));
      await new Promise((r) => setTimeout(r, 100));
      const closing = server.close();
      const answers = await Promise.all(inFlight);
      expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
      expect(answers.map((a) => a.code)).toEqual(Array(8).fill(undefined));
      await closing;
      await expect(ask(server)).rejects.toThrow();
    } finally {
      proxy.setDelay(0);
    }
  });
});
