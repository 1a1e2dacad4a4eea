import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../src/auth/tokens.ts';
import { readDataVersion } from '../src/data-version.ts';
import { createTestHub, dataOf, type TestHub } from '../src/testing/hub.ts';

// A new province's plan data written through the API alone, from the definition to who is
// responsible: a plan, a series, a target, a result, a solution linked to the indicator,
// an agency assigned; then what an editor of another province, or a reference across
// provinces, is refused. Each refusal changes nothing.

let hub: TestHub;
let admin: string;
let editor: string;
let bacKanEditor: string;
const TEXT =
  'Năm 2025, tỉnh phấn đấu tỷ lệ che phủ rừng đạt 60%. Giao Sở Nông nghiệp chủ trì trồng rừng. Năm 2025 tỷ lệ che phủ rừng đạt 59,5%. ' +
  'Đồng chí Trần Văn Bình, Giám đốc Sở Tài chính, báo cáo. Hội nghị tổng kết năm 2024 diễn ra ngày 20/12/2024. Có 10/12 chỉ tiêu đạt và vượt kế hoạch.';

beforeAll(async () => {
  hub = await createTestHub();
  const { prisma } = hub.writer();
  // Areas and agencies are the admins' reference data (still written by the seed).
  const area = await prisma.area.create({ data: { key: 'tinh-moi', level: 'PROVINCE', nameVi: 'Tỉnh Mới' } });
  await prisma.agency.create({ data: { key: 'so-nn-tinh-moi', kind: 'DEPARTMENT', level: 'PROVINCE', nameVi: 'Sở Nông nghiệp Tỉnh Mới', areaId: area.id } });
  const issue = async (name: string, role: 'EDITOR' | 'ADMIN', areas: string[]) => (await issueToken(prisma, { name, role, areas, expiresAt: null, createdBy: 'test' })).secret;
  admin = await issue('Quản trị', 'ADMIN', []);
  editor = await issue('Sở KH&ĐT Tỉnh Mới', 'EDITOR', ['tinh-moi']);
  bacKanEditor = await issue('Sở KH&ĐT Bắc Kạn', 'EDITOR', ['bac-kan']);
});
afterAll(() => hub?.close());

async function write(field: string, input: string, success: string, selection: string, variables: object, token: string) {
  const response = await hub.yoga.fetch('http://planhub.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: `mutation($input: ${input}!) { ${field}(input: $input) { __typename ... on ${success} { ${selection} change { operation actor } } ... on UserError { code field message } } }`, variables: { input: variables } }),
  });
  const body = (await response.json()) as any;
  if (body.errors?.length) return { code: body.errors[0].extensions.code as string, body };
  const payload = body.data[field];
  return { code: (payload.code ?? payload.__typename) as string, payload, body };
}

const provenance = (quote: string) => ({ source: 'bao-cao-tinh-moi-2025', quote });

