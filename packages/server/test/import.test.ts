import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../src/auth/principal.ts';
import { readDataVersion } from '../src/data-version.ts';
import { encodeGlobalId } from '../src/global-id.ts';
import { ChangeSet, snapshot } from '../src/writes/audit.ts';
import { type ImportOptions, type ImportReport, runImport } from '../src/import/run.ts';
import { createTestHub, dataOf, type TestHub } from '../src/testing/hub.ts';

// Imports of real files (fixtures/import/, and workbooks written by ExcelJS), through the
// write path's own checks: a dry run reports without writing; a real run applies the whole
// file in one transaction or nothing; the same file twice changes nothing the second time;
// every mistake is reported where it is, and leaves the data as it was.

let hub: TestHub;
const editor: Principal = { kind: 'TOKEN', name: 'Sở KH&ĐT Bắc Kạn', role: 'EDITOR', areas: ['bac-kan'], tokenId: null };
const TEXT =
  'Niên giám thống kê năm 2022. Tốc độ tăng trưởng kinh tế năm 2022 đạt 6,5%. Thu nhập bình quân đầu người năm 2022 đạt 45,2 triệu đồng. ' +
  'Giá trị sản xuất công nghiệp năm 2022 đạt 1.583 tỷ đồng. Năm 2025 phấn đấu tăng trưởng 8%.';
const fixture = (name: string) => readFileSync(new URL(`fixtures/import/${name}`, import.meta.url));

beforeAll(async () => {
  hub = await createTestHub();
  const { prisma } = hub.writer();
  await prisma.source.create({ data: { key: 'nien-giam-2022', kind: 'STATISTICAL_PUBLICATION', title: 'Niên giám thống kê 2022', publisherName: 'Cục Thống kê', publishedOn: new Date('2023-06-01'), datePrecision: 'MONTH', language: 'vi', text: TEXT } });
  // Another province with a series, for rows out of the editor's scope.
  const other = await prisma.area.create({ data: { key: 'tinh-thu', level: 'PROVINCE', nameVi: 'Tỉnh Thử' } });
  const template = await prisma.indicator.findFirstOrThrow({ where: { definition: { key: 'economic-growth-rate' } } });
  await prisma.indicator.create({ data: { definitionId: template.definitionId, areaId: other.id, unitId: template.unitId } });
  const period = await prisma.period.findUniqueOrThrow({ where: { key: '2024' } });
  await prisma.plan.create({ data: { key: 'tinh-thu-ktxh-2024', kind: 'ANNUAL_SOCIO_ECONOMIC', level: 'PROVINCE', areaId: other.id, periodId: period.id, titleVi: 'Kế hoạch thử' } });
});
afterAll(() => hub?.close());

const run = (bytes: Uint8Array, options: Partial<ImportOptions> = {}, principal: Principal = editor, onProgress?: () => Promise<void>) =>
  runImport({ db: hub.db, principal }, bytes, { dryRun: false, reason: 'Số liệu niên giám 2022', ...options }, onProgress);
const version = () => readDataVersion(hub.db.prisma);
const figures = async () =>
  (await hub.db.prisma.result.findMany({ where: { source: { key: 'nien-giam-2022' }, retiredAt: null }, select: { value: true, indicator: { select: { definition: { select: { key: true } } } } }, orderBy: { id: 'asc' } })).map(
    (r) => [r.indicator.definition.key, r.value],
  );
const problemsOf = (report: ImportReport) => report.problems.map((p) => [p.row, p.code]);

describe('a CSV as Excel writes it in Vietnamese (BOM, semicolons, decimal commas)', () => {
  const file = fixture('results-excel-vi.csv');

  it('dry run: every row reported as it would be written, nothing written', async () => {
    const before = await version();
    const report = await run(file, { kind: 'results', dryRun: true });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ dryRun: true, applied: false, format: 'csv', locale: 'vi', changeSet: null, counts: { CREATE: 3, UPDATE: 0, UNCHANGED: 0, ERROR: 0 } });
    expect(report.rows.map((r) => [r.row, r.action])).toEqual([
      [2, 'CREATE'],
      [3, 'CREATE'],
      [4, 'CREATE'],
    ]);
    expect(await version()).toBe(before);
    expect(await figures()).toEqual([]);
  });

  it('while its transaction is open, nobody else sees its rows or its data version (the embedded database too)', async () => {
    const before = { version: await version(), results: await hub.db.prisma.result.count() };
    const seen: Array<{ version: string; results: number }> = [];
    const report = await run(file, { kind: 'results', dryRun: true }, editor, async () => {
      seen.push({ version: await version(), results: await hub.db.prisma.result.count() });
    });
    expect(report.counts.CREATE).toBe(3);
    // Called as each batch of rows starts, and once they are all written, before the dry run rolls back.
    expect(seen.length).toBe(2);
    for (const s of seen) expect(s).toEqual(before);
  });

  it('real run: the whole file in one change set with its reason; the numbers read as Vietnamese write them', async () => {
    const before = await version();
    const report = await run(file, { kind: 'results' });
    expect(report).toMatchObject({ applied: true, counts: { CREATE: 3 } });
    expect(await version()).not.toBe(before);
    expect(await figures()).toEqual([
      ['economic-growth-rate', 6.5],
      ['income-per-capita', 45.2],
      ['industrial-production-value', 1583],
    ]);
    const changes = await hub.db.prisma.change.findMany({ where: { changeSet: report.changeSet! } });
    expect(changes.map((c) => [c.operation, c.model, c.reason, c.actor])).toEqual(Array(3).fill(['CREATE', 'Result', 'Số liệu niên giám 2022', 'Sở KH&ĐT Bắc Kạn']));
    // Results are written many to a statement: each change's "after" is still the record exactly as read back.
    for (const c of changes) {
      const row = await hub.db.prisma.result.findUniqueOrThrow({ where: { id: c.recordId } });
      expect(c.after).toBe(snapshot(row));
    }
    expect(report.rows.map((r) => r.id)).toEqual(changes.map((c) => encodeGlobalId('Result', c.recordId)));
  });

  it('the same file again changes nothing: every row UNCHANGED, no change set, the data version where it was', async () => {
    const before = await version();
    const report = await run(file, { kind: 'results' });
    expect(report).toMatchObject({ applied: false, changeSet: null, counts: { CREATE: 0, UPDATE: 0, UNCHANGED: 3, ERROR: 0 } });
    expect(await version()).toBe(before);
  });

  it('a corrected figure is an UPDATE, the rest UNCHANGED; the result’s history shows it', async () => {
    const text = file.toString('utf8').replace('45,2;million-vnd', '45,3;million-vnd').replace('45,2 triệu', '45,2 triệu');
    const report = await run(Buffer.from(text), { kind: 'results' });
    expect(report.counts).toMatchObject({ CREATE: 0, UPDATE: 1, UNCHANGED: 2 });
    const updated = report.rows.find((r) => r.action === 'UPDATE')!;
    const { node } = dataOf(await hub.exec(`query($id: ID!) { node(id: $id) { ... on Result { value version history(first: 5) { edges { node { operation reason } } } } } }`, { id: updated.id })) as any;
    expect(node).toMatchObject({ value: 45.3, version: 2 });
    expect(node.history.edges.map((e: any) => e.node.operation)).toEqual(['CREATE', 'UPDATE']);
  });
});

