import { agencyTree, type AgencyTreeNode } from './agencies.ts';
import type { PlanHubError } from './error.ts';
import type {
  CompareIndicatorQueryVariables,
  CompareTargetsQueryVariables,
  ResultStatsQueryVariables,
  TargetStatsQueryVariables,
  ListIndicatorsQueryVariables,
  ListPlansQueryVariables,
  PlanTargetsQueryVariables,
  ListSolutionsQueryVariables,
  SearchQueryVariables,
} from './generated/graphql.ts';
import {
  compareIndicator,
  compareTargets,
  resultStats,
  type ResultStats,
  type TargetComparison,
  targetStats,
  type TargetStats,
  yearResults,
  type YearResultsPage,
  getIndicator,
  getIndicatorDefinition,
  getIndicatorRevisions,
  type IndicatorComparison,
  type IndicatorDefinitionDetail,
  type IndicatorDetail,
  type IndicatorPage,
  type IndicatorRevisions,
  listIndicators,
  type SeriesName,
} from './indicators.ts';
import { type AnyNode, node } from './node.ts';
import { listPlans, type PlanPage, type PlanSummary, planSummary, type PlanTargets, planTargets } from './plans.ts';
import { search, type SearchPage } from './search.ts';
import { getSource, type SourceWithText } from './sources.ts';
import { listSolutions, type SolutionPage } from './solutions.ts';
import type { Lang, PlanHubClient, RequestOptions, TypedDocument, VariablesArgs } from './types.ts';

// Query options for TanStack Query (React, Vue, Solid, Svelte, Angular), as plain objects:
// nothing here imports TanStack, so the SDK has no dependency on it. Each factory returns
// what `useQuery`, `useSuspenseQuery`, `queryOptions`, `queryClient.fetchQuery` and
// `prefetchQuery` take: a key, a `queryFn` that passes TanStack's `signal` on, and a
// `retry` typed with `PlanHubError`, from which TanStack infers the query's error type.

/** Per-request options of a query: TanStack supplies the signal, so there is none here. */
export type QueryRequestOptions = Omit<RequestOptions, 'signal'>;

/**
 * A query key: what the query runs (an SDK method's name, or a GraphQL operation's name)
 * and its variables; a third element holds the language when one is given per request,
 * since the answer depends on it.
 */
export type PlanHubQueryKey<TName extends string = string, TVariables = unknown> =
  | readonly [name: TName, variables: TVariables]
  | readonly [name: TName, variables: TVariables, scope: { lang: Lang }];

/** What every factory returns: options that TanStack Query's functions accept as they are. */
export interface PlanHubQueryOptions<TData, TKey extends PlanHubQueryKey = PlanHubQueryKey> {
  /** `[name, variables]` (see `PlanHubQueryKey`): equal for equal requests, different for any other. */
  queryKey: TKey;
  /** Runs the request, aborted when TanStack aborts the query (its `signal`). */
  queryFn: (context: { signal: AbortSignal }) => Promise<TData>;
  /** `retryTransient`: also what makes TanStack type the query's `error` as `PlanHubError`. */
  retry: (failureCount: number, error: PlanHubError) => boolean;
}

/**
 * TanStack's `retry` for PlanHub: up to 3 more tries (TanStack's default count), only for
 * failures that may pass (no response, HTTP 429 or 503, `SERVICE_UNAVAILABLE`); an error
 * the request itself causes (`NOT_FOUND`, `INVALID_ARGUMENT`, …) fails at once. Usable as
 * a QueryClient default: `new QueryClient({ defaultOptions: { queries: { retry: retryTransient } } })`.
 */
export function retryTransient(failureCount: number, error: PlanHubError): boolean {
  const { code, status } = (error ?? {}) as Partial<PlanHubError>;
  return failureCount < 3 && (code == 'NETWORK_ERROR' || code == 'SERVICE_UNAVAILABLE' || status == 429 || status == 503);
}

function options<TData, const TName extends string, TVariables>(
  name: TName,
  variables: TVariables,
  lang: Lang | undefined,
  run: (signal: AbortSignal) => Promise<TData>,
): PlanHubQueryOptions<TData, PlanHubQueryKey<TName, TVariables>> {
  return {
    queryKey: lang ? [name, variables, { lang }] : [name, variables],
    queryFn: ({ signal }) => run(signal),
    retry: retryTransient,
  };
}