describe('a new province, through the API alone', () => {
  it('definition (admin), source, plan, series, target, result, solution, link, assignment (the province’s editor)', async () => {
    const steps: Array<[string, string, string, string, object, string]> = [
      ['createIndicatorDefinition', 'CreateIndicatorDefinitionInput', 'IndicatorDefinitionWrite', 'definition { code }', { code: 'forest-cover-test', nameVi: 'Tỷ lệ che phủ rừng (thử)', sector: 'forestry', direction: 'HIGHER_IS_BETTER', dimension: 'PERCENT' }, admin],
      ['createSource', 'CreateSourceInput', 'SourceWrite', 'source { id }', { code: 'bao-cao-tinh-moi-2025', kind: 'REPORT', title: 'Báo cáo năm 2025', publisherName: 'UBND Tỉnh Mới', publishedOn: '2025-12', language: 'vi', text: TEXT }, editor],
      ['createPlan', 'CreatePlanInput', 'PlanWrite', 'plan { code level }', { code: 'tinh-moi-ktxh-2024', kind: 'ANNUAL_SOCIO_ECONOMIC', area: 'tinh-moi', period: '2024', titleVi: 'Kế hoạch năm 2024' }, editor],
      ['createSeries', 'CreateSeriesInput', 'IndicatorWrite', 'indicator { code }', { definition: 'forest-cover-test', area: 'tinh-moi', unit: 'percent' }, editor],
      ['setTarget', 'SetTargetInput', 'TargetWrite', 'target { id }', { indicator: 'forest-cover-test@tinh-moi', plan: 'tinh-moi-ktxh-2024', period: '2024', kind: 'LEVEL', comparator: 'AT_LEAST', value: 60, unit: 'percent', provenance: provenance('tỉnh phấn đấu tỷ lệ che phủ rừng đạt 60%') }, editor],
      ['recordResult', 'RecordResultInput', 'ResultWrite', 'result { id }', { indicator: 'forest-cover-test@tinh-moi', period: '2024', value: 59.5, unit: 'percent', reliability: 'FINAL', provenance: provenance('tỷ lệ che phủ rừng đạt 59,5%') }, editor],
      ['createSolution', 'CreateSolutionInput', 'SolutionWrite', 'solution { id }', { code: 'tinh-moi-2024-trong-rung', kind: 'SOLUTION', textVi: 'Trồng rừng', plan: 'tinh-moi-ktxh-2024', position: 1, provenance: provenance('Giao Sở Nông nghiệp chủ trì trồng rừng.') }, editor],
      ['linkSolutionToIndicator', 'LinkSolutionInput', 'SolutionLinkWrite', 'link { basis rationale }', { solution: 'tinh-moi-2024-trong-rung', indicator: 'forest-cover-test@tinh-moi', basis: 'EDITORIAL', rationale: 'Trồng rừng nâng tỷ lệ che phủ rừng.' }, editor],
      ['createAssignment', 'CreateAssignmentInput', 'AssignmentWrite', 'assignment { role }', { agency: 'so-nn-tinh-moi', solution: 'tinh-moi-2024-trong-rung', role: 'LEAD', plan: 'tinh-moi-ktxh-2024', provenance: provenance('Giao Sở Nông nghiệp chủ trì') }, editor],
      ['createAgency', 'CreateAgencyInput', 'AgencyWrite', 'agency { code }', { code: 'so-tc-tinh-moi', kind: 'DEPARTMENT', level: 'PROVINCE', nameVi: 'Sở Tài chính Tỉnh Mới', area: 'tinh-moi' }, editor],
      ['createPerson', 'CreatePersonInput', 'PersonWrite', 'person { fullName }', { code: 'tran-van-binh', fullName: 'Trần Văn Bình' }, editor],
      ['createPosition', 'CreatePositionInput', 'PositionWrite', 'position { title }', { person: 'tran-van-binh', agency: 'so-tc-tinh-moi', role: 'HEAD', titleVi: 'Giám đốc Sở Tài chính', attestedOn: '2025-12-20', provenance: provenance('Đồng chí Trần Văn Bình, Giám đốc Sở Tài chính') }, editor],
      ['createEvent', 'CreateEventInput', 'EventWrite', 'event { title }', { code: 'tinh-moi-tong-ket-2024', kind: 'CONFERENCE', titleVi: 'Hội nghị tổng kết năm 2024', date: '2024-12-20', area: 'tinh-moi', plan: 'tinh-moi-ktxh-2024', provenance: provenance('Hội nghị tổng kết năm 2024 diễn ra ngày 20/12/2024') }, editor],
      ['createAssessment', 'CreateAssessmentInput', 'AssessmentWrite', 'assessment { kind count outOf }', { plan: 'tinh-moi-ktxh-2024', kind: 'INDICATORS_MET', count: 10, outOf: 12, statementVi: '10/12 chỉ tiêu đạt và vượt kế hoạch', reliability: 'ESTIMATE', provenance: provenance('Có 10/12 chỉ tiêu đạt và vượt kế hoạch.') }, editor],
    ];
    for (const [field, input, success, selection, variables, token] of steps) {
      const sent = await write(field, input, success, selection, variables, token);
      expect(sent.code, `${field}: ${JSON.stringify(sent.body)}`).toBe(success);
      expect(sent.payload.change.operation).toBe('CREATE');
    }
    const { indicator } = dataOf(
      await hub.exec(`{ indicator(area: "tinh-moi", code: "forest-cover-test") { name
        targets(first: 5) { edges { node { status result { value } } } }
        solutionLinks { basis rationale solution { textVi assignments { role agency { code } } } } } }`),
    ) as any;
    expect(indicator.targets.edges[0].node).toMatchObject({ status: 'NOT_MET', result: { value: 59.5 } });
    expect(indicator.solutionLinks[0]).toMatchObject({ basis: 'EDITORIAL', solution: { textVi: 'Trồng rừng', assignments: [{ role: 'LEAD', agency: { code: 'so-nn-tinh-moi' } }] } });
  });
});

