import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, startServer } from '@planhub/server/server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The reference dashboard as a user meets it: its production build, served as static
// files, in Debian's Chromium, against a live PlanHub server over HTTP on the seeded
// Bắc Kạn data. Each view shows the real figures and passes axe-core's check;
// screenshots of each go to test/artifacts/.

const CHROMIUM = '/usr/bin/chromium';
// CI installs Chromium (.ci/run); a developer machine without it skips this file.
const runnable = process.env.PLANHUB_TEST_DATABASE !== 'postgresql' && (existsSync(CHROMIUM) || process.env.CI === 'true');

const root = fileURLToPath(new URL('..', import.meta.url));
const artifacts = join(root, 'test', 'artifacts');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** The build's files over HTTP, as any static host serves them. */
async function serveStatic(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

async function startHub(dir: string, name: string): Promise<RunningServer> {
  return startServer({ env: { DATABASE_URL: `file:${join(dir, `${name}.db`)}`, PLANHUB_LOG_LEVEL: 'silent' }, port: 0, host: '127.0.0.1', log: () => {} });
}

/** Serious or critical accessibility violations axe-core finds on the page as it stands. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: unknown[] }> }> } }).axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes} nodes)`);
}

describe.runIf(runnable)('the reference dashboard in a browser', () => {
  let dir: string;
  let hub: RunningServer;
  let site: { url: string; server: Server };
  let browser: Browser;
  const blocked: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'planhub-dashboard-'));
    mkdirSync(artifacts, { recursive: true });
    await build({ root, logLevel: 'silent', build: { outDir: join(dir, 'dist'), emptyOutDir: true } });
    hub = await startHub(dir, 'hub');
    site = await serveStatic(join(dir, 'dist'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
    await new Promise((resolve) => site?.server.close(resolve));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The dashboard at `view`, talking to `api`; nothing may load from anywhere but 127.0.0.1. */
  async function open(view: string, api = hub.url): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      blocked.push(url.href);
      return route.abort();
    });
    await page.goto(`${site.url}?api=${encodeURIComponent(api)}#/${view}`);
    return page;
  }

  it('the 2024 targets: every target of the plan with its value, computed status and quoted source', async () => {
    const page = await open('targets');
    const rows = page.getByTestId('target-row');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(10);
    const growth = rows.filter({ hasText: 'Tăng trưởng kinh tế' });
    await expect.poll(() => growth.innerText()).toMatch(/≥ 8 %|≥ 8 phần trăm/);
    expect(await growth.innerText()).toContain('Chưa có số liệu');
    // The state budget revenue target, 1,010 billion VND, as Vietnamese write it.
    expect(await rows.filter({ hasText: 'Thu ngân sách' }).innerText()).toContain('= 1.010 tỷ đồng');
    expect(await page.locator('caption').innerText()).toContain('10 mục tiêu');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'targets.png'), fullPage: true });
    expect(blocked).toEqual([]);
    await page.close();
  });

  it('the 2023 results: each indicator’s current figure, how settled it is, and its quote', async () => {
    const page = await open('results');
    const rows = page.getByTestId('result-row');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(8);
    const growth = rows.filter({ hasText: 'Tăng trưởng kinh tế' });
    expect(await growth.innerText()).toContain('6,33');
    expect(await growth.innerText()).toContain('Ước tính');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'results.png'), fullPage: true });
    await page.close();
  });

  it('provinces compared: ranked current figures, and another indicator on choosing it', async () => {
    const page = await open('compare');
    const rows = page.getByTestId('compare-row');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(1);
    expect(await rows.first().innerText()).toMatch(/^1\s+Bắc Kạn\s+6,33/);
    await page.getByLabel('Chỉ tiêu so sánh').selectOption('tourist-arrivals');
    await expect.poll(() => page.locator('caption').innerText(), { timeout: 10_000 }).toContain('khách');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'compare.png'), fullPage: true });
    await page.close();
  });

  it('statistics by sector: the 2024 targets grouped, counted by computed status', async () => {
    const page = await open('stats');
    const rows = page.getByTestId('stats-row');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(8);
    const total = page.locator('tfoot tr');
    expect((await total.innerText()).split(/\s+/).slice(0, 2)).toEqual(['Σ', '10']);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'stats.png'), fullPage: true });
    await page.close();
  });

  it('the language switch: the page, the data’s names and the numbers in English', async () => {
    const page = await open('results');
    await expect.poll(() => page.getByTestId('result-row').count(), { timeout: 20_000 }).toBe(8);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h2').innerText(), { timeout: 10_000 }).toBe('2023 results');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const growth = page.getByTestId('result-row').filter({ hasText: 'Economic growth' });
    await expect.poll(() => growth.count(), { timeout: 10_000 }).toBe(1);
    expect(await growth.innerText()).toContain('6.33');
    expect(await growth.innerText()).toContain('Estimate');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'results-en.png'), fullPage: true });
    await page.close();
  });

  it('search finds “Tăng trưởng” from “tang truong”, without diacritics', async () => {
    const page = await open('targets');
    await page.getByLabel('Tìm kiếm').fill('tang truong');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    const hits = page.getByTestId('search-hit');
    await expect.poll(() => hits.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await hits.allInnerTexts()).toContainEqual('Chỉ tiêu Tốc độ tăng trưởng kinh tế');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'search.png'), fullPage: true });
    await page.close();
  });

  it('a stopped API: the view says so with the SDK’s coded error, and offers to try again', async () => {
    const doomed = await startHub(dir, 'doomed');
    const page = await open('targets', doomed.url);
    await expect.poll(() => page.getByTestId('target-row').count(), { timeout: 20_000 }).toBe(10);
    await doomed.close();
    // A view not yet loaded asks the stopped server.
    await page.getByRole('link', { name: 'Kết quả 2023' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByTestId('error-code').innerText()).toBe('NETWORK_ERROR');
    expect(await alert.getByRole('button', { name: 'Thử lại' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'stopped-api.png'), fullPage: true });
    await page.close();
  });
});
