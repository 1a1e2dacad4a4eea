import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSource, createTestHub, dataOf, seriesOf, type TestHub } from '../src/testing/hub.ts';

// Many provinces: one definition's series in several areas, compared and ranked for a
// period; and a series followed across a merger of two provinces into one. The other
// provinces here are synthetic (named in, and quoted from, a source of kind SYNTHETIC):
// the real data holds one province.

let hub: TestHub;
const day = (d: string) => new Date(`${d}T00:00:00.000Z`);

/** Synthetic provinces, each with a series of economic growth rate (percent). */
async function province(key: string, nameVi: string, namedInId: number) {
  const { prisma } = hub.db;
  const area = await prisma.area.create({ data: { key, level: 'PROVINCE', nameVi, namedInId } });
  const growth = await seriesOf(hub.db, 'economic-growth-rate');
  const series = await prisma.indicator.create({ data: { definitionId: growth.definitionId, areaId: area.id, unitId: growth.unitId } });
  return { area, series };
}

let synthetic: Awaited<ReturnType<typeof addSource>>;

async function figure(seriesId: number, period: string, value: number | null, options: { unit?: string; reliability?: 'ESTIMATE' | 'FINAL'; source?: Awaited<ReturnType<typeof addSource>>; supersedesId?: number; yoy?: number } = {}) {
  const { prisma } = hub.db;
  const source = options.source ?? synthetic;
  const periodId = (await prisma.period.findUniqueOrThrow({ where: { key: period } })).id;
  const unitId = options.unit
    ? (await prisma.unit.findUniqueOrThrow({ where: { key: options.unit } })).id
    : (await prisma.indicator.findUniqueOrThrow({ where: { id: seriesId } })).unitId;
  return prisma.result.create({
    data: {
      indicatorId: seriesId,
      periodId,
      value,
      yoyChangePercent: options.yoy ?? null,
      unitId,
      reliability: options.reliability ?? 'FINAL',
      sourceId: source.source.id,
      quoteId: source.quote.id,
      supersedesId: options.supersedesId ?? null,
    },
  });
}

beforeAll(async () => {
  hub = await createTestHub();
  synthetic = await addSource(hub.db, 'syn-provinces', 'Số liệu tổng hợp để kiểm thử: không phải số liệu thật.', { kind: 'SYNTHETIC' });
  const revision = await addSource(hub.db, 'syn-provinces-revised', 'Số liệu tổng hợp đã điều chỉnh: không phải số liệu thật.', { kind: 'SYNTHETIC', publishedOn: '2024-09-30' });
  const bacKan = await seriesOf(hub.db, 'economic-growth-rate');
  const north = await province('syn-north', 'Tỉnh Tổng Hợp Bắc', synthetic.source.id);
  const south = await province('syn-south', 'Tỉnh Tổng Hợp Nam', synthetic.source.id);
  const east = await province('syn-east', 'Tỉnh Tổng Hợp Đông', synthetic.source.id);
  const west = await province('syn-west', 'Tỉnh Tổng Hợp Tây', synthetic.source.id);
  await province('syn-silent', 'Tỉnh Tổng Hợp Không Số Liệu', synthetic.source.id);
  // 2023 (Bắc Kạn's real figure is the estimate 6.33): north 7.1 (an estimate revised to 7.4
  // by a later source, which must count), south 5.2, east 7.4 (a tie with north), west only
  // a comparison ("tăng 3 %"), silent nothing at all.
  const northEstimate = await figure(north.series.id, '2023', 7.1, { reliability: 'ESTIMATE' });
  await figure(north.series.id, '2023', 7.4, { source: revision, supersedesId: northEstimate.id, reliability: 'ESTIMATE' });
  await figure(south.series.id, '2023', 5.2);
  await figure(east.series.id, '2023', 7.4);
  await figure(west.series.id, '2023', null, { yoy: 3 });
  // 2022, for the change from the previous period.
  await figure(north.series.id, '2022', 6.4);
  await figure(south.series.id, '2022', 5.2);
  await figure(bacKan.id, '2022', 7, { source: synthetic });
});
afterAll(() => hub?.close());

