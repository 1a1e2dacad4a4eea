import { fold } from '@planhub/db/text';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { perRequest } from '../../loaders/per-request.ts';
import { responsibleAgencyWhere } from '../../loaders/responsibility.ts';
import { primeDirections } from '../../loaders/results.ts';
import { statusTally, type TargetScope } from '../../loaders/status-tally.ts';
import { pageOfIds, pageOptions, seekBySortKey } from '../../pagination.ts';
import { SortDirectionEnum, TargetStatusEnum } from '../common/enums.ts';
import { textFilter, yearFilter } from '../common/inputs.ts';
import type { Prisma } from '@planhub/db/generated/sqlite/client';
import { ErrorCode, userError } from '../../errors.ts';
import { areaIdOf, definitionIdOf, requireExisting, sectorWhere } from '../common/lookup.ts';
import { orNotFound } from '../common/not-found.ts';

const IndicatorOrderField = builder.enumType('IndicatorOrderField', {
  description: 'What to order indicators by.',
  values: {
    NAME: { description: "Their definition's Vietnamese name, ignoring diacritics first (as a reader sorts), then with them." },
    CODE: { description: "Their definition's code, then the order recorded (one series per area)." },
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
    area: t.string({ description: 'Only the series of the area with this code (e.g. `bac-kan`).' }),
    definition: t.string({ description: 'Only the series of the definition with this code (e.g. `economic-growth-rate`), one per area.' }),
    plan: t.globalID({ description: 'Only indicators with a target in this plan.' }),
    year: yearFilter(t, 'Only indicators with a target or a result for this year.'),
    sector: t.string({ description: 'Only indicators of the sector with this code, or of its sub-sectors.' }),
    status: t.field({
      type: TargetStatusEnum,
      description: 'Only indicators with a target of this computed status (within `plan` and `year`, when given).',
    }),
    agency: t.globalID({
      description: 'Only indicators this agency is responsible for, directly or through a linked solution.',
    }),
    text: textFilter(t, 'Only indicators whose name or description contains this text, ignoring case and Vietnamese diacritics.'),
    mainOnly: t.boolean({ description: 'Only indicators that are main (headline) indicators of some plan.' }),
  }),
});

type Filter = typeof IndicatorFilter.$inferInput;

async function definitionWhere(ctx: Context, filter: typeof DefinitionFilter.$inferInput | null | undefined) {
  const and: object[] = [{ retiredAt: null }];
  if (filter?.sector) and.push(await sectorWhere(ctx, filter.sector, 'filter.sector'));
  if (filter?.text) and.push({ searchText: { contains: fold(filter.text) } });
  return { AND: and };
}

/**
 * A filter as the database can apply it (`where`), and the IDs it is narrowed to when a
 * condition is computed rather than stored (a target's status) or read from a
 * remembered set (a plan's indicators): `ids`, ascending, else undefined.
 */
interface IndicatorScope {
  where: object;
  ids?: readonly number[];
}

