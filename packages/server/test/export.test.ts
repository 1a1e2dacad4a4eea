import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../src/auth/principal.ts';
import { runImport } from '../src/import/run.ts';
import { createTestHub, dataOf, deleteFacts, type TestHub } from '../src/testing/hub.ts';

// Exports: every list of facts out as CSV, .xlsx and JSON with the API's filters, each
// figure with its unit, period, reliability, source and quote; and the round trip: an
// export imported into a database without those facts reproduces them exactly.

let a: TestHub;
let b: TestHub;
const admin: Principal = { kind: 'TOKEN', name: 'Quản trị', role: 'ADMIN', areas: [], tokenId: null };

beforeAll(async () => {
  [a, b] = await Promise.all([createTestHub(), createTestHub()]);
  // B holds the same reference data and none of the facts.
  await deleteFacts(b);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
});

const get = (hub: TestHub, path: string) => hub.yoga.fetch(`http://planhub.test${path}`);
const body = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe('GET /export', () => {
  it('results as CSV, filtered, in Vietnamese: BOM, semicolons, decimal commas, each figure with its provenance', async () => {
    const res = await get(a, '/export/results.csv?area=bac-kan&year=2023&lang=vi');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="planhub-results-bac-kan-2023.csv"');
    const text = (await body(res)).toString('utf8');
    const [head, ...lines] = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(head).toBe('Mã chỉ tiêu;Địa bàn;Kỳ;Loại số liệu;Giới hạn;Giá trị;Đơn vị;Độ tin cậy;Kế hoạch;% kế hoạch;% so cùng kỳ;Gấp so cùng kỳ;Thay đổi thứ hạng;Ngày báo cáo;Số liệu tính đến;Nguồn;Trích dẫn');
    const growth = lines.find((l) => l.startsWith('economic-growth-rate;bac-kan;2023;'))!;
    expect(growth).toBe('economic-growth-rate;bac-kan;2023;LEVEL;EXACT;6,33;percent;ESTIMATE;;;;;;2023-12-13;2023-12-13;bbk-2023-12-13-hoi-nghi-ktxh-2024;Tốc độ tăng trưởng kinh tế năm 2023 ước đạt 6,33%');
    const count = await a.db.prisma.result.count({ where: { retiredAt: null, indicator: { area: { key: 'bac-kan' } }, period: { startYear: { lte: 2023 }, endYear: { gte: 2023 } } } });
    expect(lines).toHaveLength(count);
  });

  it('targets as an English workbook: numbers and booleans as cells', async () => {
    const res = await get(a, '/export/targets.xlsx?plan=bac-kan-ktxh-2024&lang=en');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await body(res)) as never);
    const sheet = book.getWorksheet('targets')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Indicator code');
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    expect(rows).toHaveLength(await a.db.prisma.target.count({ where: { retiredAt: null, plan: { key: 'bac-kan-ktxh-2024' } } }));
    const growth = rows.find((r) => r[1] === 'economic-growth-rate')!;
    expect(growth.slice(1, 13)).toEqual(['economic-growth-rate', 'bac-kan', 'bac-kan-ktxh-2024', '2024', 'LEVEL', 'AT_LEAST', 8, undefined, undefined, 'percent', true, undefined]);
  });

  it.each([
    ['/export/facts.csv', 400, 'INVALID_ARGUMENT'],
    ['/export/results.csv?area=atlantis', 404, 'NOT_FOUND'],
    ['/export/results.csv?year=next', 400, 'INVALID_ARGUMENT'],
    ['/export/results.csv?lang=fr', 400, 'INVALID_ARGUMENT'],
    ['/export/budgets.csv', 404, 'NOT_FOUND'],
  ])('%s: %s, saying what to ask instead', async (path, status, code) => {
    const res = await get(a, path);
    expect(res.status).toBe(status);
    expect((await res.json()).errors[0].extensions.code).toBe(code);
  });
});