describe('a file with mistakes: each reported where it is, nothing written', () => {
  it('every problem with its row, column, value and what to fix; the valid row is not applied either', async () => {
    const before = await version();
    const count = await hub.db.prisma.result.count();
    const report = await run(fixture('results-with-mistakes.csv'), { kind: 'results' });
    expect(report.applied).toBe(false);
    // In the file's order, whichever check found them.
    expect(problemsOf(report)).toEqual([
      [1, 'UNKNOWN_COLUMN'],
      [3, 'REFERENCE_NOT_FOUND'],
      [4, 'REFERENCE_NOT_FOUND'],
      [5, 'AMBIGUOUS_NUMBER'],
      [6, 'INVALID_VALUE'],
      [7, 'INVALID_VALUE'],
      [8, 'MISSING_VALUE'],
      [9, 'INVALID_INPUT'],
      [10, 'QUOTE_NOT_IN_SOURCE'],
      [11, 'DUPLICATE'],
      [12, 'FORBIDDEN'],
      [13, 'REFERENCE_NOT_FOUND'],
      [14, 'INVALID_VALUE'],
      [15, 'UNKNOWN_COLUMN'],
    ]);
    const at = (row: number) => report.problems.find((p) => p.row === row)!;
    expect(at(1)).toMatchObject({ column: 'J "Màu sắc"', value: 'Màu sắc', message: expect.stringMatching(/Unknown column "Màu sắc".*"Giá trị" \(Value\)/) });
    expect(at(5)).toMatchObject({ column: 'D "Giá trị"', value: '8.500', message: expect.stringMatching(/8,500 or 8\.5.*locale/) });
    expect(at(7)).toMatchObject({ column: 'F "Độ tin cậy"', value: 'CERTAIN', message: expect.stringMatching(/FINAL \("chính thức"\)/) });
    expect(at(3)).toMatchObject({ column: 'A "Mã chỉ tiêu", B "Địa bàn"', value: 'nope-indicator@bac-kan' });
    expect(at(9)).toMatchObject({ column: 'E "Đơn vị"', value: 'billion-vnd' });
    expect(at(10)).toMatchObject({ column: 'I "Trích dẫn"', message: expect.stringMatching(/closest|nearest|not/i) });
    expect(at(11).message).toMatch(/row 2/);
    expect(at(12)).toMatchObject({ column: 'B "Địa bàn"', value: 'tinh-thu', message: expect.stringMatching(/"tinh-thu"/) });
    expect(at(13)).toMatchObject({ column: 'H "Nguồn"', value: 'no-such-source' });
    expect(at(14)).toMatchObject({ column: 'G "Ngày báo cáo"', value: '31/02/2023' });
    expect(report.rows.find((r) => r.row === 2)).toMatchObject({ action: 'UNCHANGED' });
    expect(report.counts.ERROR).toBe(13);
    expect(await version()).toBe(before);
    expect(await hub.db.prisma.result.count()).toBe(count);
  });

  it('the same ambiguous number, with the file’s locale declared, is read; in a CSV separated by “;” (as Vietnamese Excel writes it) without', async () => {
    const text = 'Indicator code,Area,Period,Value,Unit,Reliability,Source,Quote\nindustrial-production-value,bac-kan,2022,1.583,billion-vnd,FINAL,nien-giam-2022,Giá trị sản xuất công nghiệp năm 2022 đạt 1.583 tỷ đồng.\n';
    expect(problemsOf(await run(Buffer.from(text), { kind: 'results', dryRun: true }))).toEqual([[2, 'AMBIGUOUS_NUMBER']]);
    const report = await run(Buffer.from(text), { kind: 'results', dryRun: true, locale: 'vi' });
    expect(report.problems).toEqual([]);
    expect(report.rows[0]!.action).toBe('UNCHANGED');
    const vi = await run(Buffer.from(text.replaceAll(',', ';')), { kind: 'results', dryRun: true });
    expect(vi).toMatchObject({ locale: 'vi', problems: [], counts: { UNCHANGED: 1 } });
  });

  it.each([
    ['a file in another encoding', Buffer.from('Mã chỉ tiêu;Kỳ\n', 'latin1'), {}, /not UTF-8.*CSV UTF-8/],
    ['an empty file', Buffer.from(''), {}, /empty/],
    ['a broken workbook', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(40)]), { fileName: 'ket-qua.xlsx' }, /damaged/],
    ['an .xls workbook', Buffer.from('x'), { fileName: 'old.xls' }, /\.xlsx/],
    ['broken JSON', Buffer.from('{ "results": [ '), { fileName: 'x.json' }, /JSON cannot be read/],
    ['a CSV with an unclosed quote', Buffer.from('Mã chỉ tiêu;Kỳ\n"abc;2022\n'), {}, /quotes/],
  ])('%s: one problem saying what to do, nothing written', async (_what, bytes, options, message) => {
    const before = await version();
    const report = await run(bytes, { kind: 'results', ...options });
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]!.message).toMatch(message);
    expect(await version()).toBe(before);
  });

  it('a file without a kind, or without a reason, is refused before it is read', async () => {
    expect((await run(fixture('results-excel-vi.csv'))).problems[0]).toMatchObject({ code: 'UNKNOWN_KIND' });
    expect((await run(fixture('results-excel-vi.csv'), { kind: 'results', reason: ' ' })).problems[0]).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/reason/) });
    expect((await run(fixture('results-excel-vi.csv'), { kind: 'budgets' })).problems[0]).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/agencies \(cơ quan\), sources \(nguồn\), definitions \(định nghĩa chỉ tiêu\), people \(cá nhân\), offices \(chức vụ\), plans \(kế hoạch\), series \(chuỗi chỉ tiêu\), events \(sự kiện\), event-participants \(người tham dự\), results/) });
  });
});

