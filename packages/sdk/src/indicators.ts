import {
  GetIndicatorDocument,
  type GetIndicatorQuery,
  ListIndicatorsDocument,
  type ListIndicatorsQuery,
  type ListIndicatorsQueryVariables,
} from './generated/graphql.ts';
import type { PlanHubClient, RequestOptions } from './types.ts';

/** One page of `listIndicators`. */
export type IndicatorPage = ListIndicatorsQuery['indicators'];
/** An indicator as `listIndicators` returns it. */
export type IndicatorRow = IndicatorPage['edges'][number]['node'];
/** An indicator as `getIndicator` returns it. */
export type IndicatorDetail = GetIndicatorQuery['indicator'];

/**
 * One page of indicators, filtered (`filter`: plan, sector, year, status, agency, text,
 * mainOnly) and ordered, each with its unit, sector, targets (all, or only those of the
 * plan with ID `targetsOfPlan`) with their computed status, and its latest result.
 * Walk every page with `paginate(client, ListIndicatorsDocument, variables)`.
 */
export async function listIndicators(
  client: PlanHubClient,
  variables: ListIndicatorsQueryVariables = {},
  options?: RequestOptions,
): Promise<IndicatorPage> {
  return (await client.request(ListIndicatorsDocument, variables, options)).indicators;
}

/**
 * One indicator by code: every result in period order (the time series) with the passage
 * and document each comes from, every target with its status, and who is responsible.
 * Rejects with code `NOT_FOUND` when no indicator has the code.
 */
export async function getIndicator(client: PlanHubClient, code: string, options?: RequestOptions): Promise<IndicatorDetail> {
  return (await client.request(GetIndicatorDocument, { code }, options)).indicator;
}