describe('refused, changing nothing', () => {
  const cases: Array<[string, string, string, string, object, () => string, string]> = [
    ['an editor adds to the catalogue', 'createIndicatorDefinition', 'CreateIndicatorDefinitionInput', 'IndicatorDefinitionWrite', { code: 'x-test', nameVi: 'X', sector: 'forestry', direction: 'HIGHER_IS_BETTER', dimension: 'PERCENT' }, () => editor, 'FORBIDDEN'],
    ['another province’s editor makes a plan here', 'createPlan', 'CreatePlanInput', 'PlanWrite', { code: 'tinh-moi-ktxh-2025', kind: 'ANNUAL_SOCIO_ECONOMIC', area: 'tinh-moi', period: '2024', titleVi: 'X' }, () => bacKanEditor, 'FORBIDDEN'],
    ['a plan of an unknown area', 'createPlan', 'CreatePlanInput', 'PlanWrite', { code: 'atlantis-2024', kind: 'ANNUAL_SOCIO_ECONOMIC', area: 'atlantis', period: '2024', titleVi: 'X' }, () => admin, 'REFERENCE_NOT_FOUND'],
    ['a plan implementing another area’s', 'createPlan', 'CreatePlanInput', 'PlanWrite', { code: 'tinh-moi-ktxh-2024-b', kind: 'ANNUAL_SOCIO_ECONOMIC', area: 'tinh-moi', period: '2024', titleVi: 'X', parent: 'bac-kan-ktxh-2024' }, () => editor, 'INVALID_INPUT'],
    ['a taken plan code', 'createPlan', 'CreatePlanInput', 'PlanWrite', { code: 'bac-kan-ktxh-2024', kind: 'ANNUAL_SOCIO_ECONOMIC', area: 'tinh-moi', period: '2024', titleVi: 'X' }, () => editor, 'DUPLICATE'],
    ['a series in a unit of another dimension', 'createSeries', 'CreateSeriesInput', 'IndicatorWrite', { definition: 'economic-growth-rate', area: 'tinh-moi', unit: 'hectare' }, () => editor, 'INVALID_INPUT'],
    ['a series the area has', 'createSeries', 'CreateSeriesInput', 'IndicatorWrite', { definition: 'forest-cover-test', area: 'tinh-moi', unit: 'percent' }, () => editor, 'DUPLICATE'],
    ['a definition of a dimension no unit has', 'createIndicatorDefinition', 'CreateIndicatorDefinitionInput', 'IndicatorDefinitionWrite', { code: 'y-test', nameVi: 'Y', sector: 'forestry', direction: 'HIGHER_IS_BETTER', dimension: 'LIGHT_YEARS' }, () => admin, 'INVALID_INPUT'],
    ['a solution quoted from nowhere in its source', 'createSolution', 'CreateSolutionInput', 'SolutionWrite', { code: 'tinh-moi-x', kind: 'SOLUTION', textVi: 'X', plan: 'tinh-moi-ktxh-2024', position: 2, provenance: provenance('Một câu khác.') }, () => editor, 'QUOTE_NOT_IN_SOURCE'],
    ['a solution for another province’s plan', 'createSolution', 'CreateSolutionInput', 'SolutionWrite', { code: 'tinh-moi-y', kind: 'SOLUTION', textVi: 'X', plan: 'bac-kan-ktxh-2024', position: 2, provenance: provenance('Trồng rừng') }, () => editor, 'FORBIDDEN'],
    ['a solution set out at an unknown event', 'createSolution', 'CreateSolutionInput', 'SolutionWrite', { code: 'tinh-moi-e', kind: 'SOLUTION', textVi: 'X', plan: 'tinh-moi-ktxh-2024', position: 2, event: 'hoi-nghi-khong-co', provenance: provenance('Trồng rừng') }, () => editor, 'REFERENCE_NOT_FOUND'],
    ['a solution set out at another province’s event (even by an admin)', 'createSolution', 'CreateSolutionInput', 'SolutionWrite', { code: 'tinh-moi-f', kind: 'SOLUTION', textVi: 'X', plan: 'tinh-moi-ktxh-2024', position: 2, event: 'bac-kan-2023-12-13-hoi-nghi-ktxh-2024', provenance: provenance('Trồng rừng') }, () => admin, 'INVALID_INPUT'],
    ['a directive issued by nobody known', 'createSolution', 'CreateSolutionInput', 'SolutionWrite', { code: 'tinh-moi-g', kind: 'DIRECTIVE', textVi: 'X', plan: 'tinh-moi-ktxh-2024', position: 2, issuedBy: 'nobody', provenance: provenance('Trồng rừng') }, () => editor, 'REFERENCE_NOT_FOUND'],
    ['a link across provinces (even by an admin)', 'linkSolutionToIndicator', 'LinkSolutionInput', 'SolutionLinkWrite', { solution: 'bac-kan-2024-solution-1', indicator: 'forest-cover-test@tinh-moi', basis: 'EDITORIAL', rationale: 'X liên quan Y.' }, () => admin, 'INVALID_INPUT'],
    ['a link to another province’s solution', 'linkSolutionToIndicator', 'LinkSolutionInput', 'SolutionLinkWrite', { solution: 'bac-kan-2024-solution-1', indicator: 'forest-cover-test@tinh-moi', basis: 'EDITORIAL', rationale: 'X liên quan Y.' }, () => editor, 'FORBIDDEN'],
    ['an editorial link without a rationale', 'linkSolutionToIndicator', 'LinkSolutionInput', 'SolutionLinkWrite', { solution: 'tinh-moi-2024-trong-rung', indicator: 'forest-cover-test@tinh-moi', basis: 'EDITORIAL', rationale: '' }, () => editor, 'INVALID_INPUT'],
    ['an assignment of another province’s agency (even by an admin)', 'createAssignment', 'CreateAssignmentInput', 'AssignmentWrite', { agency: 'ubnd-bac-kan', solution: 'tinh-moi-2024-trong-rung', role: 'LEAD', plan: 'tinh-moi-ktxh-2024', provenance: provenance('Giao Sở Nông nghiệp chủ trì') }, () => admin, 'INVALID_INPUT'],
    ['an assignment by another province’s editor', 'createAssignment', 'CreateAssignmentInput', 'AssignmentWrite', { agency: 'so-nn-tinh-moi', solution: 'tinh-moi-2024-trong-rung', role: 'LEAD', plan: 'tinh-moi-ktxh-2024', provenance: provenance('Giao Sở Nông nghiệp chủ trì') }, () => bacKanEditor, 'FORBIDDEN'],
    ['an assignment for both a solution and an indicator', 'createAssignment', 'CreateAssignmentInput', 'AssignmentWrite', { agency: 'so-nn-tinh-moi', solution: 'tinh-moi-2024-trong-rung', indicator: 'forest-cover-test@tinh-moi', role: 'LEAD', plan: 'tinh-moi-ktxh-2024', provenance: provenance('Giao Sở Nông nghiệp chủ trì') }, () => editor, 'INVALID_INPUT'],
    ['an agency of another province, by its editor', 'createAgency', 'CreateAgencyInput', 'AgencyWrite', { code: 'so-x-tinh-moi', kind: 'DEPARTMENT', level: 'PROVINCE', nameVi: 'X', area: 'tinh-moi' }, () => bacKanEditor, 'FORBIDDEN'],
    ['an agency under another province’s agency', 'createAgency', 'CreateAgencyInput', 'AgencyWrite', { code: 'so-y-tinh-moi', kind: 'DEPARTMENT', level: 'PROVINCE', nameVi: 'Y', area: 'tinh-moi', parent: 'ubnd-bac-kan' }, () => admin, 'INVALID_INPUT'],
    ['an agency valid until before it began', 'createAgency', 'CreateAgencyInput', 'AgencyWrite', { code: 'so-z-tinh-moi', kind: 'DEPARTMENT', level: 'PROVINCE', nameVi: 'Z', area: 'tinh-moi', validFrom: '2025-01-01', validTo: '2024-01-01' }, () => editor, 'INVALID_INPUT'],
    ['a person with a taken code', 'createPerson', 'CreatePersonInput', 'PersonWrite', { code: 'tran-van-binh', fullName: 'Trần Văn Bình' }, () => editor, 'DUPLICATE'],
    ['an office in another province’s agency', 'createPosition', 'CreatePositionInput', 'PositionWrite', { person: 'tran-van-binh', agency: 'ubnd-bac-kan', role: 'MEMBER', titleVi: 'X', attestedOn: '2025-12-20', provenance: provenance('Đồng chí Trần Văn Bình') }, () => editor, 'FORBIDDEN'],
    ['an office ending before it began', 'createPosition', 'CreatePositionInput', 'PositionWrite', { person: 'tran-van-binh', agency: 'so-tc-tinh-moi', role: 'MEMBER', titleVi: 'X', startDate: '2025-01-01', endDate: '2024-01-01', attestedOn: '2025-12-20', provenance: provenance('Đồng chí Trần Văn Bình') }, () => editor, 'INVALID_INPUT'],
    ['an office of nobody', 'createPosition', 'CreatePositionInput', 'PositionWrite', { person: 'nobody', agency: 'so-tc-tinh-moi', role: 'MEMBER', titleVi: 'X', attestedOn: '2025-12-20', provenance: provenance('Đồng chí Trần Văn Bình') }, () => editor, 'REFERENCE_NOT_FOUND'],
    ['an event about another province’s plan', 'createEvent', 'CreateEventInput', 'EventWrite', { code: 'tinh-moi-x', kind: 'CONFERENCE', titleVi: 'X', date: '2024-12-20', area: 'tinh-moi', plan: 'bac-kan-ktxh-2024', provenance: provenance('Hội nghị tổng kết') }, () => admin, 'INVALID_INPUT'],
    ['an assessment counting more than it is out of', 'createAssessment', 'CreateAssessmentInput', 'AssessmentWrite', { plan: 'tinh-moi-ktxh-2024', kind: 'INDICATORS_MET', count: 13, outOf: 12, statementVi: 'X', reliability: 'ESTIMATE', provenance: provenance('Có 10/12 chỉ tiêu') }, () => editor, 'INVALID_INPUT'],
    ['an assessment without its count', 'createAssessment', 'CreateAssessmentInput', 'AssessmentWrite', { plan: 'tinh-moi-ktxh-2024', kind: 'INDICATORS_MET', statementVi: 'X', reliability: 'ESTIMATE', provenance: provenance('Có 10/12 chỉ tiêu') }, () => editor, 'INVALID_INPUT'],
    ['an assessment of another province’s plan', 'createAssessment', 'CreateAssessmentInput', 'AssessmentWrite', { plan: 'bac-kan-ktxh-2024', kind: 'QUALITATIVE', statementVi: 'X', reliability: 'ESTIMATE', provenance: provenance('Có 10/12 chỉ tiêu') }, () => editor, 'FORBIDDEN'],
    ['an assignment within neither a plan nor a period', 'createAssignment', 'CreateAssignmentInput', 'AssignmentWrite', { agency: 'so-nn-tinh-moi', solution: 'tinh-moi-2024-trong-rung', role: 'LEAD', provenance: provenance('Giao Sở Nông nghiệp chủ trì') }, () => editor, 'INVALID_INPUT'],
  ];
  it.each(cases)('%s', async (_what, field, input, success, variables, token, code) => {
    const before = await readDataVersion(hub.db.prisma);
    const sent = await write(field, input, success, '__typename', variables, token());
    expect(sent.code, JSON.stringify(sent.body).slice(0, 500)).toBe(code);
    expect(await readDataVersion(hub.db.prisma)).toBe(before);
  });
});

