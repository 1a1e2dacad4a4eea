import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addIndicator, addSource, createTestHub, dataOf, type TestHub } from '../src/testing/hub.ts';

// A series' time series, latest result and targets' results all come from one
// per-request load (loaders/results.ts). These pin what each picks: the current figure of
// each period (never a replaced one; the most settled; then the latest reported, whatever
// the order recorded), the other figures as its revisions, period order by period end,
// and the latest YEAR unless another kind is asked for.

let hub: TestHub;
const day = (d: string) => new Date(`${d}T00:00:00.000Z`);

beforeAll(async () => {
  hub = await createTestHub();
  const { prisma } = hub.db;
  const plan = await prisma.plan.findUniqueOrThrow({ where: { key: 'bac-kan-ktxh-2024' } });
  const period = async (key: string) => (await prisma.period.findUniqueOrThrow({ where: { key } })).id;
  await prisma.period.create({ data: { key: '2024-h1', kind: 'HALF_YEAR', startYear: 2024, startMonth: 1, endYear: 2024, endMonth: 6 } });
  const picked = await addIndicator(hub.db, 'results-picked', 'Chỉ tiêu picked', 'HIGHER_IS_BETTER');
  await addIndicator(hub.db, 'results-empty', 'Chỉ tiêu empty', 'HIGHER_IS_BETTER');
  const sources = {
    conference: await addSource(hub.db, 'conference-2023-12', 'Ước cả năm 2023 đạt 2.', { publishedOn: '2023-12-13' }),
    preliminary: await addSource(hub.db, 'report-2024-01', 'Sơ bộ năm 2023 đạt 4.', { publishedOn: '2024-01-20' }),
    yearbook2024: await addSource(hub.db, 'yearbook-2024', 'Niên giám 2024: năm 2023 đạt 3; năm 2022 đạt 1.', { publishedOn: '2024-06-30', kind: 'STATISTICAL_PUBLICATION' }),
    yearbook2025: await addSource(hub.db, 'yearbook-2025', 'Niên giám 2025: năm 2023 đạt 3,5.', { publishedOn: '2025-06-30', kind: 'STATISTICAL_PUBLICATION' }),
    review: await addSource(hub.db, 'review-2024-h1', 'Sơ kết 6 tháng đầu năm 2024 ước đạt 1,8; giai đoạn 2021-2025 ước đạt 9.', { publishedOn: '2024-07-10' }),
  };
  const result = async (s: keyof typeof sources, p: string, value: number, reliability: 'ESTIMATE' | 'PRELIMINARY' | 'FINAL', reportedOn: string | null) =>
    prisma.result.create({
      data: {
        indicatorId: picked.id,
        periodId: await period(p),
        value,
        reliability,
        unitId: picked.unitId,
        sourceId: sources[s].source.id,
        quoteId: sources[s].quote.id,
        reportedOn: reportedOn === null ? null : day(reportedOn),
      },
    });
  // Recorded out of every order: the 2025 yearbook's revised final figure before the 2024
  // yearbook's, the estimate last.
  await result('yearbook2025', '2023', 3.5, 'FINAL', '2025-06-30');
  await result('yearbook2024', '2022', 1, 'FINAL', '2024-06-30');
  await result('yearbook2024', '2023', 3, 'FINAL', '2024-06-30');
  await result('preliminary', '2023', 4, 'PRELIMINARY', '2024-01-20');
  await result('conference', '2023', 2, 'ESTIMATE', null);
  await result('review', '2024-h1', 1.8, 'ESTIMATE', '2024-07-10');
  await result('review', '2021-2025', 9, 'ESTIMATE', '2024-07-10');
  await prisma.target.create({
    data: {
      indicatorId: picked.id, planId: plan.id, periodId: await period('2023'), kind: 'LEVEL', comparator: 'AT_LEAST',
      value: 2.5, unitId: picked.unitId, quoteId: sources.conference.quote.id,
    },
  });
});
afterAll(() => hub?.close());

const QUERY = `query($code: String!) { indicator(area: "bac-kan", code: $code) {
  timeSeries { value reliability reportedOn isCurrent period { code } source { title } revisions { value reliability reportedOn isCurrent source { title } } }
  latestResult { value reliability period { code } }
  halfYear: latestResult(periodKind: HALF_YEAR) { value period { code } }
  term: latestResult(periodKind: FIVE_YEAR) { value period { code } }
  targets { edges { node { status achievementPercent result { value reliability } } } } } }`;

