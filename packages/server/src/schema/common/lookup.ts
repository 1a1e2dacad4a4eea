import type { Context } from '../../context.ts';
import { userError, ErrorCode } from '../../errors.ts';

// Filters that name another object by ID check that it exists, so a stale ID is
// reported instead of silently matching nothing. One cheap query per given ID.

type Model = 'plan' | 'indicator' | 'agency' | 'solution' | 'sector';

export async function requireExisting(ctx: Context, model: Model, id: number, argument: string): Promise<void> {
  const delegate = ctx.prisma[model] as unknown as { count(args: { where: { id: number } }): Promise<number> };
  if ((await delegate.count({ where: { id } })) === 0) {
    throw userError(ErrorCode.NOT_FOUND, `${argument}: no ${model} has this ID. Use an \`id\` returned by PlanHub.`, { argument });
  }
}
