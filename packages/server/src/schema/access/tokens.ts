import { builder } from '../../builder.ts';
import { encodeGlobalId } from '../../global-id.ts';
import { issueToken, tokenProblems } from '../../auth/tokens.ts';
import { pageOptions } from '../../pagination.ts';
import { runWrite } from '../../writes/transaction.ts';
import { InvalidInputError, RecordRetiredError, ReferenceNotFoundError } from '../../writes/user-errors.ts';
import { requiredReason } from '../../writes/fields.ts';
import { TokenRole } from '@planhub/db/generated/sqlite/enums';
import { WRITE_ERRORS } from '../common/user-errors.ts';
import { changeSetOf, recordIdOf } from '../common/write-inputs.ts';

// API tokens, for admins only: issued (the secret shown once), listed, revoked. The same
// as `npm run token`, for admins who work in GraphiQL.

export const TokenRoleEnum = builder.enumType('TokenRole', {
  description: 'What a token may write.',
  values: {
    [TokenRole.EDITOR]: { description: 'The data of its areas (and the areas within them).' },
    [TokenRole.ADMIN]: { description: 'Everything, and tokens.' },
  },
});

builder.prismaObject('ApiToken', {
  description: 'An API token, as admins see it: never its secret, which is shown once when issued.',
  authScopes: { admin: true },
  fields: (t) => ({
    id: t.id({ description: 'Its global ID, for `revokeApiToken`.', resolve: (k) => encodeGlobalId('ApiToken', k.id) }),
    name: t.exposeString('name', { description: 'Who or what uses it; the actor of its changes in the audit trail.' }),
    role: t.expose('role', { type: TokenRoleEnum, description: 'What it may write.' }),
    areas: t.stringList({ description: 'The codes of the areas an editor token may write; empty for an admin.', resolve: (k) => (k.areaKeys ? k.areaKeys.split(',') : []) }),
    prefix: t.exposeString('prefix', { description: 'The secret’s first characters, to recognise it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was issued.' }),
    createdBy: t.exposeString('createdBy', { description: 'Who issued it.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true, description: 'When it stops working; null for never.' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: 'When it was last used (to the minute); null when never.' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true, description: 'When it was revoked; null while valid.' }),
  }),
});

const IssuedToken = builder.objectRef<{ id: number; secret: string }>('IssuedApiToken').implement({
  description: 'A token just issued, with its secret: shown this once, stored nowhere.',
  fields: (t) => ({
    secret: t.exposeString('secret', { description: 'The secret to send as `Authorization: Bearer <secret>`. Keep it like a password: PlanHub keeps only its hash.' }),
    token: t.prismaField({ type: 'ApiToken', description: 'The token.', resolve: (query, k, _args, ctx) => ctx.prisma.apiToken.findUniqueOrThrow({ ...query, where: { id: k.id } }) }),
  }),
});

const RevokedToken = builder.objectRef<{ id: number }>('RevokedApiToken').implement({
  description: 'A token revoked: it works no more.',
  fields: (t) => ({
    token: t.prismaField({ type: 'ApiToken', description: 'The token.', resolve: (query, k, _args, ctx) => ctx.prisma.apiToken.findUniqueOrThrow({ ...query, where: { id: k.id } }) }),
  }),
});

const CreateApiTokenInput = builder.inputType('CreateApiTokenInput', {
  description: 'A token to issue.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Who or what will use it, e.g. "Sở KH&ĐT Bắc Kạn".' }),
    role: t.field({ type: TokenRoleEnum, required: true, description: 'What it may write.' }),
    areas: t.stringList({ description: 'For an editor: the codes of the areas it may write (with the areas within them).' }),
    expiresAt: t.field({ type: 'DateTime', description: 'When it stops working; never when left out.' }),
  }),
});

const RevokeApiTokenInput = builder.inputType('RevokeApiTokenInput', {
  description: 'A token to revoke.',
  fields: (t) => ({
    id: t.globalID({ required: true, description: 'The token’s ID.' }),
    reason: t.string({ required: true, description: 'Why; kept in the audit trail.' }),
  }),
});

builder.queryField('apiTokens', (t) =>
  t.prismaConnection({
    ...pageOptions,
    type: 'ApiToken',
    cursor: 'id',
    authScopes: { admin: true },
    description: 'Every API token, oldest first (admins only).',
    resolve: (query, _root, _args, ctx) => ctx.prisma.apiToken.findMany({ ...query }),
  }),
);

builder.mutationFields((t) => ({
  createApiToken: t.field({
    type: IssuedToken,
    description: 'Issues an API token (admins only). Its secret is in this answer and nowhere else.',
    args: { input: t.arg({ type: CreateApiTokenInput, required: true, description: 'The token.' }) },
    errors: WRITE_ERRORS,
    authScopes: { admin: true },
    resolve: async (_root, { input }, ctx) => {
      const issue = { name: input.name, role: input.role, areas: input.areas ?? [], expiresAt: input.expiresAt ?? null, createdBy: ctx.principal!.name };
      const problems = await tokenProblems(ctx.prisma, issue);
      if (problems.length) throw new InvalidInputError(problems);
      const set = changeSetOf(ctx);
      return runWrite(ctx, set, async (tx) => {
        const issued = await issueToken(tx, issue);
        await set.record(tx, { operation: 'CREATE', model: 'ApiToken', recordId: issued.id, areaId: null, before: null, after: { name: issue.name, role: issue.role, areas: issue.areas, expiresAt: issue.expiresAt }, reason: null });
        return issued;
      });
    },
  }),
  revokeApiToken: t.field({
    type: RevokedToken,
    description: 'Revokes an API token (admins only): from now on it is refused.',
    args: { input: t.arg({ type: RevokeApiTokenInput, required: true, description: 'The token and why.' }) },
    errors: WRITE_ERRORS,
    authScopes: { admin: true },
    resolve: async (_root, { input }, ctx) => {
      const id = recordIdOf(input.id, 'ApiToken');
      const reason = requiredReason(input.reason);
      const set = changeSetOf(ctx);
      return runWrite(ctx, set, async (tx) => {
        const token = await tx.apiToken.findUnique({ where: { id } });
        if (!token) throw new ReferenceNotFoundError('id', encodeGlobalId('ApiToken', id), 'List tokens with `apiTokens`.');
        if (token.revokedAt) throw new RecordRetiredError(encodeGlobalId('ApiToken', id));
        const revokedAt = new Date();
        await tx.apiToken.update({ where: { id }, data: { revokedAt } });
        await set.record(tx, { operation: 'RETIRE', model: 'ApiToken', recordId: id, areaId: null, before: { revokedAt: null }, after: { revokedAt }, reason });
        return { id };
      });
    },
  }),
}));
