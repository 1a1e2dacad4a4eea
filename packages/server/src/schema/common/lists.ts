import { builder } from '../../builder.ts';
import { REFERENCE_LIST_CAP } from '../../limits/cost.ts';
import { pageOptions } from '../../pagination.ts';

// Small reference lists: they grow by a handful of rows a year, so plain lists, capped.

builder.queryFields((t) => ({
  sectors: t.prismaField({
    type: ['Sector'],
    description: `All sectors and themes, by code (at most ${REFERENCE_LIST_CAP}).`,
    extensions: { maxItems: REFERENCE_LIST_CAP },
    resolve: (query, _root, _args, ctx) => ctx.prisma.sector.findMany({ ...query, orderBy: { key: 'asc' }, take: REFERENCE_LIST_CAP }),
  }),
  units: t.prismaField({
    type: ['Unit'],
    description: `All units of measure, by code (at most ${REFERENCE_LIST_CAP}).`,
    extensions: { maxItems: REFERENCE_LIST_CAP },
    resolve: (query, _root, _args, ctx) => ctx.prisma.unit.findMany({ ...query, orderBy: { key: 'asc' }, take: REFERENCE_LIST_CAP }),
  }),
  periods: t.prismaField({
    type: ['Period'],
    description: `All periods, earliest first (at most ${REFERENCE_LIST_CAP}).`,
    extensions: { maxItems: REFERENCE_LIST_CAP },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.period.findMany({ ...query, orderBy: [{ startYear: 'asc' }, { startMonth: 'asc' }, { endYear: 'asc' }, { endMonth: 'asc' }], take: REFERENCE_LIST_CAP }),
  }),
  sources: t.prismaConnection({
    type: 'Source',
    cursor: 'id',
    ...pageOptions,
    totalCount: (_p, _a, ctx) => ctx.prisma.source.count({ where: { retiredAt: null } }),
    description: 'The documents PlanHub’s facts come from, newest first (retired ones left out).',
    // Texts are read only when asked for (SourceRef.text).
    resolve: (query, _root, _args, ctx) => ctx.prisma.source.findMany({ ...query, where: { retiredAt: null }, omit: { text: true }, orderBy: [{ publishedOn: 'desc' }, { id: 'desc' }] }) as never,
  }),
  areas: t.prismaConnection({
    type: 'Area',
    cursor: 'id',
    ...pageOptions,
    totalCount: (_p, _a, ctx) => ctx.prisma.area.count(),
    description: 'Administrative areas (provinces, districts, communes), by code.',
    resolve: (query, _root, _args, ctx) => ctx.prisma.area.findMany({ ...query, orderBy: [{ key: 'asc' }, { id: 'asc' }] }),
  }),
}));
