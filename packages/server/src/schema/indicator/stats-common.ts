import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { type GroupKey, type NumberSummary, TooManyGroups, type ValueSummary } from '../../domain/aggregate.ts';
import { ErrorCode, userError } from '../../errors.ts';
import { MAX_GROUPS, orderGroups, type SeriesScope } from '../../loaders/stats.ts';
import { COMPUTED_LIST_DEFAULT_SIZE, firstOf } from '../common/computed-list.ts';
import { REFERENCE_LIST_CAP } from '../../limits/cost.ts';
import { AreaLevelEnum, SortDirectionEnum } from '../common/enums.ts';
import { yearFilter } from '../common/inputs.ts';
import { areaIdOf, definitionIdOf, periodOf, requireExisting, sectorTreeOf } from '../common/lookup.ts';
import { UnitRef } from '../common/unit.ts';
import { AgencyRef } from '../agency/agency.ts';
import { AreaRef } from '../common/area.ts';
import { PeriodRef } from '../common/period.ts';
import { SectorRef } from '../common/sector.ts';
import { PlanRef } from '../plan/plan.ts';
import { IndicatorDefinitionRef } from './definition.ts';

// What targetStats and resultStats share: their summaries of numbers, the filter fields
// that narrow the series they read, the order of their groups, and how their arguments
// are checked (every code and ID must exist; each key once).

export const NumberStatsRef = builder.objectRef<NumberSummary>('NumberStats').implement({
  description: 'Count, sum, mean, least and greatest of a set of numbers; the four are null when the set is empty.',
  fields: (t) => ({
    count: t.exposeInt('count', { description: 'How many numbers there are (rows without one are not counted here).' }),
    sum: t.exposeFloat('sum', { nullable: true, description: 'Their sum, rounded to six decimals.' }),
    average: t.exposeFloat('average', { nullable: true, description: 'Their arithmetic mean, rounded to six decimals.' }),
    min: t.exposeFloat('min', { nullable: true, description: 'The least.' }),
    max: t.exposeFloat('max', { nullable: true, description: 'The greatest.' }),
  }),
});

export const ValueStatsRef = builder.objectRef<ValueSummary>('ValueStats').implement({
  description:
    "Values summed in their dimension's base unit (a figure in billion VND counts as VND), so units of one dimension add. Values of different dimensions (percent and VND) do not add: a group that mixes them gives only `count` and `dimensions`.",
  fields: (t) => ({
    dimension: t.exposeString('dimension', { nullable: true, description: 'The dimension of every value (e.g. `PERCENT`, `CURRENCY_VND`); null when there are none, or several.' }),
    dimensions: t.exposeStringList('dimensions', { description: 'Every dimension among the values, alphabetically: more than one means they were not summed.' }),
    baseUnit: t.field({
      type: UnitRef,
      nullable: true,
      description: "The unit `sum`, `average`, `min` and `max` are in: the dimension's unit with multiplier 1; null when there is no one dimension.",
      resolve: async (v, _args, ctx) => (v.dimension === null ? null : ((await ctx.reference.all('unit')).find((u) => u.dimension === v.dimension && u.multiplier === 1) ?? null)),
    }),
    count: t.int({ description: 'How many values there are.', resolve: (v) => v.summary.count }),
    sum: t.float({ nullable: true, description: 'Their sum in the base unit; null with several dimensions or none.', resolve: (v) => v.summary.sum }),
    average: t.float({ nullable: true, description: 'Their mean in the base unit; null with several dimensions or none.', resolve: (v) => v.summary.average }),
    min: t.float({ nullable: true, description: 'The least, in the base unit; null with several dimensions or none.', resolve: (v) => v.summary.min }),
    max: t.float({ nullable: true, description: 'The greatest, in the base unit; null with several dimensions or none.', resolve: (v) => v.summary.max }),
  }),
});

export const StatsOrderFieldEnum = builder.enumType('StatsOrderField', {
  description: 'What to order groups by.',
  values: {
    KEYS: { description: 'The keys, in the order of `groupBy`: statuses and reliabilities as their enums list them, years and periods by time, the rest by code; a null key last.' },
    COUNT: { description: 'How many rows each group counts; ties in the keys’ order.' },
    AVERAGE: { description: "The average the stats centre on: targets' achievement percent, results' value in the base unit. Groups without one last." },
  } as const,
});

export const StatsOrder = builder.inputType('StatsOrder', {
  description: 'The order of a stats query’s groups.',
  fields: (t) => ({
    field: t.field({ type: StatsOrderFieldEnum, required: true, description: 'What to order by.' }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'asc', description: 'Ascending (default) or descending.' }),
  }),
});

type InputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