describe('a workbook with several sheets, and a JSON file', () => {
  async function workbook(): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const results = book.addWorksheet('Kết quả');
    results.addRow(['Indicator code', 'Area', 'Period', 'Value', 'Unit', 'Reliability', 'Source', 'Quote']);
    // A number cell formatted as Vietnamese Excel shows it stays the number it holds.
    const row = results.addRow(['economic-growth-rate', 'bac-kan', '2022', 6.5, 'percent', 'Chính thức', 'nien-giam-2022', 'Tốc độ tăng trưởng kinh tế năm 2022 đạt 6,5%.']);
    row.getCell(4).numFmt = '#,##0.00';
    const targets = book.addWorksheet('Chỉ tiêu');
    targets.addRow(['Mã chỉ tiêu', 'Địa bàn', 'Kế hoạch', 'Kỳ', 'So sánh', 'Giá trị', 'Đơn vị', 'Chỉ tiêu chủ yếu', 'Ngày thông qua', 'Nguồn', 'Trích dẫn']);
    targets.addRow(['economic-growth-rate', 'bac-kan', 'bac-kan-ktxh-2024', '2021-2025', '≥', 8, 'percent', 'có', new Date(Date.UTC(2024, 11, 10)), 'nien-giam-2022', 'Năm 2025 phấn đấu tăng trưởng 8%.']);
    // The templates' own notes are passed over; any other sheet must name its kind.
    book.addWorksheet('Hướng dẫn').addRow(['Ghi chú']);
    book.addWorksheet('Sheet3').addRow(['Ghi chú']);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  it('each sheet named for its kind; numbers and dates as the cells hold them; a sheet of no kind is reported, the notes passed over', async () => {
    const bytes = await workbook();
    const dry = await run(bytes, { fileName: 'bac-kan-2022.xlsx', dryRun: true });
    expect(dry.problems, JSON.stringify(dry.problems)).toEqual([expect.objectContaining({ sheet: 'Sheet3', code: 'UNKNOWN_KIND' })]);
    expect(dry.rows.map((r) => [r.sheet, r.kind, r.action])).toEqual([
      ['Kết quả', 'results', 'UNCHANGED'],
      ['Chỉ tiêu', 'targets', 'CREATE'],
    ]);
  });

  it('JSON in the seed’s record format, with the provenance inline', async () => {
    const json = { targets: [{ definition: 'economic-growth-rate', area: 'bac-kan', plan: 'bac-kan-ktxh-2024', period: '2021-2025', comparator: 'AT_LEAST', value: 8, unit: 'percent', isMain: true, source: 'nien-giam-2022', quote: 'Năm 2025 phấn đấu tăng trưởng 8%.' }] };
    const report = await run(Buffer.from(JSON.stringify(json)), { fileName: 'targets.json' });
    expect(report.problems, JSON.stringify(report.problems)).toEqual([]);
    expect(report).toMatchObject({ format: 'json', applied: true, counts: { CREATE: 1 } });
    const { indicator } = dataOf(await hub.exec(`{ indicator(area: "bac-kan", code: "economic-growth-rate") { targets(first: 20) { edges { node { value isMain comparator period { code } } } } } }`)) as any;
    expect(indicator.targets.edges.map((e: any) => e.node).filter((t: any) => t.period.code === '2021-2025')).toEqual([{ value: 8, isMain: true, comparator: 'AT_LEAST', period: { code: '2021-2025' } }]);
  });
});

describe('a source registered by the same file as the facts that quote it', () => {
  const admin: Principal = { kind: 'TOKEN', name: 'Quản trị', role: 'ADMIN', areas: [], tokenId: null };
  async function book(sourceText: string, title = 'Báo cáo quý III/2024'): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    // The facts' sheet first: sources are read first whatever the order.
    const results = wb.addWorksheet('results');
    results.addRow(['Mã chỉ tiêu', 'Địa bàn', 'Kỳ', 'Giá trị', 'Đơn vị', 'Độ tin cậy', 'Nguồn', 'Trích dẫn']);
    results.addRow(['tourist-arrivals', 'bac-kan', '2024', 850_000, 'visitor-arrival', 'ước tính', 'bao-cao-q3-2024', 'Lượng khách du lịch năm 2024 ước đạt 850.000 lượt.']);
    const sources = wb.addWorksheet('Nguồn');
    sources.addRow(['Mã nguồn', 'Loại văn bản', 'Tiêu đề', 'Cơ quan ban hành', 'Ngày ban hành', 'Nội dung']);
    sources.addRow(['bao-cao-q3-2024', 'báo cáo', title, 'UBND tỉnh Bắc Kạn', '2024-10', sourceText]);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  const TEXT_Q3 = 'Báo cáo quý III. Lượng khách du lịch năm 2024 ước đạt 850.000 lượt.';

  it('registered and quoted in one import; the same workbook again changes nothing', async () => {
    const first = await run(await book(TEXT_Q3), { fileName: 'q3.xlsx' });
    expect(first.problems).toEqual([]);
    // The report keeps the file's order.
    expect(first.rows.map((r) => [r.kind, r.action])).toEqual([
      ['results', 'CREATE'],
      ['sources', 'CREATE'],
    ]);
    const again = await run(await book(TEXT_Q3), { fileName: 'q3.xlsx' });
    expect(again.counts).toMatchObject({ CREATE: 0, UPDATE: 0, UNCHANGED: 2 });
  });

  it('a sheet without the optional columns keeps what is registered; line breaks from Windows match', async () => {
    await hub.writer().prisma.source.create({
      data: { key: 'bao-cao-crlf', kind: 'REPORT', title: 'Báo cáo', publisherName: 'UBND', publishedOn: new Date('2024-01-01'), datePrecision: 'YEAR', language: 'en', url: 'https://example.vn/bao-cao', text: 'Dòng một.\nDòng hai.' },
    });
    const csv = 'Mã nguồn;Loại văn bản;Tiêu đề;Cơ quan ban hành;Ngày ban hành;Nội dung\r\nbao-cao-crlf;báo cáo;Báo cáo;UBND;2024;"Dòng một.\r\nDòng hai."\r\n';
    const report = await run(Buffer.from(csv), { kind: 'sources' });
    expect(report.problems).toEqual([]);
    expect(report.rows.map((r) => r.action)).toEqual(['UNCHANGED']);
    expect(await hub.db.prisma.source.findUniqueOrThrow({ where: { key: 'bao-cao-crlf' } })).toMatchObject({ language: 'en', url: 'https://example.vn/bao-cao' });
  });

  it('a “published on” that Excel made a date keeps the precision its cell shows (mm/yyyy: a month)', async () => {
    for (const [format, code, precision] of [['mm/yyyy', 'bao-cao-thang', 'MONTH'], ['yyyy', 'bao-cao-nam', 'YEAR'], ['dd/mm/yyyy', 'bao-cao-ngay', 'DAY']] as const) {
      const wb = new ExcelJS.Workbook();
      const sheet = wb.addWorksheet('Nguồn');
      sheet.addRow(['Mã nguồn', 'Loại văn bản', 'Tiêu đề', 'Cơ quan ban hành', 'Ngày ban hành', 'Nội dung']);
      const row = sheet.addRow([code, 'báo cáo', 'Báo cáo', 'UBND tỉnh Bắc Kạn', new Date(Date.UTC(2024, 9, 1)), 'Báo cáo.']);
      row.getCell(5).numFmt = format;
      const report = await run(Buffer.from(await wb.xlsx.writeBuffer()), { fileName: 'nguon.xlsx' });
      expect(report.problems, format).toEqual([]);
      expect(await hub.db.prisma.source.findUniqueOrThrow({ where: { key: code } }), format).toMatchObject({ datePrecision: precision });
    }
  });

  it('its text never changes; its details are corrected by an admin only', async () => {
    const otherText = await run(await book(`${TEXT_Q3} Bổ sung.`), { fileName: 'q3.xlsx' });
    expect(otherText.problems).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', column: 'F "Nội dung"', message: expect.stringMatching(/text never changes/) })]);
    const retitled = await book(TEXT_Q3, 'Báo cáo tình hình kinh tế - xã hội quý III/2024');
    expect((await run(retitled, { fileName: 'q3.xlsx' })).problems).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringMatching(/only an admin corrects a source/) })]);
    const corrected = await run(retitled, { fileName: 'q3.xlsx' }, admin);
    expect(corrected.rows.map((r) => r.action)).toEqual(['UNCHANGED', 'UPDATE']);
  });
});