describe('corrections and retirements', () => {
  const node = async (id: string, selection: string) => ((dataOf(await hub.exec(`query($id: ID!) { node(id: $id) { ... on ${selection} } }`, { id })) as any).node);

  it('a plan’s title is corrected, naming the version read; a stale version is CONFLICT', async () => {
    const { plan } = dataOf(await hub.exec('{ plan(code: "tinh-moi-ktxh-2024") { id version } }')) as any;
    const fixed = await write('updatePlan', 'UpdatePlanInput', 'PlanWrite', 'plan { title version }', { id: plan.id, version: plan.version, titleVi: 'Kế hoạch phát triển kinh tế - xã hội năm 2024', reason: 'Tên đầy đủ' }, editor);
    expect(fixed.payload).toMatchObject({ plan: { version: plan.version + 1 }, change: { operation: 'UPDATE' } });
    const before = await readDataVersion(hub.db.prisma);
    const stale = await write('updatePlan', 'UpdatePlanInput', 'PlanWrite', 'plan { id }', { id: plan.id, version: plan.version, titleVi: 'X', reason: 'x' }, editor);
    expect(stale.code).toBe('CONFLICT');
    expect(await readDataVersion(hub.db.prisma)).toBe(before);
    expect((await write('updatePlan', 'UpdatePlanInput', 'PlanWrite', 'plan { id }', { id: plan.id, version: plan.version + 1, titleVi: 'X', reason: 'x' }, bacKanEditor)).code).toBe('FORBIDDEN');
  });

  it('a solution corrected, unlinked and retired, its assignment retired: each leaves its lists and stays readable', async () => {
    const { plan } = dataOf(await hub.exec('{ plan(code: "tinh-moi-ktxh-2024") { solutions(first: 5) { totalCount edges { node { id version assignments { id version } } } } } }')) as any;
    expect(plan.solutions.totalCount).toBe(1);
    const solution = plan.solutions.edges[0].node;
    const corrected = await write('updateSolution', 'UpdateSolutionInput', 'SolutionWrite', 'solution { textVi version }', { id: solution.id, version: solution.version, textVi: 'Trồng rừng mới', reason: 'Sửa chữ' }, editor);
    expect(corrected.payload.solution).toMatchObject({ textVi: 'Trồng rừng mới', version: 2 });
    const assignment = solution.assignments[0];
    expect((await write('retireAssignment', 'RetireAssignmentInput', 'AssignmentWrite', 'assignment { retiredAt }', { id: assignment.id, version: assignment.version, reason: 'Chuyển giao' }, editor)).code).toBe('AssignmentWrite');
    expect((await node(solution.id, 'Solution { assignments { id } }')).assignments).toEqual([]);
    expect((await node(assignment.id, 'Assignment { retiredAt }')).retiredAt).not.toBeNull();
    const unlinked = await write('unlinkSolutionFromIndicator', 'UnlinkSolutionInput', 'SolutionLinkWrite', 'link { retiredAt }', { solution: 'tinh-moi-2024-trong-rung', indicator: 'forest-cover-test@tinh-moi', version: 1, reason: 'Không liên quan trực tiếp' }, editor);
    expect(unlinked.payload.link.retiredAt).not.toBeNull();
    const { indicator } = dataOf(await hub.exec('{ indicator(area: "tinh-moi", code: "forest-cover-test") { solutionLinks { basis } } }')) as any;
    expect(indicator.solutionLinks).toEqual([]);
    expect((await write('retireSolution', 'RetireSolutionInput', 'SolutionWrite', 'solution { retiredAt }', { id: solution.id, version: 1, reason: 'x' }, editor)).code).toBe('CONFLICT');
    expect((await write('retireSolution', 'RetireSolutionInput', 'SolutionWrite', 'solution { retiredAt }', { id: solution.id, version: 2, reason: 'x' }, bacKanEditor)).code).toBe('FORBIDDEN');
    const retired = await write('retireSolution', 'RetireSolutionInput', 'SolutionWrite', 'solution { retiredAt }', { id: solution.id, version: 2, reason: 'Gộp vào giải pháp khác' }, editor);
    expect(retired.payload.solution.retiredAt).not.toBeNull();
    const after = dataOf(await hub.exec('{ plan(code: "tinh-moi-ktxh-2024") { solutions(first: 5) { totalCount } } search(text: "trong rung moi", first: 5) { totalCount } }')) as any;
    expect(after.plan.solutions.totalCount).toBe(0);
    expect(after.search.totalCount).toBe(0);
    expect((await node(solution.id, 'Solution { retiredAt }')).retiredAt).not.toBeNull();
    expect((await write('updateSolution', 'UpdateSolutionInput', 'SolutionWrite', 'solution { id }', { id: solution.id, version: 3, textVi: 'X', reason: 'x' }, editor)).code).toBe('RECORD_RETIRED');
    const { changes } = dataOf(await hub.exec(`query($id: ID!) { changes(filter: { record: $id }, first: 10) { edges { node { operation reason } } } }`, { id: solution.id })) as any;
    expect(changes.edges.map((e: any) => e.node.operation)).toEqual(['CREATE', 'UPDATE', 'RETIRE']);
  });
});

