import { fold } from '@planhub/db/text';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { checkOffsetCursor, checkPageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../pagination.ts';
import { AgencyRef } from '../agency/agency.ts';
import { IndicatorRef } from '../indicator/indicator.ts';
import { SolutionRef } from '../solution/solution.ts';
import { MAX_TEXT_LENGTH, searchText } from '../common/inputs.ts';
import type { Agency, Indicator, Solution } from '@planhub/db/generated/sqlite/client';
import type { Context } from '../../context.ts';

// One search box over indicators, solutions and agencies. Matching runs on the folded
// `searchText` column, so "tang truong" finds "Tăng trưởng" on every database.

const SEARCH_KINDS = {
  INDICATOR: { description: "Indicators (each area's series), by their definition's name and description." },
  SOLUTION: { description: 'Solutions and directives, by text.' },
  AGENCY: { description: 'Agencies, by name and abbreviation.' },
} as const;

const SearchKind = builder.enumType('SearchKind', { description: 'What `search` looks through.', values: SEARCH_KINDS });

const SearchHit = builder.unionType('SearchHit', {
  description: 'Something `search` found.',
  types: [IndicatorRef, SolutionRef, AgencyRef],
  resolveType: (hit) => ('definitionId' in hit ? IndicatorRef : 'textVi' in hit ? SolutionRef : AgencyRef),
});

type Kind = typeof SearchKind.$inferType;
const ALL_KINDS = Object.keys(SEARCH_KINDS) as Kind[];

/** Matches of one kind: how many, and their IDs in name order when few enough to keep. */
interface Matches {
  total: number;
  ids?: number[];
}

/** The most IDs of one kind's matches kept in memory per search text. */
export const REMEMBERED_MATCHES = 5000;

const BY_NAME = [{ sortKey: 'asc' as const }, { id: 'asc' as const }];

interface SearchableDelegate<Row> {
  findMany(args: object): Promise<Row[]>;
  count(args: object): Promise<number>;
}

type Hit = Indicator | Solution | Agency;

function delegateOf(ctx: Context, kind: Kind): SearchableDelegate<Hit> {
  const delegates = { INDICATOR: ctx.prisma.indicator, SOLUTION: ctx.prisma.solution, AGENCY: ctx.prisma.agency };
  return delegates[kind] as unknown as SearchableDelegate<Hit>;
}

/**
 * A substring match reads every row (no B-tree index serves it; a trigram index did not
 * help the common words people search for: bench/README.md), so each kind's matches
 * are found once per data version and remembered: their IDs in name order, from which
 * every page and the total follow with no scan; only the total when there are more
 * than REMEMBERED_MATCHES, and pages then read the rows in order.
 */
/** The rows of a kind whose text holds the needle; retired solutions are out of search as of every list. */
// Every kind searched can be retired: retired records are found by ID or code, not by search.
const matching = (needle: string) => ({ searchText: { contains: needle }, retiredAt: null });

function matchesOf(ctx: Context, kind: Kind, needle: string): Promise<Matches> {
  return ctx.remember(`search:${kind}:${JSON.stringify(needle)}`, async () => {
    const where = matching(needle);
    const rows = await delegateOf(ctx, kind).findMany({ where, orderBy: BY_NAME, select: { id: true }, take: REMEMBERED_MATCHES + 1 });
    if (rows.length <= REMEMBERED_MATCHES) return { total: rows.length, ids: rows.map((row) => row.id) };
    return { total: await delegateOf(ctx, kind).count({ where }) };
  }, (matches) => 1 + (matches.ids?.length ?? 0));
}

/** Rows `skip` to `skip + take` of one kind's matches, in name order. */
async function pageOf(ctx: Context, kind: Kind, needle: string, matches: Matches, skip: number, take: number): Promise<Hit[]> {
  if (!take) return [];
  const delegate = delegateOf(ctx, kind);
  if (!matches.ids) return delegate.findMany({ where: matching(needle), orderBy: BY_NAME, skip, take });
  const ids = matches.ids.slice(skip, skip + take);
  const rows = await delegate.findMany({ where: { id: { in: ids } } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  // A row deleted by a write that committed after this request read the data version is
  // left out (the next request has the new version's matches).
  return ids.flatMap((id) => byId.get(id) ?? []);
}

builder.queryFields((t) => ({
  search: t.connection(
  {
    type: SearchHit,
    description:
      'Indicators, then solutions, then agencies whose text contains the query, ignoring case and Vietnamese diacritics; each kind in name order.',
    args: {
      text: t.arg.string({
        required: true,
        description: `What to look for, 2 to ${MAX_TEXT_LENGTH} characters: "tang truong" finds "Tăng trưởng".`,
        validate: searchText,
      }),
      kinds: t.arg({
        type: [SearchKind],
        required: false,
        description: 'Which kinds to search; all when omitted.',
        validate: z.array(z.string()).min(1, 'kinds must name at least one kind, or be omitted'),
      }),
    },
    resolve: async (_root, args, ctx) => {
      checkPageSize(args);
      checkOffsetCursor(args);
      const needle = fold(args.text);
      const kinds = new Set(args.kinds ?? ALL_KINDS);
      const none: Matches = { total: 0, ids: [] };
      const [mi, ms, ma] = await Promise.all(ALL_KINDS.map((kind) => (kinds.has(kind) ? matchesOf(ctx, kind, needle) : none)));
      const [ni, ns, na] = [mi!.total, ms!.total, ma!.total];
      const connection = await resolveOffsetConnection(
        { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE, totalCount: ni + ns + na },
        async ({ offset, limit }) => {
          const window = (start: number, size: number) => {
            const skip = Math.max(0, offset - start);
            return { skip, take: Math.max(0, Math.min(size, offset + limit - start) - skip) };
          };
          const wi = window(0, ni);
          const ws = window(ni, ns);
          const wa = window(ni + ns, na);
          const [indicators, solutions, agencies] = await Promise.all([
            pageOf(ctx, 'INDICATOR', needle, mi!, wi.skip, wi.take),
            pageOf(ctx, 'SOLUTION', needle, ms!, ws.skip, ws.take),
            pageOf(ctx, 'AGENCY', needle, ma!, wa.skip, wa.take),
          ]);
          return [...indicators, ...solutions, ...agencies];
        },
      );
      return { ...connection, totalCount: ni + ns + na };
    },
  },
  {
    description: 'A page of search hits.',
    fields: (c) => ({
      totalCount: c.int({ description: 'Hits in all pages.', resolve: (conn) => conn.totalCount }),
    }),
  },
  ),
}));
