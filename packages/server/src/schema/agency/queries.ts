import { fold } from '@planhub/db/text';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { pageOptions, seekBySortKey } from '../../pagination.ts';
import { AgencyKindEnum, AgencyLevelEnum } from '../common/enums.ts';
import { perRequest } from '../../loaders/per-request.ts';
import { textFilter } from '../common/inputs.ts';
import { requireExisting } from '../common/lookup.ts';

const AgencyFilter = builder.inputType('AgencyFilter', {
  description: 'Narrows `agencies`. Every field is optional; given fields must all match.',
  fields: (t) => ({
    level: t.field({ type: AgencyLevelEnum, description: 'Only agencies at this level.' }),
    kind: t.field({ type: AgencyKindEnum, description: 'Only agencies of this kind.' }),
    parent: t.globalID({ description: 'Only agencies directly under this one.' }),
    rootsOnly: t.boolean({ description: 'Only agencies with no parent: the tops of the tree.' }),
    validOn: t.field({
      type: 'Date',
      description: 'Only agencies that existed on this date. An unknown start or end date counts as open.',
    }),
    text: textFilter(t, 'Only agencies whose name or abbreviation contains this, ignoring case and Vietnamese diacritics.'),
  }),
});

type Filter = typeof AgencyFilter.$inferInput;

async function agencyWhere(filter: Filter | null | undefined, ctx: Context) {
  if (!filter) return { retiredAt: null };
  const parentId = filter.parent ? await requireExisting(ctx, 'agency', filter.parent, 'filter.parent') : undefined;
  const and: object[] = [{ retiredAt: null }];
  if (filter.level) and.push({ level: filter.level });
  if (filter.kind) and.push({ kind: filter.kind });
  if (parentId !== undefined) and.push({ parentId });
  if (filter.rootsOnly) and.push({ parentId: null });
  if (filter.validOn) {
    and.push({ OR: [{ validFrom: null }, { validFrom: { lte: filter.validOn } }] });
    and.push({ OR: [{ validTo: null }, { validTo: { gte: filter.validOn } }] });
  }
  if (filter.text) and.push({ searchText: { contains: fold(filter.text) } });
  return { AND: and };
}

const whereOf = perRequest((args: { filter?: Filter | null }, ctx: Context) => agencyWhere(args.filter, ctx));

builder.queryFields((t) => ({
  agencies: t.prismaConnection({
    type: 'Agency',
    cursor: 'id',
    ...pageOptions,
    description: 'Agencies, by name (Vietnamese order), retired ones left out. Walk the tree with `rootsOnly` and `children`.',
    args: { filter: t.arg({ type: AgencyFilter, required: false, description: 'Conditions the agencies must meet.' }) },
    totalCount: async (_parent, args, ctx) => {
      const where = await whereOf(args, ctx);
      return ctx.remember(`agency:${JSON.stringify(where)}`, () => ctx.prisma.agency.count({ where }));
    },
    resolve: async (query, _root, args, ctx) => {
      const where = await whereOf(args, ctx);
      const { page, seek } = await seekBySortKey(query, 'asc', (id) => ctx.prisma.agency.findUnique({ where: { id }, select: { sortKey: true } }));
      return ctx.prisma.agency.findMany({ ...page, where: { AND: [where, seek] }, orderBy: [{ sortKey: 'asc' }, { id: 'asc' }] });
    },
  }),
}));