async function indicatorScope(filter: Filter | null | undefined, ctx: Context): Promise<IndicatorScope> {
  if (!filter) return { where: { retiredAt: null } };
  const planId = filter.plan ? await requireExisting(ctx, 'plan', filter.plan, 'filter.plan') : undefined;
  const agencyId = filter.agency ? await requireExisting(ctx, 'agency', filter.agency, 'filter.agency') : undefined;
  // The year's periods by ID first: `periodId IN (…)` probes the (indicatorId, periodId)
  // indexes directly, where a join to Period inside each EXISTS costs a look-up per row.
  const yearPeriod = filter.year != null ? { periodId: { in: await ctx.reference.periodIdsOfYear(filter.year) } } : undefined;
  const targetScope: TargetScope = {
    retiredAt: null,
    ...(planId !== undefined ? { planId } : {}),
    ...yearPeriod,
    ...(filter.mainOnly ? { isMain: true as const } : {}),
  };
  const and: object[] = [{ retiredAt: null }];
  let ids: readonly number[] | undefined;
  if (filter.status) {
    // Status is computed, not stored: the indicators with a target of this status in
    // scope, from the scope's tally (judged once per data version).
    ids = (await statusTally(ctx, targetScope)).indicatorIds[filter.status];
  } else if (planId !== undefined) {
    // A plan's indicators from the (planId, indicatorId) index, once per data version,
    // instead of a correlated EXISTS per indicator in both the page and its count.
    ids = await ctx.remember(`indicator-ids-with-targets:${JSON.stringify(targetScope)}`, async () => {
      const targets = await ctx.prisma.target.findMany({ where: targetScope, select: { indicatorId: true }, distinct: ['indicatorId'] });
      return targets.map((tg) => tg.indicatorId).sort((a, b) => a - b);
    }, (ids) => ids.length);
  } else if (filter.mainOnly) {
    and.push({ targets: { some: targetScope } });
  }
  if (yearPeriod) and.push({ OR: [{ targets: { some: targetScope } }, { results: { some: { ...yearPeriod, retiredAt: null } } }] });
  if (filter.sector) and.push({ definition: await sectorWhere(ctx, filter.sector, 'filter.sector') });
  if (filter.area) and.push({ areaId: await areaIdOf(ctx, filter.area, 'filter.area') });
  if (filter.definition) and.push({ definitionId: await definitionIdOf(ctx, filter.definition, 'filter.definition') });
  if (agencyId !== undefined) and.push(responsibleAgencyWhere(agencyId));
  if (filter.text) and.push({ searchText: { contains: fold(filter.text) } });
  return { where: { AND: and }, ...(ids ? { ids } : {}) };
}

const scopeOf = perRequest((args: { filter?: Filter | null }, ctx: Context) => indicatorScope(args.filter, ctx));

/**
 * The IDs of every indicator a narrowed scope holds, in the list's order, once per data
 * version and arguments: the stored conditions and the order from the database (IDs
 * only), narrowed to the scope's IDs in memory. Pages are slices of it and its length is
 * the total, so no ID list of any length is ever sent to the database.
 */
const orderedIdsOf = perRequest(async (args: { filter?: Filter | null; orderBy?: typeof IndicatorOrder.$inferInput | null }, ctx: Context) => {
  const scope = await scopeOf(args, ctx);
  const ids = scope.ids!;
  return ctx.remember(`indicator-ordered-ids:${JSON.stringify([args.filter, args.orderBy])}`, async () => {
    const wanted = new Set(ids);
    const rows = await ctx.prisma.indicator.findMany({ where: scope.where, orderBy: indicatorOrder(args.orderBy), select: { id: true } });
    return rows.map((row) => row.id).filter((id) => wanted.has(id));
  }, (ids) => ids.length);
});

function indicatorOrder(order: typeof IndicatorOrder.$inferInput | null | undefined): Prisma.IndicatorOrderByWithRelationInput[] {
  const direction = order?.direction ?? 'asc';
  switch (order?.field) {
    case 'NAME':
      return [{ sortKey: direction }, { id: direction }];
    case 'CODE':
      return [{ definition: { key: direction } }, { id: direction }];
    default:
      return [{ id: direction }];
  }
}

const DefinitionFilter = builder.inputType('IndicatorDefinitionFilter', {
  description: 'Narrows `indicatorDefinitions`. Every field is optional; given fields must all match.',
  fields: (t) => ({
    sector: t.string({ description: 'Only definitions of the sector with this code, or of its sub-sectors.' }),
    text: textFilter(t, 'Only definitions whose name or description contains this text, ignoring case and Vietnamese diacritics.'),
  }),
});