describe('a series’ results', () => {
  it('time series: one current figure per period, in order of period end, each with the others as its revisions', async () => {
    const { indicator } = dataOf(await hub.exec(QUERY, { code: 'results-picked' })) as any;
    // 2024 H1 ends before 2021–2025 does; 2023 is the latest-reported final figure.
    expect(indicator.timeSeries.map((r: any) => `${r.period.code}:${r.value}`)).toEqual(['2022:1', '2023:3.5', '2024-h1:1.8', '2021-2025:9']);
    const y2023 = indicator.timeSeries[1];
    expect(y2023).toMatchObject({ reliability: 'FINAL', reportedOn: '2025-06-30', isCurrent: true, source: { title: 'Niên giám 2025: năm 2023 đạt 3,5.' } });
    // The revisions, most settled first; the undated estimate counts as reported first.
    expect(y2023.revisions.map((r: any) => `${r.reliability}:${r.value}:${r.reportedOn}`)).toEqual(['FINAL:3:2024-06-30', 'PRELIMINARY:4:2024-01-20', 'ESTIMATE:2:null']);
    expect(y2023.revisions.every((r: any) => r.isCurrent === false)).toBe(true);
  });

  it('latest result: the latest YEAR’s current figure unless another kind is asked for; targets judged against the current figure', async () => {
    const { indicator } = dataOf(await hub.exec(QUERY, { code: 'results-picked' })) as any;
    expect(indicator.latestResult).toEqual({ value: 3.5, reliability: 'FINAL', period: { code: '2023' } });
    expect(indicator.halfYear).toEqual({ value: 1.8, period: { code: '2024-h1' } });
    expect(indicator.term).toEqual({ value: 9, period: { code: '2021-2025' } });
    expect(indicator.targets.edges).toEqual([{ node: { status: 'MET', achievementPercent: 140, result: { value: 3.5, reliability: 'FINAL' } } }]);
  });

  it('a figure a later one says it replaces is never current, however settled', async () => {
    const { prisma } = hub.db;
    const picked = await prisma.indicator.findFirstOrThrow({ where: { definition: { key: 'results-picked' } } });
    const y2022 = await prisma.period.findUniqueOrThrow({ where: { key: '2022' } });
    const final2022 = await prisma.result.findFirstOrThrow({ where: { indicatorId: picked.id, periodId: y2022.id } });
    const correction = await addSource(hub.db, 'correction-2024', 'Đính chính: năm 2022 đạt 1,2.', { publishedOn: '2024-08-01' });
    const corrected = await prisma.result.create({
      data: {
        indicatorId: picked.id, periodId: y2022.id, value: 1.2, reliability: 'PRELIMINARY', unitId: picked.unitId,
        sourceId: correction.source.id, quoteId: correction.quote.id, supersedesId: final2022.id,
      },
    });
    try {
      const { indicator } = dataOf(await hub.exec(`{ indicator(area: "bac-kan", code: "results-picked") { timeSeries { value supersedes { value } revisions { value } } } }`)) as any;
      expect(indicator.timeSeries[0]).toEqual({ value: 1.2, supersedes: { value: 1 }, revisions: [{ value: 1 }] });
    } finally {
      await prisma.result.delete({ where: { id: corrected.id } });
    }
  });

  it('a series without results: empty series, no latest result', async () => {
    const { indicator } = dataOf(await hub.exec(QUERY, { code: 'results-empty' })) as any;
    expect(indicator).toEqual({ timeSeries: [], latestResult: null, halfYear: null, term: null, targets: { edges: [] } });
  });

  it('in a list, every series gets its own results', async () => {
    const { indicators } = dataOf(
      await hub.exec(`{ indicators(first: 100, filter: { text: "chi tieu" }) { edges { node { code latestResult { value } } } } }`),
    ) as any;
    const byCode = new Map(indicators.edges.map((e: any) => [e.node.code, e.node.latestResult]));
    expect(byCode.get('results-picked')).toEqual({ value: 3.5 });
    expect(byCode.get('results-empty')).toBeNull();
  });
});

describe('one period’s figure (resultFor)', () => {
  const FOR = `query($period: String!) { indicator(area: "bac-kan", code: "results-picked") { resultFor(period: $period) { value reliability isCurrent period { code } } } }`;

  it('the current figure of the period asked for, whatever else the series holds; null for a period without one', async () => {
    const of = async (period: string) => ((dataOf(await hub.exec(FOR, { period })) as any).indicator.resultFor);
    expect(await of('2023')).toEqual({ value: 3.5, reliability: 'FINAL', isCurrent: true, period: { code: '2023' } });
    expect(await of('2022')).toEqual({ value: 1, reliability: 'FINAL', isCurrent: true, period: { code: '2022' } });
    expect(await of('2024-h1')).toEqual({ value: 1.8, reliability: 'ESTIMATE', isCurrent: true, period: { code: '2024-h1' } });
    expect(await of('2024')).toBeNull();
  });

  it('an unknown period: NOT_FOUND, saying how to list codes', async () => {
    const res = (await hub.exec(FOR, { period: '1999' })) as any;
    expect(res.errors[0]).toMatchObject({ message: 'period: no period has the code "1999". List codes with `periods { code }`.', extensions: { code: 'NOT_FOUND' } });
  });

  it('a page of series asks it in the same statements, whatever its size', async () => {
    const q = (first: number) => `{ indicators(first: ${first}) { edges { node { resultFor(period: "2023") { value } } } } }`;
    const statements = async (first: number) => {
      dataOf(await hub.exec(q(first)));
      hub.db.statements.reset();
      const data = dataOf(await hub.exec(q(first))) as any;
      expect(data.indicators.edges).toHaveLength(first);
      return hub.db.statements.count;
    };
    expect(await statements(15)).toBe(await statements(2));
  });
});
