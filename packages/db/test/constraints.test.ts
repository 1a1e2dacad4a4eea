import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../src/client.ts';
import { DerivedColumnError } from '../src/derived.ts';
import { RULES, violationOfDatabaseError, violationsOf } from '../src/rules/index.ts';
import { createTestDatabase } from '../src/testing/pg.ts';
import { createTestSqliteFile } from '../src/testing/sqlite.ts';
import { migrate } from '../src/migrate.ts';
import { PROVIDERS } from './helpers.ts';

// Every rule of the data is a CHECK constraint of the same name on both databases: a
// row that breaks it is refused by the database itself, whoever writes it, with an error
// that names the rule (violationOfDatabaseError turns it into the rule's message). The
// shared validation (rules/) refuses the same row before it is written, and accepts the
// valid row each case starts from.

type Row = Record<string, unknown>;
type Ids = Record<'source' | 'quote' | 'unit' | 'period' | 'area' | 'area2' | 'agency' | 'agency2' | 'plan' | 'definition' | 'indicator' | 'target' | 'person' | 'solution', number>;

const day = (s: string) => new Date(`${s}T00:00:00.000Z`);

/** Per rule: the model, a valid row (built from the ids of rows written first), and the change that breaks the rule. */
const CASES: Record<string, { model: string; valid: (ids: Ids) => Row; bad: Row }> = {
  Quote_offsets_check: { model: 'Quote', valid: (i) => ({ sourceId: i.source, text: 'câu', start: 10, end: 13 }), bad: { end: null } },
  Quote_text_check: { model: 'Quote', valid: (i) => ({ sourceId: i.source, text: 'câu' }), bad: { text: '' } },
  Unit_multiplier_check: { model: 'Unit', valid: () => ({ key: 'u-test', labelVi: 'đơn vị', dimension: 'COUNT', multiplier: 1 }), bad: { multiplier: 0 } },
  Period_months_check: { model: 'Period', valid: () => ({ key: 'p-test', kind: 'QUARTER', startYear: 2030, startMonth: 1, endYear: 2030, endMonth: 3 }), bad: { endMonth: 13 } },
  Period_order_check: { model: 'Period', valid: () => ({ key: 'p-test', kind: 'HALF_YEAR', startYear: 2030, startMonth: 7, endYear: 2030, endMonth: 12 }), bad: { endMonth: 6 } },
  Period_year_check: { model: 'Period', valid: () => ({ key: 'p-test', kind: 'YEAR', startYear: 2030, endYear: 2030 }), bad: { startMonth: 7 } },
  Period_vision_check: { model: 'Period', valid: () => ({ key: 'p-test', kind: 'PLANNING_HORIZON', startYear: 2021, endYear: 2030, visionYear: 2050 }), bad: { visionYear: 2029 } },
  Area_validity_check: { model: 'Area', valid: () => ({ key: 'a-test', level: 'PROVINCE', nameVi: 'Tỉnh', validFrom: day('2020-01-01'), validTo: day('2025-06-30') }), bad: { validTo: day('2019-12-31') } },
  Agency_validity_check: {
    model: 'Agency',
    valid: () => ({ key: 'ag-test', kind: 'DEPARTMENT', level: 'PROVINCE', nameVi: 'Sở', validFrom: day('2020-01-01'), validTo: day('2025-06-30') }),
    bad: { validTo: day('2019-12-31') },
  },
  AreaSuccession_distinct_check: {
    model: 'AreaSuccession',
    valid: (i) => ({ predecessorId: i.area, successorId: i.area2, kind: 'MERGED_INTO', effectiveOn: day('2025-07-01'), quoteId: i.quote }),
    bad: { successorId: 'area' },
  },
  AgencySuccession_distinct_check: {
    model: 'AgencySuccession',
    valid: (i) => ({ predecessorId: i.agency, successorId: i.agency2, kind: 'RENAMED_TO', effectiveOn: day('2025-07-01'), quoteId: i.quote }),
    bad: { successorId: 'agency' },
  },
  Plan_status_check: {
    model: 'Plan',
    valid: (i) => ({ key: 'pl-test', kind: 'ANNUAL_SOCIO_ECONOMIC', level: 'PROVINCE', areaId: i.area, periodId: i.period, titleVi: 'Kế hoạch', status: 'ADOPTED', statusQuoteId: i.quote }),
    bad: { statusQuoteId: null },
  },
  Target_range_check: {
    model: 'Target',
    valid: (i) => ({ indicatorId: i.indicator, planId: i.plan, periodId: i.period, kind: 'INCREASE', comparator: 'RANGE', value: 2, valueMax: 2.5, rangeKind: 'OR_BETTER', unitId: i.unit, quoteId: i.quote }),
    bad: { valueMax: 1 },
  },
  Target_range_kind_check: {
    model: 'Target',
    valid: (i) => ({ indicatorId: i.indicator, planId: i.plan, periodId: i.period, kind: 'INCREASE', comparator: 'AT_LEAST', value: 2, unitId: i.unit, quoteId: i.quote }),
    bad: { rangeKind: 'WITHIN' },
  },
  TargetRevision_range_check: {
    model: 'TargetRevision',
    valid: (i) => ({ targetId: i.target, comparator: 'AT_MOST', value: 4, unitId: i.unit, quoteId: i.quote }),
    bad: { valueMax: 5 },
  },
  TargetRevision_range_kind_check: {
    model: 'TargetRevision',
    valid: (i) => ({ targetId: i.target, comparator: 'RANGE', value: 3, valueMax: 4, rangeKind: 'WITHIN', unitId: i.unit, quoteId: i.quote }),
    bad: { rangeKind: null },
  },
  TargetRevision_dates_check: {
    model: 'TargetRevision',
    valid: (i) => ({ targetId: i.target, comparator: 'AT_LEAST', value: 7, unitId: i.unit, adoptedOn: day('2023-12-08'), replacedOn: day('2024-07-10'), quoteId: i.quote }),
    bad: { replacedOn: day('2023-01-01') },
  },
  Result_statement_check: {
    model: 'Result',
    valid: (i) => ({ indicatorId: i.indicator, periodId: i.period, value: 6.33, unitId: i.unit, reliability: 'FINAL', sourceId: i.source, quoteId: i.quote }),
    bad: { value: null },
  },
  Result_percent_of_plan_check: {
    model: 'Result',
    valid: (i) => ({ indicatorId: i.indicator, periodId: i.period, planId: i.plan, percentOfPlan: 101, unitId: i.unit, reliability: 'FINAL', sourceId: i.source, quoteId: i.quote }),
    bad: { planId: null },
  },
  Assessment_count_check: {
    model: 'Assessment',
    valid: (i) => ({ planId: i.plan, kind: 'INDICATORS_MET', count: 23, outOf: 26, statementVi: 'Đạt 23/26 chỉ tiêu', reliability: 'ESTIMATE', quoteId: i.quote }),
    bad: { count: null },
  },
  Assessment_out_of_check: {
    model: 'Assessment',
    valid: (i) => ({ planId: i.plan, kind: 'INDICATORS_MET', count: 23, outOf: 26, statementVi: 'Đạt 23/26 chỉ tiêu', reliability: 'ESTIMATE', quoteId: i.quote }),
    bad: { count: 27 },
  },
  Position_dates_check: {
    model: 'Position',
    valid: (i) => ({ personId: i.person, agencyId: i.agency, role: 'CHAIR', titleVi: 'Chủ tịch', startDate: day('2021-06-01'), endDate: day('2025-06-30'), attestedOn: day('2023-12-13'), quoteId: i.quote }),
    bad: { endDate: day('2020-01-01') },
  },
  Assignment_subject_check: {
    model: 'Assignment',
    valid: (i) => ({ agencyId: i.agency, solutionId: i.solution, role: 'LEAD', planId: i.plan, quoteId: i.quote }),
    bad: { indicatorId: 'indicator' },
  },
  Assignment_scope_check: {
    model: 'Assignment',
    valid: (i) => ({ agencyId: i.agency, indicatorId: i.indicator, role: 'LEAD', periodId: i.period, quoteId: i.quote }),
    bad: { periodId: null },
  },
};