const COMPARE = `query($period: String!, $level: AreaLevel) { compareIndicator(code: "economic-growth-rate", period: $period, level: $level) {
  totalCount measure definition { code direction } period { code } previousPeriod { code }
  entries { rank area { code } valueInBaseUnit change changePercent
    result { value reliability isCurrent provenance { quote source { kind } } } previousResult { value } indicator { code area { code } } } } }`;

describe('comparing a definition across provinces', () => {
  it('ranks every province by its current figure, best first by the direction; ties share a rank; no figure, no rank', async () => {
    const { compareIndicator: c } = dataOf(await hub.exec(COMPARE, { period: '2023' })) as any;
    expect(c).toMatchObject({ totalCount: 6, measure: 'LEVEL', definition: { code: 'economic-growth-rate', direction: 'HIGHER_IS_BETTER' }, period: { code: '2023' }, previousPeriod: { code: '2022' } });
    expect(c.entries.map((e: any) => [e.rank, e.area.code, e.valueInBaseUnit])).toEqual([
      [1, 'syn-north', 7.4],
      [1, 'syn-east', 7.4],
      [3, 'bac-kan', 6.33],
      [4, 'syn-south', 5.2],
      [null, 'syn-west', null],
      [null, 'syn-silent', null],
    ]);
    const byArea = new Map(c.entries.map((e: any) => [e.area.code, e]));
    // The revised figure counts, not the estimate it replaces; each with its provenance.
    expect(byArea.get('syn-north')).toMatchObject({
      result: { value: 7.4, isCurrent: true, provenance: { quote: 'Số liệu tổng hợp đã điều chỉnh: không phải số liệu thật.', source: { kind: 'SYNTHETIC' } } },
      previousResult: { value: 6.4 },
      change: 1,
      changePercent: 15.625,
      indicator: { code: 'economic-growth-rate', area: { code: 'syn-north' } },
    });
    expect(byArea.get('bac-kan')).toMatchObject({ result: { value: 6.33, reliability: 'ESTIMATE', provenance: { source: { kind: 'NEWS_ARTICLE' } } }, change: -0.67 });
    expect(byArea.get('syn-south')).toMatchObject({ change: 0, changePercent: 0 });
    // A stated comparison alone is shown, not ranked; an area without figures has no result.
    expect(byArea.get('syn-west')).toMatchObject({ rank: null, result: { value: null }, change: null });
    expect(byArea.get('syn-silent')).toMatchObject({ rank: null, result: null, previousResult: null });
  });

  it('a lower-is-better definition ranks the smallest first', async () => {
    const { prisma } = hub.db;
    const definition = await prisma.indicatorDefinition.findUniqueOrThrow({ where: { key: 'economic-growth-rate' } });
    await prisma.indicatorDefinition.update({ where: { id: definition.id }, data: { direction: 'LOWER_IS_BETTER' } });
    try {
      const { compareIndicator: c } = dataOf(await hub.exec(COMPARE, { period: '2023' })) as any;
      expect(c.entries.slice(0, 4).map((e: any) => [e.rank, e.area.code])).toEqual([
        [1, 'syn-south'],
        [2, 'bac-kan'],
        [3, 'syn-north'],
        [3, 'syn-east'],
      ]);
    } finally {
      await prisma.indicatorDefinition.update({ where: { id: definition.id }, data: { direction: definition.direction } });
    }
  });

  it('ranks once per data version: asked again, it reads only what the entries show', async () => {
    hub.db.statements.reset();
    dataOf(await hub.exec(COMPARE, { period: '2022' }));
    const first = hub.db.statements.count;
    hub.db.statements.reset();
    dataOf(await hub.exec(COMPARE, { period: '2022' }));
    // The data version and the entries' quotes.
    expect(hub.db.statements.count).toBeLessThanOrEqual(2);
    expect(hub.db.statements.count).toBeLessThan(first);
  });

  it('a period with no figures anywhere: every area listed, none ranked; no previous period recorded', async () => {
    const { compareIndicator: c } = dataOf(await hub.exec(COMPARE, { period: '2021-2030' })) as any;
    expect(c.previousPeriod).toBeNull();
    expect(c.entries.every((e: any) => e.rank === null && e.result === null)).toBe(true);
    expect(c.totalCount).toBe(6);
  });
});