describe('retiring an assessment, an office, an event', () => {
  const RETIRE = `mutation($input: RetireRecordInput!) { retireRecord(input: $input) { __typename ... on RecordRetired { change { operation recordType after } } ... on UserError { code field message } } }`;
  async function retire(id: string, version: number, token: string) {
    const response = await hub.yoga.fetch('http://planhub.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: RETIRE, variables: { input: { id, version, reason: 'Nhập nhầm' } } }),
    });
    const body = (await response.json()) as any;
    return body.errors?.length ? { code: body.errors[0].extensions.code as string, message: body.errors[0].message as string } : { code: (body.data.retireRecord.code ?? body.data.retireRecord.__typename) as string, payload: body.data.retireRecord };
  }

  it('each leaves its lists and stays readable; a national office only an admin retires', async () => {
    const read = dataOf(
      await hub.exec(`{ plan(code: "tinh-moi-ktxh-2024") { summary { statedAssessments { id version } } }
        events(first: 50) { totalCount edges { node { id version area { code } } } } }`),
    ) as any;
    const assessment = read.plan.summary.statedAssessments[0];
    const event = read.events.edges.find((e: any) => e.node.area.code === 'tinh-moi').node;
    const office = await hub.writer().prisma.position.findFirstOrThrow({ where: { agency: { key: 'bch-tw-dang' } } });
    const national = { id: encodeGlobalIdOf('Position', office.id), version: office.version };
    expect((await retire(assessment.id, assessment.version, bacKanEditor)).code).toBe('FORBIDDEN');
    expect((await retire(assessment.id, assessment.version, editor)).code).toBe('RecordRetired');
    expect((await retire(event.id, event.version + 1, editor)).code).toBe('CONFLICT');
    expect((await retire(event.id, event.version, editor)).code).toBe('RecordRetired');
    const before = await readDataVersion(hub.db.prisma);
    const refused = await retire(national.id, national.version, editor);
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/national/) });
    expect(await readDataVersion(hub.db.prisma)).toBe(before);
    expect((await retire(national.id, national.version, admin)).code).toBe('RecordRetired');
    expect((await retire(encodeGlobalIdOf('Target', 1), 1, admin)).code).toBe('INVALID_ID');
    const after = dataOf(
      await hub.exec(`query($office: ID!) { plan(code: "tinh-moi-ktxh-2024") { summary { statedAssessments { id } } } events(first: 50) { totalCount }
        office: node(id: $office) { ... on Position { retiredAt agency { officeHolders { id } } } } }`, { office: national.id }),
    ) as any;
    expect(after.plan.summary.statedAssessments).toEqual([]);
    expect(after.events.totalCount).toBe(read.events.totalCount - 1);
    expect(after.office.retiredAt).not.toBeNull();
    expect(after.office.agency.officeHolders.map((p: any) => p.id)).not.toContain(national.id);
    const { node } = dataOf(await hub.exec(`query($id: ID!) { node(id: $id) { ... on Event { retiredAt } } }`, { id: event.id })) as any;
    expect(node.retiredAt).not.toBeNull();
  });
});