describe('a workbook with the other kinds of mistakes (targets, sources, Excel’s own)', () => {
  async function mistakes(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const targets = wb.addWorksheet('Chỉ tiêu');
    targets.addRow(['Mã chỉ tiêu', 'Địa bàn', 'Kế hoạch', 'Kỳ', 'So sánh', 'Giá trị', 'Giá trị tối đa', 'Loại khoảng', 'Đơn vị', 'Chỉ tiêu chủ yếu', 'Nguồn', 'Trích dẫn']);
    const quote = ['nien-giam-2022', 'Năm 2025 phấn đấu tăng trưởng 8%.'];
    targets.addRow(['economic-growth-rate', 'bac-kan', 'bac-kan-ktxh-2024', '2024', 'RANGE', 7, null, 'WITHIN', 'percent', 'có', ...quote]); // 2: a range without its maximum
    targets.addRow(['economic-growth-rate', 'bac-kan', 'tinh-thu-ktxh-2024', '2024', '≥', 7, null, null, 'percent', 'có', ...quote]); // 3: another province's plan
    targets.addRow(['economic-growth-rate', 'bac-kan', 'no-such-plan', '2024', '≥', 7, null, null, 'percent', 'có', ...quote]); // 4: an unknown plan
    targets.addRow(['economic-growth-rate', 'bac-kan', 'bac-kan-ktxh-2024', '2024', '≥', 7, null, null, 'percent', 'có lẽ', ...quote]); // 5: neither yes nor no
    targets.addRow(['economic-growth-rate', 'bac-kan', 'bac-kan-ktxh-2024', '2024', 'khoảng chừng', 7, null, null, 'percent', 'có', ...quote]); // 6: an unknown comparator
    targets.addRow(['economic-growth-rate', 'bac-kan', 'bac-kan-ktxh-2024', '2024', '≥', { error: '#N/A' }, null, null, 'percent', 'có', ...quote]); // 7: an Excel error in a number
    const sources = wb.addWorksheet('Nguồn');
    sources.addRow(['Mã nguồn', 'Loại văn bản', 'Tiêu đề', 'Cơ quan ban hành', 'Ngày ban hành', 'Nội dung', 'Nội dung']);
    sources.addRow(['bao-cao-a', 'báo cáo', 'A', 'UBND', 'tháng 13', 'Văn bản A.']); // 2: not a date
    sources.addRow(['bao-cao-b', 'công văn', 'B', 'UBND', '2024', 'Văn bản B.']); // 3: an unknown kind of document
    sources.addRow(['bao-cao-c', 'báo cáo', 'C', 'UBND', '2024', null]); // 4: no text
    const results = wb.addWorksheet('Kết quả');
    results.addRow(['Mã chỉ tiêu', 'Địa bàn', 'Kỳ', 'Giá trị', 'Đơn vị', 'Độ tin cậy', '% kế hoạch', 'Thay đổi thứ hạng', 'Nguồn', 'Trích dẫn']);
    results.addRow(['economic-growth-rate', 'bac-kan', '2022', null, 'percent', 'FINAL', 101, null, 'nien-giam-2022', 'Tốc độ tăng trưởng kinh tế năm 2022 đạt 6,5%.']); // 2: percent of plan without its plan
    results.addRow(['economic-growth-rate', 'bac-kan', '2022', 6.5, 'percent', 'FINAL', null, 1.5, 'nien-giam-2022', 'Tốc độ tăng trưởng kinh tế năm 2022 đạt 6,5%.']); // 3: a rank change that is not whole
    const noComparator = wb.addWorksheet('targets');
    noComparator.addRow(['Mã chỉ tiêu', 'Địa bàn', 'Kế hoạch', 'Kỳ', 'Giá trị', 'Đơn vị', 'Nguồn', 'Trích dẫn']);
    noComparator.addRow(['economic-growth-rate', 'bac-kan', 'bac-kan-ktxh-2024', '2024', 7, 'percent', ...quote]);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('each reported with its sheet, row and column; nothing written', async () => {
    const before = await version();
    const report = await run(await mistakes(), { fileName: 'sai.xlsx' });
    const found = report.problems.map((p) => [p.sheet, p.row, p.code, p.column]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['Nguồn', 1, 'DUPLICATE_COLUMN', 'G "Nội dung"'],
        ['targets', 1, 'MISSING_COLUMN', null],
        ['Chỉ tiêu', 5, 'INVALID_VALUE', 'J "Chỉ tiêu chủ yếu"'],
        ['Chỉ tiêu', 6, 'INVALID_VALUE', 'E "So sánh"'],
        ['Chỉ tiêu', 7, 'INVALID_VALUE', 'F "Giá trị"'],
        ['Nguồn', 3, 'INVALID_VALUE', 'B "Loại văn bản"'],
        ['Nguồn', 4, 'MISSING_VALUE', 'F "Nội dung"'],
        ['Kết quả', 3, 'INVALID_VALUE', 'H "Thay đổi thứ hạng"'],
        ['Chỉ tiêu', 2, 'INVALID_INPUT', 'G "Giá trị tối đa"'],
        ['Chỉ tiêu', 3, 'FORBIDDEN', 'C "Kế hoạch"'],
        ['Chỉ tiêu', 4, 'REFERENCE_NOT_FOUND', 'C "Kế hoạch"'],
        ['Nguồn', 2, 'INVALID_INPUT', 'E "Ngày ban hành"'],
        ['Kết quả', 2, 'INVALID_INPUT', null],
      ]),
    );
    // A sheet without a required column is reported once, its rows not checked one by one.
    expect(report.problems.filter((p) => p.sheet === 'targets')).toHaveLength(1);
    expect(report.rows.filter((r) => r.sheet === 'targets').map((r) => r.action)).toEqual(['ERROR']);
    expect(report.applied).toBe(false);
    expect(await version()).toBe(before);
  });
});

describe('agencies', () => {
  const sheet = (rows: string[]) => Buffer.from(`Mã cơ quan;Loại cơ quan;Cấp;Tên;Địa bàn;Trực thuộc\n${rows.join('\n')}\n`);

  it('a parent and its child in one file (parents first); making the parent belong to its child is refused', async () => {
    const first = await run(sheet(['so-cha;sở;tỉnh;Sở Cha;bac-kan;', 'phong-con;ban;tỉnh;Phòng Con;bac-kan;so-cha']), { kind: 'agencies' });
    expect(first.problems).toEqual([]);
    expect(first.counts.CREATE).toBe(2);
    const cycle = await run(sheet(['so-cha;sở;tỉnh;Sở Cha;bac-kan;phong-con']), { kind: 'agencies' });
    expect(cycle.problems).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', column: 'F "Trực thuộc"', message: expect.stringMatching(/belongs to "so-cha" itself/) })]);
  });

  it('an agency of another area, or moved to one, is refused', async () => {
    expect((await run(sheet(['so-cha;sở;tỉnh;Sở Cha;tinh-thu;']), { kind: 'agencies' }, admin())).problems).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', column: 'E "Địa bàn"' })]);
    expect((await run(sheet(['so-khac;sở;tỉnh;Sở Khác;tinh-thu;']), { kind: 'agencies' })).problems).toEqual([expect.objectContaining({ code: 'FORBIDDEN', column: 'E "Địa bàn"' })]);
  });
});

