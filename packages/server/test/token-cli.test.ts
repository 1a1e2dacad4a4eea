import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@planhub/db/client';
import { databaseConfigFromEnv } from '@planhub/db/config';
import { seed } from '@planhub/db/seed';
import { createPlanHubYoga } from '../src/yoga.ts';
import { testYogaOptions } from '../src/testing/hub.ts';

// `npm run token`: issuing, listing and revoking API tokens from the command line, on a
// real SQLite file, and the secret it prints working against a server on that file.

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../src/cli/token.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'planhub-token-cli-'));
const url = `file:${join(dir, 'planhub.db')}`;
let db: Database;

async function token(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, DATABASE_URL: url } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  // The CLI migrates the database itself; the data is seeded for the areas it checks.
  expect((await token('list')).code).toBe(0);
  db = openDatabase(databaseConfigFromEnv({ DATABASE_URL: url }));
  await seed(db.prisma);
}, 120_000);
afterAll(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run token', () => {
  let secret: string;

  it('create prints the secret once; the database keeps only its hash', async () => {
    const sent = await token('create', '--name', 'Sở KH&ĐT Bắc Kạn', '--role', 'editor', '--area', 'bac-kan');
    expect(sent.code, sent.stderr).toBe(0);
    secret = /^(phk_\S+)$/m.exec(sent.stdout)![1]!;
    const row = await db.prisma.apiToken.findFirstOrThrow({ where: { name: 'Sở KH&ĐT Bắc Kạn' } });
    expect(row).toMatchObject({ role: 'EDITOR', areaKeys: 'bac-kan' });
    expect(JSON.stringify(row)).not.toContain(secret);
  });

  it('the secret signs its holder in', async () => {
    const yoga = createPlanHubYoga({ db, ...testYogaOptions() });
    const response = await yoga.fetch('http://planhub.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: '{ plans(first: 1) { totalCount } }' }),
    });
    expect(response.status).toBe(200);
    expect((await response.json()).errors).toBeUndefined();
    await yoga.dispose();
  });

  it.each([
    [['create', '--name', 'x', '--role', 'owner', '--area', 'bac-kan'], /--role must be editor or admin/],
    [['create', '--name', 'x', '--role', 'editor'], /areas: An editor token needs at least one area/],
    [['create', '--name', 'x', '--role', 'editor', '--area', 'atlantis'], /No area has the code "atlantis"/],
    [['create', '--name', 'x', '--role', 'editor', '--area', 'bac-kan', '--expires', '2020-01-01'], /expiry must be in the future/],
    [['revoke', '999'], /--reason is required/],
    [['revoke', '999', '--reason', 'lost'], /No token has the id or prefix "999"/],
    [['frobnicate'], /Unknown command/],
  ])('%j fails with a message that says what to fix, and issues nothing', async (args, message) => {
    const before = await db.prisma.apiToken.count();
    const sent = await token(...args);
    expect(sent.code).toBe(1);
    expect(sent.stderr).toMatch(message);
    expect(await db.prisma.apiToken.count()).toBe(before);
  });

  it('list shows tokens without secrets; revoke stops one at once', async () => {
    const listed = await token('list');
    expect(listed.stdout).toContain('Sở KH&ĐT Bắc Kạn');
    expect(listed.stdout).not.toContain(secret);
    const row = await db.prisma.apiToken.findFirstOrThrow({ where: { name: 'Sở KH&ĐT Bắc Kạn' } });
    const revoked = await token('revoke', row.prefix, '--reason', 'Nhân sự thay đổi');
    expect(revoked.code, revoked.stderr).toBe(0);
    expect((await db.prisma.apiToken.findUniqueOrThrow({ where: { id: row.id } })).revokedAt).not.toBeNull();
  });

  it('issuing and revoking are in the audit trail, under the console’s user', async () => {
    const row = await db.prisma.apiToken.findFirstOrThrow({ where: { name: 'Sở KH&ĐT Bắc Kạn' } });
    const changes = await db.prisma.change.findMany({ where: { model: 'ApiToken', recordId: row.id }, orderBy: { id: 'asc' } });
    expect(changes.map((c) => [c.operation, c.actorKind, c.reason])).toEqual([
      ['CREATE', 'CLI', null],
      ['RETIRE', 'CLI', 'Nhân sự thay đổi'],
    ]);
    expect(changes[0]!.actor).toMatch(/^cli:/);
    expect(changes[0]!.after).not.toContain('phk_');
  });
});