builder.queryFields((t) => ({
  indicatorDefinitions: t.prismaConnection({
    type: 'IndicatorDefinition',
    cursor: 'id',
    ...pageOptions,
    description: 'The catalogue: what is measured, each definition shared by every area that measures it; by Vietnamese name, retired ones left out.',
    args: { filter: t.arg({ type: DefinitionFilter, required: false, description: 'Conditions the definitions must meet.' }) },
    totalCount: async (_parent, args, ctx) => {
      const where = await definitionWhere(ctx, args.filter);
      return ctx.remember(`definition-count:${JSON.stringify(where)}`, () => ctx.prisma.indicatorDefinition.count({ where }));
    },
    resolve: async (query, _root, args, ctx) => {
      const where = await definitionWhere(ctx, args.filter);
      const { page, seek } = await seekBySortKey(query, 'asc', (id) => ctx.prisma.indicatorDefinition.findUnique({ where: { id }, select: { sortKey: true } }));
      return ctx.prisma.indicatorDefinition.findMany({ ...page, where: { AND: [where, seek] }, orderBy: [{ sortKey: 'asc' }, { id: 'asc' }] });
    },
  }),
  indicatorDefinition: t.prismaField({
    type: 'IndicatorDefinition',
    description: 'One indicator definition by its code; its `series` are the areas that measure it. Fails with NOT_FOUND when no definition has it.',
    args: { code: t.arg.string({ required: true, description: 'The definition code, e.g. `economic-growth-rate`.' }) },
    resolve: (query, _root, args, ctx) =>
      orNotFound(
        ctx.prisma.indicatorDefinition.findUnique({ ...query, where: { key: args.code } }),
        'indicator definition',
        args.code,
        'List codes with `indicatorDefinitions { edges { node { code } } }`.',
      ),
  }),
  indicators: t.prismaConnection({
    type: 'Indicator',
    cursor: 'id',
    ...pageOptions,
    description: 'Indicators (series), filtered and ordered, retired ones left out. Paged with keyset cursors: stable while data is added.',
    args: {
      filter: t.arg({ type: IndicatorFilter, required: false, description: 'Conditions the indicators must meet.' }),
      orderBy: t.arg({ type: IndicatorOrder, required: false, description: 'Ordering; by default the order recorded.' }),
    },
    totalCount: async (_parent, args, ctx) => {
      const { where, ids } = await scopeOf(args, ctx);
      if (ids) return (await orderedIdsOf(args, ctx)).length;
      return ctx.remember(`indicator-count:${JSON.stringify(where)}`, () => ctx.prisma.indicator.count({ where }));
    },
    resolve: async (query, _root, args, ctx) => {
      const { where, ids } = await scopeOf(args, ctx);
      const orderBy = indicatorOrder(args.orderBy);
      if (ids) {
        const pageIds = pageOfIds(await orderedIdsOf(args, ctx), query);
        const { cursor: _cursor, skip: _skip, take: _take, ...rest } = query;
        const rows = await ctx.prisma.indicator.findMany({ ...rest, where: { id: { in: pageIds } } });
        const byId = new Map(rows.map((row) => [row.id, row]));
        // A row deleted by a write that committed after this request read the data version is left out.
        return primeDirections(ctx, pageIds.flatMap((id) => byId.get(id) ?? []));
      }
      if (args.orderBy?.field !== 'NAME') return primeDirections(ctx, await ctx.prisma.indicator.findMany({ ...query, where, orderBy }));
      const { page, seek } = await seekBySortKey(query, args.orderBy.direction ?? 'asc', (id) =>
        ctx.prisma.indicator.findUnique({ where: { id }, select: { sortKey: true } }),
      );
      return primeDirections(ctx, await ctx.prisma.indicator.findMany({ ...page, where: { AND: [where, seek] }, orderBy }));
    },
  }),
  indicator: t.prismaField({
    type: 'Indicator',
    description: "One area's series of a definition, by the area's code and the definition's code. Fails with NOT_FOUND, saying which is unknown, when there is none.",
    args: {
      area: t.arg.string({ required: true, description: 'The area code, e.g. `bac-kan`.' }),
      code: t.arg.string({ required: true, description: 'The definition code, e.g. `economic-growth-rate`.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const [areaId, definitionId] = await Promise.all([areaIdOf(ctx, args.area, 'area'), definitionIdOf(ctx, args.code, 'code')]);
      const row = await ctx.prisma.indicator.findUnique({ ...query, where: { definitionId_areaId: { definitionId, areaId } } });
      if (!row) {
        throw userError(
          ErrorCode.NOT_FOUND,
          `Area "${args.area}" has no series of "${args.code}". List its series with \`indicators(filter: { area: "${args.area}" })\`, or the areas that measure it with \`indicatorDefinition(code: "${args.code}") { series { area { code } } }\`.`,
        );
      }
      return primeDirections(ctx, [row])[0]!;
    },
  }),
}));
