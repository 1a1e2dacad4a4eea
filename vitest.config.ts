import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// `npm test` runs every test once on SQLite; the server's tests (everything that goes
// through GraphQL) run a second time on PostgreSQL, each file in a database of its own.
export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) builds. Node loads the libraries
    // (Pothos, yoga) with the CJS one; Vite would give test files the ESM one, and
    // graphql refuses types from "another realm". One copy for everyone:
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Builds the bundle `npm start` runs, once: test/bundle.test.ts starts it.
    globalSetup: ['packages/server/test/build-bundle.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['packages/*/test/**/*.test.ts', 'packages/*/src/**/*.test.ts'],
          env: { PLANHUB_TEST_DATABASE: 'sqlite' },
        },
      },
      {
        extends: true,
        test: {
          name: 'postgresql',
          include: ['packages/server/test/**/*.test.ts', 'packages/db/test/seed.test.ts', 'packages/sdk/test/operations-on-the-server.test.ts'],
          env: { PLANHUB_TEST_DATABASE: 'postgresql' },
        },
      },
    ],
  },
});
