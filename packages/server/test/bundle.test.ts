import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@planhub/db/testing/pg';
import { testProvider } from '../src/testing/hub.ts';

// What `npm start` runs: the esbuild bundle (built by the tests' global setup, as `npm
// start` builds it) under plain node, on an empty database of the provider under test.
// It must migrate, seed, serve GraphQL and GraphiQL, and stop cleanly on SIGTERM.

const BUNDLE = fileURLToPath(new URL('../dist/main.js', import.meta.url));

let child: ChildProcess;
let base: string;
let output = '';
let cleanup: () => Promise<void>;

beforeAll(async () => {
  let databaseUrl: string;
  if (testProvider === 'postgresql') {
    const pg = await createTestDatabase();
    databaseUrl = pg.url;
    cleanup = pg.drop;
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'planhub-bundle-'));
    databaseUrl = `file:${join(dir, 'hub.db')}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  // No NODE_ENV: the bundle as `npm start` runs it. IPC: it reports the port PORT=0 gave it.
  child = fork(BUNDLE, [], { env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`the bundle exited with ${code}: ${output}`)));
  });
  base = `http://127.0.0.1:${port}`;
}, 120_000);

afterAll(async () => {
  if (child?.exitCode === null) child.kill('SIGKILL');
  await cleanup?.();
});

describe('the bundle npm start runs', () => {
  it('migrates and seeds an empty database, then is ready', async () => {
    expect(output).toMatch(/applied migrations: .*_init/);
    expect(output).toMatch(/seeded the real data set/);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });

  it('answers GraphQL over HTTP with the seeded facts', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ indicator(area: "bac-kan", code: "economic-growth-rate") { latestResult { value period { code } provenance { quote } } } }' }),
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.data.indicator.latestResult).toMatchObject({ value: 6.33, period: { code: '2023' }, provenance: { quote: expect.stringContaining('6,33%') } });
  });

  it('serves GraphiQL to a browser', async () => {
    const response = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/<title>PlanHub<\/title>/);
  });

  it('stops on SIGTERM with exit code 0', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
