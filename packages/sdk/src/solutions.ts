import { ListSolutionsDocument, type ListSolutionsQuery, type ListSolutionsQueryVariables } from './generated/graphql.ts';
import type { PlanHubClient, RequestOptions } from './types.ts';

/** One page of `listSolutions`. */
export type SolutionPage = ListSolutionsQuery['solutions'];
/** A solution as `listSolutions` returns it. */
export type SolutionRow = SolutionPage['edges'][number]['node'];

/**
 * One page of solutions and directives, by plan and in source order. Filter by `plan`,
 * `indicator` or `agency` (global IDs, as returned in `id` fields), `sector` (code),
 * `kind` or `text`. Each comes with its responsible agencies, linked indicators (with
 * the basis and rationale of the link) and the passage that states it.
 */
export async function listSolutions(
  client: PlanHubClient,
  variables: ListSolutionsQueryVariables = {},
  options?: RequestOptions,
): Promise<SolutionPage> {
  return (await client.request(ListSolutionsDocument, variables, options)).solutions;
}
