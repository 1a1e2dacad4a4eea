import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ValidationPlugin from '@pothos/plugin-validation';
import type PrismaTypes from '@planhub/db/generated/pothos-types';
import { getDatamodel } from '@planhub/db/generated/pothos-types';
import { DateResolver } from 'graphql-scalars';
import type { Context } from './context.ts';
import { stablePathsPlugin } from './stable-paths.ts';
import { decodeGlobalId, encodeGlobalId } from './global-id.ts';
import { userError, ErrorCode } from './errors.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination.ts';
import { fieldCost } from './limits/cost.ts';

// Configuration only: types live in schema/<area>/.
export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  // Chosen on purpose: fields are non-null unless declared otherwise, so clients
  // get precise types; every nullable field says why it can be null.
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  Scalars: {
    ID: { Input: string; Output: string | number };
    Date: { Input: Date; Output: Date };
  };
}>({
  defaultFieldNullability: false,
  // First, so the Prisma plugin's resolvers see the stable paths (see stable-paths.ts).
  plugins: [stablePathsPlugin, PrismaPlugin, RelayPlugin, ValidationPlugin, ComplexityPlugin],
  // Each field's share of an operation's cost (limits/cost.ts). The limit is checked before
  // execution by limits/operation-limits.ts, not by the plugin's per-field wrapper.
  complexity: { disabled: true, fieldComplexity: fieldCost },
  prisma: {
    // The client comes with each request, so one schema serves SQLite and PostgreSQL.
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'error',
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgeCursorType: 'String',
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeGlobalId,
    nodeTypeOptions: { description: 'An object with a global ID, refetchable with `node(id:)`.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its list, and the cursors to move from it.' },
    idFieldOptions: { description: 'Global ID of the object; pass it to `node(id:)` to fetch it again.' },
    defaultConnectionTypeOptions: { description: 'One page of a list, with the cursors to fetch the next or previous one.' },
    defaultEdgeTypeOptions: { description: 'One item of a page, with its cursor.' },
    cursorFieldOptions: { description: 'Opaque cursor of this item: pass it as `after` or `before`, unchanged.' },
    nodeFieldOptions: { description: 'The item.' },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor.' },
    pageInfoFieldOptions: { description: 'Where this page sits, and the cursors to move from it.' },
    hasNextPageFieldOptions: { description: 'Whether more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of the page; null when the page is empty.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of the page; null when the page is empty.' },
    firstArgOptions: { description: `Page forward: how many items after \`after\` (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` },
    afterArgOptions: { description: 'Start after this cursor (from `pageInfo.endCursor`).' },
    lastArgOptions: { description: `Page backward: how many items before \`before\` (at most ${MAX_PAGE_SIZE}).` },
    beforeArgOptions: { description: 'End before this cursor (from `pageInfo.startCursor`).' },
    nodeQueryOptions: {
      description: 'Any object by its global ID. Fails with INVALID_ID for a malformed ID and NOT_FOUND for one that names nothing.',
      args: { id: { description: 'A global ID, as returned in an `id` field.' } },
      resolve: async (_root, args, _ctx, _info, resolveNode) => nodeOrNotFound(await resolveNode(args.id), args.id),
    },
    nodesQueryOptions: {
      description: 'Several objects by global ID, in the order asked. Each ID that names nothing gives a NOT_FOUND error at its index.',
      args: { ids: { description: `Global IDs, at most ${MAX_PAGE_SIZE}.` } },
      resolve: async (_root, args, _ctx, _info, resolveNodes) => {
        if (args.ids.length > MAX_PAGE_SIZE) {
          throw userError(ErrorCode.PAGE_SIZE_OUT_OF_RANGE, `"ids" may hold at most ${MAX_PAGE_SIZE} IDs; got ${args.ids.length}. Split the request.`);
        }
        const nodes = await resolveNodes(args.ids);
        // Promises, so one missing ID errors at its own index and the others still resolve.
        return nodes.map(async (node, i) => nodeOrNotFound(await node, args.ids[i]!));
      },
    },
  },
  validation: {
    validationError: (failure) =>
      userError(
        ErrorCode.INVALID_ARGUMENT,
        failure.issues
          .map((issue) => {
            const path = (issue.path ?? []).map((p) => (typeof p === 'object' ? String(p.key) : String(p))).join('.');
            return path ? `${path}: ${issue.message}` : issue.message;
          })
          .join('; '),
      ),
  },
});

function nodeOrNotFound<T>(node: T | null | undefined, id: { typename: string; id: string }): T {
  if (node == null) {
    throw userError(ErrorCode.NOT_FOUND, `No ${id.typename} has the ID "${encodeGlobalId(id.typename, id.id)}". It may have been removed; fetch the list again for current IDs.`);
  }
  return node;
}

builder.addScalarType('Date', DateResolver, {
  description: 'A calendar date, `YYYY-MM-DD`.',
});

builder.queryType({ description: 'Read access to plans, indicators, solutions and agencies.' });
