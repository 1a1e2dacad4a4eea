import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@planhub/db/client';
import { generateSynthetic } from '@planhub/db/synthetic';
import { createPlanHubYoga } from '../src/yoga.ts';
import { TALLY_PASS_SIZE } from '../src/loaders/status-tally.ts';
import { addSource, CACHED_STATEMENTS, createMigratedDatabase, createTestHub, dataOf, seriesOf, testYogaOptions, type GraphQLResponse, type TestDatabase, type TestHub } from '../src/testing/hub.ts';

// The status rules (src/domain/status.ts, tested case by case beside it) as the API
// applies them to the real 2024 targets, with results added by the test where the
// source has none yet: an increase judged against a change, never the total; amounts in
// another unit of the same dimension; both kinds of range; a rank target. Then the
// status filter at a scale where its matches run to thousands.

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub?.close());

const TARGET = `query($code: String!) { indicator(area: "bac-kan", code: $code) { targets(first: 10) { edges { node {
  kind rangeKind status statusReason achievementPercent judgementBasis
  result { value measure reliability period { code } } baseResult { value period { code } }
} } } } }`;

async function targetOf(code: string) {
  const { indicator } = dataOf(await hub.exec(TARGET, { code }));
  return indicator.targets.edges[0].node;
}

let sources = 0;

/** Adds a figure from a source of its own (a period's figures come from different sources), labelled for removal. */
async function addResult(code: string, periodKey: string, data: { value: number | null; unit?: string; measure?: 'LEVEL' | 'CHANGE'; reliability?: 'ESTIMATE' | 'FINAL' }) {
  const db = hub.writer();
  const indicator = await seriesOf(db, code);
  const period = await db.prisma.period.findUniqueOrThrow({ where: { key: periodKey } });
  const unit = data.unit ? await db.prisma.unit.findUniqueOrThrow({ where: { key: data.unit } }) : { id: indicator.unitId };
  const { source, quote } = await addSource(db, `test-${++sources}`, `Báo cáo thử số ${sources}.`);
  return db.prisma.result.create({
    data: {
      indicatorId: indicator.id,
      periodId: period.id,
      value: data.value,
      measure: data.measure ?? 'LEVEL',
      unitId: unit.id,
      reliability: data.reliability ?? 'FINAL',
      sourceId: source.id,
      quoteId: quote.id,
    },
  });
}

async function removeTestResults() {
  const { prisma } = hub.writer();
  const where = { source: { key: { startsWith: 'test-' } } };
  await prisma.result.deleteMany({ where });
  await prisma.quote.deleteMany({ where });
  await prisma.source.deleteMany({ where: { key: { startsWith: 'test-' } } });
}

/** The 2024 plan's target on the seeded area's series of a definition. */
const target2024 = (code: string) =>
  hub.writer().prisma.target.findFirstOrThrow({ where: { indicator: { definition: { key: code } }, plan: { key: 'bac-kan-ktxh-2024' } } });

