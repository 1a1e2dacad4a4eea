import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSource, CACHED_STATEMENTS, createTestHub, dataOf, seriesOf, type TestHub } from '../src/testing/hub.ts';

// Aggregates over computed status (targetStats, resultStats) and target achievement
// compared across provinces. Bắc Kạn's real data has ten 2024 targets, none judged yet
// (no 2024 figures), so the cases are written into synthetic provinces (named in, and
// quoted from, a source of kind SYNTHETIC) beside it:
//
//  #  area        definition        target        figure(s) 2024                       status     achievement
//  1  north       growth            ≥ 8 %  main   FINAL 8.4 (ESTIMATE 8.0 before)       MET        105
//  2  south       growth            ≥ 8 %  main   FINAL 6                               NOT_MET     75
//  3  east        growth            ≥ 8 %  main   ESTIMATE 7, revised to ESTIMATE 8.8   ON_TRACK   110
//  4  north       budget revenue    ≥ 2,000 bn    FINAL 2,500,000 million VND           MET        125
//  5  south       budget revenue    ≥ 1,500 bn    none                                  NO_DATA      –
//  6  north       poverty (lower)   ≤ 5 %         FINAL 4                               MET         80
//  7  south       poverty (lower)   ≤ 5 %         FINAL 6                               NOT_MET    120
//  8  east        poverty (lower)   ≤ 5 %         ESTIMATE 4.5                          ON_TRACK    90
//  9  north       services growth   ≥ 7 %         FINAL 7.7                             MET        110
// 10  commune     growth            ≥ 9 %         FINAL 9.9                             MET        110
//  –  south       services growth   retired       FINAL 9, retired                      (never counted)
// East also states a change of budget revenue (+100 bn, FINAL) without a target; west has
// a growth series with neither. Agencies: finance is assigned north's revenue; planning a
// solution linked to north's growth and revenue.

let hub: TestHub;
let synthetic: Awaited<ReturnType<typeof addSource>>;
let northPlanId: string;
let financeId: string;

const ids = { period: new Map<string, number>(), unit: new Map<string, number>() };

async function series(areaId: number, definitionId: number, unit: string) {
  return hub.db.prisma.indicator.create({ data: { definitionId, areaId, unitId: ids.unit.get(unit)! } });
}

async function target(indicatorId: number, planId: number, comparator: 'AT_LEAST' | 'AT_MOST', value: number, unit: string, options: { isMain?: boolean; retired?: boolean } = {}) {
  return hub.db.prisma.target.create({
    data: {
      indicatorId,
      planId,
      periodId: ids.period.get('2024')!,
      kind: 'LEVEL',
      comparator,
      value,
      unitId: ids.unit.get(unit)!,
      isMain: options.isMain ?? false,
      quoteId: synthetic.quote.id,
      ...(options.retired ? { retiredAt: new Date() } : {}),
    },
  });
}

async function figure(
  indicatorId: number,
  value: number,
  unit: string,
  options: { reliability?: 'FINAL' | 'ESTIMATE'; source?: Awaited<ReturnType<typeof addSource>>; supersedesId?: number; planId?: number; percentOfPlan?: number; measure?: 'CHANGE'; retired?: boolean } = {},
) {
  const source = options.source ?? synthetic;
  return hub.db.prisma.result.create({
    data: {
      indicatorId,
      periodId: ids.period.get('2024')!,
      value,
      unitId: ids.unit.get(unit)!,
      reliability: options.reliability ?? 'FINAL',
      sourceId: source.source.id,
      quoteId: source.quote.id,
      supersedesId: options.supersedesId ?? null,
      planId: options.planId ?? null,
      percentOfPlan: options.percentOfPlan ?? null,
      measure: options.measure ?? 'LEVEL',
      ...(options.retired ? { retiredAt: new Date() } : {}),
    },
  });
}

