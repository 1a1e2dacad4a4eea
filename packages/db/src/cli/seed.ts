// npm run db:seed: loads the real data set (prisma/seed/*.json) into DATABASE_URL's
// database. Idempotent: rows are upserted by key, and a second run changes nothing.
//   DATABASE_URL          file:./data/planhub.db by default (relative to the repository root)
//   PLANHUB_SOURCES_DIR   where the source texts are (default prisma/seed/sources), for
//                         each quote's offset in its source
// The database must be migrated first (npm run db:migrate).
import { openDatabase } from '../client.ts';
import { databaseConfigFromEnv } from '../config.ts';
import { redactUrl } from '../new-migration.ts';
import { seed, SeedDataError } from '../seed.ts';

async function main(): Promise<void> {
  const config = databaseConfigFromEnv();
  const where = `${config.provider} database ${redactUrl(config.url)}`;
  const db = openDatabase(config);
  try {
    const started = Date.now();
    const summary = await seed(db.prisma);
    const ms = Date.now() - started;
    if (summary.created === 0 && summary.updated === 0) {
      console.log(`The ${where} already holds the seed data: ${summary.unchanged} rows, all up to date (${ms} ms).`);
      return;
    }
    console.log(
      `Seeded the ${where}: ${summary.created} rows created, ${summary.updated} updated, ${summary.unchanged} unchanged (${ms} ms).`,
    );
    for (const [table, c] of Object.entries(summary.tables)) {
      if (c.created + c.updated > 0) console.log(`  ${table}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`);
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof SeedDataError) {
    console.error(error.message);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: unknown } | null)?.code;
    console.error(message);
    if (code === 'P2021' || /no such table|does not exist/i.test(message)) {
      console.error('The database has no PlanHub tables yet: run `npm run db:migrate` first.');
    }
  }
  process.exit(1);
});
