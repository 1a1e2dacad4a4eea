import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { LIST_CAP, TIME_SERIES_CAP } from '../../limits/cost.ts';
import { countChildren, TOTAL_COUNT_DESCRIPTION } from '../../loaders/counts.ts';
import { linkedSeriesOf } from '../../loaders/succession.ts';
import { knownCurrentFigure, latestResultOf, resultsAt, timeSeriesOf } from '../../loaders/results.ts';
import { currentFigure } from '../../domain/settled.ts';
import { pageOptions } from '../../pagination.ts';
import { mapMaybe } from '../../reference-data.ts';
import { AreaRef } from '../common/area.ts';
import { DirectionEnum, LanguageEnum, PeriodKindEnum, ResultMeasureEnum } from '../common/enums.ts';
import { pick } from '../../lang.ts';
import { type GlobalIdArg, idOfKind, periodOf } from '../common/lookup.ts';
import { referenceField } from '../common/reference-field.ts';
import { SectorRef } from '../common/sector.ts';
import { UnitRef } from '../common/unit.ts';
import { IndicatorDefinitionRef } from './definition.ts';
import { ResultRef } from './result.ts';

// Retired targets stay in history (node, changes) and leave every list.
const targetsWhere = (args: { plan?: GlobalIdArg | null }) => ({ retiredAt: null, ...(args.plan ? { planId: idOfKind('plan', args.plan, 'plan') } : {}) });

/** The series' definition, from the reference data (in memory). */
const definitionOf = (i: { definitionId: number }, ctx: Context) => ctx.reference.get('indicatorDefinition', i.definitionId);