describe('the real 2024 targets, judged by the rules', () => {
  it('"20 new OCOP products" is not met by the province total; it is by a stated increase or one derived from two totals', async () => {
    try {
      await addResult('ocop-products-3-star-plus', '2024', { value: 150 });
      expect(await targetOf('ocop-products-3-star-plus')).toMatchObject({
        kind: 'INCREASE',
        status: 'NO_DATA',
        statusReason: expect.stringMatching(/states a level \(150\), not an increase/),
        result: { value: 150, measure: 'LEVEL' },
        judgementBasis: null,
      });
      await addResult('ocop-products-3-star-plus', '2023', { value: 128 });
      expect(await targetOf('ocop-products-3-star-plus')).toMatchObject({
        status: 'MET',
        judgementBasis: 'DERIVED_CHANGE',
        achievementPercent: 110,
        result: { value: 150, period: { code: '2024' } },
        baseResult: { value: 128, period: { code: '2023' } },
      });
      await addResult('ocop-products-3-star-plus', '2024', { value: 18, measure: 'CHANGE' });
      expect(await targetOf('ocop-products-3-star-plus')).toMatchObject({ status: 'NOT_MET', judgementBasis: 'STATED_CHANGE', result: { value: 18, measure: 'CHANGE' }, baseResult: null });
    } finally {
      await removeTestResults();
    }
  });

  it('budget revenue in billion VND is judged against a result in million VND', async () => {
    try {
      await addResult('state-budget-revenue', '2024', { value: 1_020_000, unit: 'million-vnd', reliability: 'ESTIMATE' });
      expect(await targetOf('state-budget-revenue')).toMatchObject({ status: 'ON_TRACK', achievementPercent: 100.99, statusReason: 'Estimated result 1020 meets 1010; not final.' });
      await addResult('state-budget-revenue', '2024', { value: 15, unit: 'percent' });
      // A final figure in a unit that does not convert is reported, not guessed.
      expect(await targetOf('state-budget-revenue')).toMatchObject({ status: 'NO_DATA', statusReason: expect.stringMatching(/do not convert \(PERCENT and CURRENCY_VND\)/) });
    } finally {
      await removeTestResults();
    }
  });

  it('the poverty-reduction range is met beyond its better end; as a band it would not be', async () => {
    const prisma = hub.writer().prisma;
    const target = await target2024('poverty-rate-reduction');
    try {
      await addResult('poverty-rate-reduction', '2024', { value: 3 });
      expect(await targetOf('poverty-rate-reduction')).toMatchObject({ rangeKind: 'OR_BETTER', status: 'MET' });
      await prisma.target.update({ where: { id: target.id }, data: { rangeKind: 'WITHIN' } });
      expect(await targetOf('poverty-rate-reduction')).toMatchObject({ rangeKind: 'WITHIN', status: 'NOT_MET', statusReason: expect.stringMatching(/only within it/) });
    } finally {
      await prisma.target.update({ where: { id: target.id }, data: { rangeKind: 'OR_BETTER' } });
      await removeTestResults();
    }
  });

  it('"move up at least one place" on the PCI: derived from the ranks of 2023 and 2024; and a "reach 30th" target is met by 25th, not 40th', async () => {
    const prisma = hub.writer().prisma;
    try {
      await addResult('pci-rank', '2023', { value: 45 });
      await addResult('pci-rank', '2024', { value: 44 });
      expect(await targetOf('pci-rank')).toMatchObject({ kind: 'RANK_CHANGE', status: 'MET', judgementBasis: 'DERIVED_CHANGE', baseResult: { value: 45 } });
      const rankChange = await target2024('pci-rank');
      await prisma.target.update({ where: { id: rankChange.id }, data: { kind: 'LEVEL', comparator: 'EQUAL', value: 30 } });
      try {
        expect(await targetOf('pci-rank')).toMatchObject({ status: 'NOT_MET', statusReason: 'Final result 44 falls short of place 30.' });
        await addResult('pci-rank', '2024', { value: 25 });
        expect(await targetOf('pci-rank')).toMatchObject({ status: 'MET', achievementPercent: null });
      } finally {
        await prisma.target.update({ where: { id: rankChange.id }, data: { kind: rankChange.kind, comparator: rankChange.comparator, value: rankChange.value } });
      }
    } finally {
      await removeTestResults();
    }
  });

  it('a target adjusted by a later resolution is judged against the target in force; its earlier version is kept as a revision', async () => {
    const { prisma } = hub.writer();
    const target = await target2024('economic-growth-rate');
    const resolution = await addSource(hub.writer(), 'test-adjustment', 'Điều chỉnh chỉ tiêu tăng trưởng kinh tế năm 2024 đạt 7% trở lên.', { kind: 'RESOLUTION', publishedOn: '2024-07-10' });
    try {
      await addResult('economic-growth-rate', '2024', { value: 7.5 });
      expect(await targetOf('economic-growth-rate')).toMatchObject({ status: 'NOT_MET', statusReason: 'Final result 7.5 falls short of ≥ 8.' });
      // The adjustment: the earlier values become a revision, the target holds the new ones.
      await prisma.$transaction([
        prisma.targetRevision.create({
          data: { targetId: target.id, comparator: target.comparator, value: target.value, unitId: target.unitId, quoteId: target.quoteId, replacedOn: new Date('2024-07-10T00:00:00Z') },
        }),
        prisma.target.update({ where: { id: target.id }, data: { value: 7, adoptedOn: new Date('2024-07-10T00:00:00Z'), quoteId: resolution.quote.id } }),
      ]);
      const { indicator } = dataOf(
        await hub.exec(`{ indicator(area: "bac-kan", code: "economic-growth-rate") { targets { edges { node {
          value adoptedOn status statusReason revisions { value comparator replacedOn provenance { quote } } provenance { quote source { kind } } } } } } }`),
      ) as any;
      expect(indicator.targets.edges[0].node).toEqual({
        value: 7,
        adoptedOn: '2024-07-10',
        status: 'MET',
        statusReason: 'Final result 7.5 meets ≥ 7.',
        revisions: [{ value: 8, comparator: 'AT_LEAST', replacedOn: '2024-07-10', provenance: { quote: 'Tăng trưởng kinh tế 8% trở lên' } }],
        provenance: { quote: 'Điều chỉnh chỉ tiêu tăng trưởng kinh tế năm 2024 đạt 7% trở lên.', source: { kind: 'RESOLUTION' } },
      });
    } finally {
      await prisma.targetRevision.deleteMany({ where: { targetId: target.id } });
      await prisma.target.update({ where: { id: target.id }, data: { value: target.value, adoptedOn: null, quoteId: target.quoteId } });
      await removeTestResults();
    }
  });

  it("the plan's summary counts what each target's status says", async () => {
    try {
      await addResult('economic-growth-rate', '2024', { value: 8.2, reliability: 'ESTIMATE' });
      await addResult('ocop-products-3-star-plus', '2024', { value: 150 });
      await addResult('state-budget-revenue', '2024', { value: 900_000, unit: 'million-vnd' });
      const { plan } = dataOf(
        await hub.exec(`{ plan(code: "bac-kan-ktxh-2024") { summary { targetCount byStatus { status count } } targets(first: 100) { edges { node { status } } } } }`),
      );
      const counted = new Map<string, number>();
      for (const e of plan.targets.edges) counted.set(e.node.status, (counted.get(e.node.status) ?? 0) + 1);
      expect(Object.fromEntries(plan.summary.byStatus.map((s: any) => [s.status, s.count]))).toEqual({
        MET: counted.get('MET') ?? 0,
        NOT_MET: counted.get('NOT_MET') ?? 0,
        ON_TRACK: counted.get('ON_TRACK') ?? 0,
        OFF_TRACK: counted.get('OFF_TRACK') ?? 0,
        NO_DATA: counted.get('NO_DATA') ?? 0,
      });
      expect(counted.get('ON_TRACK')).toBe(1);
      expect(counted.get('NOT_MET')).toBe(1);
    } finally {
      await removeTestResults();
    }
  });
});