/** `listIndicators` as a query; key `['listIndicators', variables]`. */
export function listIndicatorsQuery(client: PlanHubClient, variables: ListIndicatorsQueryVariables = {}, opts: QueryRequestOptions = {}) {
  return options('listIndicators', variables, opts.lang, (signal): Promise<IndicatorPage> => listIndicators(client, variables, { ...opts, signal }));
}

/** `getIndicator` as a query; key `['getIndicator', { area, code }]`. */
export function getIndicatorQuery(client: PlanHubClient, series: SeriesName, opts: QueryRequestOptions = {}) {
  const { area, code } = series;
  return options('getIndicator', { area, code }, opts.lang, (signal): Promise<IndicatorDetail> => getIndicator(client, { area, code }, { ...opts, signal }));
}

/** `getIndicatorRevisions` as a query; key `['getIndicatorRevisions', { area, code, followSuccession }]`. */
export function getIndicatorRevisionsQuery(client: PlanHubClient, series: SeriesName & { followSuccession?: boolean }, opts: QueryRequestOptions = {}) {
  const variables = { area: series.area, code: series.code, followSuccession: series.followSuccession ?? false };
  return options('getIndicatorRevisions', variables, opts.lang, (signal): Promise<IndicatorRevisions> => getIndicatorRevisions(client, variables, { ...opts, signal }));
}

/** `getIndicatorDefinition` as a query; key `['getIndicatorDefinition', { code }]`. */
export function getIndicatorDefinitionQuery(client: PlanHubClient, code: string, opts: QueryRequestOptions = {}) {
  return options('getIndicatorDefinition', { code }, opts.lang, (signal): Promise<IndicatorDefinitionDetail> => getIndicatorDefinition(client, code, { ...opts, signal }));
}

/** `compareIndicator` as a query; key `['compareIndicator', variables]`. */
export function compareIndicatorQuery(client: PlanHubClient, variables: CompareIndicatorQueryVariables, opts: QueryRequestOptions = {}) {
  return options('compareIndicator', variables, opts.lang, (signal): Promise<IndicatorComparison> => compareIndicator(client, variables, { ...opts, signal }));
}

/** `compareTargets` as a query; key `['compareTargets', variables]`. */
export function compareTargetsQuery(client: PlanHubClient, variables: CompareTargetsQueryVariables, opts: QueryRequestOptions = {}) {
  return options('compareTargets', variables, opts.lang, (signal): Promise<TargetComparison> => compareTargets(client, variables, { ...opts, signal }));
}

/** `targetStats` as a query; key `['targetStats', variables]`. */
export function targetStatsQuery(client: PlanHubClient, variables: TargetStatsQueryVariables = {}, opts: QueryRequestOptions = {}) {
  return options('targetStats', variables, opts.lang, (signal): Promise<TargetStats> => targetStats(client, variables, { ...opts, signal }));
}

/** `resultStats` as a query; key `['resultStats', variables]`. */
export function resultStatsQuery(client: PlanHubClient, variables: ResultStatsQueryVariables = {}, opts: QueryRequestOptions = {}) {
  return options('resultStats', variables, opts.lang, (signal): Promise<ResultStats> => resultStats(client, variables, { ...opts, signal }));
}

/** `yearResults` as a query; key `['yearResults', variables]`. */
export function yearResultsQuery(client: PlanHubClient, variables: { year: number; area?: string; first?: number; after?: string }, opts: QueryRequestOptions = {}) {
  return options('yearResults', variables, opts.lang, (signal): Promise<YearResultsPage> => yearResults(client, variables, { ...opts, signal }));
}

/** `planTargets` as a query; key `['planTargets', variables]`. */
export function planTargetsQuery(client: PlanHubClient, variables: PlanTargetsQueryVariables, opts: QueryRequestOptions = {}) {
  return options('planTargets', variables, opts.lang, (signal): Promise<PlanTargets> => planTargets(client, variables, { ...opts, signal }));
}

/** `listPlans` as a query; key `['listPlans', variables]`. */
export function listPlansQuery(client: PlanHubClient, variables: ListPlansQueryVariables = {}, opts: QueryRequestOptions = {}) {
  return options('listPlans', variables, opts.lang, (signal): Promise<PlanPage> => listPlans(client, variables, { ...opts, signal }));
}

/** `planSummary` as a query; key `['planSummary', { code }]`. */
export function planSummaryQuery(client: PlanHubClient, code: string, opts: QueryRequestOptions = {}) {
  return options('planSummary', { code }, opts.lang, (signal): Promise<PlanSummary> => planSummary(client, code, { ...opts, signal }));
}

