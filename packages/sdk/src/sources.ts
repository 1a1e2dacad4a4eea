import { PlanHubError } from './error.ts';
import { GetSourceDocument, type GetSourceQuery } from './generated/graphql.ts';
import type { PlanHubClient, RequestOptions } from './types.ts';

/** A source with its whole text, as `getSource` returns it. */
export type SourceWithText = Extract<NonNullable<GetSourceQuery['node']>, { __typename: 'Source' }>;

/**
 * A source by its ID (a provenance's `source.id`) with its whole `text`, where the
 * provenance's `offset` and `end` mark the quoted passage: to show a quote in context.
 * Rejects with `NOT_FOUND` for an ID that names nothing and `INVALID_ID` for one that
 * names something other than a source.
 */
export async function getSource(client: PlanHubClient, id: string, options?: RequestOptions): Promise<SourceWithText> {
  const data = await client.request(GetSourceDocument, { id }, options);
  if (!data.node) throw new PlanHubError('NOT_FOUND', `Nothing has the ID "${id}"`, { path: ['node'], data });
  if (data.node.__typename !== 'Source') throw new PlanHubError('INVALID_ID', `"${id}" is the ID of a ${data.node.__typename}, not of a Source`, { path: ['node'], data });
  return data.node;
}
