import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyTree } from '../src/agencies.ts';
import { createPlanHub } from '../src/all.ts';
import { createClient, PlanHubError, type PlanHubClient } from '../src/client.ts';
import { compareIndicator, compareTargets, getIndicator, listIndicators, resultStats, targetStats, yearResults } from '../src/indicators.ts';
import { node } from '../src/node.ts';
import { listPlans, planSummary, planTargets } from '../src/plans.ts';
import { search } from '../src/search.ts';
import { getSource } from '../src/sources.ts';
import { listSolutions } from '../src/solutions.ts';
import { startPlanHub } from './harness.ts';

// Every typed method against the real server, over real HTTP, on a freshly seeded
// database: the values are Bắc Kạn's, as the seed files state them.

const seed = (file: string): any[] => JSON.parse(readFileSync(new URL(`../../../prisma/seed/${file}.json`, import.meta.url), 'utf8')).records;
const quote = (key: string): string => seed('quotes').find((q) => q.key === key)!.text;

let hub: Awaited<ReturnType<typeof startPlanHub>>;
let client: PlanHubClient;
beforeAll(async () => {
  hub = await startPlanHub();
  client = createClient({ url: hub.url });
});
afterAll(() => hub?.close());

const planId = async (code: string) => (await planSummary(client, code)).id;

describe('listIndicators', () => {
  it('lists a plan’s indicators with their targets, computed status and unit', async () => {
    const plan = await planId('bac-kan-ktxh-2024');
    const page = await listIndicators(client, { filter: { plan }, targetsOfPlan: plan, first: 100 });
    const targets2024 = seed('targets').filter((t) => t.plan === 'bac-kan-ktxh-2024');
    expect(page.totalCount).toBe(targets2024.length);
    expect(page.pageInfo.hasNextPage).toBe(false);

    const afforestation = page.edges.find((e) => e.node.code === 'afforestation-area')!.node;
    expect(afforestation.targets.totalCount).toBe(1);
    expect(afforestation.targets.edges[0]!.node).toMatchObject({
      kind: 'LEVEL',
      comparator: 'EQUAL',
      value: 3485,
      valueMax: null,
      isMain: true,
      status: 'NO_DATA',
      unit: { code: 'hectare', symbol: 'ha', dimension: 'AREA', multiplier: 10_000 },
      period: { code: '2024', startYear: 2024 },
      plan: { code: 'bac-kan-ktxh-2024' },
    });
    expect(afforestation.targets.edges[0]!.node.valueInBaseUnit).toBe(3485 * 10_000);
  });

  it('gives each indicator its latest result', async () => {
    const page = await listIndicators(client, { filter: { text: 'tăng trưởng kinh tế' } });
    const growth = page.edges.find((e) => e.node.code === 'economic-growth-rate')!.node;
    expect(growth.latestResult).toMatchObject({ value: 6.33, bound: 'EXACT', reliability: 'ESTIMATE', period: { code: '2023' }, unit: { code: 'percent' } });
    expect(growth.direction).toBe('HIGHER_IS_BETTER');
    const target2024 = growth.targets.edges.map((e) => e.node).find((t) => t.period.code === '2024');
    expect(target2024).toMatchObject({ comparator: 'AT_LEAST', value: 8 });
  });

  it('orders, pages and filters by status', async () => {
    const codes = seed('indicator-definitions').map((i) => i.key as string).sort();
    const first = await listIndicators(client, { orderBy: { field: 'CODE' }, first: 3 });
    expect(first.edges.map((e) => e.node.code)).toEqual(codes.slice(0, 3));
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await listIndicators(client, { orderBy: { field: 'CODE' }, first: 3, after: first.pageInfo.endCursor });
    expect(next.edges.map((e) => e.node.code)).toEqual(codes.slice(3, 6));

    const noData = await listIndicators(client, { filter: { status: 'NO_DATA', year: 2024 }, first: 100 });
    expect(noData.edges.map((e) => e.node.code)).toContain('afforestation-area');
  });

  it('speaks English when asked, per client or per request', async () => {
    const english = createClient({ url: hub.url, lang: 'en' });
    const page = await listIndicators(english, { orderBy: { field: 'CODE' }, first: 1 });
    expect(page.edges[0]!.node.name).toBe('Afforestation area (new planting)');
    const vietnamese = await listIndicators(english, { orderBy: { field: 'CODE' }, first: 1 }, { lang: 'vi' });
    expect(vietnamese.edges[0]!.node.name).toBe('Diện tích trồng rừng');
  });
});