beforeAll(async () => {
  hub = await createTestHub();
  const { prisma } = hub.db;
  for (const p of await prisma.period.findMany()) ids.period.set(p.key, p.id);
  for (const u of await prisma.unit.findMany()) ids.unit.set(u.key, u.id);
  synthetic = await addSource(hub.db, 'syn-stats', 'Số liệu tổng hợp để kiểm thử thống kê: không phải số liệu thật.', { kind: 'SYNTHETIC' });
  const estimateSource = await addSource(hub.db, 'syn-stats-estimate', 'Số liệu ước tính tổng hợp: không phải số liệu thật.', { kind: 'SYNTHETIC', publishedOn: '2024-06-30' });
  const revision = await addSource(hub.db, 'syn-stats-revised', 'Số liệu tổng hợp đã điều chỉnh: không phải số liệu thật.', { kind: 'SYNTHETIC', publishedOn: '2024-09-30' });
  const area = (key: string, nameVi: string, level: 'PROVINCE' | 'COMMUNE' = 'PROVINCE', parentId?: number) =>
    prisma.area.create({ data: { key, level, nameVi, namedInId: synthetic.source.id, ...(parentId ? { parentId } : {}) } });
  const north = await area('syn-north', 'Tỉnh Tổng Hợp Bắc');
  const south = await area('syn-south', 'Tỉnh Tổng Hợp Nam');
  const east = await area('syn-east', 'Tỉnh Tổng Hợp Đông');
  const west = await area('syn-west', 'Tỉnh Tổng Hợp Tây');
  const commune = await area('syn-commune', 'Xã Tổng Hợp', 'COMMUNE', north.id);
  const plan = (key: string, areaId: number, level: 'PROVINCE' | 'COMMUNE' = 'PROVINCE') =>
    prisma.plan.create({ data: { key, kind: 'ANNUAL_SOCIO_ECONOMIC', level, areaId, periodId: ids.period.get('2024')!, titleVi: `Kế hoạch tổng hợp ${key}` } });
  const [pn, ps, pe, pc] = [await plan('syn-north-2024', north.id), await plan('syn-south-2024', south.id), await plan('syn-east-2024', east.id), await plan('syn-commune-2024', commune.id, 'COMMUNE')];
  northPlanId = Buffer.from(`Plan:${pn.id}`).toString('base64');
  const definition = async (code: string) => (await seriesOf(hub.db, code)).definitionId;
  const growth = await definition('economic-growth-rate');
  const revenue = await definition('state-budget-revenue');
  const services = await definition('growth-services');
  const povertySector = (await prisma.sector.findUniqueOrThrow({ where: { key: 'poverty-reduction' } })).id;
  const poverty = (
    await prisma.indicatorDefinition.create({
      data: { key: 'syn-poverty-rate', nameVi: 'Tỷ lệ hộ nghèo (tổng hợp)', sectorId: povertySector, direction: 'LOWER_IS_BETTER', dimension: 'PERCENT', namedInId: synthetic.source.id },
    })
  ).id;

  const nGrowth = await series(north.id, growth, 'percent');
  const sGrowth = await series(south.id, growth, 'percent');
  const eGrowth = await series(east.id, growth, 'percent');
  await series(west.id, growth, 'percent');
  const cGrowth = await series(commune.id, growth, 'percent');
  const nRevenue = await series(north.id, revenue, 'billion-vnd');
  const sRevenue = await series(south.id, revenue, 'billion-vnd');
  const eRevenue = await series(east.id, revenue, 'billion-vnd');
  const nPoverty = await series(north.id, poverty, 'percent');
  const sPoverty = await series(south.id, poverty, 'percent');
  const ePoverty = await series(east.id, poverty, 'percent');
  const nServices = await series(north.id, services, 'percent');
  const sServices = await series(south.id, services, 'percent');

  await target(nGrowth.id, pn.id, 'AT_LEAST', 8, 'percent', { isMain: true });
  await target(sGrowth.id, ps.id, 'AT_LEAST', 8, 'percent', { isMain: true });
  await target(eGrowth.id, pe.id, 'AT_LEAST', 8, 'percent', { isMain: true });
  await target(nRevenue.id, pn.id, 'AT_LEAST', 2000, 'billion-vnd');
  await target(sRevenue.id, ps.id, 'AT_LEAST', 1500, 'billion-vnd');
  await target(nPoverty.id, pn.id, 'AT_MOST', 5, 'percent');
  await target(sPoverty.id, ps.id, 'AT_MOST', 5, 'percent');
  await target(ePoverty.id, pe.id, 'AT_MOST', 5, 'percent');
  await target(nServices.id, pn.id, 'AT_LEAST', 7, 'percent');
  await target(cGrowth.id, pc.id, 'AT_LEAST', 9, 'percent');
  await target(sServices.id, ps.id, 'AT_LEAST', 5, 'percent', { retired: true });

  await figure(nGrowth.id, 8.0, 'percent', { reliability: 'ESTIMATE', source: estimateSource });
  await figure(nGrowth.id, 8.4, 'percent', { planId: pn.id, percentOfPlan: 105 });
  await figure(sGrowth.id, 6, 'percent');
  const eEstimate = await figure(eGrowth.id, 7, 'percent', { reliability: 'ESTIMATE' });
  await figure(eGrowth.id, 8.8, 'percent', { reliability: 'ESTIMATE', source: revision, supersedesId: eEstimate.id });
  await figure(nRevenue.id, 2_500_000, 'million-vnd', { planId: pn.id, percentOfPlan: 125 });
  await figure(eRevenue.id, 100, 'billion-vnd', { measure: 'CHANGE' });
  await figure(nPoverty.id, 4, 'percent');
  await figure(sPoverty.id, 6, 'percent');
  await figure(ePoverty.id, 4.5, 'percent', { reliability: 'ESTIMATE' });
  await figure(nServices.id, 7.7, 'percent');
  await figure(cGrowth.id, 9.9, 'percent');
  await figure(sServices.id, 9, 'percent', { retired: true });

  const agency = (key: string, nameVi: string) =>
    prisma.agency.create({ data: { key, kind: 'DEPARTMENT', level: 'PROVINCE', nameVi, areaId: north.id, namedInId: synthetic.source.id } });
  const finance = await agency('syn-finance', 'Sở Tài chính (tổng hợp)');
  financeId = Buffer.from(`Agency:${finance.id}`).toString('base64');
  const planning = await agency('syn-planning', 'Sở Kế hoạch (tổng hợp)');
  await prisma.assignment.create({ data: { agencyId: finance.id, indicatorId: nRevenue.id, role: 'LEAD', planId: pn.id, quoteId: synthetic.quote.id } });
  const solution = await prisma.solution.create({ data: { key: 'syn-solution', kind: 'SOLUTION', textVi: 'Giải pháp tổng hợp.', planId: pn.id, position: 1, quoteId: synthetic.quote.id } });
  await prisma.solutionIndicator.createMany({
    data: [
      { solutionId: solution.id, indicatorId: nGrowth.id, basis: 'EDITORIAL', rationale: 'Tổng hợp.' },
      { solutionId: solution.id, indicatorId: nRevenue.id, basis: 'EDITORIAL', rationale: 'Tổng hợp.' },
    ],
  });
  await prisma.assignment.create({ data: { agencyId: planning.id, solutionId: solution.id, role: 'LEAD', planId: pn.id, quoteId: synthetic.quote.id } });
});
afterAll(() => hub?.close());

