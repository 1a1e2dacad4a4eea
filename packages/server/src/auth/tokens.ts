import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '@planhub/db/client';

// API tokens: 32 random bytes, shown once; the database keeps only their SHA-256 (a
// secret this long needs no slow hash: it cannot be guessed, only stolen, and a stolen
// hash does not sign anyone in). `phk_` marks them, so secret scanners and people
// recognise one.

export const TOKEN_PREFIX = 'phk_';
export type TokenRole = 'EDITOR' | 'ADMIN';

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export interface IssueTokenInput {
  name: string;
  role: TokenRole;
  /** Area keys an editor may write (with the areas within them); none for an admin. */
  areas: readonly string[];
  expiresAt: Date | null;
  createdBy: string;
}

export interface TokenIssueProblem {
  field: 'name' | 'areas' | 'expiresAt' | 'role';
  message: string;
}

/** What is wrong with a token to issue, against the areas that exist; empty when nothing is. */
export async function tokenProblems(prisma: Pick<Db, 'area'>, input: IssueTokenInput, now = new Date()): Promise<TokenIssueProblem[]> {
  const problems: TokenIssueProblem[] = [];
  if (!input.name.trim() || input.name.length > 200) problems.push({ field: 'name', message: 'Give the token a name of 1 to 200 characters: who or what uses it, e.g. "Sở KH&ĐT Bắc Kạn".' });
  if (input.role === 'EDITOR' && input.areas.length === 0) problems.push({ field: 'areas', message: 'An editor token needs at least one area it may write (an area code, e.g. bac-kan).' });
  if (input.role === 'ADMIN' && input.areas.length > 0) problems.push({ field: 'areas', message: 'An admin token writes everywhere: leave its areas empty.' });
  if (input.areas.length) {
    const found = await prisma.area.findMany({ where: { key: { in: [...input.areas] } }, select: { key: true } });
    const known = new Set(found.map((a) => a.key));
    const unknown = input.areas.filter((k) => !known.has(k));
    if (unknown.length) problems.push({ field: 'areas', message: `No area has the code ${unknown.map((k) => `"${k}"`).join(', ')}. List codes with \`areas { edges { node { code } } }\`.` });
  }
  if (input.expiresAt && input.expiresAt <= now) problems.push({ field: 'expiresAt', message: 'The expiry must be in the future.' });
  return problems;
}

/** Issues a token: the row, and the secret, which exists only in this answer. */
export async function issueToken(prisma: Pick<Db, 'apiToken'>, input: IssueTokenInput): Promise<{ id: number; secret: string }> {
  const secret = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const row = await prisma.apiToken.create({
    data: {
      name: input.name.trim(),
      role: input.role,
      hash: hashSecret(secret),
      prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
      areaKeys: [...new Set(input.areas)].sort().join(','),
      expiresAt: input.expiresAt,
      createdBy: input.createdBy,
    },
    select: { id: true },
  });
  return { id: row.id, secret };
}
