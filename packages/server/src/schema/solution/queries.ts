import { fold } from '@planhub/db/text';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { pageOptions } from '../../pagination.ts';
import { SolutionKindEnum } from '../common/enums.ts';
import { perRequest } from '../../loaders/per-request.ts';
import { textFilter } from '../common/inputs.ts';
import { requireExisting, sectorWhere } from '../common/lookup.ts';

const SolutionFilter = builder.inputType('SolutionFilter', {
  description: 'Narrows `solutions`. Every field is optional; given fields must all match.',
  fields: (t) => ({
    plan: t.globalID({ description: 'Only solutions of this plan.' }),
    sector: t.string({ description: 'Only solutions of the sector with this code, or of its sub-sectors.' }),
    indicator: t.globalID({ description: 'Only solutions linked to this indicator.' }),
    agency: t.globalID({ description: 'Only solutions this agency is assigned to.' }),
    kind: t.field({ type: SolutionKindEnum, description: 'Only solutions, or only directives.' }),
    text: textFilter(t, 'Only solutions whose text contains this, ignoring case and Vietnamese diacritics.'),
  }),
});

type Filter = typeof SolutionFilter.$inferInput;

async function solutionWhere(filter: Filter | null | undefined, ctx: Context) {
  // Retired solutions stay in history (node, changes) and leave every list.
  if (!filter) return { retiredAt: null };
  const [planId, indicatorId, agencyId] = await Promise.all([
    filter.plan ? requireExisting(ctx, 'plan', filter.plan, 'filter.plan') : undefined,
    filter.indicator ? requireExisting(ctx, 'indicator', filter.indicator, 'filter.indicator') : undefined,
    filter.agency ? requireExisting(ctx, 'agency', filter.agency, 'filter.agency') : undefined,
  ]);
  const and: object[] = [{ retiredAt: null }];
  if (planId !== undefined) and.push({ planId });
  if (filter.kind) and.push({ kind: filter.kind });
  if (filter.sector) and.push(await sectorWhere(ctx, filter.sector, 'filter.sector'));
  if (indicatorId !== undefined) and.push({ indicators: { some: { indicatorId, retiredAt: null } } });
  if (agencyId !== undefined) and.push({ assignments: { some: { agencyId, retiredAt: null } } });
  if (filter.text) and.push({ searchText: { contains: fold(filter.text) } });
  return { AND: and };
}

const whereOf = perRequest((args: { filter?: Filter | null }, ctx: Context) => solutionWhere(args.filter, ctx));

builder.queryFields((t) => ({
  solutions: t.prismaConnection({
    type: 'Solution',
    cursor: 'id',
    ...pageOptions,
    description: 'Solutions and directives, by plan and in source order.',
    args: { filter: t.arg({ type: SolutionFilter, required: false, description: 'Conditions the solutions must meet.' }) },
    totalCount: async (_parent, args, ctx) => {
      const where = await whereOf(args, ctx);
      return ctx.remember(`solution:${JSON.stringify(where)}`, () => ctx.prisma.solution.count({ where }));
    },
    resolve: async (query, _root, args, ctx) =>
      ctx.prisma.solution.findMany({
        ...query,
        where: await whereOf(args, ctx),
        orderBy: [{ planId: 'asc' }, { position: 'asc' }, { id: 'asc' }],
      }),
  }),
}));