describe('the status filter at scale', () => {
  // 12 provinces × 2 years × 200 indicators: 4,800 targets, thousands of indicators per
  // status (SQLite refuses an IN list of more than 998 values), and more targets than one
  // pass of the tally holds.
  let database: TestDatabase;
  let db: Database;
  let yoga: ReturnType<typeof createPlanHubYoga>;
  const run = async (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<any>> => {
    const response = await yoga.fetch('http://x/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return response.json();
  };

  beforeAll(async () => {
    database = await createMigratedDatabase();
    db = openDatabase(database.config, { countStatements: true });
    await generateSynthetic(db.prisma, { provinces: 12, years: 2, indicators: 200, solutionsPerPlan: 1 });
    yoga = createPlanHubYoga({ db, ...testYogaOptions() });
  }, 300_000);
  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });

  it('answers with every indicator that has a target of the status, paged without gaps or repeats', async () => {
    expect(await db.prisma.target.count()).toBeGreaterThan(TALLY_PASS_SIZE / 2);
    const totals: Record<string, number> = {};
    for (const status of ['MET', 'NOT_MET', 'ON_TRACK', 'OFF_TRACK', 'NO_DATA']) {
      const body = await run(`query($s: TargetStatus!) { indicators(filter: { status: $s }, first: 1) { totalCount } }`, { s: status });
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      totals[status] = body.data.indicators.totalCount;
    }
    // Every synthetic target has a result: final for the first year, an estimate for the last.
    expect(totals.MET! + totals.NOT_MET!).toBeGreaterThan(0);
    expect(totals.MET!).toBeGreaterThan(998);
    expect(totals.NO_DATA).toBe(0);

    // The truth, from the rows: each target judged on its own through the API's Target.status.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const body: any = await run(`query($after: String) { indicators(filter: { status: MET }, orderBy: { field: NAME }, first: 100, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { id targets(first: 5) { edges { node { status } } } } } } }`, { after });
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      for (const e of body.data.indicators.edges) {
        seen.push(e.node.id);
        expect(e.node.targets.edges.some((t: any) => t.node.status === 'MET')).toBe(true);
      }
      after = body.data.indicators.pageInfo.hasNextPage ? body.data.indicators.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(totals.MET);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('is judged once per data version: a later request sends a constant number of statements', async () => {
    const query = `{ indicators(filter: { status: OFF_TRACK, year: 2024 }, first: 50) { totalCount edges { node { code } } } }`;
    dataOf(await run(query));
    db.statements.reset();
    const again = dataOf(await run(query));
    // The data version (read on PostgreSQL; the embedded database's change counter says it has not moved), and the page's rows.
    expect(db.statements.count).toBe(CACHED_STATEMENTS + 1);
    expect(again.indicators.totalCount).toBeGreaterThan(50);
  });

  it('combines with the other filters, and matches what each indicator of the plan says', async () => {
    const plan = await db.prisma.plan.findFirstOrThrow({ where: { key: 'syn-plan-3-2023' } });
    const id = Buffer.from(`Plan:${plan.id}`).toString('base64');
    const body = dataOf(
      await run(`query($p: ID!) {
        notMet: indicators(filter: { plan: $p, status: NOT_MET, mainOnly: true }, first: 100) { totalCount edges { node { id } } }
        summary: plan(code: "syn-plan-3-2023") { summary { byStatus { status count } } }
      }`, { p: id }),
    );
    // Every indicator of the plan with the status of each of its targets in the plan, page by page.
    const targets: Array<{ indicator: string; status: string; isMain: boolean }> = [];
    let after: string | null = null;
    do {
      const page: any = dataOf(
        await run(`query($p: ID!, $after: String) { indicators(filter: { plan: $p }, first: 100, after: $after) { pageInfo { hasNextPage endCursor }
          edges { node { id targets(plan: $p, first: 5) { edges { node { status isMain } } } } } } }`, { p: id, after }),
      );
      for (const e of page.indicators.edges) for (const t of e.node.targets.edges) targets.push({ indicator: e.node.id, ...t.node });
      after = page.indicators.pageInfo.hasNextPage ? page.indicators.pageInfo.endCursor : null;
    } while (after);
    const expected = new Set(targets.filter((t) => t.isMain && t.status === 'NOT_MET').map((t) => t.indicator));
    expect(body.notMet.totalCount).toBe(expected.size);
    expect(new Set(body.notMet.edges.map((e: any) => e.node.id))).toEqual(expected);
    expect(body.summary.summary.byStatus.find((s: any) => s.status === 'NOT_MET').count).toBe(targets.filter((t) => t.status === 'NOT_MET').length);
  });
});
