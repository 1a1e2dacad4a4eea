import { builder } from '../../builder.ts';
import { orNotFound } from '../common/not-found.ts';
import { pageOptions } from '../../pagination.ts';
import { AreaLevelEnum, PlanKindEnum } from '../common/enums.ts';
import { perRequest } from '../../loaders/per-request.ts';
import { yearFilter } from '../common/inputs.ts';
import { requireCode } from '../common/lookup.ts';
import type { Context } from '../../context.ts';

const PlanFilter = builder.inputType('PlanFilter', {
  description: 'Narrows `plans`. Every field is optional; given fields must all match.',
  fields: (t) => ({
    kind: t.field({ type: PlanKindEnum, description: 'Only plans of this kind.' }),
    level: t.field({ type: AreaLevelEnum, description: 'Only plans at this level.' }),
    area: t.string({ description: 'Only plans for the area with this code (e.g. `bac-kan`).' }),
    year: yearFilter(t, 'Only plans whose period includes this year.'),
  }),
});

const whereOf = perRequest((args: { filter?: PlanFilterShape }, ctx: Context) => planWhere(args.filter, ctx));

builder.queryFields((t) => ({
  plans: t.prismaConnection({
    type: 'Plan',
    cursor: 'id',
    ...pageOptions,
    totalCount: async (_parent, args, ctx) => {
      const where = await whereOf(args, ctx);
      return ctx.remember(`plan:${JSON.stringify(where)}`, () => ctx.prisma.plan.count({ where }));
    },
    description: 'Plans, in the order they were recorded (retired ones left out).',
    args: { filter: t.arg({ type: PlanFilter, required: false, description: 'Conditions the plans must meet.' }) },
    resolve: async (query, _root, args, ctx) =>
      ctx.prisma.plan.findMany({
        ...query,
        where: await whereOf(args, ctx),
        orderBy: [{ id: 'asc' }],
      }),
  }),
  plan: t.prismaField({
    type: 'Plan',
    description: 'One plan by its code. Fails with NOT_FOUND when no plan has it.',
    args: { code: t.arg.string({ required: true, description: 'The plan code, e.g. `bac-kan-ktxh-2024`.' }) },
    resolve: (query, _root, args, ctx) =>
      orNotFound(
        ctx.prisma.plan.findUnique({ ...query, where: { key: args.code } }),
        'plan',
        args.code,
        'List codes with `plans { edges { node { code } } }`.',
      ),
  }),
}));

type PlanFilterShape = typeof PlanFilter.$inferInput | null | undefined;

async function planWhere(filter: PlanFilterShape, ctx: Context) {
  if (filter?.area) await requireCode(ctx, 'area', filter.area, 'filter.area');
  return {
    retiredAt: null,
    ...(filter?.kind ? { kind: filter.kind } : {}),
    ...(filter?.level ? { level: filter.level } : {}),
    ...(filter?.area ? { area: { key: filter.area } } : {}),
    ...(filter?.year != null ? { period: { startYear: { lte: filter.year }, endYear: { gte: filter.year } } } : {}),
  };
}
