// npm run import -- <file> [--kind results|targets] [--dry-run] [--reason "…"] [--locale vi|en] [--token phk_…]
// Imports a file (CSV, .xlsx or JSON) into the database of the environment (DATABASE_URL,
// else the embedded one), as the holder of the token (PLANHUB_TOKEN, or --token): the
// same import as POST /import and the importFile mutation. Shows a progress bar while the
// rows are written and prints the report as a table; exits 0 when the file had no
// problem, 1 when it had (nothing written), 2 on wrong usage.
import { closeSync, openSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { databaseConfigFromEnv } from '@planhub/db/config';
import { openDatabase } from '@planhub/db/client';
import { migrate } from '@planhub/db/migrate';
import { Authenticator } from '../auth/authenticate.ts';
import { authSettingsFromEnv } from '../auth/settings.ts';
import { type ImportReport, runImport } from '../import/run.ts';
import { runCli, usageError } from './run-cli.ts';

const USAGE = `Usage:
  npm run import -- <file.csv|file.xlsx|file.json> [--kind results|targets] [--dry-run] [--reason "…"] [--locale vi|en] [--token phk_…]
The token (or PLANHUB_TOKEN) says who imports: an editor imports only rows of its areas.`;

/** The report as a person reads it in a terminal: what happened, then every problem where it is. */
function printReport(report: ImportReport, out: (line: string) => void = console.log): void {
  const { CREATE: create, UPDATE: update, UNCHANGED: unchanged, ERROR: errors } = report.counts;
  if (report.dryRun) out(`Dry run, nothing written: ${create} to create, ${update} to update, ${unchanged} unchanged, ${errors} with problems.`);
  else if (report.applied) out(`Imported: ${create} created, ${update} updated, ${unchanged} unchanged.`);
  else if (errors) out(`Not imported, nothing written: ${errors} rows with problems (the others: ${create} to create, ${update} to update, ${unchanged} unchanged).`);
  else out(`Nothing to import: ${unchanged} rows unchanged.`);
  if (report.locale) out(`Numbers read as ${report.locale === 'vi' ? 'Vietnamese (2,5 and 8.500)' : 'English (2.5 and 8,500)'} write them.`);
  if (report.changeSet) out(`Change set ${report.changeSet} in the audit trail.`);
  if (report.problems.length) {
    out('');
    console.table(report.problems.map((p) => ({ sheet: p.sheet ?? '', row: p.row ?? '', column: p.column ?? '', value: p.value ?? '', code: p.code, message: p.message })));
    if (!report.dryRun) out('Nothing was written: fix these, then import the file again.');
  }
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { kind: { type: 'string' }, 'dry-run': { type: 'boolean' }, reason: { type: 'string' }, locale: { type: 'string' }, token: { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [path] = positionals;
  if (!path) return usage('Name the file to import.');
  if (values.locale && values.locale !== 'vi' && values.locale !== 'en') return usage('--locale must be vi (2,5 and 8.500) or en (2.5 and 8,500).');
  const secret = values.token ?? process.env.PLANHUB_TOKEN;
  if (!secret) return usage('Say who imports: --token phk_… or PLANHUB_TOKEN (npm run token -- create …).');
  let size: number;
  try {
    const found = statSync(path);
    if (!found.isFile()) return usage(`Cannot read ${path}: it is not a file.`);
    size = found.size;
    // Readable now, not only found: the import reads it as it goes.
    closeSync(openSync(path, 'r'));
  } catch (error) {
    return usage(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`);
  }
  const config = databaseConfigFromEnv();
  await migrate(config);
  const db = openDatabase(config);
  try {
    const auth = await new Authenticator(db.prisma, authSettingsFromEnv(), db.writer).authenticate(`Bearer ${secret}`);
    if (!auth.principal) return usage(`The token is refused: ${auth.failure?.message ?? 'unknown token'}`);
    // The file is read as it is written, so how much of it has been read is how far the import has got.
    const bar = new SingleBar({ format: 'Importing [{bar}] {percentage}% | {rows} rows', noTTYOutput: true, notTTYSchedule: 250, stream: process.stderr, hideCursor: true }, undefined);
    let started = false;
    const report = await runImport(
      { db, principal: auth.principal },
      { path },
      { kind: values.kind ?? null, dryRun: values['dry-run'] ?? false, reason: values.reason ?? '', locale: (values.locale as 'vi' | 'en' | undefined) ?? null, fileName: basename(path) },
      ({ rows, bytes }) => {
        if (!started) bar.start(size, 0, { rows: 0 });
        started = true;
        bar.update(Math.min(bytes, size), { rows });
      },
    );
    if (started) bar.stop();
    printReport(report);
    return report.problems.length ? 1 : 0;
  } finally {
    await db.close();
  }
}

const usage = (message: string) => usageError(USAGE, message);

runCli(main);
