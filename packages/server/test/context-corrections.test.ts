import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../src/auth/tokens.ts';
import { readDataVersion } from '../src/data-version.ts';
import { createTestHub, dataOf, type TestHub } from '../src/testing/hub.ts';

// Corrections of assessments, offices and events, and an event's participants: each by an
// editor of the record's area, each naming its version and a reason, each quoted where it
// brings a new passage; what identifies the record stays. Refusals change nothing.

let hub: TestHub;
let editor: string;
let otherEditor: string;
const TEXT =
  'Hội nghị tổng kết năm 2024 diễn ra ngày 20/12/2024. Đồng chí Phạm Văn Nam, Chủ tịch UBND tỉnh, chủ trì hội nghị. Bà Đỗ Thị Lan phát biểu. ' +
  'Có 10/12 chỉ tiêu đạt và vượt kế hoạch. Có 11/12 chỉ tiêu đạt kế hoạch. Ông Phạm Văn Nam giữ chức Chủ tịch UBND tỉnh từ tháng 3/2021.';
const provenance = (quote: string) => ({ source: 'bao-cao-tinh-sua-2024', quote });

beforeAll(async () => {
  hub = await createTestHub();
  const { prisma } = hub.writer();
  const area = await prisma.area.create({ data: { key: 'tinh-sua', level: 'PROVINCE', nameVi: 'Tỉnh Sửa' } });
  await prisma.agency.create({ data: { key: 'ubnd-tinh-sua', kind: 'PEOPLES_COMMITTEE', level: 'PROVINCE', nameVi: 'UBND Tỉnh Sửa', areaId: area.id } });
  const issue = async (name: string, areas: string[]) => (await issueToken(prisma, { name, role: 'EDITOR', areas, expiresAt: null, createdBy: 'test' })).secret;
  editor = await issue('Sở KH&ĐT Tỉnh Sửa', ['tinh-sua']);
  otherEditor = await issue('Sở KH&ĐT Bắc Kạn', ['bac-kan']);
  const steps: Array<[string, string, object]> = [
    ['createSource', 'CreateSourceInput', { code: 'bao-cao-tinh-sua-2024', kind: 'REPORT', title: 'Báo cáo', publisherName: 'UBND Tỉnh Sửa', publishedOn: '2024-12', language: 'vi', text: TEXT }],
    ['createPlan', 'CreatePlanInput', { code: 'tinh-sua-2024', kind: 'ANNUAL_SOCIO_ECONOMIC', area: 'tinh-sua', period: '2024', titleVi: 'Kế hoạch năm 2024' }],
    ['createPerson', 'CreatePersonInput', { code: 'pham-van-nam', fullName: 'Phạm Văn Nam' }],
    ['createPerson', 'CreatePersonInput', { code: 'do-thi-lan', fullName: 'Đỗ Thị Lan' }],
  ];
  for (const [field, input, variables] of steps) expect(String((await write(field, input, '__typename', variables, editor)).__typename)).toMatch(/Write$/);
});
afterAll(() => hub?.close());

async function write(field: string, input: string, selection: string, variables: object, token: string): Promise<any> {
  const response = await hub.yoga.fetch('http://planhub.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: `mutation($input: ${input}!) { ${field}(input: $input) { __typename ${selection} ... on UserError { code field message } } }`, variables: { input: variables } }),
  });
  const body = (await response.json()) as any;
  return body.errors?.length ? { code: body.errors[0].extensions.code } : body.data[field];
}

/** A refusal: its code, and the data version where it was. */
async function refused(field: string, input: string, variables: object, token: string) {
  const before = await readDataVersion(hub.db.prisma);
  const outcome = await write(field, input, '', variables, token);
  expect(await readDataVersion(hub.db.prisma), `${field} refused with ${outcome.code} but wrote`).toBe(before);
  return outcome;
}

