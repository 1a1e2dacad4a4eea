import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Baseline } from './answers.ts';
import { openSql } from './sql.ts';

// The baseline server: bare node:http, POST /graphql with the same body PlanHub gets,
// answered by hand-written SQL. Run as a child process by bench/run.ts, which reads
// the port from the IPC message. DATABASE_URL names the database; DATABASE_POOL_SIZE
// the PostgreSQL pool (as PlanHub's).

const url = process.env.DATABASE_URL;
if (!url) throw new Error('baseline: DATABASE_URL is required');
const sql = openSql(url, Number(process.env.DATABASE_POOL_SIZE ?? 10));
const baseline = new Baseline(sql);

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables?: Record<string, unknown>; operationName?: string };
      const name = body.operationName ?? /\bquery\s+(\w+)/.exec(body.query)?.[1];
      if (!name) throw new Error('baseline: anonymous operations are not supported');
      const data = await baseline.answer(name, body.variables ?? {});
      const json = JSON.stringify({ data });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
      res.end(json);
    } catch (error) {
      const json = JSON.stringify({ errors: [{ message: (error as Error).message }] });
      res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(json);
    }
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const port = (server.address() as AddressInfo).port;
  process.send?.({ port });
});

const stop = () => server.close(() => sql.close().then(() => process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