const STATUS_COUNTS = 'byStatus { status count }';
const counts = (byStatus: Array<{ status: string; count: number }>) => Object.fromEntries(byStatus.filter((s) => s.count).map((s) => [s.status, s.count]));
const errorOf = (res: { errors?: Array<{ message: string; extensions?: { code?: string } }> }) => ({ code: res.errors?.[0]?.extensions?.code, message: res.errors?.[0]?.message });

async function targetStats(filter: object | null, groupBy: string[], groups = `area { code } status count ${STATUS_COUNTS} achievementPercent { count sum average min max }`, extra = '') {
  const res = await hub.exec(
    `query($filter: TargetStatsFilter, $groupBy: [TargetGroupKey!]) { targetStats(filter: $filter, groupBy: $groupBy) {
      groupBy groupCount total { count ${STATUS_COUNTS} achievementPercent { count sum average min max } } groups${extra} { ${groups} } } }`,
    { filter, groupBy },
  );
  return (dataOf(res) as any).targetStats;
}

describe('targetStats: targets counted by computed status and summed', () => {
  it('without groupBy: one total, every status counted (zeros too), achievement over the targets that have one', async () => {
    const s = await targetStats({ year: 2024 }, []);
    expect(s.groupBy).toEqual([]);
    // Bắc Kạn's ten (NO_DATA) and the ten synthetic live ones; the retired one never.
    expect(s.total.count).toBe(20);
    expect(s.total.byStatus.map((b: any) => b.status)).toEqual(['MET', 'NOT_MET', 'ON_TRACK', 'OFF_TRACK', 'NO_DATA']);
    expect(counts(s.total.byStatus)).toEqual({ MET: 5, NOT_MET: 2, ON_TRACK: 2, NO_DATA: 11 });
    expect(s.total.achievementPercent).toEqual({ count: 9, sum: 925, average: 102.777778, min: 75, max: 125 });
    expect(s.groupCount).toBe(1);
    expect(s.groups[0]).toMatchObject({ area: null, status: null, count: 20 });
  });

  it("a plan's total by status is its summary's (the same judgement)", async () => {
    const { plans } = dataOf(await hub.exec('{ plans { edges { node { id code summary { byStatus { status count } } } } } }')) as any;
    for (const { node } of plans.edges) {
      const s = await targetStats({ plan: node.id }, []);
      expect(s.total.byStatus, node.code).toEqual(node.summary.byStatus);
    }
  });

  it('grouped by area then status: keys in order (areas by code, statuses as listed), each group its own counts and achievement', async () => {
    const s = await targetStats({ year: 2024, level: 'PROVINCE' }, ['AREA', 'STATUS']);
    expect(s.groupBy).toEqual(['AREA', 'STATUS']);
    expect(s.total.count).toBe(19);
    expect(s.groups.map((g: any) => [g.area.code, g.status, g.count, g.achievementPercent.average])).toEqual([
      ['bac-kan', 'NO_DATA', 10, null],
      ['syn-east', 'ON_TRACK', 2, 100],
      ['syn-north', 'MET', 4, 105],
      ['syn-south', 'NOT_MET', 2, 97.5],
      ['syn-south', 'NO_DATA', 1, null],
    ]);
    expect(counts(s.groups[3].byStatus)).toEqual({ NOT_MET: 2 });
    expect(s.groups[3].achievementPercent).toEqual({ count: 2, sum: 195, average: 97.5, min: 75, max: 120 });
  });

  it('every key resolves to its object; a key not grouped by is null', async () => {
    const s = await targetStats({ area: 'syn-north' }, ['SECTOR', 'YEAR', 'PERIOD', 'PLAN', 'DEFINITION'], 'sector { code } year period { code } plan { code } definition { code } area { code } status agency { code } count');
    expect(s.groups).toEqual([
      { sector: { code: 'economy' }, year: 2024, period: { code: '2024' }, plan: { code: 'syn-north-2024' }, definition: { code: 'economic-growth-rate' }, area: null, status: null, agency: null, count: 1 },
      { sector: { code: 'poverty-reduction' }, year: 2024, period: { code: '2024' }, plan: { code: 'syn-north-2024' }, definition: { code: 'syn-poverty-rate' }, area: null, status: null, agency: null, count: 1 },
      { sector: { code: 'public-finance' }, year: 2024, period: { code: '2024' }, plan: { code: 'syn-north-2024' }, definition: { code: 'state-budget-revenue' }, area: null, status: null, agency: null, count: 1 },
      { sector: { code: 'services' }, year: 2024, period: { code: '2024' }, plan: { code: 'syn-north-2024' }, definition: { code: 'growth-services' }, area: null, status: null, agency: null, count: 1 },
    ]);
  });

  it('grouped by agency: a target counts in each responsible agency’s group (directly or through a linked solution) and in the null group when it has none; the total once', async () => {
    const s = await targetStats({ area: 'syn-north' }, ['AGENCY'], `agency { code } count ${STATUS_COUNTS}`);
    expect(s.total.count).toBe(4);
    expect(s.groups.map((g: any) => [g.agency?.code ?? null, g.count])).toEqual([
      ['syn-finance', 1],
      ['syn-planning', 2],
      [null, 2],
    ]);
    // The agency filter: the indicators it is responsible for.
    const finance = await targetStats({ agency: financeId }, ['DEFINITION'], 'definition { code } count');
    expect(finance.groups).toEqual([{ definition: { code: 'state-budget-revenue' }, count: 1 }]);
  });

  it("values summed in their dimension's base unit: billion VND as VND; percent and VND are not added", async () => {
    const s = await targetStats({ area: 'syn-north' }, ['DEFINITION'], 'definition { code } value { dimension dimensions baseUnit { code } count sum average min max }');
    const byCode = new Map(s.groups.map((g: any) => [g.definition.code, g.value]));
    expect(byCode.get('state-budget-revenue')).toEqual({ dimension: 'CURRENCY_VND', dimensions: ['CURRENCY_VND'], baseUnit: null, count: 1, sum: 2e12, average: 2e12, min: 2e12, max: 2e12 });
    expect(byCode.get('economic-growth-rate')).toEqual({ dimension: 'PERCENT', dimensions: ['PERCENT'], baseUnit: { code: 'percent' }, count: 1, sum: 8, average: 8, min: 8, max: 8 });
    const all = await targetStats({ area: 'syn-north' }, [], 'value { dimension dimensions baseUnit { code } count sum average min max }');
    expect(all.groups[0].value).toEqual({ dimension: null, dimensions: ['CURRENCY_VND', 'PERCENT'], baseUnit: null, count: 4, sum: null, average: null, min: null, max: null });
    const growth = await targetStats({ definition: 'economic-growth-rate', year: 2024 }, [], 'value { sum average min max }');
    expect(growth.groups[0].value).toEqual({ sum: 41, average: 8.2, min: 8, max: 9 });
  });

  it('filters: status (computed), level, sector with its sub-sectors, definition, period, main only, plan', async () => {
    expect((await targetStats({ status: 'MET' }, ['AREA'], 'area { code } count')).groups).toEqual([
      { area: { code: 'syn-commune' }, count: 1 },
      { area: { code: 'syn-north' }, count: 4 },
    ]);
    expect((await targetStats({ level: 'COMMUNE' }, [])).total.count).toBe(1);
    // economy holds growth and, as a sub-sector, services.
    expect((await targetStats({ sector: 'economy', area: 'syn-north' }, ['DEFINITION'], 'definition { code } count')).groups.map((g: any) => g.definition.code)).toEqual([
      'economic-growth-rate',
      'growth-services',
    ]);
    expect((await targetStats({ sector: 'services' }, [])).total.count).toBe(1);
    expect((await targetStats({ definition: 'syn-poverty-rate' }, [], 'count')).total.achievementPercent).toEqual({ count: 3, sum: 290, average: 96.666667, min: 80, max: 120 });
    expect((await targetStats({ period: '2024', mainOnly: true, level: 'PROVINCE' }, ['STATUS'], 'status count')).groups).toEqual([
      { status: 'MET', count: 1 },
      { status: 'NOT_MET', count: 1 },
      { status: 'ON_TRACK', count: 1 },
      // Bắc Kạn's ten are all main targets.
      { status: 'NO_DATA', count: 10 },
    ]);
    expect((await targetStats({ plan: northPlanId }, [])).total.count).toBe(4);
    expect((await targetStats({ year: 2023 }, [])).total.count).toBe(0);
  });

  it('groups ordered by count or by average achievement, either way; `first` takes the first', async () => {
    const byCount = await targetStats({ year: 2024 }, ['AREA'], 'area { code } count', '(orderBy: { field: COUNT, direction: DESC }, first: 2)');
    expect(byCount.groupCount).toBe(5);
    expect(byCount.groups).toEqual([
      { area: { code: 'bac-kan' }, count: 10 },
      { area: { code: 'syn-north' }, count: 4 },
    ]);
    const byAverage = await targetStats({ year: 2024 }, ['AREA'], 'area { code } achievementPercent { average }', '(orderBy: { field: AVERAGE, direction: DESC })');
    expect(byAverage.groups.map((g: any) => [g.area.code, g.achievementPercent.average])).toEqual([
      ['syn-commune', 110],
      ['syn-north', 105],
      ['syn-east', 100],
      ['syn-south', 97.5],
      ['bac-kan', null],
    ]);
  });

  it('bad arguments: coded errors that say what to fix', async () => {
    const q = 'query($filter: TargetStatsFilter, $groupBy: [TargetGroupKey!]) { targetStats(filter: $filter, groupBy: $groupBy) { groupCount } }';
    expect(errorOf(await hub.exec(q, { groupBy: ['AREA', 'AREA'] }))).toEqual({ code: 'INVALID_ARGUMENT', message: 'groupBy: AREA is listed twice; give each key once.' });
    expect(errorOf(await hub.exec(q, { filter: { area: 'nowhere' } }))).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('filter.area: no area has the code "nowhere"') });
    expect(errorOf(await hub.exec(q, { filter: { sector: 'nothing' } }))).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('`sectors { code }`') });
    expect(errorOf(await hub.exec(q, { filter: { period: '1999' } }))).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('filter.period') });
    expect(errorOf(await hub.exec(q, { filter: { plan: financeId } }))).toMatchObject({ code: 'INVALID_ID', message: expect.stringContaining('expects the ID of a Plan') });
    expect(errorOf(await hub.exec(q, { filter: { year: 1800 } }))).toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('1900') });
    expect(errorOf(await hub.exec(q, { groupBy: ['COLOUR'] }))).toMatchObject({ code: 'INVALID_VARIABLE' });
    expect(errorOf(await hub.exec('{ targetStats { groups(first: 1001) { count } } }'))).toEqual({ code: 'PAGE_SIZE_OUT_OF_RANGE', message: '"first" must be between 0 and 1000; got 1001.' });
  });

  it('statements bounded by the query’s shape, not its groups; asked again, only the data version is read (on the embedded database, not even that)', async () => {
    const query = `{ targetStats(filter: { year: 2024 }, groupBy: [AREA, STATUS, AGENCY, PLAN]) { groupCount groups(first: 1000) { area { code } plan { code } agency { code } status count ${STATUS_COUNTS} achievementPercent { average } value { sum baseUnit { code } } } } }`;
    // A write moves the data version: what follows computes afresh.
    await hub.db.prisma.source.update({ where: { id: synthetic.source.id }, data: { title: synthetic.source.title } });
    hub.db.statements.reset();
    dataOf(await hub.exec(query));
    const first = hub.db.statements.count;
    // The data version, the reference snapshot (8 tables), one pass: targets, their series and results, the agencies (2).
    expect(first).toBeLessThanOrEqual(14);
    hub.db.statements.reset();
    dataOf(await hub.exec(query));
    expect(hub.db.statements.count).toBe(CACHED_STATEMENTS);
  });

  it('a write that changes a status moves the stats with it', async () => {
    const south = await hub.db.prisma.indicator.findFirstOrThrow({ where: { area: { key: 'syn-south' }, definition: { key: 'state-budget-revenue' } } });
    const before = await targetStats({ area: 'syn-south' }, ['STATUS'], 'status count');
    expect(before.groups).toEqual([
      { status: 'NOT_MET', count: 2 },
      { status: 'NO_DATA', count: 1 },
    ]);
    const added = await figure(south.id, 1600, 'billion-vnd');
    try {
      const after = await targetStats({ area: 'syn-south' }, ['STATUS'], 'status count');
      expect(after.groups).toEqual([
        { status: 'MET', count: 1 },
        { status: 'NOT_MET', count: 2 },
      ]);
    } finally {
      await hub.db.prisma.result.delete({ where: { id: added.id } });
    }
  });
});

