import {
  CompareIndicatorDocument,
  type CompareIndicatorQuery,
  type CompareIndicatorQueryVariables,
  GetIndicatorDefinitionDocument,
  type GetIndicatorDefinitionQuery,
  GetIndicatorDocument,
  type GetIndicatorQuery,
  GetIndicatorRevisionsDocument,
  type GetIndicatorRevisionsQuery,
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
/** An indicator's figures and targets with their revisions, as `getIndicatorRevisions` returns them. */
export type IndicatorRevisions = GetIndicatorRevisionsQuery['indicator'];
/** An indicator definition and the areas that measure it, as `getIndicatorDefinition` returns it. */
export type IndicatorDefinitionDetail = GetIndicatorDefinitionQuery['indicatorDefinition'];
/** A definition compared across areas, as `compareIndicator` returns it. */
export type IndicatorComparison = CompareIndicatorQuery['compareIndicator'];

/** Names one area's series of an indicator definition. */
export interface SeriesName {
  /** The area code, e.g. `bac-kan`. */
  area: string;
  /** The definition code, e.g. `economic-growth-rate`. */
  code: string;
}

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
 * One area's series of an indicator, by area and definition code: the current figure of
 * each period (the time series) with the passage and document each comes from, every
 * target with its status, and who is responsible. Rejects with code `NOT_FOUND` when the
 * area, the definition, or the area's series of it does not exist.
 */
export async function getIndicator(client: PlanHubClient, series: SeriesName, options?: RequestOptions): Promise<IndicatorDetail> {
  return (await client.request(GetIndicatorDocument, { area: series.area, code: series.code }, options)).indicator;
}

/**
 * How a series was revised: each period's current figure with its `revisions` (the
 * reports it replaced or that were made beside it, with their dates and sources), and
 * each target in force with its earlier versions. `followSuccession` adds the figures of
 * the areas the series' area continues or that continue it (each figure names its area).
 */
export async function getIndicatorRevisions(
  client: PlanHubClient,
  series: SeriesName & { followSuccession?: boolean },
  options?: RequestOptions,
): Promise<IndicatorRevisions> {
  const { area, code, followSuccession = false } = series;
  return (await client.request(GetIndicatorRevisionsDocument, { area, code, followSuccession }, options)).indicator;
}

/** An indicator definition by code, with its series: the areas that measure it. Rejects with `NOT_FOUND` for an unknown code. */
export async function getIndicatorDefinition(client: PlanHubClient, code: string, options?: RequestOptions): Promise<IndicatorDefinitionDetail> {
  return (await client.request(GetIndicatorDefinitionDocument, { code }, options)).indicatorDefinition;
}

/**
 * One definition across areas for a period (`{ code, period }`, e.g. `economic-growth-rate`
 * and `2023`): each area's current figure ranked best first by the definition's direction
 * (ties share a rank; areas without a comparable figure last, unranked), with its change
 * from the previous period and the passage it comes from. `measure` (LEVEL by default),
 * `level` (e.g. PROVINCE) and `first` (100 by default, at most 1000) narrow it.
 */
export async function compareIndicator(
  client: PlanHubClient,
  variables: CompareIndicatorQueryVariables,
  options?: RequestOptions,
): Promise<IndicatorComparison> {
  return (await client.request(CompareIndicatorDocument, variables, options)).compareIndicator;
}
