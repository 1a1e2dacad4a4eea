import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../src/auth/tokens.ts';
import { readDataVersion } from '../src/data-version.ts';
import { type RunningServer, startServer } from '../src/server.ts';
import { createMigratedDatabase } from '../src/testing/hub.ts';
import { KINDS } from '../src/import/kinds.ts';

// POST /import and the templates, over real HTTP on the real server: who may, how the file
// may come (the body, or a multipart form as curl -F sends it), the limits, the status of
// the answer, and each template imported as it is (its example row is a seeded fact).

let server: RunningServer;
let cleanup: () => Promise<void>;
let editor: string;
let otherEditor: string;
const importUrl = (query: string) => `${new URL(server.url).origin}/import?${query}`;
const file = readFileSync(new URL('fixtures/import/results-excel-vi.csv', import.meta.url));

beforeAll(async () => {
  const database = await createMigratedDatabase();
  cleanup = database.drop;
  server = await startServer({ env: { DATABASE_URL: database.config.url, PLANHUB_IMPORT_MAX_BYTES: '200000' }, port: 0, host: '127.0.0.1', log: () => {} });
  const { prisma } = server.db;
  await prisma.source.create({
    data: {
      key: 'nien-giam-2022',
      kind: 'STATISTICAL_PUBLICATION',
      title: 'Niên giám thống kê 2022',
      publisherName: 'Cục Thống kê',
      publishedOn: new Date('2023-06-01'),
      datePrecision: 'MONTH',
      language: 'vi',
      text: 'Tốc độ tăng trưởng kinh tế năm 2022 đạt 6,5%. Thu nhập bình quân đầu người năm 2022 đạt 45,2 triệu đồng. Giá trị sản xuất công nghiệp năm 2022 đạt 1.583 tỷ đồng.',
    },
  });
  await prisma.area.create({ data: { key: 'tinh-thu', level: 'PROVINCE', nameVi: 'Tỉnh Thử' } });
  editor = (await issueToken(prisma, { name: 'Sở KH&ĐT Bắc Kạn', role: 'EDITOR', areas: ['bac-kan'], expiresAt: null, createdBy: 'test' })).secret;
  otherEditor = (await issueToken(prisma, { name: 'Sở KH&ĐT Tỉnh Thử', role: 'EDITOR', areas: ['tinh-thu'], expiresAt: null, createdBy: 'test' })).secret;
});
afterAll(async () => {
  await server?.close();
  await cleanup?.();
});

const send = (query: string, body: BodyInit, headers: Record<string, string> = {}) => fetch(importUrl(query), { method: 'POST', body, headers });
const version = () => readDataVersion(server.db.prisma);

describe('POST /import', () => {
  it('a dry run answers 200 with the report and writes nothing', async () => {
    const before = await version();
    const res = await send('kind=results&dryRun=true', file, { authorization: `Bearer ${editor}`, 'content-type': 'text/csv' });
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report).toMatchObject({ dryRun: true, applied: false, counts: { CREATE: 3 }, problems: [] });
    expect(await version()).toBe(before);
  });

  it('a real run, the file sent as curl -F sends it, applies it under one change set; the same again changes nothing', async () => {
    const form = new FormData();
    form.set('file', new Blob([file], { type: 'text/csv' }), 'ket-qua-2022.csv');
    const res = await send(`kind=results&reason=${encodeURIComponent('Niên giám 2022')}`, form, { authorization: `Bearer ${editor}` });
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report).toMatchObject({ applied: true, counts: { CREATE: 3 } });
    const changes = await server.db.prisma.change.findMany({ where: { changeSet: report.changeSet } });
    expect(new Set(changes.map((c) => c.reason))).toEqual(new Set(['Niên giám 2022']));
    const again = await (await send('kind=results&reason=again', file, { authorization: `Bearer ${editor}` })).json();
    expect(again).toMatchObject({ applied: false, counts: { UNCHANGED: 3 } });
  });

  it('another province’s editor: every row that would change something FORBIDDEN (422), nothing written; the rows as they are on file pass', async () => {
    const before = await version();
    const changed = Buffer.from(file.toString('utf8').replace('6,5', '6,6').replace('45,2', '45,3').replace('1.583', '1.584'));
    const res = await send('kind=results&reason=x', changed, { authorization: `Bearer ${otherEditor}` });
    expect(res.status).toBe(422);
    const report = await res.json();
    expect(report.problems.map((p: any) => [p.code, p.column])).toEqual(Array(3).fill(['FORBIDDEN', 'B "Địa bàn"']));
    expect(await version()).toBe(before);
    const asOnFile = await send('kind=results&dryRun=true', file, { authorization: `Bearer ${otherEditor}` });
    expect(asOnFile.status).toBe(200);
    expect((await asOnFile.json()).counts).toMatchObject({ UNCHANGED: 3, ERROR: 0 });
  });

  it.each([
    ['no token', {}, 'kind=results', file, 401, 'UNAUTHENTICATED'],
    ['a bad token', { authorization: 'Bearer phk_nope' }, 'kind=results', file, 401, 'UNAUTHENTICATED'],
    ['a file over the limit', {}, 'kind=results', Buffer.alloc(200_001, 'a'), 413, 'BODY_TOO_LARGE'],
    ['an unknown locale', {}, 'kind=results&locale=fr', file, 400, 'INVALID_ARGUMENT'],
    ['a form without its file', {}, 'kind=results', new FormData(), 400, 'INVALID_ARGUMENT'],
  ] as const)('%s: %s with its code, nothing written', async (_what, headers, query, body, status, code) => {
    const before = await version();
    const auth = 'authorization' in headers || status === 401 ? {} : { authorization: `Bearer ${editor}` };
    const res = await send(query, body as BodyInit, { ...auth, ...headers });
    expect(res.status).toBe(status);
    expect((await res.json()).errors[0].extensions.code).toBe(code);
    expect(await version()).toBe(before);
  });

  it('GET /import is 405, saying how to send a file', async () => {
    const res = await fetch(importUrl(''));
    expect(res.status).toBe(405);
    expect((await res.json()).errors[0].message).toMatch(/POST the file/);
  });
});

