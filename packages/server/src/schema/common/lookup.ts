import type { Context } from '../../context.ts';
import { userError, ErrorCode } from '../../errors.ts';

// Filters that name another object, by ID or by code, check that it exists: a stale
// ID or a mistyped code is reported instead of silently matching nothing. One cheap
// count per given argument, whatever the size of the result.

type Model = 'plan' | 'indicator' | 'agency' | 'solution' | 'sector' | 'area';
type Counter = { count(args: { where: { id: number } | { key: string } }): Promise<number> };

export async function requireExisting(ctx: Context, model: Model, id: number, argument: string): Promise<void> {
  // Plans and agencies are reference data (reference.ts): checked in memory while the data is unchanged.
  const exists =
    model === 'plan' || model === 'agency'
      ? await ctx.reference.exists(model, id)
      : (await (ctx.prisma[model] as unknown as Counter).count({ where: { id } })) > 0;
  if (!exists) {
    throw userError(ErrorCode.NOT_FOUND, `${argument}: no ${model} has this ID. Use an \`id\` returned by PlanHub.`, { argument });
  }
}

const LISTS: Partial<Record<Model, string>> = { sector: '`sectors { code }`', area: '`areas { edges { node { code } } }`' };

export async function requireCode(ctx: Context, model: Model, key: string, argument: string): Promise<void> {
  if ((await (ctx.prisma[model] as unknown as Counter).count({ where: { key } })) === 0) {
    throw userError(ErrorCode.NOT_FOUND, `${argument}: no ${model} has the code "${key}". List codes with ${LISTS[model] ?? 'the matching list'}.`, {
      argument,
    });
  }
}

/** Rows of the sector with this code or of its sub-sectors; the code must exist. */
export async function sectorWhere(ctx: Context, key: string, argument: string) {
  await requireCode(ctx, 'sector', key, argument);
  return { OR: [{ sector: { key } }, { sector: { parent: { key } } }] };
}
