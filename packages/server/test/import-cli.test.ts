import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '@planhub/db/client';
import { seed } from '@planhub/db/seed';
import { issueToken } from '../src/auth/tokens.ts';
import { createMigratedDatabase } from '../src/testing/hub.ts';

// npm run import, driven as a person would in a terminal, on the database under test: the
// progress bar while rows are written, the report as a table, the exit code.

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../src/cli/import.ts', import.meta.url));
const EXPORT_CLI = fileURLToPath(new URL('../src/cli/export.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'planhub-import-cli-'));
let url: string;
let dropDatabase: () => Promise<void>;
let db: Database;
let token: string;

async function importFile(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, DATABASE_URL: url, PLANHUB_TOKEN: token } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// Enough rows for the bar to move (each written with the checks of a mutation); the rate is the benchmark's business.
const ROWS = 400;
function largeFile(): string {
  const lines = ['Mã chỉ tiêu;Địa bàn;Kỳ;Loại số liệu;Giá trị;Đơn vị;Độ tin cậy;Nguồn;Trích dẫn'];
  for (let i = 0; i < ROWS; i++) lines.push(`economic-growth-rate;bac-kan;2022;LEVEL;6,${i};percent;FINAL;bao-cao-${i};Tăng trưởng năm 2022 đạt 6,${i}%.`);
  return `${lines.join('\n')}\n`;
}

beforeAll(async () => {
  // The database under test (a SQLite file, or a PostgreSQL database of its own), migrated.
  const database = await createMigratedDatabase();
  url = database.config.url;
  dropDatabase = database.drop;
  db = openDatabase(database.config);
  await seed(db.prisma);
  // One source per row: a result's natural key includes its source.
  await db.prisma.source.createMany({
    data: Array.from({ length: ROWS }, (_, i) => ({ key: `bao-cao-${i}`, kind: 'REPORT' as const, title: `Báo cáo ${i}`, publisherName: 'UBND', publishedOn: new Date('2023-01-01'), datePrecision: 'DAY' as const, language: 'vi', text: `Tăng trưởng năm 2022 đạt 6,${i}%.` })),
  });
  await db.prisma.source.create({
    data: { key: 'nien-giam-2022', kind: 'STATISTICAL_PUBLICATION', title: 'Niên giám 2022', publisherName: 'Cục Thống kê', publishedOn: new Date('2023-06-01'), datePrecision: 'MONTH', language: 'vi', text: 'Tốc độ tăng trưởng kinh tế năm 2022 đạt 6,5%. Thu nhập bình quân đầu người năm 2022 đạt 45,2 triệu đồng.' },
  });
  token = (await issueToken(db.prisma, { name: 'Sở KH&ĐT Bắc Kạn', role: 'EDITOR', areas: ['bac-kan'], expiresAt: null, createdBy: 'test' })).secret;
  writeFileSync(join(dir, 'ket-qua-2022.csv'), largeFile());
  copyFileSync(fileURLToPath(new URL('fixtures/import/results-with-mistakes.csv', import.meta.url)), join(dir, 'mistakes.csv'));
}, 120_000);
afterAll(async () => {
  await db?.close();
  await dropDatabase?.();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run import', () => {
  it('a dry run of a large file: the progress bar to the end, the counts, nothing written, exit 0', async () => {
    const before = await db.prisma.result.count();
    const sent = await importFile(join(dir, 'ket-qua-2022.csv'), '--kind', 'results', '--dry-run');
    expect(sent.code, sent.stderr).toBe(0);
    // The bar follows the bytes read, which are the rows written as they are read.
    expect(sent.stderr).toMatch(/Importing \[[^\]]+\] 100% \| 400 rows/);
    expect(sent.stdout).toMatch(/Dry run, nothing written: 400 to create, 0 to update, 0 unchanged, 0 with problems\./);
    expect(sent.stdout).toMatch(/Numbers read as Vietnamese/);
    expect(await db.prisma.result.count()).toBe(before);
  });

  it('the real run imports it under one change set; the same again has nothing to import', async () => {
    const sent = await importFile(join(dir, 'ket-qua-2022.csv'), '--kind', 'results', '--reason', 'Báo cáo quý');
    expect(sent.code, sent.stderr).toBe(0);
    expect(sent.stdout).toMatch(/Imported: 400 created, 0 updated, 0 unchanged\./);
    const changeSet = /Change set (\S+) in the audit trail/.exec(sent.stdout)![1]!;
    expect(await db.prisma.change.count({ where: { changeSet } })).toBe(ROWS);
    const again = await importFile(join(dir, 'ket-qua-2022.csv'), '--kind', 'results', '--reason', 'Báo cáo quý');
    expect(again.stdout).toMatch(/Nothing to import: 400 rows unchanged\./);
  });

  it('a file with mistakes: every problem in the table, with its row, column and value; exit 1', async () => {
    const sent = await importFile(join(dir, 'mistakes.csv'), '--kind', 'results', '--reason', 'x');
    expect(sent.code).toBe(1);
    expect(sent.stdout).toMatch(/Not imported, nothing written: 13 rows with problems/);
    for (const text of ['UNKNOWN_COLUMN', 'AMBIGUOUS_NUMBER', 'QUOTE_NOT_IN_SOURCE', 'D "Giá trị"', '8.500', 'Nothing was written: fix these']) expect(sent.stdout).toContain(text);
  });

  it.each([
    [[], /Name the file to import/],
    [['nope.csv'], /Cannot read nope\.csv: no such file/],
    [['x.csv', '--locale', 'fr'], /--locale must be vi/],
    [['x.csv', '--frobnicate'], /Unknown option/],
  ])('%j: says what to fix, exit 2', async (args, message) => {
    const sent = await importFile(...args);
    expect(sent.code).toBe(2);
    expect(sent.stderr).toMatch(message);
  });

  it('a revoked or unknown token is refused, saying why', async () => {
    const sent = await run(process.execPath, ['--import', 'tsx', CLI, join(dir, 'mistakes.csv'), '--token', 'phk_unknown'], { env: { ...process.env, DATABASE_URL: url } }).catch((e) => e);
    expect(sent.code).toBe(2);
    expect(sent.stderr).toMatch(/The token is refused/);
  });
});

describe('npm run export', () => {
  it('writes the export to a file, which imports back unchanged', async () => {
    const out = join(dir, 'bac-kan-2022.xlsx');
    const sent = await run(process.execPath, ['--import', 'tsx', EXPORT_CLI, 'facts.xlsx', '--area', 'bac-kan', '--year', '2022', '--out', out], { env: { ...process.env, DATABASE_URL: url } });
    expect(sent.stdout).toContain(`Wrote ${out}.`);
    const back = await importFile(out, '--dry-run');
    expect(back.code, back.stdout).toBe(0);
    expect(back.stdout).toMatch(/Dry run, nothing written: 0 to create, 0 to update, \d+ unchanged, 0 with problems\./);
  });

  it.each([
    [['facts.csv'], /A CSV holds one kind/],
    [['changes.csv', '--year', '2024'], /--year: changes cannot be filtered by it; it takes area, since/],
  ])('%j: refused, saying what to ask instead', async (args, message) => {
    const sent = await run(process.execPath, ['--import', 'tsx', EXPORT_CLI, ...args], { env: { ...process.env, DATABASE_URL: url } }).catch((e) => e);
    expect(sent.code).toBe(2);
    expect(sent.stderr).toMatch(message);
  });
});
