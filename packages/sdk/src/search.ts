import { SearchDocument, type SearchQuery, type SearchQueryVariables } from './generated/graphql.ts';
import type { PlanHubClient, RequestOptions } from './types.ts';

/** One page of `search`. */
export type SearchPage = SearchQuery['search'];
/** A hit: an indicator, solution or agency, told apart by `__typename`. */
export type SearchHit = SearchPage['edges'][number]['node'];

/**
 * Indicators, then solutions, then agencies whose text contains `text` (2 to 200
 * characters), ignoring case and Vietnamese diacritics: "tang truong" finds "Tăng
 * trưởng". `kinds` narrows what is searched.
 */
export async function search(client: PlanHubClient, variables: SearchQueryVariables, options?: RequestOptions): Promise<SearchPage> {
  return (await client.request(SearchDocument, variables, options)).search;
}
