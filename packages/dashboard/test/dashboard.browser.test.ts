import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, startServer } from '@planhub/server/server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The reference dashboard as a user meets it: its production build, served by PlanHub at
// `/` as `npm start` serves it (PLANHUB_DASHBOARD), in Debian's Chromium, on the seeded
// Bắc Kạn data over HTTP. Each view shows the real figures and passes axe-core's check,
// on a desktop and on a phone; screenshots of each go to test/artifacts/.

const CHROMIUM = '/usr/bin/chromium';
// CI installs Chromium (.ci/run); a developer machine without it skips this file.
const runnable = process.env.PLANHUB_TEST_DATABASE !== 'postgresql' && (existsSync(CHROMIUM) || process.env.CI === 'true');

const root = fileURLToPath(new URL('..', import.meta.url));
const artifacts = join(root, 'test', 'artifacts');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** PlanHub on its own database, serving the dashboard built into `dir`/dist. */
async function startHub(dir: string, name: string): Promise<RunningServer> {
  return startServer({
    env: { DATABASE_URL: `file:${join(dir, `${name}.db`)}`, PLANHUB_LOG_LEVEL: 'silent', PLANHUB_DASHBOARD: join(dir, 'dist') },
    port: 0,
    host: '127.0.0.1',
    log: () => {},
  });
}

const PHONE = { width: 390, height: 844 };

/** Serious or critical accessibility violations axe-core finds on the page as it stands. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Through the DevTools protocol, which the page's Content-Security-Policy does not govern (a script tag would be refused, as it should).
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: unknown[] }> }> } }).axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes} nodes)`);
}

describe.runIf(runnable)('the reference dashboard in a browser', () => {
  let dir: string;
  let hub: RunningServer;
  let browser: Browser;
  const blocked: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'planhub-dashboard-'));
    mkdirSync(artifacts, { recursive: true });
    await build({ root, logLevel: 'silent', build: { outDir: join(dir, 'dist'), emptyOutDir: true } });
    hub = await startHub(dir, 'hub');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The dashboard at `view`, from `server` (the API of its origin); nothing may load from anywhere but 127.0.0.1. */
  async function open(view: string, server: RunningServer = hub, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await browser.newPage({ viewport });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      blocked.push(url.href);
      return route.abort();
    });
    await page.goto(`${new URL('/', server.url).href}#/${view}`);
    return page;
  }
  const consoleErrors: string[] = [];

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
    // The status's reason, in the chosen language's data.
    expect(await growth.locator('.reason').innerText()).toMatch(/result|kết quả/i);
    expect(await seriousViolations(page)).toEqual([]);
    // The quote on hover, and the link to it in its source's text.
    const link = growth.getByRole('link', { name: /Xem trong văn bản nguồn/ });
    await link.hover();
    const tooltip = growth.getByRole('tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.innerText()).toContain('Tăng trưởng kinh tế 8% trở lên');
    await page.screenshot({ path: join(artifacts, 'targets.png'), fullPage: true });
    await link.click();
    const passage = page.getByTestId('quoted-passage');
    await expect.poll(() => passage.count(), { timeout: 20_000 }).toBe(1);
    expect(await passage.innerText()).toBe('Tăng trưởng kinh tế 8% trở lên');
    expect(await page.locator('h2').innerText()).toContain('Hội nghị trực tuyến toàn tỉnh');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'source.png'), fullPage: true });
    expect(blocked).toEqual([]);
    await page.close();
  });

  it('the plan overview: computed status counts as a chart, beside the assessments the sources state', async () => {
    const page = await open('plan');
    await expect.poll(() => page.getByTestId('status-counts').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByTestId('status-counts').innerText()).toContain('Chưa có số liệu: 10');
    // Recharts drew a bar for each status that has targets (here one, of ten), and an axis tick for every status.
    await expect.poll(() => page.locator('[data-testid="status-chart"] .recharts-bar-rectangle').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('[data-testid="status-chart"] .recharts-xAxis .recharts-cartesian-axis-tick').count()).toBe(5);
    expect(await page.getByTestId('status-chart').getAttribute('aria-label')).toContain('Chưa có số liệu 10');
    const stated = page.getByTestId('stated-assessments');
    expect(await stated.innerText()).toContain('24');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'plan.png'), fullPage: true });
    await page.locator('main select').selectOption('bac-kan-ktxh-2023');
    await expect.poll(() => page.locator('h3').first().innerText(), { timeout: 10_000 }).toContain('2023');
    await page.close();
  });

  it('an indicator: its figures as a chart with the target drawn, estimates told apart, revisions listed', async () => {
    const page = await open('indicator/economic-growth-rate');
    const rows = page.getByTestId('series-row');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await rows.filter({ hasText: '2023' }).innerText()).toContain('6,33');
    expect(await rows.filter({ hasText: '2023' }).innerText()).toContain('Ước tính');
    // The 2024 target as a line with its label; the 2023 estimate as a hollow dot.
    await expect.poll(() => page.locator('.recharts-reference-line').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.getByTestId('series-chart').textContent()).toContain('Mục tiêu 2024: ≥ 8');
    expect(await page.locator('[data-testid="series-chart"] circle[fill="#fff"]').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'indicator.png'), fullPage: true });
    await page.close();
  });

  it('a range target is drawn as a band: poverty reduction of 2–2,5 points in 2024', async () => {
    const page = await open('indicator/poverty-rate-reduction');
    await expect.poll(() => page.locator('[data-testid="series-chart"] .recharts-reference-area').count(), { timeout: 20_000 }).toBe(1);
    const band = await page.locator('[data-testid="series-chart"] .recharts-reference-area-rect').boundingBox();
    expect(band!.width).toBeGreaterThan(10);
    expect(band!.height).toBeGreaterThan(10);
    expect(await page.getByTestId('series-chart').textContent()).toContain('Mục tiêu 2024: 2–2,5');
    expect(await page.locator('.series-targets').innerText()).toContain('2024: 2–2,5 điểm phần trăm');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('on a phone: every view fits the screen’s width (tables scroll inside themselves)', async () => {
    for (const view of ['plan', 'targets', 'results', 'compare', 'stats', 'indicator/economic-growth-rate']) {
      const page = await open(view, hub, PHONE);
      await expect.poll(() => page.locator('main table, main [data-testid="status-counts"]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), view).toBeLessThanOrEqual(PHONE.width);
      expect(await seriousViolations(page), view).toEqual([]);
      if (view === 'targets') await page.screenshot({ path: join(artifacts, 'targets-phone.png'), fullPage: true });
      await page.close();
    }
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
    const page = await open('targets', doomed);
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

  it('no view logged an error to the console (the Content-Security-Policy let everything it needs through)', () => {
    // The stopped API's failed requests are the only errors expected.
    expect(consoleErrors.filter((e) => !e.includes('ERR_CONNECTION_REFUSED'))).toEqual([]);
  });
});
