import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataVersion } from '../src/data-version.ts';
import { encodeGlobalId } from '../src/global-id.ts';
import { getNamedType } from 'graphql';
import { schema } from '../src/schema/index.ts';
import { setUpWriters, type WriterTokens } from '../src/testing/writers.ts';
import { createTestHub, type TestHub } from '../src/testing/hub.ts';

// Who may write, mutation by mutation: each tried without a token, with an expired and a
// revoked one, out of scope, and in scope. Every refusal leaves the data version where it
// was (no data table was written); every allowed write moves it. Then more than a
// hundred bad inputs across the mutations, each with its code, each changing nothing.

let hub: TestHub;
const tokens = {} as WriterTokens;
const SOURCE = 'bbk-2023-12-13-hoi-nghi-ktxh-2024';
const QUOTE = 'Tốc độ tăng trưởng kinh tế năm 2023 ước đạt';
const provenance = { source: SOURCE, quote: QUOTE };

beforeAll(async () => {
  hub = await createTestHub();
  // A second province, with a series and a plan of its own, for out-of-scope writes; a token of every kind.
  Object.assign(tokens, await setUpWriters(hub.writer()));
});
afterAll(() => hub?.close());

async function send(query: string, variables: object, token?: string, file?: { name: string; text: string }) {
  const auth = token ? { authorization: `Bearer ${token}` } : {};
  const init = file ? multipart(query, variables, file) : { headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ query, variables }) };
  const response = await hub.yoga.fetch('http://planhub.test/graphql', { method: 'POST', ...init, headers: { ...init.headers, ...auth } });
  return { status: response.status, body: (await response.json()) as any };
}

const version = () => readDataVersion(hub.db.prisma);

