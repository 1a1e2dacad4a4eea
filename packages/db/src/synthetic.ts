import type { Db } from './client.ts';
import { derivedColumnsOf } from './derived.ts';

// Synthetic plan data for load tests and statement-count tests. It is labelled by its
// source: one source of kind SYNTHETIC, which every fact quotes and which names every
// area, agency and indicator definition (namedIn); keys start with "syn-". It is written
// only to a database of its own: never run this against the real database.
// Deterministic: the same scale and seed always produce the same rows. Indicator
// definitions are shared by every province, as real ones are, so provinces compare; the
// year before the last has an estimate and the final figure that revises it.

export interface SyntheticScale {
  provinces: number;
  years: number;
  /** Indicator definitions, each with a series in every province. */
  indicators: number;
  /** Solutions per plan. */
  solutionsPerPlan?: number;
  /** Departments per province. */
  departments?: number;
  firstYear?: number;
}

export const SCALES = {
  M: { provinces: 34, years: 5, indicators: 50 },
  L: { provinces: 34, years: 15, indicators: 200 },
} satisfies Record<string, SyntheticScale>;

export interface SyntheticSummary {
  provinces: number;
  plans: number;
  definitions: number;
  /** Series: one per province and definition. */
  indicators: number;
  targets: number;
  results: number;
  solutions: number;
  agencies: number;
}

/** A small, fast, seedable PRNG (mulberry32). */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Vietnamese names, so folding and ordering are exercised as with real data.
const INDICATOR_NAMES = [
  'Tăng trưởng kinh tế',
  'Thu ngân sách nhà nước trên địa bàn',
  'Diện tích trồng rừng',
  'Sản phẩm OCOP đạt 3 sao trở lên',
  'Xã đạt chuẩn nông thôn mới',
  'Giải quyết việc làm mới',
  'Tỷ lệ giảm nghèo',
  'Giá trị sản xuất công nghiệp',
  'Tổng mức bán lẻ hàng hóa',
  'Lượt khách du lịch',
  'Tỷ lệ che phủ rừng',
  'Đường giao thông nông thôn được cứng hóa',
];
const SECTORS = [
  ['economy', 'Kinh tế chung', 'Economy'],
  ['agriculture', 'Nông, lâm nghiệp, thủy sản', 'Agriculture, forestry and fisheries'],
  ['industry', 'Công nghiệp, xây dựng', 'Industry and construction'],
  ['services', 'Dịch vụ', 'Services'],
  ['finance', 'Tài chính công', 'Public finance'],
  ['social', 'Xã hội', 'Social affairs'],
  ['governance', 'Cải cách hành chính', 'Administrative reform'],
  ['investment', 'Đầu tư công', 'Public investment'],
] as const;
const SOLUTION_VERBS = ['Tập trung chỉ đạo', 'Đẩy nhanh tiến độ', 'Tăng cường kiểm tra, đôn đốc', 'Tháo gỡ khó khăn cho', 'Triển khai thực hiện tốt'];
const DEPARTMENTS = ['Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Công Thương', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Lao động - Thương binh và Xã hội', 'Sở Nội vụ', 'Sở Xây dựng', 'Sở Giao thông vận tải', 'Sở Tài nguyên và Môi trường'];

type Provider = 'sqlite' | 'postgresql';
type Cell = string | number | boolean | Date | null;

/**
 * Inserts rows with multi-row INSERT statements. The big tables go through here rather
 * than `createMany`, whose per-row cost in Prisma 7's query interpreter made scale L take minutes;
 * plain parameterised SQL is several times faster (bench/README.md). Each statement stays under SQLite's 32,766 and PostgreSQL's 65,535 parameters.
 */
async function bulkInsert(prisma: Tx, provider: Provider, table: string, rows: Array<Record<string, Cell | undefined>>): Promise<void> {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const perStatement = Math.max(1, Math.floor(30_000 / columns.length));
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const params: Cell[] = [];
    const tuples = chunk.map((row) => {
      const marks = columns.map((c) => {
        let v = row[c] ?? null;
        // better-sqlite3 binds no booleans or dates: SQLite stores Prisma's Boolean as 0/1
        // and its DateTime as ISO text.
        if (typeof v === 'boolean' && provider === 'sqlite') v = v ? 1 : 0;
        if (v instanceof Date && provider === 'sqlite') v = v.toISOString();
        params.push(v);
        return provider === 'sqlite' ? '?' : `$${params.length}`;
      });
      return `(${marks.join(', ')})`;
    });
    await prisma.$executeRawUnsafe(head + tuples.join(', '), ...params);
  }
}

