import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, dataOf, seriesOf, type TestHub } from '../src/testing/hub.ts';
import { quoteText, seedRecords } from './seed-data.ts';

// Computed statuses beside the source's own assessments, on the real data and on
// results added by the test (the source has no 2024 results yet).

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub?.close());

const SUMMARY = `query($code: String!) { plan(code: $code) { summary {
  targetCount byStatus { status count }
  statedAssessments { kind count outOf reliability provenance { quote } }
} } }`;

const count = (summary: any, status: string) => summary.byStatus.find((s: any) => s.status === status).count;

describe('plan summary', () => {
  it('2023: the source says 23 of 26 met and 3 not; PlanHub holds no 2023 targets and says so', async () => {
    const { plan } = dataOf(await hub.exec(SUMMARY, { code: 'bac-kan-ktxh-2023' }));
    expect(plan.summary.targetCount).toBe(0);
    expect(plan.summary.byStatus.map((s: any) => s.status)).toEqual(['MET', 'NOT_MET', 'ON_TRACK', 'OFF_TRACK', 'NO_DATA']);
    expect(plan.summary.statedAssessments).toContainEqual({
      kind: 'INDICATORS_MET',
      count: 23,
      outOf: 26,
      reliability: 'ESTIMATE',
      provenance: { quote: quoteText(seedRecords('assessments').find((a) => a.kind === 'INDICATORS_MET')!.quote) },
    });
    expect(plan.summary.statedAssessments).toContainEqual(expect.objectContaining({ kind: 'INDICATORS_NOT_MET', count: 3, outOf: 26 }));
  });

  it('2024: every target counted, all NO_DATA until results arrive; 24 main indicators as stated', async () => {
    const { plan } = dataOf(await hub.exec(SUMMARY, { code: 'bac-kan-ktxh-2024' }));
    const targets = seedRecords('targets').filter((t) => t.plan === 'bac-kan-ktxh-2024');
    expect(plan.summary.targetCount).toBe(targets.length);
    expect(count(plan.summary, 'NO_DATA')).toBe(targets.length);
    expect(plan.summary.statedAssessments).toContainEqual(expect.objectContaining({ kind: 'MAIN_INDICATOR_COUNT', count: 24 }));
  });

  it('a result recorded for 2024 changes the computed status, never the stated assessments', async () => {
    const prisma = hub.db.prisma;
    const growth = await seriesOf(hub.db, 'economic-growth-rate');
    const afforestation = await seriesOf(hub.db, 'afforestation-area');
    const period = await prisma.period.findUniqueOrThrow({ where: { key: '2024' } });
    const quote = await prisma.quote.findFirstOrThrow();
    const percent = await prisma.unit.findUniqueOrThrow({ where: { key: 'percent' } });
    const before = dataOf(await hub.exec(SUMMARY, { code: 'bac-kan-ktxh-2024' })).plan.summary.statedAssessments;
    const created: number[] = [];
    const add = async (data: Parameters<typeof prisma.result.create>[0]['data']) => created.push((await prisma.result.create({ data })).id);
    await add({ indicatorId: growth.id, periodId: period.id, value: 8.2, unitId: percent.id, reliability: 'ESTIMATE', sourceId: quote.sourceId, quoteId: quote.id });
    await add({ indicatorId: afforestation.id, periodId: period.id, value: 3000, unitId: afforestation.unitId, reliability: 'FINAL', sourceId: quote.sourceId, quoteId: quote.id });
    try {
      const { plan } = dataOf(await hub.exec(SUMMARY, { code: 'bac-kan-ktxh-2024' }));
      expect(count(plan.summary, 'ON_TRACK')).toBe(1);
      expect(count(plan.summary, 'NOT_MET')).toBe(1);
      expect(plan.summary.statedAssessments).toEqual(before);


      const { plan: withTargets } = dataOf(
        await hub.exec(`{ plan(code: "bac-kan-ktxh-2024") { targets(first: 100) { edges { node {
          indicator { code } status statusReason achievementPercent result { value reliability }
        } } } } }`),
      );
      const byCode = new Map(withTargets.targets.edges.map((e: any) => [e.node.indicator.code, e.node]));
      expect(byCode.get('economic-growth-rate')).toMatchObject({ status: 'ON_TRACK', result: { value: 8.2, reliability: 'ESTIMATE' }, achievementPercent: 102.5 });
      expect(byCode.get('afforestation-area')).toMatchObject({ status: 'NOT_MET', achievementPercent: 86.08 });
      expect((byCode.get('afforestation-area') as any).statusReason).toBe("Final result 3000 falls short of 3485.");
    } finally {
      await prisma.result.deleteMany({ where: { id: { in: created } } });
    }
  });
});

