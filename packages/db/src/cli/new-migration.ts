// npm run db:migration -- <name>: after a change to prisma/schema.prisma, writes
// prisma/migrations/<timestamp>_<name>/ and prisma/postgresql/migrations/<timestamp>_<name>/.
// PostgreSQL needs a server for its shadow database: DATABASE_URL_SHADOW, else
// PG_TEST_URL, else postgresql://postgres@127.0.0.1:5432/postgres (a temporary database
// is created on it and dropped afterwards).
//   --sqlite-only   only the SQLite migration (no PostgreSQL server needed)
import { relative } from 'node:path';
import { newMigration, validateMigrationName } from '../new-migration.ts';
import { REPO_ROOT } from '../paths.ts';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const sqliteOnly = args.includes('--sqlite-only');
  const names = args.filter((a) => !a.startsWith('--'));
  if (names.length > 1) throw new Error(`Give one migration name, not ${names.length}: ${names.join(' ')}`);
  const name = validateMigrationName(names[0]);
  const results = await newMigration(name, sqliteOnly ? { providers: ['sqlite'] } : {});
  if (results.every((r) => !r.created)) {
    console.log('No changes: the migrations already build prisma/schema.prisma; nothing created.');
    return;
  }
  for (const r of results) {
    console.log(r.created ? `Created ${relative(REPO_ROOT, r.created)}/migration.sql` : `${r.provider}: no changes`);
  }
  console.log('Review the SQL, then run npm run generate and npm run db:migrate.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