describe('getIndicator', () => {
  it('returns the time series with the 2023 growth estimate, its quote and source', async () => {
    const growth = await getIndicator(client, { area: 'bac-kan', code: 'economic-growth-rate' });
    expect(growth).toMatchObject({ code: 'economic-growth-rate', nameVi: 'Tốc độ tăng trưởng kinh tế', nameEn: 'Economic growth rate' });
    const result2023 = growth.timeSeries.find((r) => r.period.code === '2023')!;
    expect(result2023).toMatchObject({ value: 6.33, reliability: 'ESTIMATE', unit: { code: 'percent', symbol: '%' } });
    expect(result2023.provenance.quote).toBe('Tốc độ tăng trưởng kinh tế năm 2023 ước đạt 6,33%');
    expect(result2023.provenance.quote).toBe(quote('q-2023-growth'));
    expect(result2023.provenance.source).toMatchObject({ publisher: 'Báo Bắc Kạn', published: '2023-12', datePrecision: 'MONTH', language: 'vi' });
    expect(result2023).toMatchObject({ reportedOn: '2023-12-13', asOf: '2023-12-13', isCurrent: true });
  });

  it('returns the 2024 afforestation target in hectares with its quote', async () => {
    const afforestation = await getIndicator(client, { area: 'bac-kan', code: 'afforestation-area' });
    expect(afforestation.unit.code).toBe('hectare');
    const target = afforestation.targets.edges[0]!.node;
    expect(target).toMatchObject({ value: 3485, unit: { code: 'hectare', label: 'ha' }, period: { code: '2024' }, result: null });
    expect(target.provenance.quote).toBe(quote('q-2024-target-afforestation'));
  });

  it('rejects an unknown code with NOT_FOUND', async () => {
    const error = await getIndicator(client, { area: 'bac-kan', code: 'no-such-indicator' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanHubError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', path: ['indicator'], status: 200, data: null });
    expect((error as PlanHubError).message).toMatch(/no-such-indicator/);
  });
});

describe('plans', () => {
  it('lists every plan', async () => {
    const page = await listPlans(client);
    expect(page.edges.map((e) => e.node.code)).toEqual(seed('plans').map((p) => p.key));
    expect(page.edges.find((e) => e.node.code === 'bac-kan-quy-hoach-2021-2030')!.node.kind).toBe('MASTER_PLAN');
  });

  it('summarises the 2023 plan with the assessments its source states', async () => {
    const plan = await planSummary(client, 'bac-kan-ktxh-2023');
    expect(plan).toMatchObject({ code: 'bac-kan-ktxh-2023', kind: 'ANNUAL_SOCIO_ECONOMIC', period: { code: '2023' } });
    const met = plan.summary.statedAssessments.find((a) => a.kind === 'INDICATORS_MET')!;
    expect(met).toMatchObject({ count: 23, outOf: 26, reliability: 'ESTIMATE' });
    expect(met.provenance.quote).toBe(quote('q-2023-indicators-met'));
    expect(plan.summary.byStatus.map((s) => s.status).sort()).toEqual(['MET', 'NOT_MET', 'NO_DATA', 'OFF_TRACK', 'ON_TRACK']);
  });

  it('counts the 2024 plan’s targets by status', async () => {
    const plan = await planSummary(client, 'bac-kan-ktxh-2024');
    expect(plan.status).toBe('IN_IMPLEMENTATION');
    expect(plan.summary.targetCount).toBe(10);
    expect(plan.summary.byStatus.reduce((sum, s) => sum + s.count, 0)).toBe(10);
    expect(plan.summary.statedAssessments.find((a) => a.kind === 'MAIN_INDICATOR_COUNT')?.count).toBe(24);
  });
});

describe('screens: a plan’s targets, a year’s results', () => {
  it('planTargets pages a plan’s targets, each with its indicator, status, figure judged and quote', async () => {
    const plan = await planTargets(client, { code: 'bac-kan-ktxh-2024', first: 4 });
    expect(plan.title).toContain('2024');
    expect(plan.targets.totalCount).toBe(10);
    expect(plan.targets.edges).toHaveLength(4);
    const growth = plan.targets.edges.map((e) => e.node).find((t) => t.indicator.code === 'economic-growth-rate')!;
    expect(growth).toMatchObject({ value: 8, unit: { code: 'percent' }, status: 'NO_DATA', result: null, indicator: { area: { code: 'bac-kan' } } });
    expect(growth.provenance.quote).toBe(quote('q-2024-target-growth'));
    const next = await planTargets(client, { code: 'bac-kan-ktxh-2024', first: 100, after: plan.targets.pageInfo.endCursor });
    expect(next.targets.edges).toHaveLength(6);
    await expect(planTargets(client, { code: 'nowhere' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('yearResults lists a year’s indicators with the current figure of the year and its quote', async () => {
    const page = await yearResults(client, { year: 2023, area: 'bac-kan', first: 100 });
    const withFigure = page.edges.map((e) => e.node).filter((n) => n.resultFor);
    expect(withFigure).toHaveLength(8);
    const growth = withFigure.find((n) => n.code === 'economic-growth-rate')!;
    expect(growth.resultFor).toMatchObject({ value: 6.33, reliability: 'ESTIMATE', period: { code: '2023' } });
    expect(growth.resultFor!.provenance.quote.length).toBeGreaterThan(20);
    // 2024 has targets only: listed, without a figure.
    const next = await yearResults(client, { year: 2024, area: 'bac-kan' });
    expect(next.edges.length).toBeGreaterThan(0);
    expect(next.edges.every((e) => e.node.resultFor === null)).toBe(true);
  });
});

describe('getSource', () => {
  it('returns a source’s whole text, in which a provenance’s offset and end mark its quote', async () => {
    const plan = await planTargets(client, { code: 'bac-kan-ktxh-2024', first: 1 });
    const { provenance } = plan.targets.edges[0]!.node;
    const source = await getSource(client, provenance.source.id);
    expect(source.title).toBe(provenance.source.title);
    expect(source.text!.slice(provenance.offset!, provenance.end!)).toBe(provenance.quote);
  });

  it('rejects an ID of another kind with INVALID_ID, and one that names nothing with NOT_FOUND', async () => {
    const plan = await planSummary(client, 'bac-kan-ktxh-2024');
    await expect(getSource(client, plan.id)).rejects.toMatchObject({ code: 'INVALID_ID' });
    await expect(getSource(client, Buffer.from('Source:999999').toString('base64'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('comparisons and stats', () => {
  it('compareIndicator ranks each area’s current figure, with its quote', async () => {
    const c = await compareIndicator(client, { code: 'economic-growth-rate', period: '2023' });
    expect(c.entries[0]).toMatchObject({ rank: 1, area: { code: 'bac-kan' }, valueInBaseUnit: 6.33, result: { reliability: 'ESTIMATE' } });
    expect(c.entries[0]!.result!.provenance.quote.length).toBeGreaterThan(20);
  });

  it('compareTargets lists each area’s target with its status and the passage that sets it', async () => {
    const c = await compareTargets(client, { code: 'economic-growth-rate', period: '2024', level: 'PROVINCE' });
    expect(c.definition.direction).toBe('HIGHER_IS_BETTER');
    // No 2024 figure yet: judged NO_DATA, not ranked.
    expect(c.entries).toEqual([expect.objectContaining({ rank: null, status: 'NO_DATA', achievementPercent: null, area: expect.objectContaining({ code: 'bac-kan' }) })]);
    expect(c.entries[0]!.target).toMatchObject({ value: 8, unit: { code: 'percent' }, plan: { code: 'bac-kan-ktxh-2024' } });
    expect(c.entries[0]!.target!.provenance.source.title.length).toBeGreaterThan(10);
  });

  it('targetStats groups the 2024 targets by sector with their computed status', async () => {
    const s = await targetStats(client, { filter: { year: 2024 }, groupBy: ['SECTOR'], orderBy: { field: 'COUNT', direction: 'DESC' } });
    expect(s.total.count).toBe(10);
    expect(s.total.byStatus.find((b) => b.status === 'NO_DATA')!.count).toBe(10);
    expect(s.groups.reduce((n, g) => n + g.count, 0)).toBe(10);
    expect(s.groups[0]!.count).toBe(2);
    expect(s.groups.every((g) => g.sector !== null && g.status === null)).toBe(true);
  });

  it('resultStats counts the 2023 figures by reliability, their values summed per dimension', async () => {
    const s = await resultStats(client, { filter: { year: 2023, definition: 'economic-growth-rate' }, groupBy: ['RELIABILITY'] });
    expect(s.groups).toEqual([expect.objectContaining({ reliability: 'ESTIMATE', count: 1, value: expect.objectContaining({ dimension: 'PERCENT', sum: 6.33, baseUnit: expect.objectContaining({ code: 'percent' }) }) })]);
  });

  it('a key given twice is refused with INVALID_ARGUMENT', async () => {
    await expect(targetStats(client, { groupBy: ['AREA', 'AREA'] })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});

describe('listSolutions', () => {
  it('lists a plan’s solutions in source order', async () => {
    const page = await listSolutions(client, { filter: { plan: await planId('bac-kan-ktxh-2024') }, first: 100 });
    expect(page.totalCount).toBe(15);
    expect(page.edges.map((e) => e.node.position)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(page.edges[0]!.node).toMatchObject({ kind: 'SOLUTION', text: 'Tập trung chỉ đạo triển khai sản xuất nông nghiệp theo kế hoạch' });
    expect(page.edges[8]!.node).toMatchObject({ kind: 'DIRECTIVE', issuedBy: { fullName: 'Hoàng Duy Chinh' } });
  });

  it('lists the solutions linked to an indicator, with the basis of the link', async () => {
    const indicator = await getIndicator(client, { area: 'bac-kan', code: 'growth-agriculture-forestry-fisheries' });
    const page = await listSolutions(client, { filter: { indicator: indicator.id } });
    expect(page.edges.map((e) => e.node.position)).toEqual([1, 2, 3, 4]);
    const link = page.edges[0]!.node.indicatorLinks.find((l) => l.indicator.code === indicator.code)!;
    expect(link.basis).toBe('EDITORIAL');
    expect(link.rationale).toMatch(/agricultural production/);
  });

  it('lists the solutions assigned to an agency', async () => {
    const agencies = await agencyTree(client);
    const agency = agencies.find((a) => a.code === 'group-agencies-units-localities')!;
    const page = await listSolutions(client, { filter: { agency: agency.id } });
    expect(page.edges.map((e) => e.node.position)).toEqual([13, 14, 15]);
    expect(page.edges[0]!.node.assignments).toEqual([{ role: 'IMPLEMENT', agency: expect.objectContaining({ code: agency.code }) }]);
  });
});

describe('agencyTree', () => {
  it('returns every agency with its office holders', async () => {
    const roots = await agencyTree(client);
    // The source states no parent for any agency: all are tops of the tree.
    expect(roots.map((a) => a.code).sort()).toEqual(seed('agencies').map((a) => a.key).sort());
    expect(roots.every((a) => a.children.length === 0)).toBe(true);
    const tinhUy = roots.find((a) => a.code === 'tinh-uy-bac-kan')!;
    expect(tinhUy.officeHolders.map((p) => [p.person.fullName, p.role]).sort()).toEqual([
      ['Hoàng Duy Chinh', 'SECRETARY'],
      ['Nguyễn Đăng Bình', 'DEPUTY_SECRETARY'],
      ['Phương Thị Thanh', 'STANDING_DEPUTY_SECRETARY'],
    ]);
    expect(tinhUy.officeHolders[0]!.attestedOn).toBe('2023-12-13');
  });
});

describe('search', () => {
  it('finds indicators without diacritics and narrows hits by __typename', async () => {
    const page = await search(client, { text: 'tang truong kinh te', kinds: ['INDICATOR'] });
    expect(page.totalCount).toBeGreaterThan(0);
    const codes = page.edges.map((e) => (e.node.__typename === 'Indicator' ? e.node.code : null));
    expect(codes).toContain('economic-growth-rate');
    expect(page.edges.every((e) => e.node.__typename === 'Indicator')).toBe(true);
  });

  it('finds agencies and solutions', async () => {
    const page = await search(client, { text: 'nong nghiep', first: 100 });
    const hit = page.edges.map((e) => e.node).find((n) => n.__typename === 'Solution');
    expect(hit?.__typename === 'Solution' && hit.plan.code).toBe('bac-kan-ktxh-2024');
    const agencies = await search(client, { text: 'HĐND', kinds: ['AGENCY'] });
    expect(agencies.edges.map((e) => e.node.__typename === 'Agency' && e.node.code)).toContain('hdnd-bac-kan');
  });
});

describe('node', () => {
  it('refetches objects by global ID', async () => {
    const plan = await planSummary(client, 'bac-kan-ktxh-2024');
    const found = await node(client, plan.id);
    expect(found).toMatchObject({ __typename: 'Plan', id: plan.id, code: 'bac-kan-ktxh-2024', planKind: 'ANNUAL_SOCIO_ECONOMIC' });

    const target = (await getIndicator(client, { area: 'bac-kan', code: 'afforestation-area' })).targets.edges[0]!.node;
    const again = await node(client, target.id);
    expect(again?.__typename === 'Target' && again.targetValue).toBe(3485);
  });

  it('rejects a malformed ID with INVALID_ID', async () => {
    await expect(node(client, 'not-an-id')).rejects.toMatchObject({ code: 'INVALID_ID', path: ['node'], data: { node: null } });
  });

  it('rejects an ID that names nothing with NOT_FOUND, as documented: it never resolves to null', async () => {
    const gone = Buffer.from('Plan:999999').toString('base64');
    await expect(node(client, gone)).rejects.toMatchObject({ code: 'NOT_FOUND', path: ['node'], data: { node: null } });
  });
});

describe('createPlanHub', () => {
  it('binds every method to one client', async () => {
    const planhub = createPlanHub({ url: hub.url, lang: 'en' });
    expect((await planhub.planSummary('bac-kan-ktxh-2024')).title).toBe('2024 socio-economic development plan');
    expect((await planhub.getIndicator({ area: 'bac-kan', code: 'afforestation-area' })).name).toBe('Afforestation area (new planting)');
    expect((await planhub.listPlans({ first: 1 })).totalCount).toBe(4);
    expect((await planhub.agencyTree()).length).toBe(8);
    expect(planhub.url).toBe(hub.url);
  });
});
