import type { AreaLevel, ResultMeasure } from '@planhub/db/enums';
import type { Indicator, Result } from '@planhub/db/generated/sqlite/client';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { rank } from '../../domain/ranking.ts';
import { currentFigure } from '../../domain/settled.ts';
import { REFERENCE_LIST_CAP } from '../../limits/cost.ts';
import { AreaRef } from '../common/area.ts';
import { COMPUTED_LIST_DEFAULT_SIZE, firstOf } from '../common/computed-list.ts';
import { AreaLevelEnum, ResultMeasureEnum } from '../common/enums.ts';
import { definitionIdOf, periodOf } from '../common/lookup.ts';
import { PeriodRef } from '../common/period.ts';
import { knownCurrentFigure, primeDirections } from '../../loaders/results.ts';
import { IndicatorDefinitionRef } from './definition.ts';
import { IndicatorRef } from './indicator.ts';
import { ResultRef } from './result.ts';
import { append } from '../../collections.ts';

// Cross-area comparison: one definition's current figures for one period in every area
// that measures it, ranked by the definition's direction, each with the change from the
// previous period and, through its result, its provenance. Computed once per data
// version and arguments (ctx.remember): the same question asked again costs no statement.

interface Entry {
  rank: number | null;
  areaId: number;
  /** The area's series: kept with the comparison, so showing it costs no statement. */
  indicator: Indicator;
  result: Result | null;
  value: number | null;
  previous: Result | null;
  change: number | null;
  changePercent: number | null;
}

