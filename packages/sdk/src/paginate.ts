import { PlanHubError } from './error.ts';
import type { Connection, PageableVariables, PaginateOptions, PlanHubClient, RootConnectionNode, TypedDocument } from './types.ts';

/**
 * Every node of a connection, page after page: `for await (const x of paginate(...))`.
 * The document must take `$after: String` and select `pageInfo { hasNextPage endCursor }`;
 * `first` in `variables` sets the page size (the server allows up to 100). Requests are
 * made as the loop asks for more, so `break` stops paging.
 */
export async function* paginate<TResult, TVariables extends PageableVariables, TNode = RootConnectionNode<TResult>>(
  client: PlanHubClient,
  document: TypedDocument<TResult, TVariables>,
  variables: NoInfer<TVariables>,
  { connection = rootConnection, ...options }: PaginateOptions<TResult, TNode> = {},
): AsyncGenerator<TNode, void, undefined> {
  let after = variables.after;
  for (;;) {
    const data = await client.request(document, { ...variables, after }, options);
    const page = connection(data);
    if (!page) return;
    for (const edge of page.edges) if (edge) yield edge.node;
    const next = page.pageInfo.endCursor;
    if (!page.pageInfo.hasNextPage) return;
    // A server that promises a next page but gives no new cursor would loop forever.
    if (!next || next === after) throw new PlanHubError('INVALID_RESPONSE', 'hasNextPage is true but endCursor did not advance');
    after = next;
  }
}

function rootConnection(data: any): Connection<any> | undefined {
  for (const key in data) if (data[key]?.pageInfo) return data[key];
}
