import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../src/auth/tokens.ts';
import { readDataVersion } from '../src/data-version.ts';
import { encodeGlobalId } from '../src/global-id.ts';
import { createTestHub, dataOf, type TestHub } from '../src/testing/hub.ts';

// Retiring what facts hang on (sources, plans, definitions, series, agencies, people):
// refused while live records depend on the record (RECORD_IN_USE, naming them), by who
// may; once retired the record leaves every list and search, stays readable by ID and
// code, and no new fact may name it (RECORD_RETIRED on the field that does).

let hub: TestHub;
let admin: string;
let editor: string;
let otherEditor: string;
const TEXT = 'Năm 2025, tỉnh phấn đấu tỷ lệ hộ nghèo giảm 2%. Đồng chí Lê Thị Hoa, Giám đốc Sở Lao động, báo cáo.';
const provenance = (quote: string) => ({ source: 'bao-cao-tinh-nghi-2025', quote });

beforeAll(async () => {
  hub = await createTestHub();
  const { prisma } = hub.writer();
  await prisma.area.create({ data: { key: 'tinh-nghi', level: 'PROVINCE', nameVi: 'Tỉnh Nghỉ' } });
  const issue = async (name: string, role: 'EDITOR' | 'ADMIN', areas: string[]) => (await issueToken(prisma, { name, role, areas, expiresAt: null, createdBy: 'test' })).secret;
  admin = await issue('Quản trị', 'ADMIN', []);
  editor = await issue('Sở KH&ĐT Tỉnh Nghỉ', 'EDITOR', ['tinh-nghi']);
  otherEditor = await issue('Sở KH&ĐT Bắc Kạn', 'EDITOR', ['bac-kan']);
  const steps: Array<[string, string, object, string]> = [
    ['createIndicatorDefinition', 'CreateIndicatorDefinitionInput', { code: 'poverty-test', nameVi: 'Tỷ lệ hộ nghèo (thử)', sector: 'poverty-reduction', direction: 'LOWER_IS_BETTER', dimension: 'PERCENT' }, admin],
    ['createSource', 'CreateSourceInput', { code: 'bao-cao-tinh-nghi-2025', kind: 'REPORT', title: 'Báo cáo', publisherName: 'UBND Tỉnh Nghỉ', publishedOn: '2025', language: 'vi', text: TEXT }, editor],
    ['createPlan', 'CreatePlanInput', { code: 'tinh-nghi-2025', kind: 'ANNUAL_SOCIO_ECONOMIC', area: 'tinh-nghi', period: '2024', titleVi: 'Kế hoạch năm 2025' }, editor],
    ['createSeries', 'CreateSeriesInput', { definition: 'poverty-test', area: 'tinh-nghi', unit: 'percent' }, editor],
    ['setTarget', 'SetTargetInput', { indicator: 'poverty-test@tinh-nghi', plan: 'tinh-nghi-2025', period: '2024', kind: 'LEVEL', comparator: 'AT_MOST', value: 2, unit: 'percent', provenance: provenance('tỷ lệ hộ nghèo giảm 2%') }, editor],
    ['createAgency', 'CreateAgencyInput', { code: 'so-ld-tinh-nghi', kind: 'DEPARTMENT', level: 'PROVINCE', nameVi: 'Sở Lao động Tỉnh Nghỉ', area: 'tinh-nghi' }, editor],
    ['createPerson', 'CreatePersonInput', { code: 'le-thi-hoa', fullName: 'Lê Thị Hoa' }, editor],
    ['createPosition', 'CreatePositionInput', { person: 'le-thi-hoa', agency: 'so-ld-tinh-nghi', role: 'HEAD', titleVi: 'Giám đốc Sở Lao động', attestedOn: '2025-12-01', provenance: provenance('Đồng chí Lê Thị Hoa, Giám đốc Sở Lao động') }, editor],
  ];
  for (const [field, input, variables, token] of steps) {
    const sent = await send(`mutation($input: ${input}!) { ${field}(input: $input) { __typename ... on UserError { code message } } }`, { input: variables }, token);
    expect(String(sent.data?.[field]?.__typename), `${field}: ${JSON.stringify(sent)}`).toMatch(/Write$/);
  }
});
afterAll(() => hub?.close());

