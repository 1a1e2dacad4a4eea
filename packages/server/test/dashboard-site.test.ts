import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_CSP } from '../src/http/dashboard.ts';
import { httpSettingsFromEnv } from '../src/http/settings.ts';
import { type RunningServer, startServer } from '../src/server.ts';
import { testProvider } from '../src/testing/hub.ts';

// The built dashboard served at `/` over real HTTP (PLANHUB_DASHBOARD): its page and its
// hashed files, nothing else of the directory, with the page's own CSP.

describe.runIf(testProvider === 'sqlite')('the dashboard at /', () => {
  let dir: string;
  let server: RunningServer;
  let root: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'planhub-site-'));
    mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>PlanHub</title><script type="module" src="/assets/index-AbC_12.js"></script>');
    writeFileSync(join(dir, 'dist', 'assets', 'index-AbC_12.js'), 'console.log("dashboard")');
    writeFileSync(join(dir, 'dist', 'secret.txt'), 'not served');
    server = await startServer({ env: { DATABASE_URL: `file:${join(dir, 'hub.db')}`, PLANHUB_DASHBOARD: join(dir, 'dist') }, port: 0, host: '127.0.0.1', log: () => {} });
    root = new URL('/', server.url).href;
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the page, never cached stale, under a CSP that lets it reach only its own origin', async () => {
    const res = await fetch(root);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toBe(DASHBOARD_CSP);
    expect(DASHBOARD_CSP).toContain("connect-src 'self'");
    expect(await res.text()).toContain('/assets/index-AbC_12.js');
    expect((await fetch(new URL('/index.html', root))).status).toBe(200);
  });

  it('serves its hashed files for a year, and HEAD without a body', async () => {
    const res = await fetch(new URL('/assets/index-AbC_12.js', root));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe('console.log("dashboard")');
    const head = await fetch(new URL('/assets/index-AbC_12.js', root), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('serves nothing else of the directory: a missing file is 404, a path that climbs or names another file is not the dashboard’s', async () => {
    expect((await fetch(new URL('/assets/missing-1.js', root))).status).toBe(404);
    for (const path of ['/secret.txt', '/assets/%2e%2e/secret.txt', '/assets/..%2fsecret.txt', '/assets/']) {
      const res = await fetch(new URL(path, root));
      expect(await res.text(), path).not.toContain('not served');
    }
  });

  it('the API and GraphiQL are where they were', async () => {
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ plans(first: 1) { totalCount } }' }) });
    expect((await res.json()).data.plans.totalCount).toBe(4);
    const graphiql = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toContain('graphiql');
  });

  it('PLANHUB_DASHBOARD: off serves none; a directory without a build is a configuration error that says what to do', () => {
    expect(httpSettingsFromEnv({ PLANHUB_DASHBOARD: 'off' }).dashboardDir).toBeUndefined();
    expect(httpSettingsFromEnv({ PLANHUB_DASHBOARD: join(dir, 'dist') }).dashboardDir).toBe(join(dir, 'dist'));
    expect(() => httpSettingsFromEnv({ PLANHUB_DASHBOARD: join(dir, 'nothing') })).toThrow(/PLANHUB_DASHBOARD .* holds no index.html; build the dashboard \(npm run build -w @planhub\/dashboard\)/);
  });
});
