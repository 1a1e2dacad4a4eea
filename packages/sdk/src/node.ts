import { PlanHubError } from './error.ts';
import { NodeDocument, type NodeQuery } from './generated/graphql.ts';
import type { PlanHubClient, RequestOptions } from './types.ts';

/** Any object with its identifying fields, told apart by `__typename`. */
export type AnyNode = NonNullable<NodeQuery['node']>;

/**
 * Any object by its global ID (an `id` field exactly as returned). Rejects with code
 * `INVALID_ID` for a malformed ID and `NOT_FOUND` for one that names nothing, as the
 * server answers; so it never resolves to null.
 */
export async function node(client: PlanHubClient, id: string, options?: RequestOptions): Promise<AnyNode> {
  const data = await client.request(NodeDocument, { id }, options);
  // The server reports an ID that names nothing as NOT_FOUND (thrown above); a server
  // that answers null without an error is told the same way, so the type holds.
  if (!data.node) throw new PlanHubError('NOT_FOUND', `Nothing has the ID "${id}"`, { path: ['node'], data });
  return data.node;
}