describe('people and their offices', () => {
  const SOURCE = 'bbk-2023-12-13-hoi-nghi-ktxh-2024';
  const CHINH = 'Hoàng Duy Chinh, Uỷ viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh Bắc Kạn';
  async function book(rows: string[][], people: string[][] = []): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const offices = wb.addWorksheet('Chức vụ');
    offices.addRow(['Mã cá nhân', 'Mã cơ quan', 'Vai trò', 'Chức danh', 'Ngày ghi nhận', 'Nguồn', 'Trích dẫn']);
    for (const r of rows) offices.addRow(r);
    const sheet = wb.addWorksheet('Cá nhân');
    sheet.addRow(['Mã cá nhân', 'Họ và tên']);
    for (const r of people) sheet.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('a person and an office in one workbook (the person first); the seeded office imports unchanged', async () => {
    const report = await run(
      await book(
        [
          ['nguyen-van-thu', 'ubnd-bac-kan', 'ủy viên', 'Ủy viên UBND tỉnh', '13/12/2023', SOURCE, 'UBND tỉnh tổ chức Hội nghị trực tuyến toàn tỉnh'],
          ['hoang-duy-chinh', 'tinh-uy-bac-kan', 'bí thư', 'Bí thư Tỉnh ủy', '13/12/2023', SOURCE, CHINH],
        ],
        [['nguyen-van-thu', 'Nguyễn Văn Thử']],
      ),
      { fileName: 'chuc-vu.xlsx' },
    );
    expect(report.problems, JSON.stringify(report.problems)).toEqual([]);
    expect(report.rows.map((r) => [r.kind, r.action])).toEqual([
      ['offices', 'CREATE'],
      ['offices', 'UNCHANGED'],
      ['people', 'CREATE'],
    ]);
    const office = await hub.db.prisma.position.findFirstOrThrow({ where: { person: { key: 'nguyen-van-thu' } }, include: { agency: true } });
    expect(office).toMatchObject({ role: 'MEMBER', titleVi: 'Ủy viên UBND tỉnh', agency: { key: 'ubnd-bac-kan' } });
  });

  it('an office in a national agency is an admin’s; a person’s name corrected is an admin’s; an unknown person is named', async () => {
    const national = await run(await book([['hoang-duy-chinh', 'bch-tw-dang', 'ủy viên', 'Uỷ viên Ban Chấp hành Trung ương Đảng', '14/12/2023', SOURCE, CHINH]]), { fileName: 'x.xlsx' });
    expect(national.problems).toEqual([expect.objectContaining({ code: 'FORBIDDEN', column: 'B "Mã cơ quan"' })]);
    const renamed = await run(await book([], [['hoang-duy-chinh', 'Hoàng Duy Chính']]), { fileName: 'x.xlsx' });
    expect(renamed.problems).toEqual([expect.objectContaining({ code: 'FORBIDDEN', sheet: 'Cá nhân', column: 'B "Họ và tên"', message: expect.stringMatching(/admin/) })]);
    await hub.writer().prisma.person.create({ data: { key: 'nguoi-da-nghi', fullName: 'Người Đã Nghỉ', retiredAt: new Date() } });
    const revived = await run(await book([], [['nguoi-da-nghi', 'Người Đã Nghỉ']]), { fileName: 'x.xlsx' });
    expect(revived.problems).toEqual([expect.objectContaining({ code: 'FORBIDDEN', message: expect.stringMatching(/retired/) })]);
    const unknown = await run(await book([['ai-do', 'ubnd-bac-kan', 'chủ tịch', 'Chủ tịch', '13/12/2023', SOURCE, CHINH]]), { fileName: 'x.xlsx' });
    expect(unknown.problems).toEqual([expect.objectContaining({ code: 'REFERENCE_NOT_FOUND', column: 'A "Mã cá nhân"', value: 'ai-do' })]);
  });
});

describe('the catalogue of indicator definitions', () => {
  const sheet = (rows: string[]) => Buffer.from(`Mã chỉ tiêu;Tên chỉ tiêu;Lĩnh vực;Chiều tốt;Thứ nguyên\n${rows.join('\n')}\n`);
  it('an admin adds to it; an editor’s file may name it unchanged, not change it; what a definition measures stays', async () => {
    const fresh = sheet(['ty-le-thu-nghiem;Tỷ lệ thử nghiệm;economy;càng cao càng tốt;PERCENT']);
    expect((await run(fresh, { kind: 'definitions' })).problems).toEqual([expect.objectContaining({ code: 'FORBIDDEN', column: 'A "Mã chỉ tiêu"', message: expect.stringMatching(/an admin adds to it/) })]);
    expect((await run(fresh, { kind: 'definitions' }, admin())).counts).toMatchObject({ CREATE: 1 });
    expect((await run(fresh, { kind: 'definitions' })).counts).toMatchObject({ UNCHANGED: 1, ERROR: 0 });
    const moved = await run(sheet(['ty-le-thu-nghiem;Tỷ lệ thử nghiệm;economy;càng cao càng tốt;CURRENCY_VND']), { kind: 'definitions' }, admin());
    expect(moved.problems).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', column: 'E "Thứ nguyên"', message: expect.stringMatching(/measures PERCENT/) })]);
    // Retired by an admin, it is not brought back by an editor's file that names it as it was.
    await hub.writer().prisma.indicatorDefinition.update({ where: { key: 'ty-le-thu-nghiem' }, data: { retiredAt: new Date() } });
    expect((await run(fresh, { kind: 'definitions' })).problems).toEqual([expect.objectContaining({ code: 'FORBIDDEN', message: expect.stringMatching(/retired definition/) })]);
    expect((await hub.db.prisma.indicatorDefinition.findUniqueOrThrow({ where: { key: 'ty-le-thu-nghiem' } })).retiredAt).not.toBeNull();
    expect((await run(fresh, { kind: 'definitions' }, admin())).counts).toMatchObject({ UPDATE: 1 });
  });
});

describe('events and who took part', () => {
  const SOURCE = 'bbk-2023-12-13-hoi-nghi-ktxh-2024';
  async function book(participants: string[][]): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const who = wb.addWorksheet('Người tham dự');
    who.addRow(['Mã sự kiện', 'Mã cá nhân', 'Vai trò', 'Nguồn', 'Trích dẫn']);
    for (const r of participants) who.addRow(r);
    const events = wb.addWorksheet('Sự kiện');
    events.addRow(['Mã sự kiện', 'Loại sự kiện', 'Tên', 'Ngày', 'Địa bàn', 'Cơ quan tổ chức', 'Kế hoạch', 'Nguồn', 'Trích dẫn']);
    events.addRow(['bac-kan-2023-12-13-hoi-nghi-thu', 'hội nghị', 'Hội nghị thử', new Date(Date.UTC(2023, 11, 13)), 'bac-kan', 'ubnd-bac-kan', 'bac-kan-ktxh-2024', SOURCE, 'UBND tỉnh tổ chức Hội nghị trực tuyến toàn tỉnh']);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('an event and its participants in one workbook (the event first); again, nothing changes', async () => {
    const file = await book([['bac-kan-2023-12-13-hoi-nghi-thu', 'nguyen-dang-binh', 'dự và chỉ đạo hội nghị', SOURCE, 'Nguyễn Đăng Bình, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh']]);
    const first = await run(file, { fileName: 'hoi-nghi.xlsx' });
    expect(first.problems, JSON.stringify(first.problems)).toEqual([]);
    expect(first.rows.map((r) => [r.kind, r.action])).toEqual([
      ['event-participants', 'CREATE'],
      ['events', 'CREATE'],
    ]);
    const event = await hub.db.prisma.event.findUniqueOrThrow({ where: { key: 'bac-kan-2023-12-13-hoi-nghi-thu' }, include: { participants: { include: { person: true } }, plan: true } });
    expect(event).toMatchObject({ plan: { key: 'bac-kan-ktxh-2024' }, participants: [{ roleVi: 'dự và chỉ đạo hội nghị', person: { key: 'nguyen-dang-binh' } }] });
    expect((await run(file, { fileName: 'hoi-nghi.xlsx' })).counts).toMatchObject({ UNCHANGED: 2, CREATE: 0 });
  });

  it('a participant of an unknown event, or of another province’s, is refused where it is', async () => {
    const report = await run(await book([['hoi-nghi-khong-co', 'nguyen-dang-binh', 'dự', SOURCE, 'Nguyễn Đăng Bình']]), { fileName: 'x.xlsx' });
    expect(report.problems).toEqual([expect.objectContaining({ sheet: 'Người tham dự', code: 'REFERENCE_NOT_FOUND', column: 'A "Mã sự kiện"', value: 'hoi-nghi-khong-co' })]);
    const thu: Principal = { kind: 'TOKEN', name: 'Sở KH&ĐT Tỉnh Thử', role: 'EDITOR', areas: ['tinh-thu'], tokenId: null };
    const other = await run(Buffer.from(`Mã sự kiện;Mã cá nhân;Vai trò;Nguồn;Trích dẫn\nbac-kan-2023-12-13-hoi-nghi-ktxh-2024;nguyen-dang-binh;dự;${SOURCE};Nguyễn Đăng Bình\n`), { kind: 'event-participants' }, thu);
    expect(other.problems).toEqual([expect.objectContaining({ code: 'FORBIDDEN', column: 'A "Mã sự kiện"' })]);
  });
});