interface Comparison {
  definitionId: number;
  periodId: number;
  previousPeriodId: number | null;
  measure: ResultMeasure;
  entries: Entry[];
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

async function compare(ctx: Context, code: string, periodCode: string, measure: ResultMeasure, level: AreaLevel | null): Promise<Comparison> {
  const definitionId = await definitionIdOf(ctx, code, 'code');
  const period = await periodOf(ctx, periodCode, 'period');
  return ctx.remember(`comparison:${JSON.stringify([definitionId, period.id, measure, level])}`, async () => {
    const definition = await ctx.reference.get('indicatorDefinition', definitionId);
    const previous = await ctx.reference.previousPeriodOf(period.id);
    const areas = new Map((await ctx.reference.all('area')).map((a) => [a.id, a]));
    const series = (await ctx.prisma.indicator.findMany({ where: { definitionId, retiredAt: null }, orderBy: { id: 'asc' } })).filter(
      (s) => level === null || areas.get(s.areaId)?.level === level,
    );
    const periodIds = previous ? [period.id, previous.id] : [period.id];
    // By the definition, not an ID list: one statement whatever the number of areas.
    const results = await ctx.prisma.result.findMany({ where: { indicator: { definitionId, retiredAt: null }, periodId: { in: periodIds }, measure, retiredAt: null } });
    const figures = new Map<string, Result[]>();
    for (const r of results) append(figures, `${r.indicatorId}:${r.periodId}`, r);
    const inBase = async (r: Result | null): Promise<number | null> => {
      if (!r || r.value === null) return null;
      const unit = await ctx.reference.get('unit', r.unitId);
      return unit.dimension === definition.dimension ? round(r.value * unit.multiplier) : null;
    };
    const rows = await Promise.all(
      series.map(async (s) => {
        const result = currentFigure(figures.get(`${s.id}:${period.id}`) ?? []);
        const before = previous ? currentFigure(figures.get(`${s.id}:${previous.id}`) ?? []) : null;
        const [value, base] = await Promise.all([inBase(result), inBase(before)]);
        const change = value !== null && base !== null ? round(value - base) : null;
        return {
          areaId: s.areaId,
          indicator: s,
          result,
          value,
          previous: before,
          change,
          changePercent: change !== null && base ? round((change / Math.abs(base)) * 100) : null,
        };
      }),
    );
    return { definitionId, periodId: period.id, previousPeriodId: previous?.id ?? null, measure, entries: rank(rows, definition.direction) };
  }, (c) => c.entries.length);
}

const ComparisonEntryRef = builder.objectRef<Entry>('ComparisonEntry').implement({
  description: "One area's place in a comparison: its current figure for the period, its rank, and its change from the previous period.",
  fields: (t) => ({
    rank: t.exposeInt('rank', {
      nullable: true,
      description:
        "1 for the best figure by the definition's direction; equal figures share a rank (1, 2, 2, 4). Null when the area has no figure to compare (none for the period, only a comparison, or a unit of another dimension).",
    }),
    area: t.field({ type: AreaRef, description: 'The area.', resolve: (e, _args, ctx) => ctx.reference.get('area', e.areaId) }),
    indicator: t.field({ type: IndicatorRef, description: "The area's series.", resolve: (e, _args, ctx) => primeDirections(ctx, [e.indicator])[0]! }),
    result: t.field({
      type: ResultRef,
      nullable: true,
      description: "The area's current figure for the period (its `provenance` is the passage that states it); null when it has none.",
      resolve: (e, _args, ctx) => e.result && knownCurrentFigure(ctx, e.result),
    }),
    valueInBaseUnit: t.float({
      nullable: true,
      description: "The figure in its dimension's base unit, the value ranked: comparable across areas whatever unit each states it in.",
      resolve: (e) => e.value,
    }),
    previousResult: t.field({
      type: ResultRef,
      nullable: true,
      description: "The area's current figure for the previous period (same kind and length, just before), when recorded.",
      resolve: (e, _args, ctx) => e.previous && knownCurrentFigure(ctx, e.previous),
    }),
    change: t.float({ nullable: true, description: 'The figure minus the previous period’s, in the base unit; null unless both are comparable.', resolve: (e) => e.change }),
    changePercent: t.float({ nullable: true, description: '`change` as a percentage of the previous figure; null where that is zero or missing.', resolve: (e) => e.changePercent }),
  }),
});

const IndicatorComparisonRef = builder.objectRef<Comparison>('IndicatorComparison').implement({
  description: "A definition's current figures for one period across the areas that measure it, ranked.",
  fields: (t) => ({
    definition: t.field({ type: IndicatorDefinitionRef, description: 'What is compared.', resolve: (c, _args, ctx) => ctx.reference.get('indicatorDefinition', c.definitionId) }),
    period: t.field({ type: PeriodRef, description: 'The period compared.', resolve: (c, _args, ctx) => ctx.reference.get('period', c.periodId) }),
    previousPeriod: t.field({
      type: PeriodRef,
      nullable: true,
      description: 'The period changes are measured from (same kind and length, just before); null when none is recorded.',
      resolve: (c, _args, ctx) => (c.previousPeriodId === null ? null : ctx.reference.get('period', c.previousPeriodId)),
    }),
    measure: t.expose('measure', { type: ResultMeasureEnum, description: 'Which figures are compared: levels, or changes.' }),
    totalCount: t.int({ description: 'Areas compared: every area with a series of the definition (at the level asked for).', resolve: (c) => c.entries.length }),
    entries: t.field({
      type: [ComparisonEntryRef],
      description: `The areas best first, then those without a comparable figure; the first \`first\` (${COMPUTED_LIST_DEFAULT_SIZE} unless given; at most ${REFERENCE_LIST_CAP}).`,
      extensions: { maxItems: REFERENCE_LIST_CAP },
      args: {
        first: t.arg.int({ defaultValue: COMPUTED_LIST_DEFAULT_SIZE, description: `How many entries, from the best: 0 to ${REFERENCE_LIST_CAP}.` }),
      },
      resolve: (c, args) => firstOf(c.entries, args.first),
    }),
  }),
});

builder.queryFields((t) => ({
  compareIndicator: t.field({
    type: IndicatorComparisonRef,
    description:
      "One indicator definition across areas: each area's current figure for the period (never a replaced one; the most settled, then the latest reported), ranked by the definition's direction, with its change from the previous period and its provenance. Fails with NOT_FOUND for an unknown definition or period code.",
    args: {
      code: t.arg.string({ required: true, description: 'The definition code, e.g. `economic-growth-rate`.' }),
      period: t.arg.string({ required: true, description: 'The period code, e.g. `2023`.' }),
      measure: t.arg({ type: ResultMeasureEnum, defaultValue: 'LEVEL', description: 'Compare levels (the default) or stated changes.' }),
      level: t.arg({ type: AreaLevelEnum, required: false, description: 'Only areas at this level (provinces, communes); every area with a series when omitted.' }),
    },
    resolve: (_root, args, ctx) => compare(ctx, args.code, args.period, args.measure ?? 'LEVEL', args.level ?? null),
  }),
}));
