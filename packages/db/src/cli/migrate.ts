// npm run db:migrate: applies the migrations DATABASE_URL's database lacks.
//   DATABASE_URL   file:./data/planhub.db by default (relative to the repository root)
//   --rolled-back <migration>   record a failed migration as rolled back, after the
//                               database has been repaired by hand
import { relative } from 'node:path';
import { databaseConfigFromEnv, sqlitePath } from '../config.ts';
import { markRolledBack, migrate } from '../migrate.ts';
import { redactUrl } from '../new-migration.ts';
import { REPO_ROOT } from '../paths.ts';

function shortPath(path: string): string {
  const rel = relative(REPO_ROOT, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

async function main(): Promise<void> {
  const config = databaseConfigFromEnv();
  const where = config.provider === 'sqlite' ? `SQLite database ${shortPath(sqlitePath(config.url))}` : `PostgreSQL database ${redactUrl(config.url)}`;
  const flag = process.argv.indexOf('--rolled-back');
  if (flag >= 0) {
    const name = process.argv[flag + 1];
    if (!name) throw new Error('--rolled-back needs the name of the failed migration');
    await markRolledBack(config, name);
    console.log(`Marked ${name} rolled back in the ${where}; run db:migrate to apply it again.`);
    return;
  }
  const started = Date.now();
  const result = await migrate(config);
  const folder = relative(REPO_ROOT, result.migrationsDir);
  const ms = Date.now() - started;
  if (result.applied.length === 0) {
    console.log(`The ${where} is up to date: all ${result.total} migrations in ${folder} applied (${ms} ms).`);
  } else {
    console.log(`Applied ${result.applied.length} of ${result.total} migrations in ${folder} to the ${where} (${ms} ms):`);
    for (const name of result.applied) console.log(`  ${name}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