export const IndicatorRef = builder.prismaNode('Indicator', {
  description:
    "One area's series of an indicator definition (chỉ tiêu): its targets and results over time. Its name, direction and sector are its definition's; `area` is whose figures they are.",
  id: { field: 'id' },
  // Unknown IDs resolve to null, which node(id) reports as NOT_FOUND.
  nullable: true,
  fields: (t) => ({
    code: t.string({
      description: "Its definition's code, e.g. `economic-growth-rate`: with `area`, it names the series (`indicator(area:, code:)`).",
      resolve: (i, _args, ctx) => mapMaybe(definitionOf(i, ctx), (d) => d.key),
    }),
    definition: t.field({
      type: IndicatorDefinitionRef,
      description: 'What the series measures, shared by every area that measures it.',
      resolve: (i, _args, ctx) => definitionOf(i, ctx),
    }),
    area: t.field(referenceField(AreaRef, 'area', 'areaId', 'The area whose figures these are.')),
    name: t.string({
      description: "Its definition's name in the chosen language.",
      args: { lang: t.arg({ type: LanguageEnum, required: false, description: "Language to return. Defaults to the request's Accept-Language (vi or en), else Vietnamese." }) },
      resolve: (i, args, ctx) => mapMaybe(definitionOf(i, ctx), (d) => pick(args.lang ?? ctx.lang, d.nameVi, d.nameEn)),
    }),
    nameVi: t.string({ description: "Its definition's name in Vietnamese.", resolve: (i, _args, ctx) => mapMaybe(definitionOf(i, ctx), (d) => d.nameVi) }),
    nameEn: t.string({ nullable: true, description: "Its definition's name in English, when known.", resolve: (i, _args, ctx) => mapMaybe(definitionOf(i, ctx), (d) => d.nameEn) }),
    description: t.string({
      nullable: true,
      description: "What its definition measures, in the chosen language; null when none is recorded.",
      args: { lang: t.arg({ type: LanguageEnum, required: false, description: 'Language; as for `name`.' }) },
      resolve: (i, args, ctx) => mapMaybe(definitionOf(i, ctx), (d) => ((args.lang ?? ctx.lang) === 'en' ? d.descriptionEn : null) ?? d.descriptionVi),
    }),
    direction: t.field({
      type: DirectionEnum,
      description: 'Which way it improves (its definition’s).',
      resolve: (i, _args, ctx) => mapMaybe(definitionOf(i, ctx), (d) => d.direction),
    }),
    sector: t.field({
      type: SectorRef,
      description: 'The sector or theme it belongs to (its definition’s).',
      resolve: (i, _args, ctx) => mapMaybe(definitionOf(i, ctx), (d) => ctx.reference.get('sector', d.sectorId)),
    }),
    unit: t.field(referenceField(UnitRef, 'unit', 'unitId', 'The unit its figures are usually stated in.')),
    targets: t.relatedConnection(
      'targets',
      {
        ...pageOptions,
        cursor: 'id',
        description: 'Targets set for this series, oldest period first. Each is the target in force; its earlier versions are its `revisions`.',
        args: {
          plan: t.arg.globalID({ required: false, description: 'Only targets of this plan.' }),
        },
        query: (args) => ({ where: targetsWhere(args), orderBy: [{ periodId: 'asc' }, { id: 'asc' }] }),
      },
      {
        fields: (c) => ({
          totalCount: c.int({
            description: TOTAL_COUNT_DESCRIPTION,
            resolve: (conn, _args, ctx) => countChildren(ctx, conn, 'target', 'indicatorId', conn.parent.id, targetsWhere(conn.args)),
          }),
        }),
      },
    ),
    timeSeries: t.field({
      type: [ResultRef],
      description: `The current figure of each period and measure (never a replaced one; the most settled, then the latest reported: see the README's "The current figure"), in period order (by when a period ends, then starts), oldest first: the latest ${TIME_SERIES_CAP} at most. Each figure's earlier or other reports are its \`revisions\`.`,
      extensions: { maxItems: TIME_SERIES_CAP },
      args: {
        measure: t.arg({ type: ResultMeasureEnum, required: false, description: 'Only figures of this measure (levels, or changes); both when omitted.' }),
        followSuccession: t.arg.boolean({
          defaultValue: false,
          description:
            "Also the figures of the same definition in the areas linked to this one by succession: those it continues (merged into it, renamed to it, split into it) and theirs in turn, and those that continue it. Each figure's `indicator.area` says whose it is.",
        }),
      },
      resolve: async (i, args, ctx) => {
        const ids = args.followSuccession ? [i.id, ...(await linkedSeriesOf(ctx, i))] : [i.id];
        return timeSeriesOf(ctx, ids, args.measure);
      },
    }),
    latestResult: t.field({
      type: ResultRef,
      nullable: true,
      description:
        'The current figure of the most recent period of `periodKind` (a YEAR unless asked otherwise): its level, or where only a change is recorded, that change; null if none.',
      args: {
        periodKind: t.arg({ type: PeriodKindEnum, defaultValue: 'YEAR', description: 'The kind of period: YEAR by default; HALF_YEAR, NINE_MONTHS, QUARTER, … for the latest of those.' }),
      },
      resolve: (i, args, ctx) => latestResultOf(ctx, i.id, args.periodKind ?? 'YEAR'),
    }),
    resultFor: t.field({
      type: ResultRef,
      nullable: true,
      description:
        "The current figure of one period (never a replaced one; the most settled, then the latest reported): its level, or where only a change is recorded, that change; null if none. A page of indicators asking it costs one statement. Fails with NOT_FOUND for an unknown period code.",
      args: { period: t.arg.string({ required: true, description: 'The period code, e.g. `2023`, `2024-h1`.' }) },
      resolve: async (i, args, ctx) => {
        const period = await periodOf(ctx, args.period, 'period');
        const current = currentFigure(await resultsAt(ctx, i.id, period.id));
        return current && knownCurrentFigure(ctx, current);
      },
    }),
    solutionLinks: t.relation('solutions', {
      description: `Solutions that bear on this series, each with the basis of the link; at most ${LIST_CAP}.`,
      query: { where: { retiredAt: null, solution: { retiredAt: null } }, orderBy: { solutionId: 'asc' }, take: LIST_CAP },
    }),
    assignments: t.relation('assignments', {
      description: `Agencies responsible for this series, with their role; at most ${LIST_CAP}.`,
      query: { where: { retiredAt: null }, orderBy: { id: 'asc' }, take: LIST_CAP },
    }),
  }),
});
