import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@planhub/db/testing/pg';
import { type RunningServer, startServer } from '../src/server.ts';
import { testProvider } from '../src/testing/hub.ts';
import { createTcpProxy, type TcpProxy } from './tcp-proxy.ts';

// PostgreSQL goes away and comes back: requests fail fast with a clear error, /ready
// says not ready, and the server recovers by itself. Reached through a TCP proxy the
// test can cut, so the machine's shared database server keeps running.

describe.runIf(testProvider === 'postgresql')('database outage', () => {
  let proxy: TcpProxy;
  let server: RunningServer;
  let drop: () => Promise<void>;
  const query = JSON.stringify({ query: '{ plan(code: "bac-kan-ktxh-2024") { targets { totalCount } } }' });
  const ask = () => fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: query });
  const ready = async () => (await fetch(new URL('/ready', server.url))).status;

  beforeAll(async () => {
    const pg = await createTestDatabase();
    drop = pg.drop;
    const url = new URL(pg.url);
    proxy = await createTcpProxy(url.hostname, Number(url.port || 5432));
    url.host = `127.0.0.1:${proxy.port}`;
    server = await startServer({
      env: { DATABASE_URL: url.toString(), DATABASE_CONNECT_TIMEOUT_MS: '1000', DATABASE_POOL_SIZE: '4' },
      port: 0,
      host: '127.0.0.1',
      log: () => {},
    });
  });
  afterAll(async () => {
    await server?.close();
    await proxy?.close();
    await drop?.();
  });

  it('answers while the database is up', async () => {
    const body = await (await ask()).json();
    expect(body.data.plan.targets.totalCount).toBeGreaterThan(0);
    expect(await ready()).toBe(200);
  });

  it('fails fast with SERVICE_UNAVAILABLE during an outage, and /ready reports 503', async () => {
    await proxy.cut();
    const started = performance.now();
    const res = await ask();
    const body = await res.json();
    const waited = performance.now() - started;
    expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(body.errors[0].message).toMatch(/unreachable/);
    // Bounded by the configured connect timeout (1 s), not by pg's default of forever.
    expect(waited).toBeLessThan(10_000);
    expect(await ready()).toBe(503);
  });

  it('recovers without a restart when the database returns', async () => {
    await proxy.restore();
    let body: any;
    for (let attempt = 0; attempt < 20; attempt++) {
      body = await (await ask()).json();
      if (!body.errors) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(body.errors).toBeUndefined();
    expect(body.data.plan.targets.totalCount).toBeGreaterThan(0);
    expect(await ready()).toBe(200);
  });

  it('on shutdown finishes the request in flight, then refuses new ones', async () => {
    proxy.setDelay(400);
    const inFlight = ask();
    await new Promise((r) => setTimeout(r, 100));
    const closing = server.close();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect((await res.json()).data.plan.targets.totalCount).toBeGreaterThan(0);
    await closing;
    await expect(ask()).rejects.toThrow();
    proxy.setDelay(0);
  });
});
