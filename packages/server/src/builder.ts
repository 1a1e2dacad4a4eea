import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import ErrorsPlugin from '@pothos/plugin-errors';
import ScopeAuthPlugin, { AuthScopeFailureType, type AuthFailure } from '@pothos/plugin-scope-auth';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ValidationPlugin from '@pothos/plugin-validation';
import type PrismaTypes from '@planhub/db/generated/pothos-types';
import { getDatamodel } from '@planhub/db/generated/pothos-types';
import { DateResolver, DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { areasOutOfScope, NATIONAL_SCOPE } from './auth/scopes.ts';
import { unauthenticated } from './auth/plugin.ts';
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
    DateTime: { Input: Date; Output: Date };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
    File: { Input: UploadedFile; Output: never };
  };
  // Who may do what, declared on the fields (scope-auth): `signedIn` (any valid
  // credentials), `admin`, and `areas` (every area a write touches is in the principal's scope).
  AuthScopes: { signedIn: boolean; admin: boolean; areas: readonly string[] };
}>({
  defaultFieldNullability: false,
  // First, so the Prisma plugin's resolvers see the stable paths (see stable-paths.ts).
  // Scope-auth before the errors plugin: an authorization failure is never a payload error.
  plugins: [stablePathsPlugin, ScopeAuthPlugin, ErrorsPlugin, PrismaPlugin, RelayPlugin, ValidationPlugin, ComplexityPlugin],
  scopeAuth: {
    // Writes are refused before their resolver runs, so a refused write sends no write.
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({
      signedIn: ctx.principal !== null,
      admin: ctx.principal?.role === 'ADMIN',
      areas: async (keys) => ctx.principal !== null && (await areasOutOfScope(ctx.prisma, ctx.principal, keys)).length === 0,
    }),
    unauthorizedError: (_parent, ctx, _info, result) => authorizationError(ctx.principal, result.failure),
  },
  errors: {
    // Payload unions are named <Mutation>Payload, their success types <Mutation>Success.
    defaultUnionOptions: {
      name: ({ fieldName }) => `${fieldName[0]!.toUpperCase()}${fieldName.slice(1)}Payload`,
      description: 'What a write did: its result, or the typed error (a `UserError`) saying what to fix in the input, in which case nothing was written.',
    },
    defaultResultOptions: { name: ({ fieldName }) => `${fieldName[0]!.toUpperCase()}${fieldName.slice(1)}Success` },
  },
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

/** The area keys a failed `areas` scope named, wherever in the failure they are. */
function areasOf(failure: AuthFailure): readonly string[] {
  if (failure.kind === AuthScopeFailureType.AuthScope && failure.scope === 'areas') return failure.parameter as readonly string[];
  if (failure.kind === AuthScopeFailureType.AnyAuthScopes || failure.kind === AuthScopeFailureType.AllAuthScopes) return failure.failures.flatMap(areasOf);
  return [];
}

/** UNAUTHENTICATED without credentials, FORBIDDEN with credentials that do not allow this. */
function authorizationError(principal: Context['principal'], failure: AuthFailure): Error {
  if (!principal) return unauthenticated('Writing needs a token: send "Authorization: Bearer <token>". An admin issues tokens (`npm run token -- create`).');
  const areas = [...new Set(areasOf(failure))];
  if (areas.includes(NATIONAL_SCOPE)) {
    return userError(ErrorCode.FORBIDDEN, `Your credentials ("${principal.name}", ${principal.role === 'ADMIN' ? 'an admin' : `an editor of ${principal.areas.join(', ')}`}) do not cover national records (a national agency, its offices): only an admin writes them.`, { http: { status: 403 } });
  }
  const who = principal.role === 'ADMIN' ? 'an admin' : `an editor of ${principal.areas.join(', ')}`;
  const message = areas.length
    ? `Your credentials ("${principal.name}", ${who}) do not cover ${areas.map((a) => `"${a}"`).join(', ')}. Ask an admin for a token of that area.`
    : `Your credentials ("${principal.name}", ${who}) do not allow this: it needs an admin.`;
  return userError(ErrorCode.FORBIDDEN, message, { http: { status: 403 } });
}

function nodeOrNotFound<T>(node: T | null | undefined, id: { typename: string; id: string }): T {
  if (node == null) {
    throw userError(ErrorCode.NOT_FOUND, `No ${id.typename} has the ID "${encodeGlobalId(id.typename, id.id)}". It may have been removed; fetch the list again for current IDs.`);
  }
  return node;
}

builder.addScalarType('Date', DateResolver, {
  description: 'A calendar date, `YYYY-MM-DD`.',
});
builder.addScalarType('DateTime', DateTimeResolver, {
  description: 'An instant, in ISO 8601 with its offset: `2026-12-01T09:30:00.000Z`.',
});
builder.addScalarType('JSONObject', JSONObjectResolver, {
  description: 'A JSON object: here, a record as it was stored, field by field.',
});

/** A file of a multipart request, as yoga hands it over. */
export interface UploadedFile {
  name: string;
  type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

// Files come in GraphQL multipart requests (yoga parses them into File objects); none goes out.
builder.scalarType('File', {
  description: 'A file sent with the request, as the GraphQL multipart request spec sends it (`importFile`).',
  serialize: () => {
    throw new Error('A File is only ever sent to PlanHub, never returned.');
  },
  // Yoga's File is its fetch implementation's, not necessarily the global one: what it can do is what counts.
  parseValue: (value) => {
    const file = value as Partial<UploadedFile> | null;
    if (file && typeof file === 'object' && typeof file.arrayBuffer === 'function' && typeof file.name === 'string') return file as UploadedFile;
    throw new TypeError('Send the file as a part of a multipart request (the GraphQL multipart request spec), mapped to this variable.');
  },
});

builder.queryType({ description: 'Read access to plans, indicators, solutions and agencies.' });
builder.mutationType({
  description:
    'Writes, each in one transaction, each recorded in the audit trail. Every one needs a token (`Authorization: Bearer …`) whose scope covers the areas it touches. A mistake in the input comes back as a typed error in the payload; missing or insufficient credentials as a GraphQL error (UNAUTHENTICATED, FORBIDDEN).',
});