/** The filter fields that narrow which series and periods are read, shared by both stats filters. */
export function seriesFilterFields(t: InputFieldBuilder, rows: string) {
  return {
    area: t.string({ description: `Only ${rows} of the area with this code (e.g. \`bac-kan\`).` }),
    level: t.field({ type: AreaLevelEnum, description: `Only ${rows} of areas at this level (PROVINCE to compare provinces).` }),
    definition: t.string({ description: `Only ${rows} of the indicator definition with this code (e.g. \`economic-growth-rate\`), in every area that measures it.` }),
    sector: t.string({ description: `Only ${rows} of indicators of the sector with this code, or of its sub-sectors.` }),
    agency: t.globalID({ description: `Only ${rows} of indicators this agency is responsible for, directly or through a linked solution.` }),
    plan: t.globalID({ description: `Only ${rows} of this plan.` }),
    year: yearFilter(t, `Only ${rows} of this year and its parts (half-years, quarters, nine months).`),
    period: t.string({ description: `Only ${rows} of the period with this code (e.g. \`2024\`, \`2021-2025\`).` }),
  };
}

interface SeriesFilter {
  area?: string | null;
  level?: string | null;
  definition?: string | null;
  sector?: string | null;
  agency?: { typename: string; id: string } | null;
  plan?: { typename: string; id: string } | null;
  year?: number | null;
  period?: string | null;
}

const intersect = (a: number[] | undefined, b: number[]) => (a ? a.filter((id) => b.includes(id)) : b);

/** The series a filter names, as reference IDs (no statement): NOT_FOUND for an unknown code, INVALID_ID for a wrong ID. */
async function seriesScopeOf(ctx: Context, filter: SeriesFilter | null | undefined): Promise<SeriesScope> {
  const scope: SeriesScope = {};
  if (!filter) return scope;
  if (filter.area) scope.areaIds = [await areaIdOf(ctx, filter.area, 'filter.area')];
  if (filter.level) scope.areaIds = intersect(scope.areaIds, (await ctx.reference.all('area')).filter((a) => a.level === filter.level).map((a) => a.id));
  if (filter.definition) scope.definitionIds = [await definitionIdOf(ctx, filter.definition, 'filter.definition')];
  if (filter.sector) {
    const ids = await sectorTreeOf(ctx, filter.sector, 'filter.sector');
    const definitions = (await ctx.reference.all('indicatorDefinition')).filter((d) => ids.has(d.sectorId)).map((d) => d.id);
    scope.definitionIds = intersect(scope.definitionIds, definitions);
  }
  if (filter.agency) scope.agencyId = await requireExisting(ctx, 'agency', filter.agency, 'filter.agency');
  return scope;
}

/** The periods a filter's `year` and `period` name (both: those in both); undefined when neither is given. */
async function periodIdsOf(ctx: Context, filter: SeriesFilter | null | undefined): Promise<number[] | undefined> {
  let ids: number[] | undefined;
  if (filter?.year != null) ids = await ctx.reference.periodIdsOfYear(filter.year);
  if (filter?.period) {
    ids = intersect(ids, [(await periodOf(ctx, filter.period, 'filter.period')).id]);
  }
  return ids;
}

/** What both stats queries' arguments name, each checked: the keys, the series, the periods and the plan. */
export async function statsScopeOf<K extends string>(
  ctx: Context,
  args: { filter?: SeriesFilter | null; groupBy?: readonly K[] | null },
): Promise<{ groupBy: K[]; series: SeriesScope; periodIds?: number[]; planId?: number }> {
  const groupBy = checkedGroupBy(args.groupBy);
  const [series, periodIds] = await Promise.all([seriesScopeOf(ctx, args.filter), periodIdsOf(ctx, args.filter)]);
  const planId = args.filter?.plan ? await requireExisting(ctx, 'plan', args.filter.plan, 'filter.plan') : undefined;
  return { groupBy, series, ...(periodIds ? { periodIds } : {}), ...(planId !== undefined ? { planId } : {}) };
}

/** `groupBy` as given, each key once: INVALID_ARGUMENT naming the repeated key otherwise. */
function checkedGroupBy<K extends string>(groupBy: readonly K[] | null | undefined): K[] {
  const keys = [...(groupBy ?? [])];
  const repeated = keys.find((k, i) => keys.indexOf(k) !== i);
  if (repeated) throw userError(ErrorCode.INVALID_ARGUMENT, `groupBy: ${repeated} is listed twice; give each key once.`, { argument: 'groupBy' });
  return keys;
}

/** A stats computation, its group ceiling turned into a coded error that says what to do. */
export async function withinGroupLimit<T>(compute: Promise<T>): Promise<T> {
  try {
    return await compute;
  } catch (error) {
    if (!(error instanceof TooManyGroups)) throw error;
    throw userError(ErrorCode.INVALID_ARGUMENT, `groupBy: these keys form more than ${MAX_GROUPS} groups. Narrow the filter, or group by fewer keys.`, {
      argument: 'groupBy',
      max: MAX_GROUPS,
    });
  }
}

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** A group of a stats query, with the keys it was grouped by. */
export interface StatsGroup<K extends string> {
  stats: { key: GroupKey };
  groupBy: readonly K[];
}

/** A key part of a group, or null when the stats are not grouped by that key (or the row has none). */
export function keyPart<K extends string>(g: StatsGroup<K>, key: K): string | number | null {
  const i = g.groupBy.indexOf(key);
  return i < 0 ? null : (g.stats.key[i] ?? null);
}

