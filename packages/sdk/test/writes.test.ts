import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '@planhub/server/auth/tokens';
import { createClient, PlanHubError, type PlanHubClient } from '../src/client.ts';
import { ChangesOfAreaDocument } from '../src/generated/graphql.ts';
import { subscribe } from '../src/subscribe.ts';
import { downloadExport, exportUrl } from '../src/files.ts';
import {
  adjustTarget,
  createAgency,
  createAssessment,
  createAssignment,
  createEvent,
  createIndicatorDefinition,
  createPerson,
  createPlan,
  createPosition,
  retireRecord,
  updateAgency,
  updateAssessment,
  updateEvent,
  updateIndicatorDefinition,
  updatePerson,
  updatePosition,
  updateSeries,
  updateSource,
  createSolution,
  createSource,
  linkSolutionToIndicator,
  recordResult,
  retireAssignment,
  retireResult,
  retireSolution,
  unlinkSolutionFromIndicator,
  updatePlan,
  updateResult,
  updateSolution,
} from '../src/writes.ts';
import { startPlanHub } from './harness.ts';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

// The SDK's write methods and its subscribe helper against the real server, over real
// HTTP: what was written, or the typed error, never an exception for a mistake; an
// exception for missing credentials; live changes as an async iterator.

let hub: Awaited<ReturnType<typeof startPlanHub>>;
let editor: PlanHubClient;
let token: string;
beforeAll(async () => {
  hub = await startPlanHub();
  token = (await issueToken(hub.db.prisma, { name: 'Sở KH&ĐT Bắc Kạn', role: 'EDITOR', areas: ['bac-kan'], expiresAt: null, createdBy: 'test' })).secret;
  editor = createClient({ url: hub.url, token });
});
afterAll(() => hub?.close());

const SOURCE = 'nien-giam-2023';
// Typed ad-hoc reads for the versions the corrections name (any document works with `request`).
const typed = <R, V>(text: string) => parse(text) as TypedDocumentNode<R, V>;
const SERIES = typed<{ indicator: { id: string; version: number } }, { area: string; code: string }>('query Series($area: String!, $code: String!) { indicator(area: $area, code: $code) { id version } }');
const SOURCE_VERSION = typed<{ sources: { edges: Array<{ node: { id: string; code: string; version: number } }> } }, Record<string, never>>('query SourceVersion { sources(first: 50) { edges { node { id code version } } } }');
const QUOTE = 'Tốc độ tăng trưởng kinh tế năm 2023 đạt 6,5%.';