describe('importFile, the GraphQL mutation (the multipart request spec)', () => {
  const IMPORT = `mutation($input: ImportFileInput!) { importFile(input: $input) { dryRun applied locale counts { create update unchanged error } rows { row action } problems { row column code message } } }`;
  function multipart(variables: object, bytes: Buffer, name: string) {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: IMPORT, variables: { input: { ...variables, file: null } } }));
    form.set('map', JSON.stringify({ 0: ['variables.input.file'] }));
    form.set('0', new Blob([new Uint8Array(bytes)]), name);
    return form;
  }
  const post = (form: FormData, headers: Record<string, string>) => fetch(server.url, { method: 'POST', body: form, headers: { 'x-planhub-csrf': '1', ...headers } });

  it('a dry run of a file with a problem reports it, row and column, and writes nothing', async () => {
    const before = await version();
    const text = file.toString('utf8').replace('45,2;million-vnd', '45,2;hectare');
    const res = await post(multipart({ kind: 'RESULTS', dryRun: true }, Buffer.from(text), 'ket-qua.csv'), { authorization: `Bearer ${editor}` });
    const body = await res.json();
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(body.data.importFile).toMatchObject({ dryRun: true, applied: false, locale: 'VI', counts: { unchanged: 2, error: 1 } });
    expect(body.data.importFile.problems).toEqual([{ row: 3, column: 'E "Đơn vị"', code: 'INVALID_INPUT', message: expect.stringMatching(/hectare/) }]);
    expect(await version()).toBe(before);
  });

  it('without a token it is UNAUTHENTICATED before the file is read', async () => {
    const res = await post(multipart({ kind: 'RESULTS', dryRun: true }, file, 'ket-qua.csv'), {});
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('the templates', () => {
  // Every kind an import takes has its template.
  it.each(KINDS.map((k) => k.name))('%s: CSV and workbook, Vietnamese and English headers; imported as they are, the example rows (seeded facts) change nothing', async (kind) => {
    for (const format of ['csv', 'xlsx']) {
      const res = await fetch(`${new URL(server.url).origin}/import/templates/${kind}.${format}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="planhub-${kind}.${format}"`);
      const bytes = Buffer.from(await res.arrayBuffer());
      if (format === 'csv') {
        expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
        expect(bytes.toString('utf8')).toMatch(/^\uFEFFMã [^;]+ \([^)]+ code\);/);
      } else {
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(bytes as never);
        expect(book.worksheets.map((w) => w.name)).toEqual([{ results: 'Kết quả', targets: 'Chỉ tiêu', solutions: 'Giải pháp', agencies: 'Cơ quan', sources: 'Nguồn', assignments: 'Phân công', 'solution-links': 'Liên kết giải pháp', plans: 'Kế hoạch', series: 'Chuỗi chỉ tiêu', people: 'Cá nhân', offices: 'Chức vụ', events: 'Sự kiện', 'event-participants': 'Người tham dự', definitions: 'Định nghĩa chỉ tiêu' }[kind], 'Hướng dẫn']);
      }
      const report = await (await send(`kind=${kind}&dryRun=true`, bytes, { authorization: `Bearer ${editor}`, 'content-type': format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })).json();
      if (kind === 'sources') {
        // The example names the seeded article but leaves its text (too long for an example) to be pasted in.
        expect(report.problems.map((p: any) => [p.code, p.column]), `${kind}.${format}`).toEqual([['MISSING_VALUE', 'J "Nội dung (Text)"']]);
        continue;
      }
      expect(report.problems, `${kind}.${format}`).toEqual([]);
      expect(report.rows.map((r: any) => r.action), `${kind}.${format}`).toEqual(['UNCHANGED']);
    }
  });

  it('an unknown template is 404, naming those there are', async () => {
    const res = await fetch(`${new URL(server.url).origin}/import/templates/budgets.csv`);
    expect(res.status).toBe(404);
    expect((await res.json()).errors[0].message).toMatch(/results\.csv/);
  });
});
