import { builder } from '../../builder.ts';
import { LIST_CAP, TIME_SERIES_CAP } from '../../limits/cost.ts';
import { referenceField } from '../common/reference-field.ts';
import { UnitRef } from '../common/unit.ts';
import { SectorRef } from '../common/sector.ts';
import { pageOptions } from '../../pagination.ts';
import { countChildren, TOTAL_COUNT_DESCRIPTION } from '../../loaders/counts.ts';
import { DirectionEnum, LanguageEnum } from '../common/enums.ts';
import { localized } from '../common/localized.ts';
import { type GlobalIdArg, idOfKind } from '../common/lookup.ts';
import { ResultRef } from './result.ts';
import { latestResultOf, timeSeriesOf } from '../../loaders/results.ts';

const targetsWhere = (args: { plan?: GlobalIdArg | null }) => (args.plan ? { planId: idOfKind('plan', args.plan, 'plan') } : {});

export const IndicatorRef = builder.prismaNode('Indicator', {
  description: 'Something a plan measures (chỉ tiêu), independent of any one plan: its targets and results hang off it.',
  id: { field: 'id' },
  // Unknown IDs resolve to null, which node(id) reports as NOT_FOUND.
  nullable: true,
  fields: (t) => ({
    code: t.exposeString('key', { description: 'Stable code, e.g. `economic-growth-rate`.' }),
    name: t.field(localized('Name in the chosen language.', (i) => i.nameVi, (i) => i.nameEn)),
    nameVi: t.exposeString('nameVi', { description: 'Name in Vietnamese, the source language.' }),
    nameEn: t.exposeString('nameEn', { nullable: true, description: 'Name in English, when known.' }),
    description: t.string({
      nullable: true,
      description: 'What the indicator measures, in the chosen language; null when none is recorded.',
      args: { lang: t.arg({ type: LanguageEnum, required: false, description: 'Language; as for `name`.' }) },
      resolve: (i, args, ctx) => {
        const lang = args.lang ?? ctx.lang;
        return (lang === 'en' ? i.descriptionEn : null) ?? i.descriptionVi;
      },
    }),
    direction: t.expose('direction', { type: DirectionEnum, description: 'Which way the indicator improves.' }),
    sector: t.field(referenceField(SectorRef, 'sector', 'sectorId', 'The sector or theme it belongs to.')),
    unit: t.field(referenceField(UnitRef, 'unit', 'unitId', 'The unit its figures are usually stated in.')),
    targets: t.relatedConnection(
      'targets',
      {
        ...pageOptions,
        cursor: 'id',
        description: 'Targets set for this indicator, oldest period first.',
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
      description: `Every result recorded for this indicator, in period order (oldest first): the latest ${TIME_SERIES_CAP} at most.`,
      extensions: { maxItems: TIME_SERIES_CAP },
      resolve: (i, _args, ctx) => timeSeriesOf(ctx, i.id),
    }),
    latestResult: t.field({
      type: ResultRef,
      nullable: true,
      description: 'The current figure of the most recent period: its most settled level (or, where only a change is recorded, that change); null if none.',
      resolve: (i, _args, ctx) => latestResultOf(ctx, i.id),
    }),
    solutionLinks: t.relation('solutions', {
      description: `Solutions that bear on this indicator, each with the basis of the link; at most ${LIST_CAP}.`,
      query: { orderBy: { solutionId: 'asc' }, take: LIST_CAP },
    }),
    assignments: t.relation('assignments', {
      description: `Agencies responsible for this indicator, with their role; at most ${LIST_CAP}.`,
      query: { orderBy: { id: 'asc' }, take: LIST_CAP },
    }),
  }),
});