describe('computed figures, the indicators and the audit trail', () => {
  const json = async (path: string, headers: Record<string, string> = {}) => {
    const res = await a.yoga.fetch(`http://planhub.test${path}`, { headers });
    expect(res.status, path).toBe(200);
    return JSON.parse((await body(res)).toString('utf8'));
  };

  it('targets carry their computed status, its reason and the achievement, as the API computes them; status filters them', async () => {
    const { targets } = await json('/export/targets.json?plan=bac-kan-ktxh-2024');
    const api = dataOf(await a.exec('{ plan(code: "bac-kan-ktxh-2024") { targets(first: 100) { edges { node { indicator { code } status statusReason achievementPercent } } } } }')) as any;
    const byCode = new Map(api.plan.targets.edges.map((e: any) => [e.node.indicator.code, e.node]));
    expect(targets.length).toBe(byCode.size);
    for (const t of targets) expect([t.status, t.statusReason, t.achievementPercent]).toEqual(Object.values(byCode.get(t.definition) as object).slice(1));
    const statuses = [...new Set(targets.map((t: any) => t.status))] as string[];
    const chosen = statuses[0]!;
    const { targets: only } = await json(`/export/targets.json?plan=bac-kan-ktxh-2024&status=${chosen.toLowerCase()}`);
    expect(only.length).toBe(targets.filter((t: any) => t.status === chosen).length);
    expect(only.every((t: any) => t.status === chosen)).toBe(true);
    // A workbook's status columns come after the record's own, in the chosen language.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await body(await get(a, '/export/targets.xlsx?lang=vi'))) as never);
    expect((book.worksheets[0]!.getRow(1).values as unknown[]).slice(-3)).toEqual(['Trạng thái', 'Lý do trạng thái', '% hoàn thành']);
  });

  it('indicators with the current figure of their latest year, its unit, reliability and provenance', async () => {
    const { indicators } = await json('/export/indicators.json?area=bac-kan');
    const api = dataOf(await a.exec('{ indicators(first: 100, filter: { area: "bac-kan" }) { totalCount edges { node { code latestResult { value reliability period { code } unit { code } provenance { quote } } } } } }')) as any;
    expect(indicators.length).toBe(api.indicators.totalCount);
    for (const { node } of api.indicators.edges) {
      const row = indicators.find((i: any) => i.definition === node.code);
      const r = node.latestResult;
      expect([row.value, row.reliability, row.period, row.unit, row.quote], node.code).toEqual(r ? [r.value, r.reliability, r.period.code, r.unit.code, r.provenance.quote] : [null, null, null, null, null]);
    }
    const growth = indicators.find((i: any) => i.definition === 'economic-growth-rate');
    expect(growth).toMatchObject({ area: 'bac-kan', period: '2023', value: 6.33, unit: 'percent', reliability: 'ESTIMATE', source: 'bbk-2023-12-13-hoi-nghi-ktxh-2024' });
    const { indicators: met } = await json('/export/indicators.json?plan=bac-kan-ktxh-2024&status=NO_DATA');
    expect(met.length).toBeGreaterThan(0);
    expect(met.length).toBeLessThan(indicators.length);
  });

  it('the audit trail: every change, oldest first; a person’s name only to signed-in readers', async () => {
    await a.writer().prisma.change.createMany({
      data: [
        { changeSet: 'cs-export-1', actor: 'Sở KH&ĐT Bắc Kạn', actorKind: 'TOKEN', operation: 'UPDATE', model: 'Target', recordId: 1, areaId: 1, before: '{"value":7}', after: '{"value":8}', reason: 'Sửa số' },
        { changeSet: 'cs-export-2', actor: 'nguyen.van.a@bac-kan.gov.vn', actorKind: 'JWT', operation: 'CREATE', model: 'Result', recordId: 2, areaId: 1, before: null, after: '{"value":1}', reason: null },
      ],
    });
    const { changes } = await json('/export/changes.json?since=2000-01-01');
    const mine = changes.filter((c: any) => c.changeSet.startsWith('cs-export-'));
    expect(mine.map((c: any) => [c.operation, c.recordType, c.actorKind, c.actor, c.area])).toEqual([
      ['UPDATE', 'Target', 'TOKEN', 'Sở KH&ĐT Bắc Kạn', 'bac-kan'],
      ['CREATE', 'Result', 'JWT', null, 'bac-kan'],
    ]);
    expect(mine[0]).toMatchObject({ before: '{"value":7}', after: '{"value":8}', reason: 'Sửa số', recordId: expect.any(String) });
    const csv = (await body(await get(a, '/export/changes.csv?lang=en'))).toString('utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFAt,Change set,Operation,Record type,Record ID,Area,Actor kind,Actor,Reason,Before,After');
    expect((await json('/export/changes.json?since=2999-01-01')).changes).toEqual([]);
  });

  it.each([
    ['/export/results.json?status=MET', 'status'],
    ['/export/targets.json?status=DONE', 'status'],
    ['/export/changes.json?year=2024', 'year'],
    ['/export/changes.json?since=yesterday', 'since'],
    ['/export/targets.json?colour=red', 'colour'],
  ])('%s: 400 INVALID_ARGUMENT naming %s and what the list takes', async (path, argument) => {
    const res = await get(a, path);
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions).toMatchObject({ code: 'INVALID_ARGUMENT', argument });
  });
});