describe('an event with its participants, then corrected', () => {
  let event: { id: string; version: number };

  it('created with who took part, each quoted: a change per participant in the same change set', async () => {
    const created = await write(
      'createEvent',
      'CreateEventInput',
      '... on EventWrite { event { id version participants { person { fullName } role } } change { changeSet } }',
      {
        code: 'tinh-sua-tong-ket-2024',
        kind: 'CONFERENCE',
        titleVi: 'Hội nghị tổng kết',
        date: '2024-12-20',
        area: 'tinh-sua',
        plan: 'tinh-sua-2024',
        provenance: provenance('Hội nghị tổng kết năm 2024 diễn ra ngày 20/12/2024.'),
        participants: [{ person: 'pham-van-nam', roleVi: 'chủ trì', roleEn: 'chaired', provenance: provenance('Đồng chí Phạm Văn Nam, Chủ tịch UBND tỉnh, chủ trì hội nghị.') }],
      },
      editor,
    );
    expect(created.__typename).toBe('EventWrite');
    expect(created.event.participants).toEqual([{ person: { fullName: 'Phạm Văn Nam' }, role: expect.any(String) }]);
    const { changes } = dataOf(await hub.exec(`query($set: String!) { changes(filter: { changeSet: $set }, first: 10) { edges { node { recordType operation } } } }`, { set: created.change.changeSet })) as any;
    expect(changes.edges.map((e: any) => e.node.recordType)).toEqual(['Event', 'EventParticipant']);
    event = { id: created.event.id, version: created.event.version };
  });

  it('refused, changing nothing: a participant not in the source, an unknown person, one already taking part, another province’s editor', async () => {
    const base = { code: 'tinh-sua-hop-2', kind: 'CONFERENCE', titleVi: 'Họp', date: '2024-12-21', area: 'tinh-sua', provenance: provenance('Bà Đỗ Thị Lan phát biểu.') };
    expect(await refused('createEvent', 'CreateEventInput', { ...base, participants: [{ person: 'do-thi-lan', roleVi: 'phát biểu', provenance: provenance('Bà Lan chủ trì.') }] }, editor)).toMatchObject({
      code: 'QUOTE_NOT_IN_SOURCE',
      field: 'participants[0].provenance.quote',
    });
    expect(await refused('createEvent', 'CreateEventInput', { ...base, participants: [{ person: 'nobody', roleVi: 'phát biểu', provenance: provenance('Bà Đỗ Thị Lan phát biểu.') }] }, editor)).toMatchObject({
      code: 'REFERENCE_NOT_FOUND',
      field: 'participants[0].person',
    });
    expect(await refused('createEvent', 'CreateEventInput', { ...base, participants: [{ person: 'do-thi-lan', roleVi: '', provenance: provenance('Bà Đỗ Thị Lan phát biểu.') }] }, editor)).toMatchObject({ code: 'INVALID_INPUT' });
    const twice = { person: 'pham-van-nam', roleVi: 'chủ trì', provenance: provenance('Đồng chí Phạm Văn Nam, Chủ tịch UBND tỉnh, chủ trì hội nghị.') };
    expect(await refused('updateEvent', 'UpdateEventInput', { ...event, reason: 'Bổ sung', addParticipants: [twice] }, editor)).toMatchObject({ code: 'DUPLICATE' });
    expect(await refused('updateEvent', 'UpdateEventInput', { ...event, reason: 'Sửa', titleVi: 'X' }, otherEditor)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('updateEvent', 'UpdateEventInput', { ...event, reason: 'Sửa', plan: 'bac-kan-ktxh-2024' }, editor)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('updateEvent', 'UpdateEventInput', { ...event, reason: 'Sửa', titleVi: null }, editor)).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await refused('updateEvent', 'UpdateEventInput', { ...event, reason: ' ', titleVi: 'X' }, editor)).toMatchObject({ code: 'INVALID_INPUT', field: 'reason' });
    expect(await refused('updateEvent', 'UpdateEventInput', { ...event, version: event.version + 1, reason: 'Sửa', titleVi: 'X' }, editor)).toMatchObject({ code: 'CONFLICT' });
  });

  it('corrected: its title and date, the plan cleared, a participant added; the version moves once', async () => {
    const updated = await write(
      'updateEvent',
      'UpdateEventInput',
      '... on EventWrite { event { version title kind plan { code } participants { person { fullName } } } change { operation before after reason } }',
      { ...event, reason: 'Theo biên bản', titleVi: 'Hội nghị tổng kết năm 2024', date: '2024-12-19', plan: null, addParticipants: [{ person: 'do-thi-lan', roleVi: 'phát biểu', provenance: provenance('Bà Đỗ Thị Lan phát biểu.') }] },
      editor,
    );
    expect(updated.__typename).toBe('EventWrite');
    expect(updated.event).toMatchObject({ version: event.version + 1, title: 'Hội nghị tổng kết năm 2024', plan: null });
    expect(updated.event.participants.map((p: any) => p.person.fullName).sort()).toEqual(['Phạm Văn Nam', 'Đỗ Thị Lan']);
    expect(updated.change).toMatchObject({ operation: 'UPDATE', reason: 'Theo biên bản', before: { titleVi: 'Hội nghị tổng kết' }, after: { titleVi: 'Hội nghị tổng kết năm 2024', planId: null } });
  });
});

