import { builder } from '../../builder.ts';
import { LIST_CAP } from '../../limits/cost.ts';
import { referenceField } from '../common/reference-field.ts';
import { PeriodRef } from '../common/period.ts';
import { pageOptions } from '../../pagination.ts';
import { countChildren, TOTAL_COUNT_DESCRIPTION } from '../../loaders/counts.ts';
import { AreaLevelEnum, PlanKindEnum, PlanStatusEnum } from '../common/enums.ts';
import { localized } from '../common/localized.ts';
import { statusTally } from '../../loaders/status-tally.ts';
import { PlanSummaryRef, summarize } from './summary.ts';

// Retired targets stay in history (node, changes) and leave every list.
const targetsWhere = (args: { mainOnly?: boolean | null }) => ({ retiredAt: null, ...(args.mainOnly ? { isMain: true } : {}) });

export const PlanRef = builder.prismaNode('Plan', {
  description: 'A plan: a yearly or five-year socio-economic development plan, or a provincial master plan.',
  id: { field: 'id' },
  // Unknown IDs resolve to null, which node(id) reports as NOT_FOUND.
  nullable: true,
  fields: (t) => ({
    code: t.exposeString('key', { description: 'Stable code, e.g. `bac-kan-ktxh-2024`.' }),
    kind: t.expose('kind', { type: PlanKindEnum, description: 'Yearly, five-year, or master plan.' }),
    level: t.expose('level', { type: AreaLevelEnum, description: 'The administrative level the plan is for.' }),
    area: t.relation('area', { description: 'The area the plan is for.' }),
    period: t.field(referenceField(PeriodRef, 'period', 'periodId', 'The period the plan covers.')),
    title: t.field(localized('Title in the chosen language.', (p) => p.titleVi, (p) => p.titleEn)),
    titleVi: t.exposeString('titleVi', { description: 'Title in Vietnamese.' }),
    titleEn: t.exposeString('titleEn', { nullable: true, description: 'Title in English, when known.' }),
    status: t.expose('status', { type: PlanStatusEnum, nullable: true, description: 'Where the plan stands, as a source states it; null when unstated.' }),
    statusProvenance: t.relation('statusQuote', { nullable: true, description: 'The passage that states the status.' }),
    adoptedBy: t.relation('adoptedBy', { nullable: true, description: 'The body that adopted the plan, when a source says.' }),
    parent: t.relation('parent', { nullable: true, description: 'The plan this one implements (a yearly plan of a five-year plan), when stated.' }),
    targets: t.relatedConnection(
      'targets',
      {
        ...pageOptions,
        cursor: 'id',
        description: "The plan's targets, in the order the source lists them.",
        args: {
          mainOnly: t.arg.boolean({ required: false, description: 'Only the main (headline) indicators.' }),
        },
        query: (args) => ({ where: targetsWhere(args), orderBy: { id: 'asc' } }),
      },
      {
        fields: (c) => ({
          totalCount: c.int({
            description: TOTAL_COUNT_DESCRIPTION,
            resolve: (conn, _args, ctx) => countChildren(ctx, conn, 'target', 'planId', conn.parent.id, targetsWhere(conn.args)),
          }),
        }),
      },
    ),
    assessments: t.relation('assessments', {
      description: `Assessments the sources state about this plan ("23 of 26 main indicators met"), kept as stated; at most ${LIST_CAP}.`,
      query: { where: { retiredAt: null }, orderBy: { id: 'asc' }, take: LIST_CAP },
    }),
    solutions: t.relatedConnection(
      'solutions',
      {
        ...pageOptions,
        cursor: 'id',
        description: 'Solutions and directives for carrying out the plan, in source order.',
        query: () => ({ where: { retiredAt: null }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }),
      },
      {
        fields: (c) => ({
          totalCount: c.int({
            description: TOTAL_COUNT_DESCRIPTION,
            resolve: (conn, _args, ctx) => countChildren(ctx, conn, 'solution', 'planId', conn.parent.id, { retiredAt: null }),
          }),
        }),
      },
    ),
    summary: t.field({
      type: PlanSummaryRef,
      description: 'Target statuses counted by PlanHub, beside the assessments the sources state. The two are never merged.',
      select: { assessments: { where: { retiredAt: null }, orderBy: { id: 'asc' }, take: LIST_CAP } },
      resolve: async (plan, _args, ctx) => summarize(await statusTally(ctx, { planId: plan.id }), plan.assessments),
    }),
  }),
});