describe('a plan and its series in the workbook of the targets it sets', () => {
  const thuEditor: Principal = { kind: 'TOKEN', name: 'Sở KH&ĐT Tỉnh Thử', role: 'EDITOR', areas: ['tinh-thu'], tokenId: null };
  async function book(planTitle = 'Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025'): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    // The targets first: plans, series and sources are written before them whatever the order.
    const targets = wb.addWorksheet('Chỉ tiêu');
    targets.addRow(['Mã chỉ tiêu', 'Địa bàn', 'Kế hoạch', 'Kỳ', 'So sánh', 'Giá trị', 'Đơn vị', 'Nguồn', 'Trích dẫn']);
    targets.addRow(['grdp-per-capita', 'tinh-thu', 'tinh-thu-ktxh-2021-2025', '2021-2025', '≥', 60, 'million-vnd', 'nq-tinh-thu-2021', 'GRDP bình quân đầu người đạt 60 triệu đồng trở lên.']);
    const plans = wb.addWorksheet('Kế hoạch');
    plans.addRow(['Mã kế hoạch', 'Loại kế hoạch', 'Địa bàn', 'Kỳ', 'Tên']);
    plans.addRow(['tinh-thu-ktxh-2021-2025', 'kế hoạch 5 năm', 'tinh-thu', '2021-2025', planTitle]);
    const series = wb.addWorksheet('Chuỗi chỉ tiêu');
    series.addRow(['Mã chỉ tiêu', 'Địa bàn', 'Đơn vị']);
    series.addRow(['grdp-per-capita', 'tinh-thu', 'million-vnd']);
    const sources = wb.addWorksheet('Nguồn');
    sources.addRow(['Mã nguồn', 'Loại văn bản', 'Tiêu đề', 'Cơ quan ban hành', 'Ngày ban hành', 'Nội dung']);
    sources.addRow(['nq-tinh-thu-2021', 'nghị quyết', 'Nghị quyết về kế hoạch 5 năm 2021-2025', 'HĐND Tỉnh Thử', '2020-12', 'Đến năm 2025: GRDP bình quân đầu người đạt 60 triệu đồng trở lên.']);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('created in one import, in the order they name each other; again, nothing changes; a retitled plan is an UPDATE', async () => {
    const first = await run(await book(), { fileName: 'ke-hoach-2025.xlsx' }, thuEditor);
    expect(first.problems, JSON.stringify(first.problems)).toEqual([]);
    expect(first.rows.map((r) => [r.kind, r.action])).toEqual([
      ['targets', 'CREATE'],
      ['plans', 'CREATE'],
      ['series', 'CREATE'],
      ['sources', 'CREATE'],
    ]);
    const { indicator } = dataOf(await hub.exec('{ indicator(area: "tinh-thu", code: "grdp-per-capita") { unit { code } targets(first: 5) { edges { node { value plan { code title } } } } } }')) as any;
    expect(indicator).toMatchObject({ unit: { code: 'million-vnd' }, targets: { edges: [{ node: { value: 60, plan: { code: 'tinh-thu-ktxh-2021-2025' } } }] } });
    expect((await run(await book(), { fileName: 'ke-hoach-2025.xlsx' }, thuEditor)).counts).toMatchObject({ UNCHANGED: 4, CREATE: 0, UPDATE: 0 });
    const retitled = await run(await book('Kế hoạch 5 năm 2021-2025'), { fileName: 'ke-hoach-2025.xlsx' }, thuEditor);
    expect(retitled.rows.find((r) => r.kind === 'plans')).toMatchObject({ action: 'UPDATE' });
  });

  it('another province’s editor may name them as they are on file, not change them; a plan moved to another period, or a series in a unit of another dimension, is refused', async () => {
    const asOnFile = await run(await book('Kế hoạch 5 năm 2021-2025'), { fileName: 'ke-hoach-2025.xlsx' });
    expect(asOnFile.problems).toEqual([]);
    expect(asOnFile.counts).toMatchObject({ UNCHANGED: 4, CREATE: 0, UPDATE: 0 });
    const changed = await run(await book('Một tên khác'), { fileName: 'ke-hoach-2025.xlsx' });
    expect(changed.problems.map((p) => [p.sheet, p.code, p.column])).toEqual([['Kế hoạch', 'FORBIDDEN', 'C "Địa bàn"']]);
    const plan = await run(Buffer.from('Mã kế hoạch;Loại kế hoạch;Địa bàn;Kỳ;Tên\ntinh-thu-ktxh-2021-2025;kế hoạch 5 năm;tinh-thu;2021-2030;X\n'), { kind: 'plans' }, thuEditor);
    expect(plan.problems).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', column: 'D "Kỳ"', message: expect.stringMatching(/another period/) })]);
    const series = await run(Buffer.from('Mã chỉ tiêu;Địa bàn;Đơn vị\ngrdp-per-capita;tinh-thu;hectare\n'), { kind: 'series' }, thuEditor);
    expect(series.problems).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', column: 'C "Đơn vị"', value: 'hectare' })]);
  });
});