describe('a series followed across a merger', () => {
  it('the merged province’s series holds its predecessors’ figures when asked, each naming its area; and the other way', async () => {
    const { prisma } = hub.db;
    const merger = await addSource(hub.db, 'syn-merger', 'Hợp nhất tỉnh Tổng Hợp Tây vào tỉnh Tổng Hợp Đông từ ngày 01/7/2025 (số liệu tổng hợp).', { kind: 'SYNTHETIC' });
    const [west, east] = await Promise.all([prisma.area.findUniqueOrThrow({ where: { key: 'syn-west' } }), prisma.area.findUniqueOrThrow({ where: { key: 'syn-east' } })]);
    await prisma.area.update({ where: { id: west.id }, data: { validTo: day('2025-06-30') } });
    await prisma.areaSuccession.create({ data: { predecessorId: west.id, successorId: east.id, kind: 'MERGED_INTO', effectiveOn: day('2025-07-01'), quoteId: merger.quote.id } });
    const westSeries = await seriesOf(hub.db, 'economic-growth-rate', 'syn-west');
    await figure(westSeries.id, '2022', 4.1);

    const q = `query($area: String!, $follow: Boolean) { indicator(area: $area, code: "economic-growth-rate") {
      timeSeries(followSuccession: $follow) { value period { code } indicator { area { code } } } } }`;
    const own = dataOf(await hub.exec(q, { area: 'syn-east', follow: false })) as any;
    expect(own.indicator.timeSeries.map((r: any) => `${r.period.code} ${r.indicator.area.code} ${r.value}`)).toEqual(['2023 syn-east 7.4']);
    const followed = dataOf(await hub.exec(q, { area: 'syn-east', follow: true })) as any;
    expect(followed.indicator.timeSeries.map((r: any) => `${r.period.code} ${r.indicator.area.code} ${r.value}`)).toEqual([
      '2022 syn-west 4.1',
      '2023 syn-east 7.4',
      '2023 syn-west null',
    ]);
    // From the province merged away, forward to the one it became part of.
    const forward = dataOf(await hub.exec(q, { area: 'syn-west', follow: true })) as any;
    expect(forward.indicator.timeSeries.map((r: any) => r.indicator.area.code).sort()).toEqual(['syn-east', 'syn-west', 'syn-west']);

    const areas = dataOf(
      await hub.exec(`{ west: node(id: "${Buffer.from(`Area:${west.id}`).toString('base64')}") { ... on Area { code validTo successors { kind effectiveOn successor { code } provenance { quote source { kind } } } predecessors { kind } } }
        east: node(id: "${Buffer.from(`Area:${east.id}`).toString('base64')}") { ... on Area { predecessors { kind effectiveOn predecessor { code } } } } }`),
    ) as any;
    expect(areas.west).toEqual({
      code: 'syn-west',
      validTo: '2025-06-30',
      successors: [{ kind: 'MERGED_INTO', effectiveOn: '2025-07-01', successor: { code: 'syn-east' }, provenance: { quote: merger.quote.text, source: { kind: 'SYNTHETIC' } } }],
      predecessors: [],
    });
    expect(areas.east.predecessors).toEqual([{ kind: 'MERGED_INTO', effectiveOn: '2025-07-01', predecessor: { code: 'syn-west' } }]);
  });
});