/** `listSolutions` as a query; key `['listSolutions', variables]`. */
export function listSolutionsQuery(client: PlanHubClient, variables: ListSolutionsQueryVariables = {}, opts: QueryRequestOptions = {}) {
  return options('listSolutions', variables, opts.lang, (signal): Promise<SolutionPage> => listSolutions(client, variables, { ...opts, signal }));
}

/** `agencyTree` as a query (every page, one cache entry); key `['agencyTree', { validOn }]`. */
export function agencyTreeQuery(client: PlanHubClient, variables: { validOn?: string } = {}, opts: QueryRequestOptions = {}) {
  const { validOn } = variables;
  return options('agencyTree', validOn ? { validOn } : {}, opts.lang, (signal): Promise<AgencyTreeNode[]> =>
    agencyTree(client, { ...opts, ...(validOn && { validOn }), signal }),
  );
}

/** `search` as a query; key `['search', variables]`. */
export function searchQuery(client: PlanHubClient, variables: SearchQueryVariables, opts: QueryRequestOptions = {}) {
  return options('search', variables, opts.lang, (signal): Promise<SearchPage> => search(client, variables, { ...opts, signal }));
}

/** `node` as a query; key `['node', { id }]`. */
export function nodeQuery(client: PlanHubClient, id: string, opts: QueryRequestOptions = {}) {
  return options('node', { id }, opts.lang, (signal): Promise<AnyNode> => node(client, id, { ...opts, signal }));
}

/** `getSource` as a query; key `['getSource', { id }]`. */
export function getSourceQuery(client: PlanHubClient, id: string, opts: QueryRequestOptions = {}) {
  return options('getSource', { id }, opts.lang, (signal): Promise<SourceWithText> => getSource(client, id, { ...opts, signal }));
}

/** The SDK methods' names: the first element of their keys, so no document may be named so. */
const METHOD_NAMES = [
  'listIndicators',
  'getIndicator',
  'getIndicatorRevisions',
  'getIndicatorDefinition',
  'compareIndicator',
  'compareTargets',
  'targetStats',
  'resultStats',
  'yearResults',
  'listPlans',
  'planSummary',
  'planTargets',
  'listSolutions',
  'agencyTree',
  'search',
  'node',
  'getSource',
];

/**
 * Any typed document (yours, written with the client preset's `graphql()`, or the SDK's
 * own from `@planhub/sdk/graphql`) as a query, resolving to its whole `data`; key
 * `[operationName, variables]`. The operation must be named, and not as an SDK method
 * (`search`, `node`, …), whose keys hold a part of a result rather than all of it.
 */
export function documentQuery<TResult, TVariables>(
  client: PlanHubClient,
  document: TypedDocument<TResult, TVariables>,
  ...[variables, opts = {}]: VariablesArgs<NoInfer<TVariables>, QueryRequestOptions>
): PlanHubQueryOptions<TResult, PlanHubQueryKey<string, TVariables>> {
  const name = operationName(document);
  if (!name) throw new TypeError('documentQuery needs a named operation: its name is the first part of the query key');
  if (METHOD_NAMES.includes(name)) throw new TypeError(`Rename the operation "${name}": the SDK method of that name has the query key ["${name}", …]`);
  const vars = (variables ?? {}) as TVariables;
  const request = client.request as (document: unknown, variables: unknown, options: RequestOptions) => Promise<TResult>;
  return options(name, vars, opts.lang, (signal) => request(document, vars, { ...opts, signal }));
}

/** The name of a document's (first) operation: from a DocumentNode's definitions, or from
 * the top level of its text (outside braces, strings and comments); undefined when the
 * operation is anonymous. */
export function operationName(document: object | string): string | undefined {
  const definitions = (document as { definitions?: ReadonlyArray<{ kind: string; name?: { value: string } }> }).definitions;
  if (definitions) return definitions.find((d) => d.kind == 'OperationDefinition')?.name?.value;
  let depth = 0;
  let top = ' ';
  for (const c of String(document).replace(/#.*|"""[\s\S]*?"""|"(?:\\.|[^"\\])*"/g, ' ')) {
    if (c == '{' && !depth++) top += ' { ';
    else if (c == '}') depth--;
    else if (!depth) top += c;
  }
  return /\s(?:query|mutation|subscription)\s+([_A-Za-z]\w*)/.exec(top)?.[1];
}