describe('national agencies, assignments and solution links', () => {
  const agencies = (rows: string[]) => Buffer.from(`Mã cơ quan;Loại cơ quan;Cấp;Tên;Địa bàn\n${rows.join('\n')}\n`);
  const assignments = (rows: string[]) => Buffer.from(`Mã cơ quan;Mã giải pháp;Mã chỉ tiêu;Địa bàn;Vai trò;Kế hoạch;Kỳ;Nguồn;Trích dẫn\n${rows.join('\n')}\n`);
  const links = (rows: string[]) => Buffer.from(`Mã giải pháp;Mã chỉ tiêu;Địa bàn;Căn cứ;Lý do\n${rows.join('\n')}\n`);
  const SOURCE = 'bbk-2023-12-13-hoi-nghi-ktxh-2024';
  const QUOTE = 'Tập trung chỉ đạo triển khai sản xuất nông nghiệp theo kế hoạch';

  it('an agency without an area is national: an admin’s to import, not a province’s editor’s', async () => {
    const file = agencies(['bo-thu;bộ;trung ương;Bộ Thử;']);
    expect((await run(file, { kind: 'agencies' })).problems).toEqual([expect.objectContaining({ code: 'FORBIDDEN', column: 'E "Địa bàn"' })]);
    const report = await run(file, { kind: 'agencies' }, admin());
    expect(report.problems).toEqual([]);
    expect(await hub.db.prisma.agency.findUniqueOrThrow({ where: { key: 'bo-thu' } })).toMatchObject({ areaId: null, level: 'CENTRAL' });
  });

  it('an assignment and a link, created, then unchanged when imported again; the link’s rationale corrected is an UPDATE', async () => {
    const assignment = assignments([`ubnd-bac-kan;bac-kan-2024-solution-1;;;chủ trì;bac-kan-ktxh-2024;;${SOURCE};${QUOTE}`]);
    expect((await run(assignment, { kind: 'assignments' })).counts).toMatchObject({ CREATE: 1, ERROR: 0 });
    expect((await run(assignment, { kind: 'assignments' })).counts).toMatchObject({ UNCHANGED: 1, CREATE: 0 });
    const link = (why: string) => links([`bac-kan-2024-solution-1;economic-growth-rate;bac-kan;biên tập;${why}`]);
    expect((await run(link('Sản xuất nông nghiệp góp phần vào tăng trưởng.'), { kind: 'solution-links' })).counts).toMatchObject({ CREATE: 1 });
    expect((await run(link('Sản xuất nông nghiệp góp phần vào tăng trưởng.'), { kind: 'solution-links' })).counts).toMatchObject({ UNCHANGED: 1 });
    expect((await run(link('Nông nghiệp là một phần của GRDP.'), { kind: 'solution-links' })).counts).toMatchObject({ UPDATE: 1 });
  });

  it('their mistakes, each where it is; nothing written', async () => {
    const before = await version();
    const counts = async () => [await hub.db.prisma.assignment.count(), await hub.db.prisma.solutionIndicator.count()];
    const had = await counts();
    const a = await run(
      assignments([
        `ubnd-bac-kan;;economic-growth-rate;;chủ trì;bac-kan-ktxh-2024;;${SOURCE};${QUOTE}`,
        `ubnd-bac-kan;giai-phap-khong-co;;;chủ trì;bac-kan-ktxh-2024;;${SOURCE};${QUOTE}`,
        `ubnd-bac-kan;bac-kan-2024-solution-1;;;giám sát;bac-kan-ktxh-2024;;${SOURCE};${QUOTE}`,
        `ubnd-bac-kan;bac-kan-2024-solution-2;;;phối hợp;bac-kan-ktxh-2024;;${SOURCE};${QUOTE}`,
        `ubnd-bac-kan;bac-kan-2024-solution-2;;;phối hợp;bac-kan-ktxh-2024;;${SOURCE};${QUOTE}`,
        `ubnd-bac-kan;;economic-growth-rate;tinh-thu;chủ trì;;2024;${SOURCE};${QUOTE}`,
        `ubnd-bac-kan;bac-kan-2024-solution-3;;;phối hợp;bac-kan-ktxh-2024;;${SOURCE};Một câu không có trong bài.`,
      ]),
      { kind: 'assignments' },
    );
    expect(problemsOf(a)).toEqual([
      [2, 'INVALID_INPUT'],
      [3, 'REFERENCE_NOT_FOUND'],
      [4, 'INVALID_VALUE'],
      [6, 'DUPLICATE'],
      [7, 'FORBIDDEN'],
      [8, 'QUOTE_NOT_IN_SOURCE'],
    ]);
    const at = (row: number) => a.problems.find((p) => p.row === row)!;
    expect(at(2)).toMatchObject({ column: 'D "Địa bàn"', message: expect.stringMatching(/both/) });
    expect(at(3)).toMatchObject({ column: 'B "Mã giải pháp"', value: 'giai-phap-khong-co' });
    expect(at(4)).toMatchObject({ column: 'E "Vai trò"', value: 'giám sát', message: expect.stringMatching(/LEAD \("chủ trì"\)/) });
    const l = await run(
      links([
        'bac-kan-2024-solution-1;economic-growth-rate;tinh-thu;biên tập;Lý do.',
        'bac-kan-2024-solution-1;grdp-per-capita;bac-kan;biên tập;',
        'bac-kan-2024-solution-1;grdp-per-capita;bac-kan;theo ý tôi;Lý do.',
        'bac-kan-2024-solution-9;grdp-per-capita;bac-kan;biên tập;Lý do.',
      ]),
      { kind: 'solution-links' },
      admin(),
    );
    expect(problemsOf(l)).toEqual([
      [2, 'INVALID_INPUT'],
      [3, 'MISSING_VALUE'],
      [4, 'INVALID_VALUE'],
      [5, 'REFERENCE_NOT_FOUND'],
    ]);
    expect(await version()).toBe(before);
    expect(await counts()).toEqual(had);
  });
});

function admin(): Principal {
  return { kind: 'TOKEN', name: 'Quản trị', role: 'ADMIN', areas: [], tokenId: null };
}

describe('the audit trail of an import, written in batches', () => {
  it('two changes of one record in a batch are announced with their own IDs, in the order recorded', async () => {
    const events: Array<{ changeId: number }> = [];
    const set = new ChangeSet(editor, { publish: (e) => void events.push(e), epoch: async () => 'test' }, { provider: hub.db.config.provider, direct: () => hub.db.direct });
    const ids = await hub.db.writer.$transaction(async (tx) => {
      set.begin();
      for (const operation of ['CREATE', 'UPDATE'] as const) await set.record(tx, { operation, model: 'Source', recordId: 987_654, areaId: null, before: null, after: { operation }, reason: 'x' });
      await set.flush(tx);
      return (await tx.change.findMany({ where: { recordId: 987_654 }, orderBy: { id: 'asc' } })).map((c) => [c.id, JSON.parse(c.after!).operation]);
    });
    await set.committed();
    expect(ids.map(([, op]) => op)).toEqual(['CREATE', 'UPDATE']);
    expect(events.map((e) => e.changeId)).toEqual(ids.map(([id]) => id));
  });
});