describe('participants withdrawn', () => {
  it('one recorded wrongly is withdrawn (kept in history), can come back, and an unknown one is REFERENCE_NOT_FOUND', async () => {
    const read = async () => dataOf(await hub.exec(`{ events(first: 10) { edges { node { id version area { code } participants { person { fullName } } } } } }`)) as any;
    const event = (await read()).events.edges.find((e: any) => e.node.area.code === 'tinh-sua').node;
    const record = { id: event.id, version: event.version };
    expect(await refused('updateEvent', 'UpdateEventInput', { ...record, reason: 'Sửa', removeParticipants: ['nobody'] }, editor)).toMatchObject({ code: 'REFERENCE_NOT_FOUND', field: 'removeParticipants[0]' });
    const removed = await write('updateEvent', 'UpdateEventInput', '... on EventWrite { event { version participants { person { fullName } } } change { changeSet } }', { ...record, reason: 'Không dự', removeParticipants: ['do-thi-lan'] }, editor);
    expect(removed.event.participants).toEqual([{ person: { fullName: 'Phạm Văn Nam' } }]);
    const { changes } = dataOf(await hub.exec(`query($set: String!) { changes(filter: { changeSet: $set }, first: 10) { edges { node { recordType operation } } } }`, { set: removed.change.changeSet })) as any;
    expect(changes.edges.map((e: any) => [e.node.recordType, e.node.operation])).toEqual([['Event', 'UPDATE'], ['EventParticipant', 'RETIRE']]);
    const back = await write('updateEvent', 'UpdateEventInput', '... on EventWrite { event { participants { person { fullName } } } }', { id: record.id, version: removed.event.version, reason: 'Có dự', addParticipants: [{ person: 'do-thi-lan', roleVi: 'phát biểu', provenance: provenance('Bà Đỗ Thị Lan phát biểu.') }] }, editor);
    expect(back.event.participants.map((p: any) => p.person.fullName).sort()).toEqual(['Phạm Văn Nam', 'Đỗ Thị Lan']);
  });
});

