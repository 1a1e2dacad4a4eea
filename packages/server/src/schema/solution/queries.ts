import { fold } from '@planhub/db/text';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { pageOptions } from '../../pagination.ts';
import { AgencyRef } from '../agency/agency.ts';
import { SolutionKindEnum } from '../common/enums.ts';
import { perRequest, textFilter } from '../common/inputs.ts';
import { requireExisting, sectorWhere } from '../common/lookup.ts';
import { IndicatorRef } from '../indicator/indicator.ts';
import { PlanRef } from '../plan/plan.ts';

const SolutionFilter = builder.inputType('SolutionFilter', {
  description: 'Narrows `solutions`. Every field is optional; given fields must all match.',
  fields: (t) => ({
    plan: t.globalID({ for: PlanRef, description: 'Only solutions of this plan.' }),
    sector: t.string({ description: 'Only solutions of the sector with this code, or of its sub-sectors.' }),
    indicator: t.globalID({ for: IndicatorRef, description: 'Only solutions linked to this indicator.' }),
    agency: t.globalID({ for: AgencyRef, description: 'Only solutions this agency is assigned to.' }),
    kind: t.field({ type: SolutionKindEnum, description: 'Only solutions, or only directives.' }),
    text: textFilter(t, 'Only solutions whose text contains this, ignoring case and Vietnamese diacritics.'),
  }),
});

type Filter = typeof SolutionFilter.$inferInput;

async function solutionWhere(filter: Filter | null | undefined, ctx: Context) {
  if (!filter) return {};
  const planId = filter.plan ? Number(filter.plan.id) : undefined;
  const indicatorId = filter.indicator ? Number(filter.indicator.id) : undefined;
  const agencyId = filter.agency ? Number(filter.agency.id) : undefined;
  await Promise.all([
    planId !== undefined && requireExisting(ctx, 'plan', planId, 'filter.plan'),
    indicatorId !== undefined && requireExisting(ctx, 'indicator', indicatorId, 'filter.indicator'),
    agencyId !== undefined && requireExisting(ctx, 'agency', agencyId, 'filter.agency'),
  ]);
  const and: object[] = [];
  if (planId !== undefined) and.push({ planId });
  if (filter.kind) and.push({ kind: filter.kind });
  if (filter.sector) and.push(await sectorWhere(ctx, filter.sector, 'filter.sector'));
  if (indicatorId !== undefined) and.push({ indicators: { some: { indicatorId } } });
  if (agencyId !== undefined) and.push({ assignments: { some: { agencyId } } });
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
