import { fold } from '@planhub/db/text';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { checkPageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../pagination.ts';
import { AgencyRef } from '../agency/agency.ts';
import { IndicatorRef } from '../indicator/indicator.ts';
import { SolutionRef } from '../solution/solution.ts';
import { MAX_TEXT_LENGTH } from '../common/inputs.ts';

// One search box over indicators, solutions and agencies. Matching runs on the folded
// `searchText` column, so "tang truong" finds "Tăng trưởng" on every database.

const SearchKind = builder.enumType('SearchKind', {
  description: 'What `search` looks through.',
  values: {
    INDICATOR: { description: 'Indicators, by name and description.' },
    SOLUTION: { description: 'Solutions and directives, by text.' },
    AGENCY: { description: 'Agencies, by name and abbreviation.' },
  } as const,
});

const SearchHit = builder.unionType('SearchHit', {
  description: 'Something `search` found.',
  types: [IndicatorRef, SolutionRef, AgencyRef],
  resolveType: (hit) => ('direction' in hit ? IndicatorRef : 'textVi' in hit ? SolutionRef : AgencyRef),
});

type Kind = 'INDICATOR' | 'SOLUTION' | 'AGENCY';
const ALL_KINDS: Kind[] = ['INDICATOR', 'SOLUTION', 'AGENCY'];

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
        validate: z
          .string()
          .trim()
          .min(2, 'text must have at least 2 characters')
          .max(MAX_TEXT_LENGTH, `text must have at most ${MAX_TEXT_LENGTH} characters`),
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
      const needle = fold(args.text);
      const kinds = new Set(args.kinds ?? ALL_KINDS);
      const where = { searchText: { contains: needle } };
      // Counts first (one statement per kind, remembered per data version: a substring
      // match reads every row), then only the rows the page needs.
      const key = JSON.stringify(needle);
      const [ni, ns, na] = await Promise.all([
        kinds.has('INDICATOR') ? ctx.remember(`search:indicator:${key}`, () => ctx.prisma.indicator.count({ where })) : 0,
        kinds.has('SOLUTION') ? ctx.remember(`search:solution:${key}`, () => ctx.prisma.solution.count({ where })) : 0,
        kinds.has('AGENCY') ? ctx.remember(`search:agency:${key}`, () => ctx.prisma.agency.count({ where })) : 0,
      ]);
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
          const byName = [{ sortKey: 'asc' as const }, { id: 'asc' as const }];
          const [indicators, solutions, agencies] = await Promise.all([
            wi.take ? ctx.prisma.indicator.findMany({ where, orderBy: byName, ...wi }) : [],
            ws.take ? ctx.prisma.solution.findMany({ where, orderBy: byName, ...ws }) : [],
            wa.take ? ctx.prisma.agency.findMany({ where, orderBy: byName, ...wa }) : [],
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