async function resultStats(filter: object | null, groupBy: string[], groups = 'count', extra = '') {
  const res = await hub.exec(
    `query($filter: ResultStatsFilter, $groupBy: [ResultGroupKey!]) { resultStats(filter: $filter, groupBy: $groupBy) {
      groupBy groupCount total { count byReliability { reliability count } value { dimensions count sum } percentOfPlan { count average } } groups${extra} { ${groups} } } }`,
    { filter, groupBy },
  );
  return (dataOf(res) as any).resultStats;
}

const reliabilities = (list: Array<{ reliability: string; count: number }>) => Object.fromEntries(list.filter((r) => r.count).map((r) => [r.reliability, r.count]));

describe('resultStats: figures counted and summed', () => {
  it("counts each period's current figure by default (never a replaced or a less settled one); every live figure with includeRevisions", async () => {
    const current = await resultStats({ year: 2024 }, []);
    // 12 live figures of 2024 (the retired one never): the north estimate and the east estimate it revised are not current.
    expect(current.total.count).toBe(10);
    expect(reliabilities(current.total.byReliability)).toEqual({ FINAL: 8, ESTIMATE: 2 });
    expect(current.total.byReliability.map((r: any) => r.reliability)).toEqual(['FINAL', 'PRELIMINARY', 'ESTIMATE']);
    const all = await resultStats({ year: 2024, includeRevisions: true }, []);
    expect(all.total.count).toBe(12);
    expect(reliabilities(all.total.byReliability)).toEqual({ FINAL: 8, ESTIMATE: 4 });
    // Bắc Kạn's real 2023 figures: eight estimates.
    expect(reliabilities((await resultStats({ year: 2023, area: 'bac-kan' }, [])).total.byReliability)).toEqual({ ESTIMATE: 8 });
  });

  it('a reliability filter keeps the current figures of that reliability: a superseded or outranked estimate stays out unless revisions are asked for', async () => {
    expect((await resultStats({ year: 2024, reliability: 'ESTIMATE' }, [])).total.count).toBe(2);
    expect((await resultStats({ year: 2024, reliability: 'ESTIMATE', includeRevisions: true }, [])).total.count).toBe(4);
  });

  it("values in the base unit: a definition's figures summed, million VND with billion VND; mixed dimensions only counted", async () => {
    const s = await resultStats({ year: 2024, measure: 'LEVEL' }, ['DEFINITION'], 'definition { code } value { dimension baseUnit { code } count sum average min max }');
    const byCode = new Map(s.groups.map((g: any) => [g.definition.code, g.value]));
    expect(byCode.get('economic-growth-rate')).toEqual({ dimension: 'PERCENT', baseUnit: { code: 'percent' }, count: 4, sum: 33.1, average: 8.275, min: 6, max: 9.9 });
    expect(byCode.get('state-budget-revenue')).toEqual({ dimension: 'CURRENCY_VND', baseUnit: null, count: 1, sum: 2.5e12, average: 2.5e12, min: 2.5e12, max: 2.5e12 });
    expect(s.total.value).toEqual({ dimensions: ['CURRENCY_VND', 'PERCENT'], count: 9, sum: null });
  });

  it('grouped by measure, reliability, plan (null where none is stated) and area; the stated percent of plan summarised', async () => {
    const s = await resultStats({ year: 2024 }, ['MEASURE', 'RELIABILITY'], 'measure reliability count');
    expect(s.groups).toEqual([
      { measure: 'LEVEL', reliability: 'FINAL', count: 7 },
      { measure: 'LEVEL', reliability: 'ESTIMATE', count: 2 },
      { measure: 'CHANGE', reliability: 'FINAL', count: 1 },
    ]);
    const byPlan = await resultStats({ area: 'syn-north' }, ['PLAN'], 'plan { code } count percentOfPlan { count average }');
    expect(byPlan.groups).toEqual([
      { plan: { code: 'syn-north-2024' }, count: 2, percentOfPlan: { count: 2, average: 115 } },
      { plan: null, count: 2, percentOfPlan: { count: 0, average: null } },
    ]);
    expect(byPlan.total.percentOfPlan).toEqual({ count: 2, average: 115 });
    const byArea = await resultStats({ definition: 'economic-growth-rate', level: 'PROVINCE' }, ['AREA', 'YEAR'], 'area { code } year count', '(orderBy: { field: AVERAGE, direction: DESC })');
    expect(byArea.groups.map((g: any) => [g.area.code, g.year])).toEqual([
      ['syn-east', 2024],
      ['syn-north', 2024],
      ['bac-kan', 2023],
      ['syn-south', 2024],
    ]);
  });

  it('grouped by agency and sector, as targets are', async () => {
    const s = await resultStats({ area: 'syn-north' }, ['AGENCY'], 'agency { code } count');
    expect(s.groups).toEqual([
      { agency: { code: 'syn-finance' }, count: 1 },
      { agency: { code: 'syn-planning' }, count: 2 },
      { agency: null, count: 2 },
    ]);
    const bySector = await resultStats({ sector: 'economy', year: 2024 }, ['SECTOR'], 'sector { code } count');
    expect(bySector.groups).toEqual([
      { sector: { code: 'economy' }, count: 4 },
      { sector: { code: 'services' }, count: 1 },
    ]);
  });

  it('the plan, measure and reliability filters count the current figures that match: an outranked figure of the plan never stands in for the current one', async () => {
    const north = await hub.db.prisma.indicator.findFirstOrThrow({ where: { area: { key: 'syn-north' }, definition: { key: 'syn-poverty-rate' } } });
    const plan = await hub.db.prisma.plan.findUniqueOrThrow({ where: { key: 'syn-north-2024' } });
    const late = await addSource(hub.db, 'syn-stats-plan-estimate', 'Ước tính tổng hợp theo kế hoạch: không phải số liệu thật.', { kind: 'SYNTHETIC', publishedOn: '2024-11-30' });
    // An estimate against the plan, outranked by the final figure (no plan) already recorded.
    const estimate = await figure(north.id, 4.2, 'percent', { reliability: 'ESTIMATE', source: late, planId: plan.id, percentOfPlan: 84 });
    try {
      const s = await resultStats({ plan: northPlanId, definition: 'syn-poverty-rate' }, []);
      expect(s.total.count).toBe(0);
      expect((await resultStats({ plan: northPlanId, definition: 'syn-poverty-rate', includeRevisions: true }, [])).total.count).toBe(1);
    } finally {
      await hub.db.prisma.result.delete({ where: { id: estimate.id } });
    }
  });

  it('a figure that supersedes one of another measure leaves it out of the current figures', async () => {
    const east = await hub.db.prisma.indicator.findFirstOrThrow({ where: { area: { key: 'syn-east' }, definition: { key: 'state-budget-revenue' } } });
    const change = await hub.db.prisma.result.findFirstOrThrow({ where: { indicatorId: east.id, measure: 'CHANGE' } });
    const correction = await addSource(hub.db, 'syn-stats-level', 'Đính chính tổng hợp: thu ngân sách đạt 1.700 tỷ đồng.', { kind: 'SYNTHETIC', publishedOn: '2024-12-20' });
    const level = await figure(east.id, 1700, 'billion-vnd', { source: correction, supersedesId: change.id });
    try {
      const s = await resultStats({ area: 'syn-east', definition: 'state-budget-revenue' }, ['MEASURE'], 'measure count');
      expect(s.groups).toEqual([{ measure: 'LEVEL', count: 1 }]);
    } finally {
      await hub.db.prisma.result.delete({ where: { id: level.id } });
    }
  });

  it('keys descending keep a null key last', async () => {
    const s = await resultStats({ area: 'syn-north' }, ['PLAN'], 'plan { code } count', '(orderBy: { field: KEYS, direction: DESC })');
    expect(s.groups.map((g: any) => g.plan?.code ?? null)).toEqual(['syn-north-2024', null]);
    const t = await targetStats({ area: 'syn-north' }, ['AGENCY'], 'agency { code } count', '(orderBy: { field: KEYS, direction: DESC })');
    expect(t.groups.map((g: any) => g.agency?.code ?? null)).toEqual(['syn-planning', 'syn-finance', null]);
  });

  it('statements bounded by the query’s shape; asked again, only the data version (on the embedded database, not even that)', async () => {
    const query = '{ resultStats(groupBy: [AREA, DEFINITION, AGENCY, RELIABILITY]) { groupCount groups(first: 1000) { area { code } definition { code } agency { code } count value { sum } } } }';
    await hub.db.prisma.source.update({ where: { id: synthetic.source.id }, data: { title: synthetic.source.title } });
    hub.db.statements.reset();
    dataOf(await hub.exec(query));
    // The data version, the reference snapshot (8 tables), one pass: series, figures, agencies (2).
    expect(hub.db.statements.count).toBeLessThanOrEqual(13);
    hub.db.statements.reset();
    dataOf(await hub.exec(query));
    expect(hub.db.statements.count).toBe(CACHED_STATEMENTS);
  });

  it('bad arguments: coded errors', async () => {
    const q = 'query($filter: ResultStatsFilter, $groupBy: [ResultGroupKey!]) { resultStats(filter: $filter, groupBy: $groupBy) { groupCount } }';
    expect(errorOf(await hub.exec(q, { groupBy: ['YEAR', 'MEASURE', 'YEAR'] }))).toEqual({ code: 'INVALID_ARGUMENT', message: 'groupBy: YEAR is listed twice; give each key once.' });
    expect(errorOf(await hub.exec(q, { filter: { definition: 'nothing' } }))).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('filter.definition') });
    expect(errorOf(await hub.exec(q, { filter: { agency: northPlanId } }))).toMatchObject({ code: 'INVALID_ID', message: expect.stringContaining('expects the ID of a Agency') });
    expect(errorOf(await hub.exec('{ resultStats { groups(first: -1) { count } } }'))).toMatchObject({ code: 'PAGE_SIZE_OUT_OF_RANGE' });
  });
});

