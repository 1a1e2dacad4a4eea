// npm run token -- <command>: API tokens, for whoever runs the server.
//   create --name "Sở KH&ĐT Bắc Kạn" --role editor --area bac-kan [--area …] [--expires 2027-12-31]
//   list
//   revoke <id-or-prefix> --reason "…"
// On the database of the environment (DATABASE_URL, else the embedded one), migrated first.
import { parseArgs } from 'node:util';
import { databaseConfigFromEnv } from '@planhub/db/config';
import { openDatabase } from '@planhub/db/client';
import { migrate } from '@planhub/db/migrate';
import { issueToken, tokenProblems, type TokenRole } from '../auth/tokens.ts';
import { ChangeSet } from '../writes/audit.ts';
import { runCli } from './run-cli.ts';

const USAGE = `Usage:
  npm run token -- create --name <name> --role editor|admin [--area <code>]… [--expires YYYY-MM-DD]
  npm run token -- list
  npm run token -- revoke <id or prefix> --reason <why>`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: 'string' }, role: { type: 'string' }, area: { type: 'string', multiple: true }, expires: { type: 'string' }, reason: { type: 'string' }, help: { type: 'boolean' } },
  });
  const [command, target] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const config = databaseConfigFromEnv();
  await migrate(config);
  const db = openDatabase(config);
  // Issuing and revoking are audited like the admin mutations that do the same, under the console's user.
  const user = `cli:${process.env.USER ?? 'unknown'}`;
  const set = new ChangeSet({ kind: 'CLI', name: user, role: 'ADMIN', areas: [], tokenId: null });
  try {
    if (command === 'create') {
      const role = (values.role ?? '').toUpperCase();
      if (role !== 'EDITOR' && role !== 'ADMIN') return fail('--role must be editor or admin.');
      const expiresAt = values.expires ? new Date(`${values.expires}T23:59:59.999Z`) : null;
      if (expiresAt && Number.isNaN(expiresAt.getTime())) return fail('--expires must be a date written YYYY-MM-DD.');
      const input = { name: values.name ?? '', role: role as TokenRole, areas: values.area ?? [], expiresAt, createdBy: user };
      const problems = await tokenProblems(db.prisma, input);
      if (problems.length) return fail(problems.map((p) => `${p.field}: ${p.message}`).join('\n'));
      const { id, secret } = await db.prisma.$transaction(async (tx) => {
        const issued = await issueToken(tx, input);
        await set.record(tx, { operation: 'CREATE', model: 'ApiToken', recordId: issued.id, areaId: null, before: null, after: { name: input.name, role: input.role, areas: input.areas, expiresAt: input.expiresAt }, reason: null });
        return issued;
      });
      console.log(`Issued token ${id} "${input.name}" (${role.toLowerCase()}${input.areas.length ? ` of ${input.areas.join(', ')}` : ''}${expiresAt ? `, until ${values.expires}` : ''}).`);
      console.log('Its secret, shown this once (send it as "Authorization: Bearer <secret>"):');
      console.log(secret);
      return 0;
    }
    if (command === 'list') {
      const tokens = await db.prisma.apiToken.findMany({ orderBy: { id: 'asc' } });
      console.table(
        tokens.map((t) => ({
          id: t.id,
          name: t.name,
          role: t.role.toLowerCase(),
          areas: t.areaKeys,
          prefix: t.prefix,
          expires: t.expiresAt?.toISOString().slice(0, 10) ?? '',
          lastUsed: t.lastUsedAt?.toISOString().slice(0, 16) ?? '',
          revoked: t.revokedAt?.toISOString().slice(0, 10) ?? '',
        })),
      );
      return 0;
    }
    if (command === 'revoke') {
      if (!target) return fail('Name the token to revoke: its id or its prefix (npm run token -- list).');
      if (!values.reason?.trim()) return fail('--reason is required: say why the token is revoked.');
      const token = /^\d+$/.test(target) ? await db.prisma.apiToken.findUnique({ where: { id: Number(target) } }) : await db.prisma.apiToken.findFirst({ where: { prefix: target } });
      if (!token) return fail(`No token has the id or prefix "${target}".`);
      if (token.revokedAt) return fail(`Token ${token.id} "${token.name}" was revoked already.`);
      const revokedAt = new Date();
      await db.prisma.$transaction(async (tx) => {
        await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt } });
        await set.record(tx, { operation: 'RETIRE', model: 'ApiToken', recordId: token.id, areaId: null, before: { revokedAt: null }, after: { revokedAt }, reason: values.reason!.trim() });
      });
      console.log(`Revoked token ${token.id} "${token.name}": ${values.reason.trim()}`);
      return 0;
    }
    return fail(`Unknown command "${command}".\n${USAGE}`);
  } finally {
    await db.close();
  }
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

runCli(main);
