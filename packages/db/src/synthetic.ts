import type { Db } from './client.ts';
import { searchTextOf, sortKeyOf } from './text.ts';

// Synthetic plan data for load tests and statement-count tests. Every row is marked
// synthetic (keys start with "syn-", `synthetic` is true where the model has the flag,
// its one source is of kind SYNTHETIC) and is written only to a database of its own:
// never run this against the real database. Deterministic: the same scale and seed
// always produce the same rows.

export interface SyntheticScale {
  provinces: number;
  years: number;
  /** Indicators per province. */
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
type Cell = string | number | boolean | null;

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
        // better-sqlite3 binds no booleans: SQLite stores Prisma's Boolean as 0/1.
        if (typeof v === 'boolean' && provider === 'sqlite') v = v ? 1 : 0;
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

/**
 * Writes the synthetic data set in one transaction: all of it or, on failure, none.
 * Refuses a database that holds real (non-synthetic) sources.
 */
export async function generateSynthetic(prisma: Db, scale: SyntheticScale, seed = 20231213, options: SyntheticOptions = {}): Promise<SyntheticSummary> {
  const real = await prisma.source.count({ where: { synthetic: false } });
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
      publisher: 'PlanHub benchmark generator',
      publishedAt: new Date('2024-01-01'),
      language: 'vi',
      synthetic: true,
    },
  });
  const quote = await prisma.quote.create({
    data: { key: 'syn-quote', sourceId: source.id, text: 'Số liệu tổng hợp sinh tự động để kiểm thử tải; không lấy từ văn bản nào.' },
  });
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

  // Areas and agencies.
  await prisma.area.createMany({
    data: Array.from({ length: scale.provinces }, (_, p) => ({
      key: `syn-province-${p + 1}`,
      level: 'PROVINCE' as const,
      nameVi: `Tỉnh Tổng Hợp ${p + 1}`,
      nameEn: `Synthetic Province ${p + 1}`,
      searchText: searchTextOf(`Tỉnh Tổng Hợp ${p + 1}`, `Synthetic Province ${p + 1}`),
      synthetic: true,
    })),
  });
  const areas = await prisma.area.findMany({ where: { synthetic: true }, select: { id: true, key: true }, orderBy: { id: 'asc' } });
  const committee = (p: number) => `syn-ubnd-${p}`;
  await prisma.agency.createMany({
    data: areas.map((a, p) => {
      const nameVi = `UBND Tỉnh Tổng Hợp ${p + 1}`;
      return { key: committee(p), kind: 'PEOPLES_COMMITTEE' as const, level: 'PROVINCE' as const, nameVi, nameEn: `People's Committee of Synthetic Province ${p + 1}`, abbreviation: 'UBND', areaId: a.id, searchText: searchTextOf(nameVi, 'UBND'), sortKey: sortKeyOf(nameVi), synthetic: true };
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
        return { key: `syn-dept-${p}-${d}`, kind: 'DEPARTMENT' as const, level: 'PROVINCE' as const, nameVi, areaId: a.id, parentId: committees.get(committee(p))!, searchText: searchTextOf(nameVi), sortKey: sortKeyOf(nameVi), synthetic: true };
      }),
    ),
  );
  const departmentIds = new Map((await prisma.agency.findMany({ where: { key: { startsWith: 'syn-dept-' } }, select: { id: true, key: true } })).map((a) => [a.key, a.id]));

  // Indicators, per province.
  const indicatorRows = areas.flatMap((a, p) =>
    Array.from({ length: scale.indicators }, (_, i) => {
      const nameVi = `${INDICATOR_NAMES[i % INDICATOR_NAMES.length]} (chỉ tiêu ${i + 1})`;
      const sector = sectors[i % sectors.length]!;
      const unit = unitList[i % unitList.length]!;
      return {
        key: `syn-ind-${p}-${i}`,
        areaId: a.id,
        nameVi,
        nameEn: `Synthetic indicator ${i + 1}`,
        sectorId: sector.id,
        unitId: unit.id,
        direction: (i % 7 === 6 ? 'LOWER_IS_BETTER' : 'HIGHER_IS_BETTER') as 'LOWER_IS_BETTER' | 'HIGHER_IS_BETTER',
        searchText: searchTextOf(nameVi, `Synthetic indicator ${i + 1}`),
        sortKey: sortKeyOf(nameVi),
        synthetic: true,
      };
    }),
  );
  await bulkInsert(prisma, provider, 'Indicator', indicatorRows);
  const indicators = await prisma.indicator.findMany({ where: { synthetic: true }, select: { id: true, key: true, unitId: true, areaId: true }, orderBy: { id: 'asc' } });
  const indicatorsByArea = new Map<number, typeof indicators>();
  for (const ind of indicators) indicatorsByArea.set(ind.areaId, [...(indicatorsByArea.get(ind.areaId) ?? []), ind]);

  // Plans: one yearly plan per province and year.
  await prisma.plan.createMany({
    data: areas.flatMap((a, p) =>
      [...periods].map(([year, periodId]) => {
        const titleVi = `Kế hoạch phát triển kinh tế - xã hội năm ${year} (tỉnh tổng hợp ${p + 1})`;
        return { key: `syn-plan-${p}-${year}`, kind: 'ANNUAL_SOCIO_ECONOMIC' as const, level: 'PROVINCE' as const, areaId: a.id, periodId, titleVi, titleEn: `Synthetic ${year} plan, province ${p + 1}`, status: 'IN_IMPLEMENTATION' as const, searchText: searchTextOf(titleVi) };
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
        key: `syn-tg-${plan.id}-${ind.id}`,
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
      results.push({
        key: `syn-rs-${plan.id}-${ind.id}`,
        indicatorId: ind.id,
        periodId: plan.periodId,
        planId: plan.id,
        value: Math.round(base * (0.8 + rand() * 0.4) * 100) / 100,
        unitId: ind.unitId,
        reliability: (year === lastYear ? 'ESTIMATE' : 'FINAL') as 'ESTIMATE' | 'FINAL',
        yoyChangePercent: Math.round((rand() * 30 - 5) * 10) / 10,
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
      return { key: `syn-sol-${plan.id}-${s}`, kind: 'SOLUTION' as const, textVi, planId: plan.id, sectorId: sectors[s % sectors.length]!.id, position: s + 1, searchText: searchTextOf(textVi), sortKey: sortKeyOf(textVi), quoteId: quote.id, synthetic: true };
    });
  });
  await bulkInsert(prisma, provider, 'Solution', solutionRows);
  const solutions = await prisma.solution.findMany({ where: { synthetic: true }, select: { id: true, planId: true, key: true }, orderBy: { id: 'asc' } });
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
    if (lead) assignments.push({ key: `syn-as-${sol.id}-lead`, agencyId: lead, solutionId: sol.id, role: 'LEAD' as const, quoteId: quote.id });
    if (coordinate && coordinate !== lead) assignments.push({ key: `syn-as-${sol.id}-co`, agencyId: coordinate, solutionId: sol.id, role: 'COORDINATE' as const, quoteId: quote.id });
  }
  for (const ind of indicators) {
    const p = provinceOfArea.get(ind.areaId)!;
    const lead = departmentIds.get(`syn-dept-${p}-${ind.id % departments}`);
    if (lead) assignments.push({ key: `syn-as-ind-${ind.id}`, agencyId: lead, indicatorId: ind.id, role: 'LEAD' as const, quoteId: quote.id });
  }
  await bulkInsert(prisma, provider, 'SolutionIndicator', links);
  await bulkInsert(prisma, provider, 'Assignment', assignments);

  return {
    provinces: areas.length,
    plans: plans.length,
    indicators: indicators.length,
    targets: targets.length,
    results: results.length,
    solutions: solutions.length,
    agencies: areas.length * (1 + departments),
  };
}
