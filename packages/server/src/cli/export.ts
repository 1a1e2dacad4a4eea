// npm run export -- <kind|facts|indicators|changes>.<csv|xlsx|json> [--area bac-kan] [--plan …] [--year 2024] [--definition …] [--status MET] [--since 2024-12-01] [--lang vi|en] [--out file]
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
import { exportStream } from '../export/formats.ts';
import { EXPORT_FILE, EXPORT_NAMES, ExportQueryError, exportTables, FILTER_NAMES, parseExportQuery } from '../export/query.ts';
import { runCli, usageError } from './run-cli.ts';

const USAGE = `Usage:
  npm run export -- <${EXPORT_NAMES}>.<csv|xlsx|json> [--area <code>] [--plan <code>] [--year YYYY] [--definition <code>] [--status MET,NOT_MET,…] [--since YYYY-MM-DD] [--lang vi|en] [--out <file>]`;

const FILTERS = [...FILTER_NAMES, 'lang'] as const;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    const text = { type: 'string' } as const;
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { area: text, plan: text, year: text, definition: text, status: text, since: text, lang: text, out: text } });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { positionals, values } = parsed;
  const m = EXPORT_FILE.exec(positionals[0] ?? '');
  if (!m) return usage('Name what to export, as a file: results.csv, targets.xlsx, facts.json, …');
  const [, name, format] = m as unknown as [string, string, 'csv' | 'xlsx' | 'json'];
  const config = databaseConfigFromEnv();
  await migrate(config);
  const db = openDatabase(config);
  try {
    let query;
    try {
      // The same filters, read the same way, as GET /export/…?area=…
      query = await parseExportQuery(db.prisma, name, format, new URLSearchParams(FILTERS.flatMap((f) => (values[f] === undefined ? [] : [[f, String(values[f])]]))));
    } catch (error) {
      if (error instanceof ExportQueryError) return usage(`--${error.message}`);
      throw error;
    }
    // At the server's console, as its operator: every actor of the audit trail is shown.
    const tables = exportTables(db.prisma, name, query.filter, true);
    const stream = exportStream(tables, format, query.lang);
    const out = values.out ?? positionals[0]!;
    await pipeline(Readable.fromWeb(stream as import('node:stream/web').ReadableStream), createWriteStream(out));
    console.log(`Wrote ${out}.`);
    return 0;
  } finally {
    await db.close();
  }
}

const usage = (message: string) => usageError(USAGE, message);

runCli(main);
