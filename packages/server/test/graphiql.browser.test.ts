import { EXAMPLE_TABS } from '../src/example-query.ts';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/server.ts';
import { testProvider } from '../src/testing/hub.ts';

// What an analyst sees first: GraphiQL opens with the example query, and running it
// shows the 2024 targets. Debian's Chromium, driven by playwright-core.

const CHROMIUM = '/usr/bin/chromium';
// CI installs Chromium (.ci/run); a developer machine without it skips this file.
const runnable = testProvider === 'sqlite' && (existsSync(CHROMIUM) || process.env.CI === 'true');

describe.runIf(runnable)('GraphiQL in a browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'planhub-browser-'));
    server = await startServer({ env: { DATABASE_URL: `file:${join(dir, 'hub.db')}` }, port: 0, host: '127.0.0.1', log: () => {} });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens with the example query and runs it', async () => {
    const page = await browser.newPage();
    const blocked: string[] = [];
    // GraphiQL's assets are served by yoga from the npm package; nothing may come from elsewhere.
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      blocked.push(url.href);
      return route.abort();
    });
    await page.goto(server.url);
    const editor = page.locator('.graphiql-query-editor');
    await expect.poll(async () => editor.innerText(), { timeout: 30_000 }).toContain('bac-kan-ktxh-2024');
    // The editors are virtualised (only visible lines are in the DOM): read what the
    // page received, and check that the response pane shows it.
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().startsWith(server.url) && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('Targets2024')),
      page.locator('.graphiql-execute-button').click(),
    ]);
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    const targets = body.data.plan.targets.edges.map((e: any) => e.node);
    expect(targets.map((t: any) => t.value)).toContain(3485);
    expect(targets.every((t: any) => t.status === 'NO_DATA')).toBe(true);
    await expect.poll(async () => page.locator('.graphiql-response').innerText(), { timeout: 30_000 }).toContain('"plan"');
    // The analysts' other questions are there as tabs, one each.
    await expect.poll(async () => page.locator('.graphiql-tab').count(), { timeout: 10_000 }).toBe(EXAMPLE_TABS.length);
    await page.screenshot({ path: process.env.PLANHUB_SCREENSHOT ?? join(dir, 'graphiql.png') });
    expect(blocked, 'GraphiQL must not load anything from outside the server').toEqual([]);
  });
});