describe('a large file, read as it is written', () => {
  const SYNTHETIC = 'Số liệu tổng hợp tự động (synthetic) cho kiểm thử nhập tệp lớn.';
  let rows: string[][];
  beforeAll(async () => {
    const sources = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((k) => `synthetic-large-file-${k}`);
    for (const key of sources) await hub.writer().prisma.source.create({ data: { key, kind: 'SYNTHETIC', title: 'Synthetic (test)', publisherName: 'test', publishedOn: new Date('2026-01-01'), datePrecision: 'YEAR', language: 'vi', text: SYNTHETIC } });
    // Every series of the editor's province, every period, both measures, each source: distinct natural keys, more than two batches.
    const series = await hub.db.prisma.indicator.findMany({ where: { area: { key: 'bac-kan' }, retiredAt: null }, include: { definition: true, unit: true }, orderBy: { id: 'asc' } });
    const periods = await hub.db.prisma.period.findMany({ orderBy: { id: 'asc' } });
    rows = sources.flatMap((source) => series.flatMap((s) => periods.flatMap((p) => ['LEVEL', 'CHANGE'].map((m) => [s.definition.key, 'bac-kan', p.key, m, s.unit.key, source]))));
    expect(rows.length).toBeGreaterThan(1_100);
  });
  const csv = (values: (i: number) => string, count = 1_100, tail = '') =>
    Buffer.from(`definition,area,period,measure,value,unit,reliability,source,quote\n${rows.slice(0, count).map((r, i) => [...r.slice(0, 4), `"${values(i)}"`, r[4], 'ESTIMATE', r[5], `"${SYNTHETIC}"`].join(',')).join('\n')}\n${tail}`);
  const written = () => hub.db.prisma.result.count({ where: { source: { key: { startsWith: 'synthetic-large-file' } } } });

  it.each([
    ['an unclosed quote', Buffer.from('x,bac-kan,2022,LEVEL,"1,percent\n'), /quotes/],
    ['bytes that are not UTF-8', Buffer.from([0x78, 0x2c, 0xff, 0xfe, 0x0a]), /not UTF-8/],
  ])('%s after 1,100 good rows (two batches written): one problem, and what was written is rolled back', async (_what, tail, message) => {
    const before = { version: await version(), results: await written() };
    const report = await run(Buffer.concat([csv((i) => `${i}.5`), tail]), { kind: 'results', locale: 'en' });
    expect(report.problems).toEqual([expect.objectContaining({ code: 'UNREADABLE_FILE', message: expect.stringMatching(message) })]);
    expect(report).toMatchObject({ applied: false, rows: [] });
    expect({ version: await version(), results: await written() }).toEqual(before);
  });

  it('rows waiting for the locale are written in the file’s order once a later cell tells it', async () => {
    // `1.010` is ambiguous until row 6 writes `2,5`: a Vietnamese file.
    const report = await run(csv((i) => (i === 4 ? '2,5' : i < 4 ? '1.010' : String(i))), { kind: 'results' });
    expect(report).toMatchObject({ applied: true, locale: 'vi', problems: [] });
    expect(report.counts.CREATE).toBe(1_100);
    const values = await hub.db.prisma.result.findMany({ where: { source: { key: { startsWith: 'synthetic-large-file' } } }, orderBy: { id: 'asc' }, take: 6, select: { value: true } });
    expect(values.map((v) => v.value)).toEqual([1010, 1010, 1010, 1010, 2.5, 5]);
  });

  it('a file that shows both number formats: every ambiguous cell is a problem, those before the other format too', async () => {
    const values = ['2,5', '1.010', '8.500', '2.5', '3.485'];
    const report = await run(csv((i) => values[i] ?? String(i), 50), { kind: 'results', dryRun: true });
    expect(report.locale).toBeNull();
    expect(problemsOf(report)).toEqual([
      [3, 'AMBIGUOUS_NUMBER'],
      [4, 'AMBIGUOUS_NUMBER'],
      [6, 'AMBIGUOUS_NUMBER'],
    ]);
  });

  it('more rows than can wait for the locale: said once, with what to do, and each ambiguous number', async () => {
    const many = Buffer.from(`definition,area,period,value,unit,reliability,source,quote\n${Array.from({ length: 10_002 }, () => 'x,bac-kan,2022,1.010,percent,FINAL,synthetic-large-file-a,q').join('\n')}\n`);
    const report = await run(many, { kind: 'results', dryRun: true });
    const told = report.problems.filter((p) => p.column === null);
    expect(told).toEqual([expect.objectContaining({ code: 'AMBIGUOUS_NUMBER', message: expect.stringMatching(/first 10,000 rows.*declare it/) })]);
    expect(report.problems.filter((p) => p.code === 'AMBIGUOUS_NUMBER' && p.column !== null)).toHaveLength(10_002);
  });

  it('a workbook on disk, its parts in the order ExcelJS writes them (the workbook part last), imported from its path', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Kết quả');
    sheet.addRow(['definition', 'area', 'period', 'measure', 'value', 'unit', 'reliability', 'source', 'quote', 'reported on']);
    for (const [i, r] of rows.slice(0, 600).entries()) sheet.addRow([...r.slice(0, 4), i + 0.25, r[4], 'ESTIMATE', r[5], SYNTHETIC, new Date(Date.UTC(2024, 0, 15))]);
    const dir = mkdtempSync(join(tmpdir(), 'planhub-import-'));
    try {
      const path = join(dir, 'ket-qua.xlsx');
      writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));
      const report = await runImport({ db: hub.db, principal: editor }, { path }, { kind: null, dryRun: true, reason: '', fileName: 'ket-qua.xlsx' });
      expect(report.problems).toEqual([]);
      expect(report.rows.map((r) => r.sheet)).toEqual(Array(600).fill('Kết quả'));
      expect(report.counts.UPDATE + report.counts.UNCHANGED + report.counts.CREATE).toBe(600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a workbook protected by a password, or cut short: one problem saying what to do', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Kết quả').addRow(['definition']);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const locked = Buffer.from(bytes);
    // The encryption flag of every part, in the zip's table of contents.
    for (let i = locked.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); i >= 0; i = locked.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 4)) locked.writeUInt16LE(locked.readUInt16LE(i + 8) | 1, i + 8);
    expect((await run(locked, { fileName: 'khoa.xlsx' })).problems).toEqual([expect.objectContaining({ code: 'UNREADABLE_FILE', message: expect.stringMatching(/password/) })]);
    expect((await run(bytes.subarray(0, bytes.length - 200), { fileName: 'cut.xlsx' })).problems).toEqual([expect.objectContaining({ code: 'UNREADABLE_FILE', message: expect.stringMatching(/damaged/) })]);
  });

  it('a workbook whose sheet’s compressed bytes are damaged: one problem, at once (the streaming reader would wait for the part for ever), nothing written', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Kết quả');
    sheet.addRow(['definition', 'area', 'period', 'value', 'unit', 'reliability', 'source', 'quote']);
    for (let i = 0; i < 3_000; i++) sheet.addRow(['economic-growth-rate', 'bac-kan', '2022', i, 'percent', 'FINAL', 'nien-giam-2022', `dòng ${i}`]);
    const damaged = Buffer.from(await book.xlsx.writeBuffer());
    const at = damaged.indexOf('xl/worksheets/sheet1.xml') + 200;
    damaged.fill(0x41, at, at + 60);
    const before = await version();
    expect((await run(damaged, { fileName: 'hong.xlsx' })).problems).toEqual([expect.objectContaining({ code: 'UNREADABLE_FILE', message: expect.stringMatching(/damaged/) })]);
    expect(await version()).toBe(before);
  });

  it('rows held for the locale, when the file then shows both formats, are read in their place: a repeated row is the later one', async () => {
    const [a, b] = rows;
    const line = (r: string[], value: string, yoy = '') => [...r.slice(0, 4), `"${value}"`, r[4], 'ESTIMATE', r[5], `"${SYNTHETIC}"`, `"${yoy}"`].join(',');
    const file = Buffer.from(
      ['definition,area,period,measure,value,unit,reliability,source,quote,year-on-year change %', line(a!, '1.010'), line(b!, '45'), line(b!, '2,5', '2.5')].join('\n'),
    );
    const report = await run(file, { kind: 'results', dryRun: true });
    expect(report.locale).toBeNull();
    expect(problemsOf(report)).toEqual([
      [2, 'AMBIGUOUS_NUMBER'],
      [4, 'DUPLICATE'],
    ]);
    expect(report.problems.find((p) => p.code === 'DUPLICATE')!.message).toMatch(/row 3/);
  });
});
