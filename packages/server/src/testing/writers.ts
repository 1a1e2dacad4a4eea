import type { Database } from '@planhub/db/client';
import { issueToken } from '../auth/tokens.ts';

// What the write-path tests share: a second province beside the seeded one (with a series
// and a plan of its own, for writes out of scope), and the tokens of every kind of writer.

export interface WriterTokens {
  /** An editor of bac-kan. */
  editor: string;
  /** An editor of the second province, tinh-thu. */
  otherEditor: string;
  admin: string;
  /** An editor of bac-kan whose token has expired. */
  expired: string;
  /** An editor of bac-kan whose token was revoked. */
  revoked: string;
}

export async function setUpWriters(db: Database): Promise<WriterTokens> {
  const { prisma } = db;
  const other = await prisma.area.create({ data: { key: 'tinh-thu', level: 'PROVINCE', nameVi: 'Tỉnh Thử' } });
  const template = await prisma.indicator.findFirstOrThrow({ where: { definition: { key: 'economic-growth-rate' } } });
  await prisma.indicator.create({ data: { definitionId: template.definitionId, areaId: other.id, unitId: template.unitId } });
  const period = await prisma.period.findUniqueOrThrow({ where: { key: '2024' } });
  await prisma.plan.create({ data: { key: 'tinh-thu-ktxh-2024', kind: 'ANNUAL_SOCIO_ECONOMIC', level: 'PROVINCE', areaId: other.id, periodId: period.id, titleVi: 'Kế hoạch thử' } });
  const issue = async (name: string, role: 'EDITOR' | 'ADMIN', areas: string[], expiresAt: Date | null = null) =>
    (await issueToken(prisma, { name, role, areas, expiresAt, createdBy: 'test' })).secret;
  const tokens: WriterTokens = {
    editor: await issue('Sở KH&ĐT Bắc Kạn', 'EDITOR', ['bac-kan']),
    otherEditor: await issue('Sở KH&ĐT Tỉnh Thử', 'EDITOR', ['tinh-thu']),
    admin: await issue('Quản trị', 'ADMIN', []),
    expired: await issue('Hết hạn', 'EDITOR', ['bac-kan'], new Date(Date.now() - 1000)),
    revoked: await issue('Thu hồi', 'EDITOR', ['bac-kan']),
  };
  await prisma.apiToken.updateMany({ where: { name: 'Thu hồi' }, data: { revokedAt: new Date() } });
  return tokens;
}