/** A GraphQL multipart request (the spec yoga reads) with the file as `variables.input.file`. */
function multipart(query: string, variables: object, file: { name: string; text: string }) {
  const form = new FormData();
  form.set('operations', JSON.stringify({ query, variables: { ...variables, input: { ...(variables as { input: object }).input, file: null } } }));
  form.set('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.set('0', new Blob([file.text]), file.name);
  return { headers: { 'x-planhub-csrf': '1' }, body: form };
}

/** The mutation's payload or GraphQL error code: what a client would switch on. */
function outcomeOf(body: any, field: string): string {
  if (body.errors?.length) return body.errors[0].extensions?.code ?? 'NO_CODE';
  const payload = body.data[field];
  return payload.code ?? payload.__typename;
}

// The records the in-scope writes make, for the writes that follow them.
type Made = { id: string; version: number };
const made: Record<string, Made> & { token?: string } = {};

const PAYLOAD = (field: string, input: string, success: string, record: string) =>
  `mutation($input: ${input}!) { ${field}(input: $input) { __typename ... on ${success} { ${record} } ... on UserError { code field message } } }`;

interface Case {
  field: string;
  /** How the test names the case, when the field alone does not tell it (retireRecord of one model). */
  label?: string;
  query: string;
  input: () => object;
  /** Who may: an editor of the record's area (and an admin), any signed-in writer, or admins only. */
  who: 'area' | 'signedIn' | 'admin';
  /** A file sent with it, as a multipart request. */
  file?: { name: string; text: string };
  success: string;
  after?: (payload: any) => void;
}

const CASES: Case[] = [
  {
    field: 'recordResult',
    query: PAYLOAD('recordResult', 'RecordResultInput', 'ResultWrite', 'result { id version }'),
    input: () => ({ indicator: 'economic-growth-rate@bac-kan', period: '2022', measure: 'CHANGE', value: 0.5, unit: 'percent', reliability: 'FINAL', provenance }),
    who: 'area',
    success: 'ResultWrite',
    after: (p) => (made.result = p.result),
  },
  {
    field: 'updateResult',
    query: PAYLOAD('updateResult', 'UpdateResultInput', 'ResultWrite', 'result { id version }'),
    input: () => ({ ...made.result, value: 0.6, reason: 'Sửa' }),
    who: 'area',
    success: 'ResultWrite',
    after: (p) => (made.result = p.result),
  },
  {
    field: 'retireResult',
    query: PAYLOAD('retireResult', 'RetireResultInput', 'ResultWrite', 'result { id version }'),
    input: () => ({ ...made.result, reason: 'Nhầm' }),
    who: 'area',
    success: 'ResultWrite',
  },
  {
    field: 'setTarget',
    query: PAYLOAD('setTarget', 'SetTargetInput', 'TargetWrite', 'target { id version }'),
    input: () => ({ indicator: 'economic-growth-rate@bac-kan', plan: 'bac-kan-ktxh-2024', period: '2021-2025', kind: 'LEVEL', comparator: 'AT_LEAST', value: 7, unit: 'percent', provenance }),
    who: 'area',
    success: 'TargetWrite',
    after: (p) => (made.target = p.target),
  },
  {
    field: 'updateTarget',
    query: PAYLOAD('updateTarget', 'UpdateTargetInput', 'TargetWrite', 'target { id version }'),
    input: () => ({ ...made.target, value: 7.5, reason: 'Sửa' }),
    who: 'area',
    success: 'TargetWrite',
    after: (p) => (made.target = p.target),
  },
  {
    field: 'adjustTarget',
    query: PAYLOAD('adjustTarget', 'AdjustTargetInput', 'TargetWrite', 'target { id version }'),
    input: () => ({ ...made.target, comparator: 'AT_LEAST', value: 6.5, unit: 'percent', reason: 'Điều chỉnh', provenance: { source: SOURCE, quote: 'Chiều 13/12' } }),
    who: 'area',
    success: 'TargetWrite',
    after: (p) => (made.target = p.target),
  },
  {
    field: 'retireTarget',
    query: PAYLOAD('retireTarget', 'RetireTargetInput', 'TargetWrite', 'target { id version }'),
    input: () => ({ ...made.target, reason: 'Nhầm' }),
    who: 'area',
    success: 'TargetWrite',
  },
  {
    field: 'createSource',
    query: PAYLOAD('createSource', 'CreateSourceInput', 'SourceWrite', 'source { id version }'),
    input: () => ({ code: 'bao-cao-moi', kind: 'REPORT', title: 'Báo cáo', publisherName: 'UBND tỉnh', publishedOn: '2024', language: 'vi', text: 'Báo cáo.' }),
    who: 'signedIn',
    success: 'SourceWrite',
    after: (p) => (made.source = p.source),
  },
  ...PLAN_DATA_CASES(),
  {
    // Any writer may send a file; each row is then checked against the token's areas (the import's report says FORBIDDEN for those out of scope).
    field: 'importFile',
    query: `mutation($input: ImportFileInput!) { importFile(input: $input) { __typename applied problems { code message } } }`,
    input: () => ({ kind: 'RESULTS', reason: 'Nhập tệp' }),
    file: {
      name: 'ket-qua.csv',
      text: `Mã chỉ tiêu;Địa bàn;Kỳ;Giá trị;Đơn vị;Độ tin cậy;Nguồn;Trích dẫn\neconomic-growth-rate;bac-kan;2024;6,2;percent;ESTIMATE;${SOURCE};${QUOTE}\n`,
    },
    who: 'signedIn',
    success: 'ImportReport',
    after: (report) => expect(report).toMatchObject({ applied: true, problems: [] }),
  },
  {
    field: 'createApiToken',
    query: PAYLOAD('createApiToken', 'CreateApiTokenInput', 'IssuedApiToken', 'secret token { id }'),
    input: () => ({ name: 'Sở Tài chính', role: 'EDITOR', areas: ['bac-kan'] }),
    who: 'admin',
    success: 'IssuedApiToken',
    after: (p) => (made.token = p.token.id),
  },
  {
    field: 'revokeApiToken',
    query: PAYLOAD('revokeApiToken', 'RevokeApiTokenInput', 'RevokedApiToken', 'token { revokedAt }'),
    input: () => ({ id: made.token, reason: 'Thôi việc' }),
    who: 'admin',
    success: 'RevokedApiToken',
  },
];

/**
 * The plan data and its context, in an order where each write finds what it needs: a plan,
 * a definition and its series, a solution linked and assigned, an assessment, an agency
 * with a person's office, an event; each corrected, then each retired (dependents first).
 */
function PLAN_DATA_CASES(): Case[] {
  const p = (quote: string) => ({ source: SOURCE, quote });
  const keep = (name: string, path: string) => (payload: any) => {
    const record = payload[path];
    made[name] = { id: record.id, version: record.version };
  };
  const write = (field: string, input: string, success: string, record: string, who: Case['who'], values: () => object, name?: string): Case => ({
    field,
    query: PAYLOAD(field, input, success, `${record} { id version }`),
    input: values,
    who,
    success,
    ...(name ? { after: keep(name, record) } : {}),
  });
  const retire = (name: string, who: Case['who']): Case => ({
    field: 'retireRecord',
    label: `retireRecord of the ${name}`,
    query: PAYLOAD('retireRecord', 'RetireRecordInput', 'RecordRetired', 'change { recordType }'),
    input: () => ({ ...made[name], reason: 'Thử xong' }),
    who,
    success: 'RecordRetired',
  });
  const fix = (name: string, changes: object) => () => ({ ...made[name], ...changes, reason: 'Sửa' });
  return [
    write('createPlan', 'CreatePlanInput', 'PlanWrite', 'plan', 'area', () => ({ code: 'bac-kan-thu-2024', kind: 'ANNUAL_SOCIO_ECONOMIC', area: 'bac-kan', period: '2024', titleVi: 'Kế hoạch thử' }), 'plan'),
    write('updatePlan', 'UpdatePlanInput', 'PlanWrite', 'plan', 'area', fix('plan', { titleVi: 'Kế hoạch thử (sửa)' }), 'plan'),
    write('createIndicatorDefinition', 'CreateIndicatorDefinitionInput', 'IndicatorDefinitionWrite', 'definition', 'admin', () => ({ code: 'matrix-test', nameVi: 'Chỉ tiêu thử', sector: 'economy', direction: 'HIGHER_IS_BETTER', dimension: 'PERCENT' }), 'definition'),
    write('updateIndicatorDefinition', 'UpdateIndicatorDefinitionInput', 'IndicatorDefinitionWrite', 'definition', 'admin', fix('definition', { nameEn: 'A test indicator' }), 'definition'),
    write('createSeries', 'CreateSeriesInput', 'IndicatorWrite', 'indicator', 'area', () => ({ definition: 'matrix-test', area: 'bac-kan', unit: 'percent' }), 'series'),
    write('updateSeries', 'UpdateSeriesInput', 'IndicatorWrite', 'indicator', 'area', fix('series', { unit: 'percent' }), 'series'),
    write('createSolution', 'CreateSolutionInput', 'SolutionWrite', 'solution', 'area', () => ({ code: 'bac-kan-thu-giai-phap', kind: 'SOLUTION', textVi: 'Giải pháp thử', plan: 'bac-kan-thu-2024', position: 1, provenance: p(QUOTE) }), 'solution'),
    write('updateSolution', 'UpdateSolutionInput', 'SolutionWrite', 'solution', 'area', fix('solution', { textVi: 'Giải pháp thử (sửa)' }), 'solution'),
    {
      field: 'linkSolutionToIndicator',
      query: PAYLOAD('linkSolutionToIndicator', 'LinkSolutionInput', 'SolutionLinkWrite', 'link { version }'),
      input: () => ({ solution: 'bac-kan-thu-giai-phap', indicator: 'matrix-test@bac-kan', basis: 'EDITORIAL', rationale: 'Giải pháp nhằm vào chỉ tiêu này' }),
      who: 'area',
      success: 'SolutionLinkWrite',
    },
    {
      field: 'unlinkSolutionFromIndicator',
      query: PAYLOAD('unlinkSolutionFromIndicator', 'UnlinkSolutionInput', 'SolutionLinkWrite', 'link { retiredAt }'),
      input: () => ({ solution: 'bac-kan-thu-giai-phap', indicator: 'matrix-test@bac-kan', version: 1, reason: 'Nhầm' }),
      who: 'area',
      success: 'SolutionLinkWrite',
    },
    write('createAssignment', 'CreateAssignmentInput', 'AssignmentWrite', 'assignment', 'area', () => ({ agency: 'ubnd-bac-kan', solution: 'bac-kan-thu-giai-phap', role: 'LEAD', plan: 'bac-kan-thu-2024', provenance: p('Chiều 13/12, UBND tỉnh tổ chức Hội nghị') }), 'assignment'),
    write('retireAssignment', 'RetireAssignmentInput', 'AssignmentWrite', 'assignment', 'area', fix('assignment', {})),
    write('retireSolution', 'RetireSolutionInput', 'SolutionWrite', 'solution', 'area', fix('solution', {})),
    write('createAssessment', 'CreateAssessmentInput', 'AssessmentWrite', 'assessment', 'area', () => ({ plan: 'bac-kan-thu-2024', kind: 'QUALITATIVE', statementVi: 'Kinh tế phát triển ổn định', reliability: 'ESTIMATE', provenance: p('Các hoạt động kinh tế của tỉnh được duy trì, phát triển ổn định.') }), 'assessment'),
    write('updateAssessment', 'UpdateAssessmentInput', 'AssessmentWrite', 'assessment', 'area', fix('assessment', { statementEn: 'The economy grew steadily' }), 'assessment'),
    write('createAgency', 'CreateAgencyInput', 'AgencyWrite', 'agency', 'area', () => ({ code: 'so-thu-bac-kan', kind: 'DEPARTMENT', level: 'PROVINCE', nameVi: 'Sở Thử', area: 'bac-kan', parent: 'ubnd-bac-kan' }), 'agency'),
    write('updateAgency', 'UpdateAgencyInput', 'AgencyWrite', 'agency', 'area', fix('agency', { nameEn: 'Test Department' }), 'agency'),
    write('createPerson', 'CreatePersonInput', 'PersonWrite', 'person', 'signedIn', () => ({ code: 'nguoi-thu', fullName: 'Người Thử' }), 'person'),
    write('updatePerson', 'UpdatePersonInput', 'PersonWrite', 'person', 'admin', fix('person', { fullName: 'Người Thử Nghiệm' }), 'person'),
    write('createPosition', 'CreatePositionInput', 'PositionWrite', 'position', 'area', () => ({ person: 'nguoi-thu', agency: 'so-thu-bac-kan', role: 'HEAD', titleVi: 'Giám đốc', attestedOn: '2023-12-13', provenance: p('Chiều 13/12') }), 'position'),
    write('updatePosition', 'UpdatePositionInput', 'PositionWrite', 'position', 'area', fix('position', { startDate: '2023-01-01' }), 'position'),
    write('createEvent', 'CreateEventInput', 'EventWrite', 'event', 'area', () => ({
      code: 'bac-kan-thu-hoi-nghi',
      kind: 'CONFERENCE',
      titleVi: 'Hội nghị thử',
      date: '2023-12-13',
      area: 'bac-kan',
      plan: 'bac-kan-thu-2024',
      provenance: p('UBND tỉnh tổ chức Hội nghị trực tuyến toàn tỉnh'),
      participants: [{ person: 'nguoi-thu', roleVi: 'dự', provenance: p('dự và chỉ đạo hội nghị') }],
    }), 'event'),
    write('updateEvent', 'UpdateEventInput', 'EventWrite', 'event', 'area', fix('event', { titleEn: 'A test conference' }), 'event'),
    write('updateSource', 'UpdateSourceInput', 'SourceWrite', 'source', 'admin', fix('source', { title: 'Báo cáo (sửa)' }), 'source'),
    retire('position', 'area'),
    retire('event', 'area'),
    retire('assessment', 'area'),
    retire('agency', 'area'),
    retire('person', 'admin'),
    retire('series', 'area'),
    retire('definition', 'admin'),
    retire('plan', 'area'),
    retire('source', 'admin'),
  ];
}

describe('the role × mutation matrix', () => {
  let refusals = 0;
  for (const c of CASES) {
    it(`${c.label ?? c.field}: refused without a token, with an expired or revoked one${c.who === 'signedIn' ? '' : ', and out of scope'}; allowed in scope`, async () => {
      const denials: Array<[string, string | undefined, string, number]> = [
        ['no token', undefined, 'UNAUTHENTICATED', 401],
        ['expired', tokens.expired, 'UNAUTHENTICATED', 401],
        ['revoked', tokens.revoked, 'UNAUTHENTICATED', 401],
        ...(c.who === 'area' ? [['editor of another province', tokens.otherEditor, 'FORBIDDEN', 403] as [string, string, string, number]] : []),
        ...(c.who === 'admin' ? [['editor', tokens.editor, 'FORBIDDEN', 403] as [string, string, string, number]] : []),
      ];
      for (const [who, token, code, status] of denials) {
        const before = await version();
        const sent = await send(c.query, { input: c.input() }, token, c.file);
        expect(outcomeOf(sent.body, c.field), `${c.field} by ${who}`).toBe(code);
        expect(sent.status, `${c.field} by ${who}`).toBe(status);
        expect(await version(), `${c.field} by ${who} wrote something`).toBe(before);
        refusals++;
      }
      const allowed = c.who === 'admin' ? tokens.admin : tokens.editor;
      const before = await version();
      const sent = await send(c.query, { input: c.input() }, allowed, c.file);
      expect(outcomeOf(sent.body, c.field), JSON.stringify(sent.body)).toBe(c.success);
      c.after?.(sent.body.data[c.field]);
      expect(await version()).not.toBe(before);
    });
  }

  it('every mutation of the schema: with a revoked token UNAUTHENTICATED before its input is read; without one, never run (its input, here empty, is refused first); none writes', async () => {
    const mutations = Object.values(schema.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThanOrEqual(16);
    for (const m of mutations) {
      const input = getNamedType(m.args[0]!.type).name;
      for (const token of [undefined, tokens.revoked]) {
        const before = await version();
        const sent = await send(`mutation($input: ${input}!) { ${m.name}(input: $input) { __typename } }`, { input: {} }, token);
        expect(outcomeOf(sent.body, m.name), m.name).toBe(token ? 'UNAUTHENTICATED' : 'INVALID_VARIABLE');
        expect(await version()).toBe(before);
      }
    }
  });

  it('covers every mutation of the schema, in scope and out', () => {
    const mutations = Object.keys(schema.getMutationType()!.getFields()).sort();
    expect([...new Set(CASES.map((c) => c.field))].sort()).toEqual(mutations);
  });

  it('an admin may write any area', async () => {
    const sent = await send(CASES[0]!.query, { input: { ...CASES[0]!.input(), period: '2024', indicator: 'economic-growth-rate@tinh-thu' } }, tokens.admin);
    expect(outcomeOf(sent.body, 'recordResult')).toBe('ResultWrite');
  });

  it('counted: every refusal above wrote nothing', () => {
    expect(refusals).toBe(CASES.length * 3 + CASES.filter((c) => c.who !== 'signedIn').length);
  });
});

describe('bad inputs: each with its code, none changing anything', () => {
  const RECORD = CASES[0]!;
  const SET = CASES[3]!;
  const base = { ...RECORD.input(), period: '2021-2025' };
  const target = SET.input();
  const unknownResult = encodeGlobalId('Result', 999_999);
  const aPlan = encodeGlobalId('Plan', 1);
  const badInputs: Array<[string, Case, object, string]> = [];
  const add = (what: string, c: Case, input: object, code: string) => badInputs.push([what, c, input, code]);

  // Results: every field wrong in its own way.
  for (const indicator of ['economic-growth-rate', '@bac-kan', 'Economic@bac-kan', 'nope@bac-kan', 'economic-growth-rate@tinh-thu', 'economic-growth-rate@atlantis'])
    add(`result series "${indicator}"`, RECORD, { ...base, indicator }, /tinh-thu|atlantis/.test(indicator) ? 'FORBIDDEN' : indicator.startsWith('nope') ? 'REFERENCE_NOT_FOUND' : 'INVALID_INPUT');
  for (const period of ['1999', '', '2024-13', 'năm 2024']) add(`result period "${period}"`, RECORD, { ...base, period }, /^[\d-]+$/.test(period) ? 'REFERENCE_NOT_FOUND' : 'INVALID_INPUT');
  for (const unit of ['', 'no-such-unit', 'billion-vnd', 'hectare']) add(`result unit "${unit}"`, RECORD, { ...base, unit }, unit === 'no-such-unit' ? 'REFERENCE_NOT_FOUND' : 'INVALID_INPUT');
  for (const plan of ['tinh-thu-ktxh-2024', 'no-such-plan', 'Bac Kan']) add(`result plan "${plan}"`, RECORD, { ...base, plan }, plan === 'no-such-plan' ? 'REFERENCE_NOT_FOUND' : 'INVALID_INPUT');
  for (const value of ['6.5', true, [1], { v: 1 }]) add(`result value ${JSON.stringify(value)}`, RECORD, { ...base, value }, 'INVALID_VARIABLE');
  for (const reliability of ['final', 'CERTAIN', 1]) add(`result reliability ${JSON.stringify(reliability)}`, RECORD, { ...base, reliability }, 'INVALID_VARIABLE');
  for (const measure of ['level', 'TOTAL']) add(`result measure "${measure}"`, RECORD, { ...base, measure }, 'INVALID_VARIABLE');
  for (const bound of ['ABOUT', 'exact']) add(`result bound "${bound}"`, RECORD, { ...base, bound }, 'INVALID_VARIABLE');
  add('result with no figure at all', RECORD, { ...base, value: null }, 'INVALID_INPUT');
  add('result percent of plan without its plan', RECORD, { ...base, percentOfPlan: 99 }, 'INVALID_INPUT');
  add('result rank change as a fraction', RECORD, { ...base, rankChange: 1.5 }, 'INVALID_VARIABLE');
  for (const day of ['2023-02-30', '13/12/2023', 'yesterday']) add(`result reportedOn "${day}"`, RECORD, { ...base, reportedOn: day }, 'INVALID_VARIABLE');
  add('result supersedes an unknown result', RECORD, { ...base, supersedes: unknownResult }, 'REFERENCE_NOT_FOUND');
  add('result supersedes a plan', RECORD, { ...base, supersedes: aPlan }, 'INVALID_ID');
  add('result supersedes a malformed ID', RECORD, { ...base, supersedes: 'not-an-id' }, 'INVALID_ID');
  add('result missing its provenance', RECORD, { ...base, provenance: undefined }, 'INVALID_VARIABLE');
  // Provenance, for results and targets alike.
  for (const [c, input] of [
    [RECORD, base],
    [SET, target],
  ] as const) {
    const noun = c === RECORD ? 'result' : 'target';
    add(`${noun} quote not in the source`, c, { ...input, provenance: { source: SOURCE, quote: 'Tốc độ tăng trưởng kinh tế năm 2023 ước đạt 99%' } }, 'QUOTE_NOT_IN_SOURCE');
    add(`${noun} quote from nowhere`, c, { ...input, provenance: { source: SOURCE, quote: 'Một câu không có trong bài.' } }, 'QUOTE_NOT_IN_SOURCE');
    add(`${noun} quote of another source`, c, { ...input, provenance: { source: 'no-such-source', quote: QUOTE } }, 'REFERENCE_NOT_FOUND');
    add(`${noun} empty quote`, c, { ...input, provenance: { source: SOURCE, quote: '' } }, 'INVALID_INPUT');
    add(`${noun} blank quote`, c, { ...input, provenance: { source: SOURCE, quote: ' \n\t ' } }, 'INVALID_INPUT');
    add(`${noun} over-long quote`, c, { ...input, provenance: { source: SOURCE, quote: 'x'.repeat(5_001) } }, 'INVALID_INPUT');
    add(`${noun} NUL in the quote`, c, { ...input, provenance: { source: SOURCE, quote: `${QUOTE}\u0000` } }, 'INVALID_ARGUMENT');
    add(`${noun} broken surrogate in the quote`, c, { ...input, provenance: { source: SOURCE, quote: `${QUOTE}\uD800` } }, 'INVALID_ARGUMENT');
    add(`${noun} NUL in the source code`, c, { ...input, provenance: { source: `x\u0000`, quote: QUOTE } }, 'INVALID_ARGUMENT');
    add(`${noun} quote as a number`, c, { ...input, provenance: { source: SOURCE, quote: 42 } }, 'INVALID_VARIABLE');
    add(`${noun} unknown provenance field`, c, { ...input, provenance: { source: SOURCE, quote: QUOTE, page: 3 } }, 'INVALID_VARIABLE');
    add(`${noun} unknown input field`, c, { ...input, colour: 'red' }, 'INVALID_VARIABLE');
  }
  // Targets: the rules of ranges, kinds and references.
  add('target range without its maximum', SET, { ...target, comparator: 'RANGE', rangeKind: 'WITHIN' }, 'INVALID_INPUT');
  add('target range upside down', SET, { ...target, comparator: 'RANGE', value: 5, valueMax: 4, rangeKind: 'WITHIN' }, 'INVALID_INPUT');
  add('target range without its kind', SET, { ...target, comparator: 'RANGE', value: 3, valueMax: 4 }, 'INVALID_INPUT');
  add('target maximum without a range', SET, { ...target, valueMax: 9 }, 'INVALID_INPUT');
  add('target range kind without a range', SET, { ...target, rangeKind: 'OR_BETTER' }, 'INVALID_INPUT');
  add('target for another province’s plan', SET, { ...target, plan: 'tinh-thu-ktxh-2024' }, 'INVALID_INPUT');
  add('target for an unknown plan', SET, { ...target, plan: 'no-such-plan' }, 'REFERENCE_NOT_FOUND');
  add('target of another province’s series', SET, { ...target, indicator: 'economic-growth-rate@tinh-thu', plan: 'tinh-thu-ktxh-2024' }, 'FORBIDDEN');
  add('target in a unit of another dimension', SET, { ...target, unit: 'billion-vnd' }, 'INVALID_INPUT');
  add('target of an unknown kind', SET, { ...target, kind: 'DOUBLE' }, 'INVALID_VARIABLE');
  add('target of an unknown comparator', SET, { ...target, comparator: 'ABOUT' }, 'INVALID_VARIABLE');
  add('target value as text', SET, { ...target, value: 'bảy' }, 'INVALID_VARIABLE');
  add('target value infinite', SET, { ...target, value: 1e400 }, 'INVALID_VARIABLE');
  add('target adopted on a date that is not one', SET, { ...target, adoptedOn: '2024-02-31' }, 'INVALID_VARIABLE');
  add('target that exists already', SET, { ...target, period: '2024', kind: 'LEVEL' }, 'DUPLICATE');
  add('target with an over-long reason', SET, { ...target, reason: 'x'.repeat(2_001) }, 'INVALID_INPUT');
  // Updates and retirements: IDs, versions, reasons.
  for (const c of [CASES[1]!, CASES[2]!, CASES[4]!, CASES[5]!, CASES[6]!]) {
    const typename = c.field.endsWith('Result') ? 'Result' : 'Target';
    const extra = c.field === 'adjustTarget' ? { comparator: 'AT_LEAST', value: 6, unit: 'percent', provenance } : {};
    add(`${c.field}: unknown ID`, c, { id: encodeGlobalId(typename, 999_999), version: 1, reason: 'x', ...extra }, 'REFERENCE_NOT_FOUND');
    add(`${c.field}: the ID of a plan`, c, { id: aPlan, version: 1, reason: 'x', ...extra }, 'INVALID_ID');
    add(`${c.field}: a malformed ID`, c, { id: '%%%', version: 1, reason: 'x', ...extra }, 'INVALID_ID');
    add(`${c.field}: no version`, c, { id: encodeGlobalId(typename, 1), reason: 'x', ...extra }, 'INVALID_VARIABLE');
    add(`${c.field}: a version as text`, c, { id: encodeGlobalId(typename, 1), version: 'one', reason: 'x', ...extra }, 'INVALID_VARIABLE');
    add(`${c.field}: a stale version`, c, { id: encodeGlobalId(typename, 1), version: 7, reason: 'x', ...extra }, 'CONFLICT');
    add(`${c.field}: no reason`, c, { id: encodeGlobalId(typename, 1), version: 1, reason: '   ', ...extra }, 'INVALID_INPUT');
    add(`${c.field}: NUL in the reason`, c, { id: encodeGlobalId(typename, 1), version: 1, reason: 'x\u0000', ...extra }, 'INVALID_ARGUMENT');
  }
  add('updateResult: a retired result', CASES[1]!, { id: encodeGlobalId('Result', 1), version: 1, reason: 'x', value: 1 }, 'RETIRED_LATER');
  // Sources.
  const SOURCE_CASE = CASES[7]!;
  const source = { ...SOURCE_CASE.input(), code: 'bao-cao-khac' };
  add('source with a taken code', SOURCE_CASE, { ...source, code: SOURCE }, 'DUPLICATE');
  add('source with a code that is not one', SOURCE_CASE, { ...source, code: 'Báo cáo 1' }, 'INVALID_INPUT');
  add('source marked SYNTHETIC', SOURCE_CASE, { ...source, kind: 'SYNTHETIC' }, 'INVALID_INPUT');
  add('source published on a day that is not one', SOURCE_CASE, { ...source, publishedOn: '2024-02-30' }, 'INVALID_INPUT');
  add('source without text', SOURCE_CASE, { ...source, text: '  ' }, 'INVALID_INPUT');
  add('source with a URL that is not one', SOURCE_CASE, { ...source, url: 'www' }, 'INVALID_INPUT');
  add('source with an unknown publisher', SOURCE_CASE, { ...source, publisher: 'no-such-agency' }, 'REFERENCE_NOT_FOUND');
  add('source title with spaces around it', SOURCE_CASE, { ...source, title: ' Báo cáo ' }, 'INVALID_INPUT');

  it('there are more than a hundred', () => {
    expect(badInputs.length).toBeGreaterThan(100);
  });

  it.each(badInputs.filter(([, , , code]) => code !== 'RETIRED_LATER'))('%s', async (_what, c, input, code) => {
    const before = await version();
    const sent = await send(c.query, { input }, tokens.editor);
    expect(outcomeOf(sent.body, c.field), JSON.stringify(sent.body).slice(0, 600)).toBe(code);
    const message: string = sent.body.errors?.length ? sent.body.errors[0].message : sent.body.data[c.field].message;
    expect(message.length, message).toBeGreaterThan(20);
    expect(await version(), 'something was written').toBe(before);
  });

  it('a retired record cannot be changed: RECORD_RETIRED', async () => {
    const recorded = await send(RECORD.query, { input: { ...base, period: '2022', measure: 'LEVEL', provenance: { source: SOURCE, quote: 'Chiều 13/12' } } }, tokens.editor);
    const { id } = recorded.body.data.recordResult.result;
    await send(CASES[2]!.query, { input: { id, version: 1, reason: 'x' } }, tokens.editor);
    const before = await version();
    const sent = await send(CASES[1]!.query, { input: { id, version: 2, reason: 'x', value: 1 } }, tokens.editor);
    expect(outcomeOf(sent.body, 'updateResult')).toBe('RECORD_RETIRED');
    expect(await version()).toBe(before);
  });
});

describe('concurrent writers', () => {
  it('20 writers incrementing one target at once, each retrying on CONFLICT: no update is lost, none deadlocks', async () => {
    const set = await send(CASES[3]!.query, { input: { ...CASES[3]!.input(), period: '2022', value: 0 } }, tokens.editor);
    const { id } = set.body.data.setTarget.target;
    expect(id, JSON.stringify(set.body)).toBeTruthy();
    const READ = `query($id: ID!) { node(id: $id) { ... on Target { version value } } }`;
    const conflicts: number[] = [];
    await Promise.all(
      Array.from({ length: 20 }, async (_, writer) => {
        for (let attempt = 0; attempt < 100; attempt++) {
          const { node } = (await send(READ, { id })).body.data;
          const sent = await send(CASES[4]!.query, { input: { id, version: node.version, value: node.value + 1, reason: `writer ${writer}` } }, tokens.editor);
          const outcome = outcomeOf(sent.body, 'updateTarget');
          if (outcome === 'TargetWrite') return;
          expect(outcome).toBe('CONFLICT');
          conflicts.push(writer);
        }
        throw new Error(`writer ${writer} never got through`);
      }),
    );
    const final = (await send(`query($id: ID!) { node(id: $id) { ... on Target { version value history(first: 50) { edges { node { id } } } } } }`, { id })).body;
    expect(final.errors, JSON.stringify(final.errors)).toBeUndefined();
    const { node } = final.data;
    expect(node.value).toBe(20);
    expect(node.version).toBe(21);
    expect(node.history.edges).toHaveLength(21);
    // The writers did collide: the version check, not luck, kept every update.
    expect(conflicts.length).toBeGreaterThan(0);
  });
});