type ReferenceKey = 'SECTOR' | 'YEAR' | 'PERIOD' | 'AREA' | 'PLAN' | 'AGENCY' | 'DEFINITION';

/**
 * The key fields both kinds of group share: each null unless grouped by it, each a
 * reference row (no statement). `rows` names what the group holds ("targets", "figures").
 */
export function referenceKeyFields<K extends string>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, StatsGroup<K | ReferenceKey>>, rows: string, planNull: string) {
  const id = (g: StatsGroup<K | ReferenceKey>, key: ReferenceKey) => keyPart(g, key) as number | null;
  return {
    sector: t.field({ type: SectorRef, nullable: true, description: 'The sector, when grouped by SECTOR.', resolve: (g, _a, ctx) => (id(g, 'SECTOR') === null ? null : ctx.reference.get('sector', id(g, 'SECTOR')!)) }),
    year: t.int({ nullable: true, description: 'The year, when grouped by YEAR (null for periods spanning years).', resolve: (g) => id(g, 'YEAR') }),
    period: t.field({ type: PeriodRef, nullable: true, description: 'The period, when grouped by PERIOD.', resolve: (g, _a, ctx) => (id(g, 'PERIOD') === null ? null : ctx.reference.get('period', id(g, 'PERIOD')!)) }),
    area: t.field({ type: AreaRef, nullable: true, description: 'The area, when grouped by AREA.', resolve: (g, _a, ctx) => (id(g, 'AREA') === null ? null : ctx.reference.get('area', id(g, 'AREA')!)) }),
    plan: t.field({ type: PlanRef, nullable: true, description: `The plan, when grouped by PLAN${planNull}.`, resolve: (g, _a, ctx) => (id(g, 'PLAN') === null ? null : ctx.reference.get('plan', id(g, 'PLAN')!)) }),
    agency: t.field({
      type: AgencyRef,
      nullable: true,
      description: `The responsible agency, when grouped by AGENCY; null also for the group of ${rows} no agency is responsible for.`,
      resolve: (g, _a, ctx) => (id(g, 'AGENCY') === null ? null : ctx.reference.get('agency', id(g, 'AGENCY')!)),
    }),
    definition: t.field({
      type: IndicatorDefinitionRef,
      nullable: true,
      description: 'The indicator definition, when grouped by DEFINITION.',
      resolve: (g, _a, ctx) => (id(g, 'DEFINITION') === null ? null : ctx.reference.get('indicatorDefinition', id(g, 'DEFINITION')!)),
    }),
  };
}

/** A stats query's answer, as its loader gives it. */
interface StatsAnswer<K extends string, G> {
  groupBy: K[];
  total: G;
  groups: G[];
}

/**
 * The type of a stats query's answer: the keys grouped by, the total, how many groups,
 * and the groups in the order asked for (`average`: what AVERAGE orders by).
 */
export function statsType<K extends string, G extends { key: GroupKey; count: number }>(
  name: string,
  rows: string,
  keyEnum: PothosSchemaTypes.EnumRef<Types, K>,
  groupRef: PothosSchemaTypes.ObjectRef<Types, StatsGroup<K> & { stats: G }>,
  average: (g: G) => number | null,
) {
  return builder.objectRef<StatsAnswer<K, G>>(name).implement({
    description: `${rows[0]!.toUpperCase()}${rows.slice(1)} counted and summed, in all and by group.`,
    fields: (t) => ({
      groupBy: t.field({ type: [keyEnum], description: 'The keys grouped by, in order.', resolve: (s) => s.groupBy }),
      total: t.field({ type: groupRef, description: `Every ${rows.replace(/s$/, '')} in the filter, as one group (each counted once).`, resolve: (s) => ({ stats: s.total, groupBy: [] }) }),
      groupCount: t.int({ description: 'How many groups there are.', resolve: (s) => s.groups.length }),
      groups: t.field({
        type: [groupRef],
        description: `The groups in the order asked for; the first \`first\` (${COMPUTED_LIST_DEFAULT_SIZE} unless given; at most ${REFERENCE_LIST_CAP}).`,
        extensions: { maxItems: REFERENCE_LIST_CAP },
        args: {
          first: t.arg.int({ defaultValue: COMPUTED_LIST_DEFAULT_SIZE, description: `How many groups: 0 to ${REFERENCE_LIST_CAP}.` }),
          orderBy: t.arg({ type: StatsOrder, required: false, description: 'The groups’ order; by default their keys’.' }),
        },
        resolve: (s, args) => {
          const ordered = orderGroups(s.groups, args.orderBy?.field ?? 'KEYS', args.orderBy?.direction ?? 'asc', average);
          const page: Array<StatsGroup<K> & { stats: G }> = firstOf(ordered, args.first).map((stats) => ({ stats, groupBy: s.groupBy }));
          // Pothos's list type over a generic group is a conditional type TypeScript leaves unresolved.
          return page as never;
        },
      }),
    }),
  });
}