describe('writes', () => {
  it('register a source, record a figure, correct it, retire it: each resolves to what was written', async () => {
    const source = await createSource(editor, { code: SOURCE, kind: 'STATISTICAL_PUBLICATION', title: 'Niên giám thống kê 2023', publisherName: 'Cục Thống kê', publishedOn: '2024-06', language: 'vi', text: `Niên giám. ${QUOTE}` });
    expect(source.ok).toBe(true);
    const recorded = await recordResult(editor, { indicator: 'economic-growth-rate@bac-kan', period: '2023', value: 6.5, unit: 'percent', reliability: 'FINAL', provenance: { source: SOURCE, quote: QUOTE } });
    if (!recorded.ok) throw new Error(recorded.error.message);
    expect(recorded.data.result).toMatchObject({ version: 1, value: 6.5, isCurrent: true, provenance: { quote: QUOTE } });
    expect(recorded.data.change).toMatchObject({ operation: 'CREATE', actor: 'Sở KH&ĐT Bắc Kạn', actorKind: 'TOKEN' });
    const corrected = await updateResult(editor, { id: recorded.data.result.id, version: 1, value: 6.51, reason: 'Sửa số' });
    expect(corrected.ok && corrected.data.result.version).toBe(2);
    const retired = await retireResult(editor, { id: recorded.data.result.id, version: 2, reason: 'Nhập nhầm' });
    expect(retired.ok && retired.data.result.retiredAt).toBeTruthy();
  });

  it('a mistake resolves to the typed error, with what its kind adds', async () => {
    const wrongQuote = await recordResult(editor, { indicator: 'economic-growth-rate@bac-kan', period: '2022', value: 1, unit: 'percent', reliability: 'FINAL', provenance: { source: SOURCE, quote: 'Tốc độ tăng trưởng kinh tế năm 2023 đạt 9%.' } });
    expect(wrongQuote.ok).toBe(false);
    if (wrongQuote.ok || wrongQuote.error.__typename !== 'QuoteNotInSourceError') throw new Error('expected QUOTE_NOT_IN_SOURCE');
    expect(wrongQuote.error).toMatchObject({ code: 'QUOTE_NOT_IN_SOURCE', field: 'provenance.quote', sourceCode: SOURCE });
    expect(wrongQuote.error.closestMatch?.text).toContain('Tốc độ tăng trưởng kinh tế năm 2023 đạt');
    const stale = await adjustTarget(editor, { id: Buffer.from('Target:1').toString('base64'), version: 99, comparator: 'AT_LEAST', value: 1, unit: 'percent', reason: 'x', provenance: { source: SOURCE, quote: QUOTE } });
    expect(stale.ok).toBe(false);
    if (stale.ok || stale.error.__typename !== 'ConflictError') throw new Error('expected CONFLICT');
    expect(stale.error.currentVersion).toBe(1);
  });

  it('a plan, a solution of it linked to an indicator, and who leads it', async () => {
    const plan = await createPlan(editor, { code: 'bac-kan-ktxh-2022', kind: 'ANNUAL_SOCIO_ECONOMIC', area: 'bac-kan', period: '2022', titleVi: 'Kế hoạch năm 2022' });
    expect(plan.ok && plan.data.plan).toMatchObject({ code: 'bac-kan-ktxh-2022', level: 'PROVINCE' });
    const solution = await createSolution(editor, { code: 'bac-kan-2022-thong-ke', kind: 'SOLUTION', textVi: 'Công bố niên giám', plan: 'bac-kan-ktxh-2022', position: 1, provenance: { source: SOURCE, quote: 'Niên giám.' } });
    expect(solution.ok).toBe(true);
    const link = await linkSolutionToIndicator(editor, { solution: 'bac-kan-2022-thong-ke', indicator: 'economic-growth-rate@bac-kan', basis: 'EDITORIAL', rationale: 'Số liệu chính thức đo tăng trưởng.' });
    expect(link.ok && link.data.link).toMatchObject({ basis: 'EDITORIAL' });
    const assignment = await createAssignment(editor, { agency: 'ubnd-bac-kan', solution: 'bac-kan-2022-thong-ke', role: 'LEAD', plan: 'bac-kan-ktxh-2022', provenance: { source: SOURCE, quote: 'Niên giám.' } });
    expect(assignment.ok && assignment.data.assignment.role).toBe('LEAD');
    const again = await createPlan(editor, { code: 'bac-kan-ktxh-2022', kind: 'ANNUAL_SOCIO_ECONOMIC', area: 'bac-kan', period: '2022', titleVi: 'X' });
    expect(!again.ok && again.error.code).toBe('DUPLICATE');
    // Then corrected, unlinked and retired, each naming the version it read.
    if (!plan.ok || !solution.ok || !assignment.ok) throw new Error('setup');
    const renamed = await updatePlan(editor, { id: plan.data.plan.id, version: 1, titleVi: 'Kế hoạch phát triển kinh tế - xã hội năm 2022', reason: 'Tên đầy đủ' });
    expect(renamed.ok && renamed.data.plan.version).toBe(2);
    const corrected = await updateSolution(editor, { id: solution.data.solution.id, version: 1, textVi: 'Công bố niên giám thống kê', reason: 'Rõ hơn' });
    expect(corrected.ok && corrected.data.solution.version).toBe(2);
    const unlinked = await unlinkSolutionFromIndicator(editor, { solution: 'bac-kan-2022-thong-ke', indicator: 'economic-growth-rate@bac-kan', version: 1, reason: 'Không trực tiếp' });
    expect(unlinked.ok && unlinked.data.link.retiredAt).toBeTruthy();
    const unassigned = await retireAssignment(editor, { id: assignment.data.assignment.id, version: 1, reason: 'Chuyển giao' });
    expect(unassigned.ok && unassigned.data.assignment.retiredAt).toBeTruthy();
    const stale = await retireSolution(editor, { id: solution.data.solution.id, version: 1, reason: 'x' });
    expect(!stale.ok && stale.error.code).toBe('CONFLICT');
    const retired = await retireSolution(editor, { id: solution.data.solution.id, version: 2, reason: 'Gộp' });
    expect(retired.ok && retired.data.solution.retiredAt).toBeTruthy();
  });

  it('who is responsible and what is said: an agency, a person, their office, an event, an assessment; each corrected, the office retired', async () => {
    const q = { source: SOURCE, quote: QUOTE };
    const agency = await createAgency(editor, { code: 'cuc-thong-ke-bac-kan', kind: 'DEPARTMENT', level: 'PROVINCE', nameVi: 'Cục Thống kê tỉnh', area: 'bac-kan' });
    const person = await createPerson(editor, { code: 'nguoi-thong-ke', fullName: 'Người Thống Kê' });
    if (!agency.ok || !person.ok) throw new Error('setup');
    const office = await createPosition(editor, { person: 'nguoi-thong-ke', agency: 'cuc-thong-ke-bac-kan', role: 'HEAD', titleVi: 'Cục trưởng', attestedOn: '2024-06-01', provenance: q });
    const event = await createEvent(editor, { code: 'bac-kan-cong-bo-nien-giam', kind: 'CONFERENCE', titleVi: 'Công bố niên giám', date: '2024-06-01', area: 'bac-kan', provenance: q, participants: [{ person: 'nguoi-thong-ke', roleVi: 'công bố', provenance: { source: SOURCE, quote: 'Niên giám.' } }] });
    const assessment = await createAssessment(editor, { plan: 'bac-kan-ktxh-2024', kind: 'QUALITATIVE', statementVi: 'Tăng trưởng khá', reliability: 'FINAL', provenance: q });
    if (!office.ok || !event.ok || !assessment.ok) throw new Error(JSON.stringify([office, event, assessment]));
    expect(event.data.event.participants).toEqual([{ person: { id: person.data.person.id } }]);
    const results = await Promise.all([
      updateAgency(editor, { id: agency.data.agency.id, version: 1, nameEn: 'Provincial Statistics Office', reason: 'Tên tiếng Anh' }),
      updatePosition(editor, { id: office.data.position.id, version: 1, startDate: '2023-01-01', reason: 'Ngày nhận chức' }),
      updateEvent(editor, { id: event.data.event.id, version: 1, titleEn: 'Statistical yearbook release', reason: 'Tên tiếng Anh' }),
      updateAssessment(editor, { id: assessment.data.assessment.id, version: 1, statementEn: 'Good growth', reason: 'Bản dịch' }),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true]);
    // A person is every province's: an editor may not rename one.
    await expect(updatePerson(editor, { id: person.data.person.id, version: 1, fullName: 'X', reason: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const inUse = await retireRecord(editor, { id: agency.data.agency.id, version: 2, reason: 'Giải thể' });
    expect(!inUse.ok && inUse.error.code).toBe('RECORD_IN_USE');
    const retired = await retireRecord(editor, { id: office.data.position.id, version: 2, reason: 'Nghỉ hưu' });
    expect(retired.ok && retired.data.change.operation).toBe('RETIRE');
  });

  it('the catalogue, sources and series: admins correct what every province shares', async () => {
    const adminToken = (await issueToken(hub.db.prisma, { name: 'Quản trị', role: 'ADMIN', areas: [], expiresAt: null, createdBy: 'test' })).secret;
    const admin = createClient({ url: hub.url, token: adminToken });
    const definition = await createIndicatorDefinition(admin, { code: 'statistical-yearbooks', nameVi: 'Số niên giám công bố', sector: 'governance', direction: 'HIGHER_IS_BETTER', dimension: 'COUNT' });
    if (!definition.ok) throw new Error(JSON.stringify(definition.error));
    const renamed = await updateIndicatorDefinition(admin, { id: definition.data.definition.id, version: 1, nameEn: 'Statistical yearbooks published', reason: 'Tên tiếng Anh' });
    expect(renamed.ok && renamed.data.definition.version).toBe(2);
    const { indicator } = await admin.request(SERIES, { area: 'bac-kan', code: 'economic-growth-rate' });
    const unit = await updateSeries(admin, { id: indicator.id, version: indicator.version, unit: 'percent', reason: 'Đơn vị chuẩn' });
    expect(unit.ok && unit.data.indicator.version).toBe(indicator.version + 1);
    const source = await admin.request(SOURCE_VERSION, {});
    const mine = source.sources.edges.find((e) => e.node.code === SOURCE)!.node;
    const retitled = await updateSource(admin, { id: mine.id, version: mine.version, title: 'Niên giám thống kê tỉnh Bắc Kạn 2023', reason: 'Tên đầy đủ' });
    expect(retitled.ok && retitled.data.source.title).toBe('Niên giám thống kê tỉnh Bắc Kạn 2023');
    const refused = await updateSource(editor, { id: mine.id, version: mine.version + 1, title: 'X', reason: 'x' }).catch((e) => e);
    expect(refused).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('without a token, a write rejects with UNAUTHENTICATED', async () => {
    const anonymous = createClient({ url: hub.url });
    const error = await recordResult(anonymous, { indicator: 'economic-growth-rate@bac-kan', period: '2022', value: 1, unit: 'percent', reliability: 'FINAL', provenance: { source: SOURCE, quote: QUOTE } }).catch((e) => e);
    expect(error).toBeInstanceOf(PlanHubError);
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
  });
});

describe('subscribe', () => {
  it('yields each change of the area as it is committed, and closes on break', async () => {
    const stream = subscribe(ChangesOfAreaDocument, { area: 'bac-kan' }, { url: hub.url });
    const first = stream.next();
    // The stream opens on the first `next`; give the server a moment to register it.
    await new Promise((r) => setTimeout(r, 300));
    const recorded = await recordResult(editor, { indicator: 'economic-growth-rate@bac-kan', period: '2022', measure: 'CHANGE', value: 0.1, unit: 'percent', reliability: 'FINAL', provenance: { source: SOURCE, quote: QUOTE } });
    expect(recorded.ok).toBe(true);
    const { value } = await first;
    expect(value!.changes).toMatchObject({ operation: 'CREATE', recordType: 'Result', actor: 'Sở KH&ĐT Bắc Kạn', after: { value: 0.1 } });
    await stream.return(undefined);
  });

  it('a refused subscription rejects with the server’s code', async () => {
    const stream = subscribe(ChangesOfAreaDocument, { area: 'atlantis' }, { url: hub.url });
    await expect(stream.next()).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('files', () => {
  it('exportUrl names the export beside the endpoint; downloadExport streams it, or rejects with the code', async () => {
    const client = createClient({ url: hub.url });
    const url = exportUrl(client, { kind: 'results', format: 'csv', area: 'bac-kan', year: 2023, lang: 'vi' });
    expect(url).toBe(`${new URL(hub.url).origin}/export/results.csv?area=bac-kan&year=2023&lang=vi`);
    const file = await downloadExport(client, { kind: 'results', format: 'csv', area: 'bac-kan', year: 2023, lang: 'vi' });
    expect(file).toMatchObject({ fileName: 'planhub-results-bac-kan-2023.csv', contentType: 'text/csv; charset=utf-8' });
    const text = await new Response(file.body).text();
    expect(text).toContain('economic-growth-rate;bac-kan;2023;LEVEL;EXACT;6,33;percent;ESTIMATE');
    await expect(downloadExport(client, { kind: 'facts', format: 'csv' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', status: 400 });
  });

  it('status and since are sent as the server reads them', async () => {
    const client = createClient({ url: hub.url });
    expect(exportUrl(client, { kind: 'targets', format: 'json', status: ['MET', 'ON_TRACK'] })).toBe(`${new URL(hub.url).origin}/export/targets.json?status=MET%2CON_TRACK`);
    const since = new Date('2024-01-01T00:00:00Z');
    expect(exportUrl(client, { kind: 'changes', format: 'csv', since })).toBe(`${new URL(hub.url).origin}/export/changes.csv?since=2024-01-01T00%3A00%3A00.000Z`);
    const file = await downloadExport(client, { kind: 'targets', format: 'json', plan: 'bac-kan-ktxh-2024', status: ['NO_DATA'] });
    const { targets } = JSON.parse(await new Response(file.body).text());
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((t: { status: string }) => t.status === 'NO_DATA')).toBe(true);
    expect((await downloadExport(client, { kind: 'changes', format: 'json', since })).fileName).toBe('planhub-changes-2024-01-01.json');
  });
});
