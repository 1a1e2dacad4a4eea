import type { AreaLevel, TargetKind } from '@planhub/db/enums';
import type { Indicator, Target } from '@planhub/db/generated/sqlite/client';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { rank } from '../../domain/ranking.ts';
import type { TargetStatus } from '../../domain/status.ts';
import { REFERENCE_LIST_CAP } from '../../limits/cost.ts';
import { primeDirections } from '../../loaders/results.ts';
import { judgeTargets } from '../../loaders/status-tally.ts';
import { AreaRef } from '../common/area.ts';
import { COMPUTED_LIST_DEFAULT_SIZE, firstOf } from '../common/computed-list.ts';
import { AreaLevelEnum, TargetKindEnum, TargetStatusEnum } from '../common/enums.ts';
import { definitionIdOf, periodOf } from '../common/lookup.ts';
import { PeriodRef } from '../common/period.ts';
import { IndicatorDefinitionRef } from './definition.ts';
import { IndicatorRef } from './indicator.ts';
import { TargetRef } from './target.ts';
import { append } from '../../collections.ts';

// Target achievement across areas: every area's target of one definition for one period,
// judged (status and achievement percent, as `Target.status` judges it), ranked by
// achievement in the definition's direction. Judged once per data version and arguments.

interface Entry {
  rank: number | null;
  areaId: number;
  indicator: Indicator;
  target: Target | null;
  status: TargetStatus | null;
  value: number | null;
}

interface TargetComparison {
  definitionId: number;
  periodId: number;
  kind: TargetKind;
  entries: Entry[];
}

async function compareTargets(ctx: Context, code: string, periodCode: string, kind: TargetKind, level: AreaLevel | null): Promise<TargetComparison> {
  const definitionId = await definitionIdOf(ctx, code, 'code');
  const period = await periodOf(ctx, periodCode, 'period');
  return ctx.remember(`target-comparison:${JSON.stringify([definitionId, period.id, kind, level])}`, async () => {
    const definition = await ctx.reference.get('indicatorDefinition', definitionId);
    const areas = new Map((await ctx.reference.all('area')).map((a) => [a.id, a]));
    const [allSeries, targets] = await Promise.all([
      ctx.prisma.indicator.findMany({ where: { definitionId, retiredAt: null }, orderBy: { id: 'asc' } }),
      ctx.prisma.target.findMany({
        where: { retiredAt: null, kind, periodId: period.id, indicator: { definitionId, retiredAt: null } },
        orderBy: [{ indicatorId: 'asc' }, { id: 'asc' }],
      }),
    ]);
    const series = allSeries.filter((s) => level === null || areas.get(s.areaId)?.level === level);
    const judged = new Map<number, Array<{ target: Target; status: TargetStatus; achievement: number | null }>>();
    for (const { target, judgement } of await judgeTargets(ctx.prisma, ctx.reference, targets)) {
      append(judged, target.indicatorId, { target, status: judgement.status, achievement: judgement.achievementPercent });
    }
    // One entry per target (an area may have several plans' targets for the period), and one for an area without any.
    const rows = series.flatMap((s): Array<Omit<Entry, 'rank'>> => {
      const own = judged.get(s.id);
      if (!own) return [{ areaId: s.areaId, indicator: s, target: null, status: null, value: null }];
      return own.map((j) => ({ areaId: s.areaId, indicator: s, target: j.target, status: j.status, value: j.achievement }));
    });
    return { definitionId, periodId: period.id, kind, entries: rank(rows, definition.direction) };
  }, (c) => c.entries.length);
}

const TargetComparisonEntryRef = builder.objectRef<Entry>('TargetComparisonEntry').implement({
  description: "One area's target in a comparison of achievement: the target, its computed status and achievement, and its rank.",
  fields: (t) => ({
    rank: t.exposeInt('rank', {
      nullable: true,
      description:
        "1 for the best achievement by the definition's direction (the highest percent where higher is better, the lowest where lower is better); equal achievements share a rank. Null without an achievement percent (no target, no exact figure, a range or a rank).",
    }),
    area: t.field({ type: AreaRef, description: 'The area.', resolve: (e, _args, ctx) => ctx.reference.get('area', e.areaId) }),
    indicator: t.field({ type: IndicatorRef, description: "The area's series.", resolve: (e, _args, ctx) => primeDirections(ctx, [e.indicator])[0]! }),
    target: t.field({
      type: TargetRef,
      nullable: true,
      description: "The area's target for the period (its `provenance` is the passage that sets it, its `result` the figure judged); null when the area has none.",
      resolve: (e) => e.target,
    }),
    status: t.field({ type: TargetStatusEnum, nullable: true, description: "The target's computed status; null when the area has no target.", resolve: (e) => e.status }),
    achievementPercent: t.float({
      nullable: true,
      description: 'The compared figure ÷ the target × 100, the value ranked; null where it is not meaningful (see `rank`).',
      resolve: (e) => e.value,
    }),
  }),
});

const TargetComparisonRef = builder.objectRef<TargetComparison>('TargetComparison').implement({
  description: "A definition's targets for one period across the areas that measure it, judged and ranked by achievement.",
  fields: (t) => ({
    definition: t.field({ type: IndicatorDefinitionRef, description: 'What is compared.', resolve: (c, _args, ctx) => ctx.reference.get('indicatorDefinition', c.definitionId) }),
    period: t.field({ type: PeriodRef, description: 'The period compared.', resolve: (c, _args, ctx) => ctx.reference.get('period', c.periodId) }),
    kind: t.expose('kind', { type: TargetKindEnum, description: 'The kind of targets compared.' }),
    totalCount: t.int({ description: 'Entries: one per target, and one per area (at the level asked for) without a target.', resolve: (c) => c.entries.length }),
    entries: t.field({
      type: [TargetComparisonEntryRef],
      description: `Best achievement first, then the entries without one; the first \`first\` (${COMPUTED_LIST_DEFAULT_SIZE} unless given; at most ${REFERENCE_LIST_CAP}).`,
      extensions: { maxItems: REFERENCE_LIST_CAP },
      args: { first: t.arg.int({ defaultValue: COMPUTED_LIST_DEFAULT_SIZE, description: `How many entries, from the best: 0 to ${REFERENCE_LIST_CAP}.` }) },
      resolve: (c, args) => firstOf(c.entries, args.first),
    }),
  }),
});

builder.queryFields((t) => ({
  compareTargets: t.field({
    type: TargetComparisonRef,
    description:
      "One indicator definition's targets across areas for a period: each target judged as `Target.status` judges it, ranked by achievement percent in the definition's direction, with the target's provenance. Fails with NOT_FOUND for an unknown definition or period code.",
    args: {
      code: t.arg.string({ required: true, description: 'The definition code, e.g. `economic-growth-rate`.' }),
      period: t.arg.string({ required: true, description: 'The period code, e.g. `2024`.' }),
      kind: t.arg({ type: TargetKindEnum, defaultValue: 'LEVEL', description: 'Compare level targets (the default), increases, or rank changes.' }),
      level: t.arg({ type: AreaLevelEnum, required: false, description: 'Only areas at this level (provinces, communes); every area with a series when omitted.' }),
    },
    resolve: (_root, args, ctx) => compareTargets(ctx, args.code, args.period, args.kind ?? 'LEVEL', args.level ?? null),
  }),
}));