const COMPARE_TARGETS = `query($code: String!, $level: AreaLevel) { compareTargets(code: $code, period: "2024", level: $level) {
  totalCount kind definition { code direction } period { code }
  entries { rank area { code } status achievementPercent target { value comparator provenance { quote source { kind } } result { value } plan { code } } indicator { area { code } } } } }`;

describe('compareTargets: target achievement across provinces', () => {
  it('ranks targets by achievement, the best first; ties share a rank; an area without a target, or without an achievement, is listed unranked', async () => {
    const { compareTargets: c } = dataOf(await hub.exec(COMPARE_TARGETS, { code: 'economic-growth-rate' })) as any;
    expect(c).toMatchObject({ totalCount: 6, kind: 'LEVEL', definition: { code: 'economic-growth-rate', direction: 'HIGHER_IS_BETTER' }, period: { code: '2024' } });
    expect(c.entries.map((e: any) => [e.rank, e.area.code, e.status, e.achievementPercent])).toEqual([
      [1, 'syn-east', 'ON_TRACK', 110],
      [1, 'syn-commune', 'MET', 110],
      [3, 'syn-north', 'MET', 105],
      [4, 'syn-south', 'NOT_MET', 75],
      [null, 'bac-kan', 'NO_DATA', null],
      [null, 'syn-west', null, null],
    ]);
    const north = c.entries[2];
    expect(north.target).toMatchObject({ value: 8, comparator: 'AT_LEAST', result: { value: 8.4 }, plan: { code: 'syn-north-2024' }, provenance: { source: { kind: 'SYNTHETIC' } } });
    // The real province's target, with its quote from the article.
    expect(c.entries[4].target.provenance.source.kind).toBe('NEWS_ARTICLE');
    expect(c.entries[5].target).toBeNull();
  });

  it('where lower is better, the lowest achievement ranks first; the level narrows to provinces', async () => {
    const { compareTargets: c } = dataOf(await hub.exec(COMPARE_TARGETS, { code: 'syn-poverty-rate', level: 'PROVINCE' })) as any;
    expect(c.entries.map((e: any) => [e.rank, e.area.code, e.achievementPercent])).toEqual([
      [1, 'syn-north', 80],
      [2, 'syn-east', 90],
      [3, 'syn-south', 120],
    ]);
    const { compareTargets: provinces } = dataOf(await hub.exec(COMPARE_TARGETS, { code: 'economic-growth-rate', level: 'PROVINCE' })) as any;
    expect(provinces.entries.map((e: any) => e.area.code)).not.toContain('syn-commune');
  });

  it('judged once per data version; unknown codes are NOT_FOUND', async () => {
    hub.db.statements.reset();
    dataOf(await hub.exec('{ compareTargets(code: "economic-growth-rate", period: "2024") { entries { rank achievementPercent } } }'));
    hub.db.statements.reset();
    dataOf(await hub.exec('{ compareTargets(code: "economic-growth-rate", period: "2024") { entries { rank achievementPercent } } }'));
    expect(hub.db.statements.count).toBe(CACHED_STATEMENTS);
    expect(errorOf(await hub.exec('{ compareTargets(code: "nothing", period: "2024") { totalCount } }'))).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('code: no indicator definition') });
    expect(errorOf(await hub.exec('{ compareTargets(code: "economic-growth-rate", period: "2999") { totalCount } }'))).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('period: no period') });
  });
});

