import { defineConfig } from 'prisma/config';

// Used by `prisma generate` (run through packages/db's generate script). Migrations
// do not go through the Prisma CLI here: see packages/db/src/migrate.ts.
export default defineConfig({
  schema: 'prisma/schema.prisma',
});