async function providerOfClient(prisma: Db): Promise<Provider> {
  try {
    await prisma.$queryRawUnsafe('SELECT sqlite_version()');
    return 'sqlite';
  } catch {
    return 'postgresql';
  }
}

/** What `generateSynthetic` writes through: the client, or the transaction it opened. */
type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export interface SyntheticOptions {
  /** Interactive-transaction timeout in milliseconds (default 15 min, far more than scale L needs). */
  timeoutMs?: number;
}

/** The text of the synthetic source, which is also its one quote. */
export const SYNTHETIC_TEXT = 'Số liệu tổng hợp sinh tự động để kiểm thử tải; không lấy từ văn bản nào.';
/** The text of the synthetic estimates' source, and its one quote. */
export const SYNTHETIC_ESTIMATES_TEXT = 'Số liệu ước tính tổng hợp sinh tự động để kiểm thử tải; không lấy từ văn bản nào.';

/**
 * Writes the synthetic data set in one transaction: all of it or, on failure, none.
 * Refuses a database that holds real (non-synthetic) sources.
 */
export async function generateSynthetic(prisma: Db, scale: SyntheticScale, seed = 20231213, options: SyntheticOptions = {}): Promise<SyntheticSummary> {
  const real = await prisma.source.count({ where: { kind: { not: 'SYNTHETIC' } } });
  if (real > 0) throw new Error('Refusing to write synthetic data into a database that holds real sources: use a database of its own.');
  const timeout = options.timeoutMs ?? 15 * 60_000;
  const provider = await providerOfClient(prisma);
  return prisma.$transaction((tx) => writeSynthetic(tx, provider, scale, seed), { timeout, maxWait: timeout });
}