async function send(query: string, variables: object, token?: string) {
  const response = await hub.yoga.fetch('http://planhub.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as any;
}

const RETIRE = `mutation($input: RetireRecordInput!) { retireRecord(input: $input) { __typename ... on RecordRetired { change { operation recordType before after } } ... on UserError { code field message } } }`;

/** The record's global ID and version, as a client reads them before retiring it. */
async function current(model: 'source' | 'plan' | 'indicatorDefinition' | 'indicator' | 'agency' | 'person', where: object, typename: string) {
  const row = await (hub.writer().prisma[model] as any).findFirstOrThrow({ where });
  return { id: encodeGlobalId(typename, row.id), version: row.version as number };
}

/** Retires it and returns the outcome's code; a refusal must leave the data version where it was. */
async function retire(record: { id: string; version: number }, token: string): Promise<{ code: string; message?: string; change?: any }> {
  const before = await readDataVersion(hub.db.prisma);
  const body = await send(RETIRE, { input: { ...record, reason: 'Không còn dùng' } }, token);
  const outcome = body.errors?.length
    ? { code: body.errors[0].extensions.code as string, message: body.errors[0].message as string }
    : { code: (body.data.retireRecord.code ?? body.data.retireRecord.__typename) as string, message: body.data.retireRecord.message, change: body.data.retireRecord.change };
  if (outcome.code !== 'RecordRetired') expect(await readDataVersion(hub.db.prisma), `${outcome.code} wrote something`).toBe(before);
  return outcome;
}

const codesOf = (connection: { edges: Array<{ node: { code: string } }> }) => connection.edges.map((e) => e.node.code);

describe('retiring what facts hang on', () => {
  it('a series: RECORD_IN_USE under its live target; retired once the target is; then out of lists, readable, and no new fact names it', async () => {
    const series = await current('indicator', { definition: { key: 'poverty-test' } }, 'Indicator');
    expect(await retire(series, otherEditor)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await retire(series, editor)).toMatchObject({ code: 'RECORD_IN_USE', message: expect.stringMatching(/1 target\b/) });
    const target = await current('indicator', { definition: { key: 'poverty-test' } }, 'Indicator').then(async () => {
      const row = await hub.writer().prisma.target.findFirstOrThrow({ where: { indicator: { definition: { key: 'poverty-test' } } } });
      return { id: encodeGlobalId('Target', row.id), version: row.version };
    });
    const retiredTarget = await send(`mutation($input: RetireTargetInput!) { retireTarget(input: $input) { __typename } }`, { input: { ...target, reason: 'Nhầm' } }, editor);
    expect(retiredTarget.data.retireTarget.__typename).toBe('TargetWrite');
    expect(await retire({ ...series, version: series.version + 1 }, editor)).toMatchObject({ code: 'CONFLICT' });
    const done = await retire(series, editor);
    expect(done).toMatchObject({ code: 'RecordRetired', change: { operation: 'RETIRE', recordType: 'Indicator', before: { retiredAt: null } } });
    expect(done.change.after.retiredAt).not.toBeNull();
    expect(await retire({ ...series, version: series.version + 1 }, editor)).toMatchObject({ code: 'RECORD_RETIRED' });

    const read = dataOf(
      await hub.exec(`query($id: ID!) { indicators(filter: { area: "tinh-nghi" }, first: 10) { totalCount } search(text: "ho ngheo thu", first: 5) { totalCount }
        indicatorDefinition(code: "poverty-test") { series { code } } indicator(area: "tinh-nghi", code: "poverty-test") { retiredAt }
        node(id: $id) { ... on Indicator { retiredAt } } }`, { id: series.id }),
    ) as any;
    expect(read.indicators.totalCount).toBe(0);
    expect(read.search.totalCount).toBe(0);
    expect(read.indicatorDefinition.series).toEqual([]);
    expect(read.indicator.retiredAt).not.toBeNull();
    expect(read.node.retiredAt).not.toBeNull();

    const result = await send(
      `mutation($input: RecordResultInput!) { recordResult(input: $input) { __typename ... on UserError { code field message } } }`,
      { input: { indicator: 'poverty-test@tinh-nghi', period: '2024', measure: 'LEVEL', value: 1.5, unit: 'percent', reliability: 'FINAL', provenance: provenance('tỷ lệ hộ nghèo giảm 2%') } },
      editor,
    );
    expect(result.data.recordResult).toMatchObject({ code: 'RECORD_RETIRED', field: 'indicator', message: expect.stringMatching(/poverty-test@tinh-nghi.*retired/) });
  });

  it('a definition: admins only, RECORD_IN_USE while a live series measures it; retired, it leaves the catalogue and no series may name it', async () => {
    const definition = await current('indicatorDefinition', { key: 'poverty-test' }, 'IndicatorDefinition');
    expect(await retire(definition, editor)).toMatchObject({ code: 'FORBIDDEN' });
    // The series of the test above is retired: none left live.
    expect(await retire(definition, admin)).toMatchObject({ code: 'RecordRetired' });
    const read = dataOf(await hub.exec(`{ indicatorDefinitions(filter: { text: "ho ngheo thu" }, first: 5) { totalCount } indicatorDefinition(code: "poverty-test") { retiredAt } }`)) as any;
    expect(read.indicatorDefinitions.totalCount).toBe(0);
    expect(read.indicatorDefinition.retiredAt).not.toBeNull();
    const series = await send(`mutation($input: CreateSeriesInput!) { createSeries(input: $input) { __typename ... on UserError { code field } } }`, { input: { definition: 'poverty-test', area: 'bac-kan', unit: 'percent' } }, admin);
    expect(series.data.createSeries).toMatchObject({ code: 'RECORD_RETIRED', field: 'definition' });
  });

  it('a definition with live series in several areas names them: the seeded growth rate', async () => {
    const definition = await current('indicatorDefinition', { key: 'economic-growth-rate' }, 'IndicatorDefinition');
    expect(await retire(definition, admin)).toMatchObject({ code: 'RECORD_IN_USE', message: expect.stringMatching(/\d+ series/) });
  });

  it('an agency and a person: in use by the office between them; the office retired, each retires by who may and leaves its lists', async () => {
    const agency = await current('agency', { key: 'so-ld-tinh-nghi' }, 'Agency');
    const person = await current('person', { key: 'le-thi-hoa' }, 'Person');
    expect(await retire(agency, editor)).toMatchObject({ code: 'RECORD_IN_USE', message: expect.stringMatching(/1 office\b/) });
    expect(await retire(person, admin)).toMatchObject({ code: 'RECORD_IN_USE', message: expect.stringMatching(/1 office\b/) });
    const office = await hub.writer().prisma.position.findFirstOrThrow({ where: { person: { key: 'le-thi-hoa' } } });
    expect(await retire({ id: encodeGlobalId('Position', office.id), version: office.version }, editor)).toMatchObject({ code: 'RecordRetired' });
    expect(await retire(agency, otherEditor)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await retire(agency, editor)).toMatchObject({ code: 'RecordRetired' });
    expect(await retire(person, editor)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await retire(person, admin)).toMatchObject({ code: 'RecordRetired' });
    const read = dataOf(await hub.exec(`{ agencies(filter: { text: "lao dong tinh nghi" }, first: 5) { totalCount } search(text: "lao dong tinh nghi", first: 5) { totalCount } }`)) as any;
    expect(read).toEqual({ agencies: { totalCount: 0 }, search: { totalCount: 0 } });
    const position = await send(
      `mutation($input: CreatePositionInput!) { createPosition(input: $input) { __typename ... on UserError { code field } } }`,
      { input: { person: 'le-thi-hoa', agency: 'so-ld-tinh-nghi', role: 'HEAD', titleVi: 'Giám đốc', attestedOn: '2025-12-02', provenance: provenance('Đồng chí Lê Thị Hoa, Giám đốc Sở Lao động') } },
      editor,
    );
    // The agency is named first, so its retirement is what is reported.
    expect(position.data.createPosition).toMatchObject({ code: 'RECORD_RETIRED' });
    expect(['person', 'agency']).toContain(position.data.createPosition.field);
  });

  it('a plan and a source: the plan leaves `plans`, the source `sources`; a fact cannot be quoted from a retired source', async () => {
    const plan = await current('plan', { key: 'tinh-nghi-2025' }, 'Plan');
    // Its only target was retired above.
    expect(await retire(plan, otherEditor)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await retire(plan, editor)).toMatchObject({ code: 'RecordRetired' });
    const source = await current('source', { key: 'bao-cao-tinh-nghi-2025' }, 'Source');
    expect(await retire(source, editor)).toMatchObject({ code: 'FORBIDDEN' });
    const done = await retire(source, admin);
    expect(done.code).toBe('RecordRetired');
    // The source's text stays out of the trail, as in every change of a source.
    expect(done.change.after).not.toHaveProperty('text');
    const read = dataOf(await hub.exec(`{ plans(filter: { area: "tinh-nghi" }, first: 5) { totalCount } plan(code: "tinh-nghi-2025") { retiredAt } sources(first: 100) { edges { node { code } } } }`)) as any;
    expect(read.plans.totalCount).toBe(0);
    expect(read.plan.retiredAt).not.toBeNull();
    expect(codesOf(read.sources)).not.toContain('bao-cao-tinh-nghi-2025');
    const assessment = await send(
      `mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { __typename ... on UserError { code field } } }`,
      { input: { plan: 'bac-kan-ktxh-2024', kind: 'QUALITATIVE', statementVi: 'Báo cáo', reliability: 'FINAL', provenance: provenance('Năm 2025, tỉnh phấn đấu') } },
      admin,
    );
    expect(assessment.data.createAssessment).toMatchObject({ code: 'RECORD_RETIRED', field: 'provenance.source' });
  });

  it('the seeded source and plan are in use: RECORD_IN_USE names what depends on them', async () => {
    const source = await current('source', { key: 'bbk-2023-12-13-hoi-nghi-ktxh-2024' }, 'Source');
    const refused = await retire(source, admin);
    expect(refused).toMatchObject({ code: 'RECORD_IN_USE', message: expect.stringMatching(/\d+ targets.*\d+ results/) });
    const plan = await current('plan', { key: 'bac-kan-ktxh-2024' }, 'Plan');
    expect(await retire(plan, admin)).toMatchObject({ code: 'RECORD_IN_USE', message: expect.stringMatching(/targets/) });
  });

  it('retireRecord refuses an ID of a kind it does not retire, saying which it does', async () => {
    const body = await send(RETIRE, { input: { id: encodeGlobalId('Target', 1), version: 1, reason: 'x' } }, admin);
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'INVALID_ID' }, message: expect.stringMatching(/retires Assessment, .*Person/) });
  });
});