describe('a filtered export holds what its rows name', () => {
  it.each(['', '?area=bac-kan', '?plan=bac-kan-ktxh-2024', '?year=2023'])('facts.json%s: every source, person, agency, plan, series and event a row names is in the file or is reference data', async (query) => {
    const file = JSON.parse((await body(await get(a, `/export/facts.json${query}`))).toString('utf8'));
    const codes = (kind: string, field = 'code') => new Set<string>(file[kind].map((r: Record<string, string>) => r[field]));
    const has = { sources: codes('sources'), people: codes('people'), agencies: codes('agencies'), plans: codes('plans'), events: codes('events'), solutions: codes('solutions') };
    const missing: string[] = [];
    const need = (set: Set<string>, code: string | null | undefined, what: string) => {
      if (code && !set.has(code)) missing.push(`${what} ${code}`);
    };
    for (const [kind, rows] of Object.entries(file) as Array<[string, Array<Record<string, string | null>>]>) {
      for (const r of rows) {
        need(has.sources, r.source, `${kind}: source`);
        if (kind === 'offices' || kind === 'event-participants') need(has.people, r.person, `${kind}: person`);
        if (kind === 'solutions') need(has.people, r.issuedBy, 'solutions: issuer');
        if (kind === 'offices' || kind === 'assignments') need(has.agencies, r.agency, `${kind}: agency`);
        if (kind === 'agencies') need(has.agencies, r.parent, 'agencies: parent');
        if (kind === 'events') need(has.agencies, r.organizer, 'events: organizer');
        if (kind === 'event-participants') need(has.events, r.event, 'participants: event');
        if (kind === 'solution-links' || (kind === 'assignments' && r.solution)) need(has.solutions, r.solution, `${kind}: solution`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('the round trip', () => {
  it.each(['json', 'xlsx'])('facts.%s of one database, imported into another without them, reproduces them: its export is the same', async (format) => {
    const exported = await body(await get(a, `/export/facts.${format}`));
    const report = await runImport({ db: b.db, principal: admin }, exported, { dryRun: false, reason: 'Chuyển dữ liệu', fileName: `facts.${format}` });
    expect(report.problems, JSON.stringify(report.problems)).toEqual([]);
    const again = await body(await get(b, '/export/facts.json'));
    expect(JSON.parse(again.toString('utf8'))).toEqual(JSON.parse((await body(await get(a, '/export/facts.json'))).toString('utf8')));
  });

  it('results.csv imports back with its locale: every row unchanged', async () => {
    const csv = await body(await get(a, '/export/results.csv?lang=vi'));
    const report = await runImport({ db: b.db, principal: admin }, csv, { kind: 'results', dryRun: true, reason: 'x', locale: 'vi' });
    expect(report.problems, JSON.stringify(report.problems)).toEqual([]);
    expect(report.counts.UNCHANGED).toBe(report.rows.length);
    expect(report.rows.length).toBe(await a.db.prisma.result.count({ where: { retiredAt: null } }));
  });
});
