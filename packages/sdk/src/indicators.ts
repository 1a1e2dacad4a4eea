import {
  CompareIndicatorDocument,
  CompareTargetsDocument,
  type CompareTargetsQuery,
  type CompareTargetsQueryVariables,
  ResultStatsDocument,
  type ResultStatsQuery,
  type ResultStatsQueryVariables,
  YearResultsDocument,
  type YearResultsQuery,
  TargetStatsDocument,
  type TargetStatsQuery,
  type TargetStatsQueryVariables,
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

/** A definition's targets compared across areas, as `compareTargets` returns them. */
export type TargetComparison = CompareTargetsQuery['compareTargets'];
/** Targets counted and summed, as `targetStats` returns them. */
export type TargetStats = TargetStatsQuery['targetStats'];
/** One group of `targetStats` (its `total` too). */
export type TargetGroup = TargetStats['total'];
/** Figures counted and summed, as `resultStats` returns them. */
export type ResultStats = ResultStatsQuery['resultStats'];
/** One group of `resultStats` (its `total` too). */
export type ResultGroup = ResultStats['total'];

/** A page of a year's figures, as `yearResults` returns it. */
export type YearResultsPage = YearResultsQuery['indicators'];
/** One indicator with its figure of the year. */
export type YearResultRow = YearResultsPage['edges'][number]['node'];

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

/**
 * One definition's targets across areas for a period (`{ code, period }`, e.g.
 * `economic-growth-rate` and `2024`): each judged (`status`, `achievementPercent`) and
 * ranked by achievement in the definition's direction (the lowest first where lower is
 * better; ties share a rank; no achievement, no rank), with the target, the figure judged
 * and the passage that sets it. `kind` (LEVEL by default), `level` and `first` narrow it.
 */
export async function compareTargets(client: PlanHubClient, variables: CompareTargetsQueryVariables, options?: RequestOptions): Promise<TargetComparison> {
  return (await client.request(CompareTargetsDocument, variables, options)).compareTargets;
}

/**
 * Targets counted by computed status and summed (achievement percent, values in their
 * dimension's base unit): `total`, and `groups` by `groupBy` (any of STATUS, SECTOR, YEAR,
 * PERIOD, AREA, PLAN, AGENCY, DEFINITION, in order), narrowed by `filter` (plan, area,
 * level, definition, sector, agency, year, period, status, mainOnly) and ordered by
 * `orderBy` (KEYS, COUNT or AVERAGE). Rejects with `INVALID_ARGUMENT` for a key given twice.
 */
export async function targetStats(client: PlanHubClient, variables: TargetStatsQueryVariables = {}, options?: RequestOptions): Promise<TargetStats> {
  return (await client.request(TargetStatsDocument, variables, options)).targetStats;
}

/**
 * Figures (each period's current one, unless `filter.includeRevisions`) counted by
 * reliability and summed (values in the base unit, stated percent of plan, year-on-year
 * change): `total`, and `groups` by `groupBy` (any of SECTOR, YEAR, PERIOD, AREA, PLAN,
 * AGENCY, DEFINITION, RELIABILITY, MEASURE), as `targetStats` takes them.
 */
export async function resultStats(client: PlanHubClient, variables: ResultStatsQueryVariables = {}, options?: RequestOptions): Promise<ResultStats> {
  return (await client.request(ResultStatsDocument, variables, options)).resultStats;
}

/**
 * A year's figures (`{ year, area? }`, e.g. 2023 in `bac-kan`): the indicators with data
 * for the year, by name, a page at a time (`first`, `after`), each with its current figure
 * of the year (`resultFor`: the most settled, then the latest reported; null where the
 * year has only a target) and the passage it comes from.
 */
export async function yearResults(
  client: PlanHubClient,
  variables: { year: number; area?: string; first?: number; after?: string },
  options?: RequestOptions,
): Promise<YearResultsPage> {
  return (await client.request(YearResultsDocument, { ...variables, period: String(variables.year) }, options)).indicators;
}