/** The rows the cases refer to. */
async function parents(db: Database): Promise<Ids> {
  const p = db.prisma;
  const source = await p.source.create({ data: { key: 's', kind: 'REPORT', title: 'Báo cáo', publisherName: 'UBND', publishedOn: day('2023-12-01'), datePrecision: 'MONTH', language: 'vi', text: 'Văn bản.' } });
  const quote = await p.quote.create({ data: { sourceId: source.id, text: 'Văn bản', start: 0, end: 7 } });
  const unit = await p.unit.create({ data: { key: 'percent', labelVi: '%', dimension: 'PERCENT', multiplier: 1 } });
  const period = await p.period.create({ data: { key: '2024', kind: 'YEAR', startYear: 2024, endYear: 2024 } });
  const area = await p.area.create({ data: { key: 'a1', level: 'PROVINCE', nameVi: 'Tỉnh Một' } });
  const area2 = await p.area.create({ data: { key: 'a2', level: 'PROVINCE', nameVi: 'Tỉnh Hai' } });
  const agency = await p.agency.create({ data: { key: 'ag1', kind: 'PEOPLES_COMMITTEE', level: 'PROVINCE', nameVi: 'UBND tỉnh Một', areaId: area.id } });
  const agency2 = await p.agency.create({ data: { key: 'ag2', kind: 'PEOPLES_COMMITTEE', level: 'PROVINCE', nameVi: 'UBND tỉnh Hai', areaId: area2.id } });
  const plan = await p.plan.create({ data: { key: 'plan', kind: 'ANNUAL_SOCIO_ECONOMIC', level: 'PROVINCE', areaId: area.id, periodId: period.id, titleVi: 'Kế hoạch 2024' } });
  const sector = await p.sector.create({ data: { key: 'economy', nameVi: 'Kinh tế' } });
  const definition = await p.indicatorDefinition.create({ data: { key: 'growth', nameVi: 'Tăng trưởng', sectorId: sector.id, direction: 'HIGHER_IS_BETTER', dimension: 'PERCENT' } });
  const indicator = await p.indicator.create({ data: { definitionId: definition.id, areaId: area.id, unitId: unit.id } });
  const target = await p.target.create({ data: { indicatorId: indicator.id, planId: plan.id, periodId: period.id, kind: 'LEVEL', comparator: 'AT_LEAST', value: 8, unitId: unit.id, quoteId: quote.id } });
  const person = await p.person.create({ data: { key: 'person', fullName: 'Nguyễn Văn A' } });
  const solution = await p.solution.create({ data: { key: 'sol', kind: 'SOLUTION', textVi: 'Giải pháp', planId: plan.id, position: 1, quoteId: quote.id } });
  return { source: source.id, quote: quote.id, unit: unit.id, period: period.id, area: area.id, area2: area2.id, agency: agency.id, agency2: agency2.id, plan: plan.id, definition: definition.id, indicator: indicator.id, target: target.id, person: person.id, solution: solution.id };
}

