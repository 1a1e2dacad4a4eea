import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@planhub/db/testing/pg';
import { type RunningServer, startServer } from '../src/server.ts';
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
    await new Promise((r) => setTimeout(r, 300));
    await proxy.cut();
    await new Promise((r) => setTimeout(r, 1500));
    await proxy.restore();
    // Until every client has had a good answer again.
    let recovered = false;
    for (let i = 0; i < 40 && !recovered; i++) {
      await new Promise((r) => setTimeout(r, 250));
      recovered = seen.slice(-8).every((code) => code === undefined);
    }
    running = false;
    await Promise.all(clients);
    expect(seen.filter((code) => code === 'SERVICE_UNAVAILABLE').length).toBeGreaterThan(0);
    expect(new Set(seen.filter((code) => code !== undefined))).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    expect(recovered).toBe(true);
    expect((await ask(server)).code).toBeUndefined();
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