describe('an assessment and an office, corrected', () => {
  it('an assessment: its count and passage replaced; a kind and passage another assessment has is DUPLICATE', async () => {
    const first = await write('createAssessment', 'CreateAssessmentInput', '... on AssessmentWrite { assessment { id version } }', { plan: 'tinh-sua-2024', kind: 'INDICATORS_MET', count: 10, outOf: 12, statementVi: '10/12 chỉ tiêu đạt', reliability: 'ESTIMATE', provenance: provenance('Có 10/12 chỉ tiêu đạt và vượt kế hoạch.') }, editor);
    const second = await write('createAssessment', 'CreateAssessmentInput', '... on AssessmentWrite { assessment { id version } }', { plan: 'tinh-sua-2024', kind: 'QUALITATIVE', statementVi: 'Đạt kế hoạch', reliability: 'ESTIMATE', provenance: provenance('Có 11/12 chỉ tiêu đạt kế hoạch.') }, editor);
    const a = first.assessment;
    expect(await refused('updateAssessment', 'UpdateAssessmentInput', { ...second.assessment, reason: 'Sửa', kind: 'INDICATORS_MET', count: 10, outOf: 12, provenance: provenance('Có 10/12 chỉ tiêu đạt và vượt kế hoạch.') }, editor)).toMatchObject({ code: 'DUPLICATE' });
    expect(await refused('updateAssessment', 'UpdateAssessmentInput', { ...a, reason: 'Sửa', count: 13 }, editor)).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await refused('updateAssessment', 'UpdateAssessmentInput', { ...a, reason: 'Sửa', count: 11 }, otherEditor)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('updateAssessment', 'UpdateAssessmentInput', { ...a, reason: 'Sửa', provenance: provenance('Có 12/12 chỉ tiêu đạt') }, editor)).toMatchObject({ code: 'QUOTE_NOT_IN_SOURCE' });
    const updated = await write(
      'updateAssessment',
      'UpdateAssessmentInput',
      '... on AssessmentWrite { assessment { version count statement reliability provenance { quote } } }',
      { ...a, reason: 'Số liệu chính thức', count: 11, statementVi: '11/12 chỉ tiêu đạt', reliability: 'FINAL', provenance: provenance('Có 11/12 chỉ tiêu đạt kế hoạch.') },
      editor,
    );
    expect(updated.assessment).toEqual({ version: a.version + 1, count: 11, statement: '11/12 chỉ tiêu đạt', reliability: 'FINAL', provenance: { quote: 'Có 11/12 chỉ tiêu đạt kế hoạch.' } });
  });

  it('an office: its end date and start date set, its person and agency kept', async () => {
    const created = await write('createPosition', 'CreatePositionInput', '... on PositionWrite { position { id version } }', { person: 'pham-van-nam', agency: 'ubnd-tinh-sua', role: 'HEAD', titleVi: 'Chủ tịch UBND tỉnh', attestedOn: '2024-12-20', provenance: provenance('Đồng chí Phạm Văn Nam, Chủ tịch UBND tỉnh') }, editor);
    const office = created.position;
    expect(await refused('updatePosition', 'UpdatePositionInput', { ...office, reason: 'Sửa', startDate: '2025-01-01', endDate: '2024-01-01' }, editor)).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await refused('updatePosition', 'UpdatePositionInput', { ...office, reason: 'Sửa', titleVi: 'X' }, otherEditor)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('updatePosition', 'UpdatePositionInput', { ...office, reason: 'Sửa', person: 'do-thi-lan' }, editor)).toMatchObject({ code: 'INVALID_VARIABLE' });
    const updated = await write(
      'updatePosition',
      'UpdatePositionInput',
      '... on PositionWrite { position { version startDate person { fullName } provenance { quote } } }',
      { ...office, reason: 'Bổ sung ngày nhận chức', startDate: '2021-03-01', provenance: provenance('Ông Phạm Văn Nam giữ chức Chủ tịch UBND tỉnh từ tháng 3/2021.') },
      editor,
    );
    expect(updated.position).toEqual({ version: office.version + 1, startDate: '2021-03-01', person: { fullName: 'Phạm Văn Nam' }, provenance: { quote: 'Ông Phạm Văn Nam giữ chức Chủ tịch UBND tỉnh từ tháng 3/2021.' } });
  });
});