async function writeSynthetic(prisma: Tx, provider: Provider, scale: SyntheticScale, seed: number): Promise<SyntheticSummary> {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const firstYear = scale.firstYear ?? 2024 - scale.years + 1;
  const solutionsPerPlan = scale.solutionsPerPlan ?? 5;
  const departments = Math.min(scale.departments ?? 10, DEPARTMENTS.length);

  const source = await prisma.source.create({
    data: {
      key: 'syn-source',
      kind: 'SYNTHETIC',
      title: 'Synthetic load-test data (not real)',
      publisherName: 'PlanHub benchmark generator',
      publishedOn: new Date('2024-01-01T00:00:00.000Z'),
      datePrecision: 'DAY',
      language: 'vi',
      text: SYNTHETIC_TEXT,
    },
  });
  const quote = await prisma.quote.create({ data: { sourceId: source.id, text: SYNTHETIC_TEXT, start: 0, end: SYNTHETIC_TEXT.length } });
  // A second synthetic source: the estimates stated before a year closed, which the
  // final figures of the main source later revise (so the data has revisions).
  const estimates = await prisma.source.create({
    data: {
      key: 'syn-source-estimates',
      kind: 'SYNTHETIC',
      title: 'Synthetic year-end estimates (not real)',
      publisherName: 'PlanHub benchmark generator',
      publishedOn: new Date('2023-12-15T00:00:00.000Z'),
      datePrecision: 'DAY',
      language: 'vi',
      text: SYNTHETIC_ESTIMATES_TEXT,
    },
  });
  const estimateQuote = await prisma.quote.create({ data: { sourceId: estimates.id, text: SYNTHETIC_ESTIMATES_TEXT, start: 0, end: SYNTHETIC_ESTIMATES_TEXT.length } });
  const reportedOn = (year: number) => new Date(`${year + 1}-01-15T00:00:00.000Z`);
  const units = {
    percent: await prisma.unit.create({ data: { key: 'syn-percent', labelVi: '%', labelEn: 'percent', symbol: '%', dimension: 'PERCENT', multiplier: 1 } }),
    billion: await prisma.unit.create({ data: { key: 'syn-billion-vnd', labelVi: 'tỷ đồng', labelEn: 'billion VND', dimension: 'CURRENCY_VND', multiplier: 1e9 } }),
    count: await prisma.unit.create({ data: { key: 'syn-count', labelVi: 'đơn vị', labelEn: 'units', dimension: 'COUNT', multiplier: 1 } }),
  };
  const unitList = Object.values(units);
  const sectors: Array<{ id: number }> = [];
  for (const [key, vi, en] of SECTORS) sectors.push(await prisma.sector.create({ data: { key: `syn-${key}`, nameVi: vi, nameEn: en } }));
  const periods = new Map<number, number>();
  for (let y = firstYear; y < firstYear + scale.years; y++) {
    const p = await prisma.period.upsert({ where: { key: `${y}` }, create: { key: `${y}`, kind: 'YEAR', startYear: y, endYear: y }, update: {} });
    periods.set(y, p.id);
  }
  const lastYear = firstYear + scale.years - 1;
  const termPeriod = await prisma.period.upsert({
    where: { key: `syn-${firstYear}-${lastYear}` },
    create: { key: `syn-${firstYear}-${lastYear}`, kind: scale.years === 5 ? 'FIVE_YEAR' : 'PLANNING_HORIZON', startYear: firstYear, endYear: lastYear },
    update: {},
  });

  // Areas and agencies.
  await prisma.area.createMany({
    data: Array.from({ length: scale.provinces }, (_, p) => ({
      key: `syn-province-${p + 1}`,
      level: 'PROVINCE' as const,
      nameVi: `Tỉnh Tổng Hợp ${p + 1}`,
      nameEn: `Synthetic Province ${p + 1}`,
      namedInId: source.id,
    })),
  });
  const areas = await prisma.area.findMany({ where: { namedInId: source.id }, select: { id: true, key: true }, orderBy: { id: 'asc' } });
  const committee = (p: number) => `syn-ubnd-${p}`;
  await prisma.agency.createMany({
    data: areas.map((a, p) => {
      const nameVi = `UBND Tỉnh Tổng Hợp ${p + 1}`;
      return { key: committee(p), kind: 'PEOPLES_COMMITTEE' as const, level: 'PROVINCE' as const, nameVi, nameEn: `People's Committee of Synthetic Province ${p + 1}`, abbreviation: 'UBND', areaId: a.id, namedInId: source.id };
    }),
  });
  const committees = new Map((await prisma.agency.findMany({ where: { key: { startsWith: 'syn-ubnd-' } }, select: { id: true, key: true } })).map((a) => [a.key, a.id]));
  await bulkInsert(
    prisma,
    provider,
    'Agency',
    areas.flatMap((a, p) =>
      DEPARTMENTS.slice(0, departments).map((name, d) => {
        const nameVi = `${name} tỉnh Tổng Hợp ${p + 1}`;
        const row = { key: `syn-dept-${p}-${d}`, kind: 'DEPARTMENT' as const, level: 'PROVINCE' as const, nameVi, areaId: a.id, parentId: committees.get(committee(p))!, namedInId: source.id };
        return { ...row, ...derivedColumnsOf('Agency', row) } as Record<string, Cell>;
      }),
    ),
  );
  const departmentIds = new Map((await prisma.agency.findMany({ where: { key: { startsWith: 'syn-dept-' } }, select: { id: true, key: true } })).map((a) => [a.key, a.id]));

  // Indicator definitions, shared by every province, and each province's series of each.
  await prisma.indicatorDefinition.createMany({
    data: Array.from({ length: scale.indicators }, (_, i) => {
      const unit = unitList[i % unitList.length]!;
      return {
        key: `syn-ind-${i}`,
        nameVi: `${INDICATOR_NAMES[i % INDICATOR_NAMES.length]} (chỉ tiêu ${i + 1})`,
        nameEn: `Synthetic indicator ${i + 1}`,
        sectorId: sectors[i % sectors.length]!.id,
        direction: (i % 7 === 6 ? 'LOWER_IS_BETTER' : 'HIGHER_IS_BETTER') as 'LOWER_IS_BETTER' | 'HIGHER_IS_BETTER',
        dimension: unit.dimension,
        namedInId: source.id,
      };
    }),
  });
  const definitions = await prisma.indicatorDefinition.findMany({ where: { namedInId: source.id }, select: { id: true }, orderBy: { id: 'asc' } });
  // The series' searchText and sortKey are their definition's, copied by the database.
  await bulkInsert(
    prisma,
    provider,
    'Indicator',
    areas.flatMap((a) => definitions.map((def, i) => ({ definitionId: def.id, areaId: a.id, unitId: unitList[i % unitList.length]!.id }))),
  );
  const indicators = await prisma.indicator.findMany({
    where: { definition: { namedInId: source.id } },
    select: { id: true, unitId: true, areaId: true },
    orderBy: { id: 'asc' },
  });
  const indicatorsByArea = new Map<number, typeof indicators>();
  for (const ind of indicators) indicatorsByArea.set(ind.areaId, [...(indicatorsByArea.get(ind.areaId) ?? []), ind]);

  // Plans: one yearly plan per province and year.
  await prisma.plan.createMany({
    data: areas.flatMap((a, p) =>
      [...periods].map(([year, periodId]) => {
        const titleVi = `Kế hoạch phát triển kinh tế - xã hội năm ${year} (tỉnh tổng hợp ${p + 1})`;
        return { key: `syn-plan-${p}-${year}`, kind: 'ANNUAL_SOCIO_ECONOMIC' as const, level: 'PROVINCE' as const, areaId: a.id, periodId, titleVi, titleEn: `Synthetic ${year} plan, province ${p + 1}`, status: null };
      }),
    ),
  });
  const plans = await prisma.plan.findMany({ where: { key: { startsWith: 'syn-plan-' } }, select: { id: true, areaId: true, periodId: true }, orderBy: { id: 'asc' } });
  const yearOfPeriod = new Map([...periods].map(([year, id]) => [id, year]));
  const provinceOfArea = new Map(areas.map((a, p) => [a.id, p]));

  // Targets (every indicator in every plan) and results (every indicator, every year).
  const targets = [];
  const results = [];
  for (const plan of plans) {
    for (const ind of indicatorsByArea.get(plan.areaId) ?? []) {
      const base = Math.round((5 + rand() * 95) * 100) / 100;
      const comparator = pick(['AT_LEAST', 'AT_LEAST', 'EQUAL', 'RANGE', 'AT_MOST'] as const);
      targets.push({
        indicatorId: ind.id,
        planId: plan.id,
        periodId: plan.periodId,
        kind: 'LEVEL' as const,
        comparator,
        value: base,
        valueMax: comparator === 'RANGE' ? Math.round(base * 1.1 * 100) / 100 : null,
        // Both kinds of range, by indicator: every third a band (met only inside it).
        rangeKind: comparator === 'RANGE' ? (ind.id % 3 === 0 ? ('WITHIN' as const) : ('OR_BETTER' as const)) : null,
        unitId: ind.unitId,
        isMain: rand() < 0.5,
        quoteId: quote.id,
      });
      const year = yearOfPeriod.get(plan.periodId)!;
      const value = Math.round(base * (0.8 + rand() * 0.4) * 100) / 100;
      // The year before the last was estimated in December, then finalised.
      if (year === lastYear - 1) {
        results.push({
          indicatorId: ind.id,
          periodId: plan.periodId,
          planId: plan.id,
          value: Math.round(value * 0.97 * 100) / 100,
          unitId: ind.unitId,
          reliability: 'ESTIMATE' as const,
          yoyChangePercent: null,
          sourceId: estimates.id,
          reportedOn: new Date(`${year}-12-15T00:00:00.000Z`),
          asOf: new Date(`${year}-12-15T00:00:00.000Z`),
          quoteId: estimateQuote.id,
        });
      }
      results.push({
        indicatorId: ind.id,
        periodId: plan.periodId,
        planId: plan.id,
        value,
        unitId: ind.unitId,
        reliability: (year === lastYear ? 'ESTIMATE' : 'FINAL') as 'ESTIMATE' | 'FINAL',
        yoyChangePercent: Math.round((rand() * 30 - 5) * 10) / 10,
        sourceId: source.id,
        reportedOn: reportedOn(year),
        quoteId: quote.id,
      });
    }
  }
  await bulkInsert(prisma, provider, 'Target', targets);
  await bulkInsert(prisma, provider, 'Result', results);

  // Solutions per plan, each linked to two indicators and assigned to departments.
  const solutionRows = plans.flatMap((plan) => {
    const p = provinceOfArea.get(plan.areaId)!;
    return Array.from({ length: solutionsPerPlan }, (_, s) => {
      const textVi = `${pick(SOLUTION_VERBS)} ${INDICATOR_NAMES[(s * 3) % INDICATOR_NAMES.length]!.toLowerCase()} (giải pháp ${s + 1}, tỉnh ${p + 1})`;
      const row = { key: `syn-sol-${plan.id}-${s}`, kind: 'SOLUTION' as const, textVi, planId: plan.id, sectorId: sectors[s % sectors.length]!.id, position: s + 1, quoteId: quote.id };
      return { ...row, ...derivedColumnsOf('Solution', row) } as Record<string, Cell>;
    });
  });
  await bulkInsert(prisma, provider, 'Solution', solutionRows);
  const solutions = await prisma.solution.findMany({ where: { quoteId: quote.id }, select: { id: true, planId: true, key: true }, orderBy: { id: 'asc' } });
  const planArea = new Map(plans.map((p) => [p.id, p.areaId]));
  const links = [];
  const assignments = [];
  for (const sol of solutions) {
    const areaId = planArea.get(sol.planId)!;
    const p = provinceOfArea.get(areaId)!;
    const pool = indicatorsByArea.get(areaId) ?? [];
    const first = Math.floor(rand() * pool.length);
    for (const ind of new Set([pool[first], pool[(first + 1) % pool.length]])) {
      if (ind) links.push({ solutionId: sol.id, indicatorId: ind.id, basis: 'EDITORIAL' as const, rationale: 'Synthetic link.' });
    }
    const lead = departmentIds.get(`syn-dept-${p}-${Math.floor(rand() * departments)}`);
    const coordinate = departmentIds.get(`syn-dept-${p}-${Math.floor(rand() * departments)}`);
    if (lead) assignments.push({ agencyId: lead, solutionId: sol.id, role: 'LEAD' as const, planId: sol.planId, quoteId: quote.id });
    if (coordinate && coordinate !== lead) assignments.push({ agencyId: coordinate, solutionId: sol.id, role: 'COORDINATE' as const, planId: sol.planId, quoteId: quote.id });
  }
  for (const ind of indicators) {
    const p = provinceOfArea.get(ind.areaId)!;
    const lead = departmentIds.get(`syn-dept-${p}-${ind.id % departments}`);
    // Responsible for the series over the years generated.
    if (lead) assignments.push({ agencyId: lead, indicatorId: ind.id, role: 'LEAD' as const, periodId: termPeriod.id, quoteId: quote.id });
  }
  await bulkInsert(prisma, provider, 'SolutionIndicator', links);
  await bulkInsert(prisma, provider, 'Assignment', assignments);

  return {
    provinces: areas.length,
    plans: plans.length,
    definitions: definitions.length,
    indicators: indicators.length,
    targets: targets.length,
    results: results.length,
    solutions: solutions.length,
    agencies: areas.length * (1 + departments),
  };
}
