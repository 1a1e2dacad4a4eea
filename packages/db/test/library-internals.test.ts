import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, SCHEMA_PATH } from '../src/paths.ts';

// The database package's reliances on library internals that no other test exercises
// directly (README, "Reliances on library internals"; the others are guarded where the
// behaviour is used: migrations, the statement cache, migration status).

const require = createRequire(import.meta.url);

describe('the Prisma CLI, offline', () => {
  it('R18 prisma 7.10.0: the CLI runs from prisma/build/index.js, and with PRISMA_SCHEMA_ENGINE_BINARY set it needs no engine download', () => {
    const cli = require.resolve('prisma/build/index.js');
    const run = spawnSync(process.execPath, [cli, 'validate', '--schema', SCHEMA_PATH], {
      cwd: REPO_ROOT,
      env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false', PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout + run.stderr).toMatch(/is valid/);
  });
});
