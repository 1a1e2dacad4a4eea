import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { judge, judgeSelect } from '../../domain/matching.ts';
import { fold } from '@planhub/db/text';
import { pageOptions, seekBySortKey } from '../../pagination.ts';
import { SortDirectionEnum, TargetStatusEnum } from '../common/enums.ts';
import { requireExisting, sectorWhere } from '../common/lookup.ts';
import { perRequest, textFilter, yearFilter } from '../common/inputs.ts';
import { orNotFound } from '../common/not-found.ts';
import { AgencyRef } from '../agency/agency.ts';
import { knownIndicators } from './results.ts';
import { PlanRef } from '../plan/plan.ts';

const IndicatorOrderField = builder.enumType('IndicatorOrderField', {
  description: 'What to order indicators by.',
  values: {
    NAME: { description: 'Vietnamese name, ignoring diacritics first (as a reader sorts), then with them.' },
    CODE: { description: 'Indicator code.' },
    CREATED: { description: 'The order they were recorded in.' },
  } as const,
});

const IndicatorOrder = builder.inputType('IndicatorOrder', {
  description: 'Ordering for `indicators`.',
  fields: (t) => ({
    field: t.field({ type: IndicatorOrderField, required: true, description: 'What to order by.' }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'asc', description: 'Ascending (default) or descending.' }),
  }),
});

const IndicatorFilter = builder.inputType('IndicatorFilter', {
  description: 'Narrows `indicators`. Every field is optional; given fields must all match.',
  fields: (t) => ({
    plan: t.globalID({ for: PlanRef, description: 'Only indicators with a target in this plan.' }),
    year: yearFilter(t, 'Only indicators with a target or a result for this year.'),
    sector: t.string({ description: 'Only indicators of the sector with this code, or of its sub-sectors.' }),
    status: t.field({
      type: TargetStatusEnum,
      description: 'Only indicators with a target of this computed status (within `plan` and `year`, when given).',
    }),
    agency: t.globalID({
      for: AgencyRef,
      description: 'Only indicators this agency is responsible for, directly or through a linked solution.',
    }),
    text: textFilter(t, 'Only indicators whose name or description contains this text, ignoring case and Vietnamese diacritics.'),
    mainOnly: t.boolean({ description: 'Only indicators that are main (headline) indicators of some plan.' }),
  }),
});

type Filter = typeof IndicatorFilter.$inferInput;

async function indicatorWhere(filter: Filter | null | undefined, ctx: Context) {
  if (!filter) return {};
  const planId = filter.plan ? Number(filter.plan.id) : undefined;
  const agencyId = filter.agency ? Number(filter.agency.id) : undefined;
  if (planId !== undefined) await requireExisting(ctx, 'plan', planId, 'filter.plan');
  if (agencyId !== undefined) await requireExisting(ctx, 'agency', agencyId, 'filter.agency');
  // The year's periods by ID first: `periodId IN (…)` probes the (indicatorId, periodId)
  // indexes directly, where a join to Period inside each EXISTS costs a look-up per row.
  const yearPeriod = filter.year != null ? { periodId: { in: await ctx.reference.periodIdsOfYear(filter.year) } } : undefined;
  const targetScope = {
    ...(planId !== undefined ? { planId } : {}),
    ...yearPeriod,
    ...(filter.mainOnly ? { isMain: true } : {}),
  };
  const and: object[] = [];
  if (planId !== undefined) {
    // A plan's targets are few (tens to hundreds): read their indicators from the
    // (planId, indicatorId) index, instead of a correlated EXISTS per indicator in both the
    // page and its count (which scans every indicator: 2.6 ms at M); once per data version.
    const ids = await ctx.remember(`indicator-ids-with-targets:${JSON.stringify(targetScope)}`, async () => {
      const targets = await ctx.prisma.target.findMany({ where: targetScope, select: { indicatorId: true }, distinct: ['indicatorId'] });
      return targets.map((tg) => tg.indicatorId);
    });
    and.push({ id: { in: ids } });
  } else if (filter.mainOnly) {
    and.push({ targets: { some: targetScope } });
  }
  if (yearPeriod) and.push({ OR: [{ targets: { some: targetScope } }, { results: { some: yearPeriod } }] });
  if (filter.sector) and.push(await sectorWhere(ctx, filter.sector, 'filter.sector'));
  if (agencyId !== undefined) {
    and.push({
      OR: [
        { assignments: { some: { agencyId } } },
        { solutions: { some: { solution: { assignments: { some: { agencyId } } } } } },
      ],
    });
  }
  if (filter.text) and.push({ searchText: { contains: fold(filter.text) } });
  if (filter.status) {
    // Status is computed, not stored: judge the targets in scope, keep the indicators that match.
    const targets = await ctx.prisma.target.findMany({ where: targetScope, select: { indicatorId: true, ...judgeSelect } });
    const ids = [...new Set(targets.filter((tg) => judge(tg).status === filter.status).map((tg) => tg.indicatorId))];
    and.push({ id: { in: ids } });
  }
  return { AND: and };
}

const whereOf = perRequest((args: { filter?: Filter | null }, ctx: Context) => indicatorWhere(args.filter, ctx));

function indicatorOrder(order: typeof IndicatorOrder.$inferInput | null | undefined) {
  const direction = order?.direction ?? 'asc';
  switch (order?.field) {
    case 'NAME':
      return [{ sortKey: direction }, { id: direction }];
    case 'CODE':
      return [{ key: direction }];
    default:
      return [{ id: direction }];
  }
}

builder.queryFields((t) => ({
  indicators: t.prismaConnection({
    type: 'Indicator',
    cursor: 'id',
    ...pageOptions,
    description: 'Indicators, filtered and ordered. Paged with keyset cursors: stable while data is added.',
    args: {
      filter: t.arg({ type: IndicatorFilter, required: false, description: 'Conditions the indicators must meet.' }),
      orderBy: t.arg({ type: IndicatorOrder, required: false, description: 'Ordering; by default the order recorded.' }),
    },
    totalCount: async (_parent, args, ctx) => {
      const where = await whereOf(args, ctx);
      return ctx.remember(`indicator:${JSON.stringify(where)}`, () => ctx.prisma.indicator.count({ where }));
    },
    resolve: async (query, _root, args, ctx) => {
      const where = await whereOf(args, ctx);
      const orderBy = indicatorOrder(args.orderBy);
      if (args.orderBy?.field !== 'NAME') return knownIndicators(ctx, await ctx.prisma.indicator.findMany({ ...query, where, orderBy }));
      const { page, seek } = await seekBySortKey(query, args.orderBy.direction ?? 'asc', (id) =>
        ctx.prisma.indicator.findUnique({ where: { id }, select: { sortKey: true } }),
      );
      return knownIndicators(ctx, await ctx.prisma.indicator.findMany({ ...page, where: { AND: [where, seek] }, orderBy }));
    },
  }),
  indicator: t.prismaField({
    type: 'Indicator',
    description: 'One indicator by its code. Fails with NOT_FOUND when no indicator has it.',
    args: { code: t.arg.string({ required: true, description: 'The indicator code, e.g. `grdp-growth`.' }) },
    resolve: (query, _root, args, ctx) =>
      orNotFound(
        ctx.prisma.indicator.findUnique({ ...query, where: { key: args.code } }).then((row) => row && knownIndicators(ctx, [row])[0]!),
        'indicator',
        args.code,
        'List codes with `indicators { edges { node { code } } }`.',
      ),
  }),
}));
