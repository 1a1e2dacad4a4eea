import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addIndicator, createTestHub, dataOf, type TestHub } from '../src/testing/hub.ts';

// An indicator's time series, latest result and targets' results all come from one
// per-request load (schema/indicator/results.ts). These pin what each picks: period
// order from the periods' years, the most settled figure of a period, the latest period.

let hub: TestHub;

beforeAll(async () => {
  hub = await createTestHub();
  const { prisma } = hub.db;
  const quote = await prisma.quote.findFirstOrThrow({ orderBy: { id: 'asc' } });
  const plan = await prisma.plan.findUniqueOrThrow({ where: { key: 'bac-kan-ktxh-2024' } });
  const period = async (key: string) => (await prisma.period.findUniqueOrThrow({ where: { key } })).id;
  for (const key of ['picked', 'empty']) await addIndicator(hub.db, `results-${key}`, `Chỉ tiêu ${key}`, 'HIGHER_IS_BETTER');
  const indicator = await prisma.indicator.findUniqueOrThrow({ where: { key: 'results-picked' } });
  // Inserted out of period order, and 2023 three times with different reliability.
  const rows: Array<[string, string, number, 'ESTIMATE' | 'PRELIMINARY' | 'FINAL']> = [
    ['r-2023-estimate', '2023', 2, 'ESTIMATE'],
    ['r-2022-final', '2022', 1, 'FINAL'],
    ['r-2023-final', '2023', 3, 'FINAL'],
    ['r-2023-preliminary', '2023', 4, 'PRELIMINARY'],
  ];
  for (const [key, p, value, reliability] of rows) {
    await prisma.result.create({
      data: { key, indicatorId: indicator.id, periodId: await period(p), value, reliability, unitId: indicator.unitId, quoteId: quote.id },
    });
  }
  await prisma.target.create({
    data: {
      key: 't-2023', indicatorId: indicator.id, planId: plan.id, periodId: await period('2023'), kind: 'LEVEL', comparator: 'AT_LEAST',
      value: 2.5, unitId: indicator.unitId, quoteId: quote.id,
    },
  });
});
afterAll(() => hub?.close());

const QUERY = `query($code: String!) { indicator(code: $code) {
  timeSeries { value reliability period { code } }
  latestResult { value reliability period { code } }
  targets { edges { node { status achievementPercent result { value reliability } } } } } }`;

describe('an indicator’s results', () => {
  it('time series in period order, then by record; latest = most settled figure of the latest period; targets judged against it', async () => {
    const { indicator } = dataOf(await hub.exec(QUERY, { code: 'results-picked' })) as any;
    expect(indicator.timeSeries.map((r: any) => `${r.period.code}:${r.value}`)).toEqual(['2022:1', '2023:2', '2023:3', '2023:4']);
    expect(indicator.latestResult).toEqual({ value: 3, reliability: 'FINAL', period: { code: '2023' } });
    expect(indicator.targets.edges).toEqual([{ node: { status: 'MET', achievementPercent: 120, result: { value: 3, reliability: 'FINAL' } } }]);
  });

  it('an indicator without results: empty series, no latest result', async () => {
    const { indicator } = dataOf(await hub.exec(QUERY, { code: 'results-empty' })) as any;
    expect(indicator).toEqual({ timeSeries: [], latestResult: null, targets: { edges: [] } });
  });

  it('in a list, every indicator gets its own results', async () => {
    const { indicators } = dataOf(
      await hub.exec(`{ indicators(first: 100, filter: { text: "chi tieu" }) { edges { node { code latestResult { value } } } } }`),
    ) as any;
    const byCode = new Map(indicators.edges.map((e: any) => [e.node.code, e.node.latestResult]));
    expect(byCode.get('results-picked')).toEqual({ value: 3 });
    expect(byCode.get('results-empty')).toBeNull();
  });
});
