// npm run generate (the `generate` script of @planhub/db):
// 1. derives prisma/postgresql/schema.prisma from prisma/schema.prisma;
// 2. runs `prisma generate` for both schemas, into packages/db/src/generated/{sqlite,postgresql}.
// A generation is skipped when its schema (and the Prisma version) hashes to the stamp
// written last time. `--force` regenerates anyway; `--check` fails on a stale derived
// schema instead of rewriting it (npm test). Quiet on success; on failure it
// prints Prisma's output and exits non-zero.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join, relative } from 'node:path';
import type { Provider } from '../config.ts';
import { GENERATED_DIR, PG_SCHEMA_PATH, REPO_ROOT, SCHEMA_PATH } from '../paths.ts';
import { derivePostgresSchema } from '../schema-derive.ts';

const require = createRequire(import.meta.url);
const PRISMA_CLI = require.resolve('prisma/build/index.js');
const PRISMA_VERSION = (require('prisma/package.json') as { version: string }).version;
const STAMP = '.schema-hash';

interface Target {
  provider: Provider;
  schemaPath: string;
  outDir: string;
  /** Files that must exist for the output to count as generated. */
  outputs: string[];
}

const targets: Target[] = [
  {
    provider: 'sqlite',
    schemaPath: SCHEMA_PATH,
    outDir: join(GENERATED_DIR, 'sqlite'),
    outputs: [join(GENERATED_DIR, 'sqlite', 'client.ts'), join(GENERATED_DIR, 'pothos-types.ts')],
  },
  {
    provider: 'postgresql',
    schemaPath: PG_SCHEMA_PATH,
    outDir: join(GENERATED_DIR, 'postgresql'),
    outputs: [join(GENERATED_DIR, 'postgresql', 'client.ts')],
  },
];

function rel(path: string): string {
  return relative(REPO_ROOT, path);
}

/**
 * Writes the derived PostgreSQL schema; returns whether the file changed. With
 * `check`, a stale committed copy is an error instead (CI must not fix it silently).
 */
function writeDerivedSchema(check: boolean): boolean {
  const derived = derivePostgresSchema(readFileSync(SCHEMA_PATH, 'utf8'));
  const current = existsSync(PG_SCHEMA_PATH) ? readFileSync(PG_SCHEMA_PATH, 'utf8') : undefined;
  if (current === derived) return false;
  if (check) throw new Error(`${rel(PG_SCHEMA_PATH)} is stale: run \`npm run generate\` and commit it.`);
  mkdirSync(dirname(PG_SCHEMA_PATH), { recursive: true });
  writeFileSync(PG_SCHEMA_PATH, derived);
  return true;
}

function hashOf(target: Target): string {
  return createHash('sha256')
    .update(`prisma ${PRISMA_VERSION}\n`)
    .update(readFileSync(target.schemaPath))
    .digest('hex');
}

function upToDate(target: Target, hash: string): boolean {
  const stamp = join(target.outDir, STAMP);
  return (
    existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash && target.outputs.every((f) => existsSync(f))
  );
}

function prismaGenerate(target: Target): Promise<void> {
  // Generator binaries (prisma-pothos-types) are looked up on PATH, which npm sets for
  // its scripts but a plain `tsx` run does not.
  const bins = [join(REPO_ROOT, 'node_modules', '.bin'), join(REPO_ROOT, 'packages', 'db', 'node_modules', '.bin')];
  const env = {
    ...process.env,
    // generate never runs the schema engine, but the CLI checks for one at start-up
    // and would try to download it (see docs/prisma-offline.md).
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? '/bin/false',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
    PATH: [...bins, process.env.PATH ?? ''].join(delimiter),
  };
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [PRISMA_CLI, 'generate', '--schema', target.schemaPath], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolvePromise();
      else
        reject(
          new Error(
            `prisma generate failed for ${rel(target.schemaPath)} (${signal ?? `exit code ${code}`}):\n${output.trim()}`,
          ),
        );
    });
  });
}

async function generate(options: { force?: boolean; check?: boolean } = {}): Promise<string[]> {
  const done: string[] = [];
  if (writeDerivedSchema(options.check ?? false)) done.push(`wrote ${rel(PG_SCHEMA_PATH)}`);
  // Both generations run at once; wait for both before reporting, so a failure of one
  // does not leave the other writing after the process exits.
  const results = await Promise.allSettled(
    targets.map(async (target) => {
      const hash = hashOf(target);
      if (!options.force && upToDate(target, hash)) return;
      // A half-finished generation must not pass for a finished one next time.
      rmSync(join(target.outDir, STAMP), { force: true });
      await prismaGenerate(target);
      mkdirSync(target.outDir, { recursive: true });
      writeFileSync(join(target.outDir, STAMP), `${hash}\n`);
      done.push(`generated the ${target.provider} client`);
    }),
  );
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as Error] : []));
  if (failures.length) throw new Error(failures.map((e) => e.message).join('\n\n'));
  return done;
}

const started = Date.now();
generate({ force: process.argv.includes('--force'), check: process.argv.includes('--check') }).then(
  (done) => {
    const what = done.length ? done.join('; ') : 'everything up to date';
    console.log(`@planhub/db generate: ${what} (${Date.now() - started} ms)`);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