describe('indicator filters', () => {
  it('by status, within a plan', async () => {
    const prisma = hub.db.prisma;
    const growth = await seriesOf(hub.db, 'economic-growth-rate');
    const period = await prisma.period.findUniqueOrThrow({ where: { key: '2024' } });
    const quote = await prisma.quote.findFirstOrThrow();
    const added = await prisma.result.create({ data: { indicatorId: growth.id, periodId: period.id, value: 8.5, unitId: growth.unitId, reliability: 'FINAL', sourceId: quote.sourceId, quoteId: quote.id } });
    try {
      const { plan } = dataOf(await hub.exec(`{ plan(code: "bac-kan-ktxh-2024") { id } }`));
      const data = dataOf(
        await hub.exec(`query($plan: ID!) {
          met: indicators(filter: { plan: $plan, status: MET }) { totalCount edges { node { code } } }
          noData: indicators(filter: { plan: $plan, status: NO_DATA }) { totalCount }
          all: indicators(filter: { plan: $plan }) { totalCount }
        }`, { plan: plan.id }),
      );
      expect(data.met.edges.map((e: any) => e.node.code)).toEqual(['economic-growth-rate']);
      expect(data.noData.totalCount).toBe(data.all.totalCount - 1);
    } finally {
      await prisma.result.delete({ where: { id: added.id } });
    }
  });

  it('by year, sector, agency and main-only', async () => {
    const { agencies } = dataOf(await hub.exec(`{ agencies(first: 20) { edges { node { id code assignments(first: 20) { edges { node { solution { indicatorLinks { indicator { code } } } } } } } } } }`));
    const data = dataOf(
      await hub.exec(`{
        y2023: indicators(filter: { year: 2023 }) { totalCount }
        y2024: indicators(filter: { year: 2024, mainOnly: true }) { totalCount }
        agri: indicators(filter: { sector: "agriculture-forestry-fisheries" }) { totalCount }
      }`),
    );
    const resultYears = seedRecords('results').filter((r) => r.period === '2023');
    expect(data.y2023.totalCount).toBe(new Set(resultYears.map((r) => r.indicator)).size);
    expect(data.y2024.totalCount).toBe(seedRecords('targets').filter((t) => t.period === '2024' && t.isMain).length);
    const sectors = seedRecords('sectors');
    const underAgri = new Set(sectors.filter((s) => s.key === 'agriculture-forestry-fisheries' || s.parent === 'agriculture-forestry-fisheries').map((s) => s.key));
    expect(data.agri.totalCount).toBe(seedRecords('indicator-definitions').filter((i) => underAgri.has(i.sector)).length);
    expect(data.agri.totalCount).toBeGreaterThan(0);
    const linked = agencies.edges.find((e: any) => e.node.assignments.edges.some((a: any) => a.node.solution?.indicatorLinks.length));
    expect(linked, 'an agency responsible for a solution linked to an indicator').toBeDefined();
    const expected = new Set(linked.node.assignments.edges.flatMap((a: any) => a.node.solution?.indicatorLinks.map((l: any) => l.indicator.code) ?? []));
    const { indicators } = dataOf(await hub.exec(`query($a: ID!) { indicators(first: 100, filter: { agency: $a }) { edges { node { code } } } }`, { a: linked.node.id }));
    expect(new Set(indicators.edges.map((e: any) => e.node.code))).toEqual(expected);
  });
});