const delegate = (db: Database, model: string) =>
  (db.prisma as unknown as Record<string, { create(a: { data: Row }): Promise<Row>; delete(a: { where: Row }): Promise<Row> }>)[model.charAt(0).toLowerCase() + model.slice(1)]!;

it('every rule has a case here', () => {
  expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.name).sort());
});

describe.each(PROVIDERS)('the data rules on %s', (provider) => {
  let db: Database;
  let ids: Ids;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const created = provider === 'sqlite' ? await createTestSqliteFile() : await createTestDatabase();
    drop = created.drop;
    await migrate(created.config);
    db = openDatabase(created.config);
    ids = await parents(db);
  });
  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it.each(Object.entries(CASES))('%s: the database refuses a row that breaks it, naming the rule', async (name, c) => {
    const valid = c.valid(ids);
    // A bad value given as an id name ("area") is that row's id.
    const bad = { ...valid, ...Object.fromEntries(Object.entries(c.bad).map(([k, v]) => [k, typeof v === 'string' && v in ids ? ids[v as keyof Ids] : v])) };
    expect(violationsOf(c.model, valid)).toEqual([]);
    expect(violationsOf(c.model, bad).map((v) => v.rule)).toEqual([name]);

    const row = await delegate(db, c.model).create({ data: valid });
    await delegate(db, c.model).delete({ where: { id: row.id } });
    const error = await delegate(db, c.model)
      .create({ data: bad })
      .then(() => undefined, (e: unknown) => e);
    expect(error, `${name} was not refused`).toBeDefined();
    const rule = RULES.find((r) => r.name === name)!;
    expect(violationOfDatabaseError(error)).toEqual({ rule: name, field: rule.field, message: rule.message });
  });

  it('a unique natural key refuses a second target for the same plan, indicator, period and kind', async () => {
    const row = { indicatorId: ids.indicator, planId: ids.plan, periodId: ids.period, kind: 'LEVEL', comparator: 'AT_LEAST', value: 9, unitId: ids.unit, quoteId: ids.quote };
    await expect(delegate(db, 'Target').create({ data: row })).rejects.toThrow(/Unique constraint failed/);
  });

  it('a unique natural key refuses a second result of one source for the same indicator, period and measure', async () => {
    const row = { indicatorId: ids.indicator, periodId: ids.period, value: 6, unitId: ids.unit, reliability: 'ESTIMATE', sourceId: ids.source, quoteId: ids.quote };
    const first = await delegate(db, 'Result').create({ data: row });
    await expect(delegate(db, 'Result').create({ data: { ...row, value: 7 } })).rejects.toThrow(/Unique constraint failed/);
    await delegate(db, 'Result').delete({ where: { id: first.id } });
  });

  it('derived columns: computed on every write, nested ones too, and refused when written or half-updated', async () => {
    const p = db.prisma;
    const area = await p.area.findUniqueOrThrow({ where: { id: ids.area } });
    expect(area.searchText).toBe('tinh mot');
    const plan = await p.plan.create({
      data: {
        key: 'nested',
        kind: 'ANNUAL_SOCIO_ECONOMIC',
        level: 'PROVINCE',
        area: { connect: { id: ids.area } },
        period: { connect: { id: ids.period } },
        titleVi: 'Kế hoạch lồng',
        solutions: { create: [{ key: 'nested-sol', kind: 'SOLUTION', textVi: 'Đẩy mạnh chuyển đổi số', position: 1, quote: { connect: { id: ids.quote } } }] },
      },
      include: { solutions: true },
    });
    expect(plan.searchText).toBe('ke hoach long');
    expect(plan.solutions[0]!.searchText).toBe('day manh chuyen doi so');
    expect(plan.solutions[0]!.sortKey).not.toBe('');

    await p.indicatorDefinition.update({ where: { id: ids.definition }, data: { nameVi: 'Tốc độ tăng trưởng', nameEn: 'Growth', descriptionVi: null, descriptionEn: null } });
    const [definition, series] = await Promise.all([
      p.indicatorDefinition.findUniqueOrThrow({ where: { id: ids.definition } }),
      p.indicator.findUniqueOrThrow({ where: { id: ids.indicator } }),
    ]);
    expect(definition.searchText).toBe('toc do tang truong | growth');
    // The series copies its definition's, kept by the database.
    expect(series).toMatchObject({ searchText: definition.searchText, sortKey: definition.sortKey });

    await expect(p.area.update({ where: { id: ids.area }, data: { nameEn: 'Province One' } })).rejects.toThrow(DerivedColumnError);
    await expect(p.area.update({ where: { id: ids.area }, data: { nameEn: 'Province One' } })).rejects.toThrow(/must give nameVi too/);
    await expect(p.area.create({ data: { key: 'x', level: 'PROVINCE', nameVi: 'X', searchText: 'y' } })).rejects.toThrow(/Area\.searchText is derived/);
    await expect(p.indicator.update({ where: { id: ids.indicator }, data: { searchText: 'y' } })).rejects.toThrow(/Indicator\.searchText is derived/);
  });
});
