import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../src/auth/principal.ts';
import { runImport } from '../src/import/run.ts';
import { createTestHub, type TestHub } from '../src/testing/hub.ts';

// Exports: every list of facts out as CSV, .xlsx and JSON with the API's filters, each
// figure with its unit, period, reliability, source and quote; and the round trip: an
// export imported into a database without those facts reproduces them exactly.

let a: TestHub;
let b: TestHub;
const admin: Principal = { kind: 'TOKEN', name: 'Quản trị', role: 'ADMIN', areas: [], tokenId: null };

beforeAll(async () => {
  [a, b] = await Promise.all([createTestHub(), createTestHub()]);
  // B holds the same reference data (areas, plans, series, sources, agencies) and none of the facts.
  const { prisma } = b.writer();
  await prisma.targetRevision.deleteMany();
  await prisma.result.updateMany({ data: { supersedesId: null } });
  await prisma.result.deleteMany();
  await prisma.target.deleteMany();
  await prisma.assignment.deleteMany();
  await prisma.solutionIndicator.deleteMany();
  await prisma.solution.deleteMany();
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

describe('the round trip', () => {
  it.each(['json', 'xlsx'])('facts.%s of one database, imported into another without them, reproduces them: its export is the same', async (format) => {
    const exported = await body(await get(a, `/export/facts.${format}`));
    const report = await runImport({ prisma: b.db.prisma, principal: admin }, exported, { dryRun: false, reason: 'Chuyển dữ liệu', fileName: `facts.${format}` });
    expect(report.problems, JSON.stringify(report.problems)).toEqual([]);
    const again = await body(await get(b, '/export/facts.json'));
    expect(JSON.parse(again.toString('utf8'))).toEqual(JSON.parse((await body(await get(a, '/export/facts.json'))).toString('utf8')));
  });

  it('results.csv imports back with its locale: every row unchanged', async () => {
    const csv = await body(await get(a, '/export/results.csv?lang=vi'));
    const report = await runImport({ prisma: b.db.prisma, principal: admin }, csv, { kind: 'results', dryRun: true, reason: 'x', locale: 'vi' });
    expect(report.problems, JSON.stringify(report.problems)).toEqual([]);
    expect(report.counts.UNCHANGED).toBe(report.rows.length);
    expect(report.rows.length).toBe(await a.db.prisma.result.count({ where: { retiredAt: null } }));
  });
});
