// npm run export -- <kind|facts>.<csv|xlsx|json> [--area bac-kan] [--plan …] [--year 2024] [--definition …] [--lang vi|en] [--out file]
// Writes an export of the database of the environment (DATABASE_URL, else the embedded
// one) to a file (the name asked for, or --out), streamed as rows are read: the same
// export as GET /export/….
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { databaseConfigFromEnv } from '@planhub/db/config';
import { openDatabase } from '@planhub/db/client';
import { migrate } from '@planhub/db/migrate';
import { csvStream, jsonStream, xlsxStream } from '../export/formats.ts';
import { EXPORT_FILE, EXPORT_LISTS, exportTables } from '../export/tables.ts';

const USAGE = `Usage:
  npm run export -- <${Object.keys(EXPORT_LISTS).join('|')}>.<csv|xlsx|json> [--area <code>] [--plan <code>] [--year YYYY] [--definition <code>] [--lang vi|en] [--out <file>]`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { area: { type: 'string' }, plan: { type: 'string' }, year: { type: 'string' }, definition: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' } },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { positionals, values } = parsed;
  const m = EXPORT_FILE.exec(positionals[0] ?? '');
  if (!m) return usage('Name what to export, as a file: results.csv, targets.xlsx, facts.json, …');
  const [, name, format] = m as unknown as [string, string, 'csv' | 'xlsx' | 'json'];
  if (format === 'csv' && EXPORT_LISTS[name]!.length > 1) return usage('A CSV holds one kind of records: export facts.xlsx or facts.json, or one kind as CSV.');
  if (values.year && !/^\d{4}$/.test(values.year)) return usage(`--year "${values.year}" is not a year, such as 2024.`);
  if (values.lang && values.lang !== 'vi' && values.lang !== 'en') return usage('--lang must be vi or en.');
  const config = databaseConfigFromEnv();
  await migrate(config);
  const db = openDatabase(config);
  try {
    const filter = { area: values.area ?? null, plan: values.plan ?? null, definition: values.definition ?? null, year: values.year ? Number(values.year) : null };
    const tables = exportTables(db.prisma, name, filter);
    const lang = (values.lang as 'vi' | 'en' | undefined) ?? null;
    const stream = format === 'csv' ? csvStream(tables[0]!, lang) : format === 'json' ? jsonStream(tables) : xlsxStream(tables, lang);
    const out = values.out ?? positionals[0]!;
    await pipeline(Readable.fromWeb(stream as import('node:stream/web').ReadableStream), createWriteStream(out));
    console.log(`Wrote ${out}.`);
    return 0;
  } finally {
    await db.close();
  }
}

function usage(message: string): number {
  console.error(`${message}\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
