import { NodeDocument, type NodeQuery } from './generated/graphql.ts';
import type { PlanHubClient, RequestOptions } from './types.ts';

/** Any object with its identifying fields, told apart by `__typename`. */
export type AnyNode = NonNullable<NodeQuery['node']>;

/**
 * Any object by its global ID (an `id` field exactly as returned). Rejects with code
 * `INVALID_ID` for a malformed ID and `NOT_FOUND` for one that names nothing.
 */
export async function node(client: PlanHubClient, id: string, options?: RequestOptions): Promise<AnyNode | null> {
  return (await client.request(NodeDocument, { id }, options)).node;
}