describe('what stats cost', () => {
  it('priced before anything runs: 10,000 points for judging its scope, and the groups it may return, each at its `first`', async () => {
    const cost = async (first: number) =>
      ((await hub.exec(`{ targetStats { total { count } groups(first: ${first}) { area { code } count } } }`)) as any).extensions.cost.requested as number;
    const [ten, twenty] = [await cost(10), await cost(20)];
    // The objects of each group (here its area), times the groups asked for.
    expect(twenty - ten).toBe(10);
    // And the aggregate's own price, for judging its whole scope whatever it returns.
    expect(ten).toBeGreaterThanOrEqual(10_000);
    expect(ten).toBeLessThan(10_100);
  });

  it('more groups than the ceiling: INVALID_ARGUMENT saying how to narrow it', async () => {
    const { withinGroupLimit } = await import('../src/schema/indicator/stats-common.ts');
    const { TooManyGroups } = await import('../src/domain/aggregate.ts');
    await expect(withinGroupLimit(Promise.reject(new TooManyGroups(10_000)))).rejects.toMatchObject({
      message: 'groupBy: these keys form more than 10000 groups. Narrow the filter, or group by fewer keys.',
      extensions: { code: 'INVALID_ARGUMENT', argument: 'groupBy', max: 10_000 },
    });
  });
});