const encodeGlobalIdOf = (typename: string, id: number) => Buffer.from(`${typename}:${id}`).toString('base64');

describe('corrections of what facts hang on', () => {
  const dbId = async (model: 'indicator' | 'indicatorDefinition' | 'agency' | 'person' | 'source', where: object, typename: string) => {
    const row = await (hub.writer().prisma[model] as any).findFirstOrThrow({ where });
    return { id: encodeGlobalIdOf(typename, row.id), version: row.version as number };
  };

  it('a series’ unit, a definition, an agency, a person, a source: each by who may, each naming its version', async () => {
    const series = await dbId('indicator', { definition: { key: 'forest-cover-test' }, area: { key: 'tinh-moi' } }, 'Indicator');
    expect((await write('updateSeries', 'UpdateSeriesInput', 'IndicatorWrite', 'indicator { version }', { ...series, unit: 'hectare', reason: 'x' }, editor)).code).toBe('INVALID_INPUT');
    expect((await write('updateSeries', 'UpdateSeriesInput', 'IndicatorWrite', 'indicator { version }', { ...series, unit: 'percentage-point', reason: 'x' }, bacKanEditor)).code).toBe('FORBIDDEN');

    const definition = await dbId('indicatorDefinition', { key: 'forest-cover-test' }, 'IndicatorDefinition');
    expect((await write('updateIndicatorDefinition', 'UpdateIndicatorDefinitionInput', 'IndicatorDefinitionWrite', 'definition { name }', { ...definition, nameVi: 'X', reason: 'x' }, editor)).code).toBe('FORBIDDEN');
    const renamed = await write('updateIndicatorDefinition', 'UpdateIndicatorDefinitionInput', 'IndicatorDefinitionWrite', 'definition { name version }', { ...definition, nameVi: 'Tỷ lệ che phủ rừng', reason: 'Tên chuẩn' }, admin);
    expect(renamed.payload.definition).toMatchObject({ name: 'Tỷ lệ che phủ rừng', version: definition.version + 1 });
    // Its series read the new name at once (reference data follows the data version).
    const { indicator } = dataOf(await hub.exec('{ indicator(area: "tinh-moi", code: "forest-cover-test") { name } }')) as any;
    expect(indicator.name).toBe('Tỷ lệ che phủ rừng');

    const agency = await dbId('agency', { key: 'so-tc-tinh-moi' }, 'Agency');
    expect((await write('updateAgency', 'UpdateAgencyInput', 'AgencyWrite', 'agency { name }', { ...agency, parent: 'ubnd-bac-kan', reason: 'x' }, editor)).code).toBe('FORBIDDEN');
    expect((await write('updateAgency', 'UpdateAgencyInput', 'AgencyWrite', 'agency { name }', { ...agency, parent: 'ubnd-bac-kan', reason: 'x' }, admin)).code).toBe('INVALID_INPUT');
    expect((await write('updateAgency', 'UpdateAgencyInput', 'AgencyWrite', 'agency { name }', { ...agency, abbreviation: 'STC', reason: 'Viết tắt' }, editor)).code).toBe('AgencyWrite');
    expect((await write('updateAgency', 'UpdateAgencyInput', 'AgencyWrite', 'agency { name }', { ...agency, abbreviation: 'X', reason: 'x' }, editor)).code).toBe('CONFLICT');
    const national = await dbId('agency', { key: 'bch-tw-dang' }, 'Agency');
    expect((await write('updateAgency', 'UpdateAgencyInput', 'AgencyWrite', 'agency { name }', { ...national, nameEn: 'X', reason: 'x' }, editor)).code).toBe('FORBIDDEN');

    const person = await dbId('person', { key: 'tran-van-binh' }, 'Person');
    expect((await write('updatePerson', 'UpdatePersonInput', 'PersonWrite', 'person { fullName }', { ...person, fullName: 'Trần Văn Bính', reason: 'x' }, editor)).code).toBe('FORBIDDEN');
    expect((await write('updatePerson', 'UpdatePersonInput', 'PersonWrite', 'person { fullName }', { ...person, fullName: ' Trần ', reason: 'x' }, admin)).code).toBe('INVALID_INPUT');

    const source = await dbId('source', { key: 'bao-cao-tinh-moi-2025' }, 'Source');
    const retitled = await write('updateSource', 'UpdateSourceInput', 'SourceWrite', 'source { title text }', { ...source, title: 'Báo cáo tình hình kinh tế - xã hội năm 2025', documentNumber: '123/BC-UBND', reason: 'Tên đầy đủ' }, admin);
    expect(retitled.payload.source).toMatchObject({ title: 'Báo cáo tình hình kinh tế - xã hội năm 2025', text: TEXT });
    expect((await write('updateSource', 'UpdateSourceInput', 'SourceWrite', 'source { title }', { ...source, version: source.version + 1, publishedOn: '2025-13', reason: 'x' }, admin)).code).toBe('INVALID_INPUT');
    expect((await write('updateSource', 'UpdateSourceInput', 'SourceWrite', 'source { title }', { ...source, title: 'X', reason: 'x' }, editor)).code).toBe('FORBIDDEN');
  });
});

describe('a directive with the event that set it out and who issued it', () => {
  it('names both by code, and reads them back', async () => {
    const sent = await write(
      'createSolution',
      'CreateSolutionInput',
      'SolutionWrite',
      'solution { kind event { title } issuedBy { fullName } }',
      {
        code: 'bac-kan-2024-directive-test',
        kind: 'DIRECTIVE',
        textVi: 'Triển khai kế hoạch năm 2024',
        plan: 'bac-kan-ktxh-2024',
        position: 99,
        event: 'bac-kan-2023-12-13-hoi-nghi-ktxh-2024',
        issuedBy: 'hoang-duy-chinh',
        provenance: { source: 'bbk-2023-12-13-hoi-nghi-ktxh-2024', quote: 'Chiều 13/12, UBND tỉnh tổ chức Hội nghị trực tuyến toàn tỉnh' },
      },
      bacKanEditor,
    );
    expect(sent.code, JSON.stringify(sent.body)).toBe('SolutionWrite');
    expect(sent.payload.solution).toMatchObject({ kind: 'DIRECTIVE', event: { title: expect.stringMatching(/^Hội nghị trực tuyến/) }, issuedBy: { fullName: expect.stringMatching(/Chinh$/) } });
  });
});
