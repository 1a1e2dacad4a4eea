import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseConfigFromEnv } from '@planhub/db/config';
import { startServer } from '@planhub/server/server';

/** The real PlanHub server on a random port, over a freshly migrated and seeded SQLite file. */
export async function startPlanHub(env: Record<string, string> = {}): Promise<{ url: string; db: Awaited<ReturnType<typeof startServer>>['db']; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'planhub-sdk-'));
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    env: { PLANHUB_LOG_LEVEL: 'silent', ...env },
    database: { ...databaseConfigFromEnv({}), provider: 'sqlite', url: `file:${join(dir, 'hub.db')}` },
    log: () => {},
  });
  return {
    url: server.url,
    db: server.db,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A tiny HTTP server on 127.0.0.1 that answers each request with `handler`, counting them. */
export async function startStub(handler: (req: IncomingMessage, res: ServerResponse, body: string, count: number) => void) {
  let count = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => handler(req, res, body, ++count));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    get requests() {
      return count;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL on 127.0.0.1 where nothing listens: a port just released by the OS. */
export async function unusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/graphql`;
}

/** JSON the way a GraphQL server sends it. */
export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(value));
}
