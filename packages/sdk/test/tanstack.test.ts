import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { hashKey, QueryClient } from '@tanstack/query-core';
import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { AgencyTreeNode } from '../src/agencies.ts';
import { createClient, PlanHubError, type PlanHubClient, type TypedDocument } from '../src/client.ts';
import * as sdk from '../src/generated/graphql.ts';
import type { IndicatorDetail, IndicatorPage } from '../src/indicators.ts';
import type { AnyNode } from '../src/node.ts';
import type { PlanSummary } from '../src/plans.ts';
import {
  agencyTreeQuery,
  documentQuery,
  compareIndicatorQuery,
  compareTargetsQuery,
  getIndicatorDefinitionQuery,
  getIndicatorQuery,
  getIndicatorRevisionsQuery,
  getSourceQuery,
  listIndicatorsQuery,
  listPlansQuery,
  listSolutionsQuery,
  planTargetsQuery,
  yearResultsQuery,
  nodeQuery,
  operationName,
  type PlanHubQueryKey,
  planSummaryQuery,
  resultStatsQuery,
  retryTransient,
  searchQuery,
  targetStatsQuery,
} from '../src/tanstack.ts';
import { sendJson, startPlanHub, startStub } from './harness.ts';

// `@planhub/sdk/tanstack`: query options that TanStack Query takes as they are. The key
// tests need no server; the QueryClient ones run against the real PlanHub server.

const offline = createClient({ url: 'http://keys.invalid/graphql', fetch: async () => Response.json({ data: {} }) });

/** Every factory, and every SDK document through `documentQuery`, with one set of variables. */
function everyQuery(client: PlanHubClient) {
  const variables = { first: 10, code: 'x', id: 'x', text: 'xx' };
  return [
    listIndicatorsQuery(client, { first: 10 }),
    getIndicatorQuery(client, { area: 'bac-kan', code: 'x' }),
    getIndicatorRevisionsQuery(client, { area: 'bac-kan', code: 'x' }),
    getIndicatorDefinitionQuery(client, 'x'),
    compareIndicatorQuery(client, { code: 'x', period: 'x' }),
    compareTargetsQuery(client, { code: 'x', period: 'x' }),
    targetStatsQuery(client, { groupBy: [] }),
    resultStatsQuery(client, { groupBy: [] }),
    yearResultsQuery(client, { year: 2023 }),
    planTargetsQuery(client, { code: 'x' }),
    listPlansQuery(client, { first: 10 }),
    planSummaryQuery(client, 'x'),
    listSolutionsQuery(client, { first: 10 }),
    agencyTreeQuery(client),
    searchQuery(client, { text: 'xx', first: 10 }),
    nodeQuery(client, 'x'),
    getSourceQuery(client, 'x'),
    // Queries only: writes and subscriptions are not TanStack queries.
    ...Object.entries(sdk)
      .filter(([name, document]) => name.endsWith('Document') && String(document).trimStart().startsWith('query'))
      .map(([, document]) => documentQuery(client, document as sdk.TypedDocumentString<unknown, typeof variables>, variables)),
  ];
}

describe('query keys', () => {
  it('two different operations never share a key, with the same variables', () => {
    const queries = everyQuery(offline);
    expect(queries).toHaveLength(34); // 17 methods, 17 documents
    const hashes = queries.map((q) => hashKey(q.queryKey));
    expect(new Set(hashes).size).toBe(queries.length);
    // A method's key is its name: it holds part of a result (`indicator`), a document's all of it.
    expect(getIndicatorQuery(offline, { area: 'bac-kan', code: 'x' }).queryKey).toEqual(['getIndicator', { area: 'bac-kan', code: 'x' }]);
    expect(documentQuery(offline, sdk.GetIndicatorDocument, { area: 'bac-kan', code: 'x' }).queryKey).toEqual(['GetIndicator', { area: 'bac-kan', code: 'x' }]);
  });

  it('one operation with other variables, or another language, has another key; equal requests share one', () => {
    const keys = [
      getIndicatorQuery(offline, { area: 'bac-kan', code: 'a' }).queryKey,
      getIndicatorQuery(offline, { area: 'bac-kan', code: 'b' }).queryKey,
      getIndicatorQuery(offline, { area: 'bac-kan', code: 'a' }, { lang: 'en' }).queryKey,
      getIndicatorQuery(offline, { area: 'bac-kan', code: 'a' }, { lang: 'vi' }).queryKey,
      agencyTreeQuery(offline, { validOn: '2024-01-01' }).queryKey,
      agencyTreeQuery(offline).queryKey,
    ].map(hashKey);
    expect(new Set(keys).size).toBe(keys.length);
    // TanStack hashes keys with object keys sorted: the order variables are written in does not matter.
    expect(hashKey(listIndicatorsQuery(offline, { first: 5, filter: { year: 2024 } }).queryKey)).toBe(
      hashKey(listIndicatorsQuery(offline, { filter: { year: 2024 }, first: 5 }).queryKey),
    );
    expect(hashKey(getIndicatorQuery(offline, { area: 'bac-kan', code: 'a' }, { headers: { 'x-app': 'y' } }).queryKey)).toBe(hashKey(getIndicatorQuery(offline, { area: 'bac-kan', code: 'a' }).queryKey));
  });

  it('names the operation of any document: text, parsed, or without source text', () => {
    const text = 'fragment F on Query { __typename }\n# query Commented\nquery PlanTargets($s: String = "query Fake") { plan(code: $s) { code } }';
    expect(operationName(text)).toBe('PlanTargets');
    expect(operationName(parse(text, { noLocation: true }))).toBe('PlanTargets');
    expect(operationName(sdk.ListIndicatorsDocument)).toBe('ListIndicators');
    expect(operationName('{ units { code } }')).toBeUndefined();
    expect(operationName('query ($x: Int) { units { code } }')).toBeUndefined();
  });

  it('refuses an anonymous document, and one named as an SDK method', () => {
    expect(() => documentQuery(offline, new sdk.TypedDocumentString<{ units: [] }, Record<string, never>>('{ units { code } }'))).toThrow(/named operation/);
    expect(() => documentQuery(offline, new sdk.TypedDocumentString<{ search: [] }, { text: string }>('query search($text: String!) { search(text: $text) { totalCount } }'), { text: 'xx' })).toThrow(
      /Rename the operation "search"/,
    );
  });
});

describe('retryTransient', () => {
  it('retries what may pass, three times, and nothing the request causes', () => {
    const error = (code: string, status?: number) => new PlanHubError(code, code, status ? { status } : {});
    for (const transient of [error('NETWORK_ERROR'), error('SERVICE_UNAVAILABLE', 200), error('RATE_LIMITED', 429), error('HTTP_ERROR', 503)]) {
      expect(retryTransient(0, transient), transient.code).toBe(true);
      expect(retryTransient(2, transient), transient.code).toBe(true);
      expect(retryTransient(3, transient), transient.code).toBe(false);
    }
    for (const lasting of [error('NOT_FOUND', 200), error('INVALID_ARGUMENT', 200), error('GRAPHQL_VALIDATION_FAILED', 400), error('HTTP_ERROR', 500), error('ABORTED')]) {
      expect(retryTransient(0, lasting), lasting.code).toBe(false);
    }
  });
});

describe('with a QueryClient, against PlanHub', () => {
  let hub: Awaited<ReturnType<typeof startPlanHub>>;
  let client: PlanHubClient;
  let requests = 0;
  beforeAll(async () => {
    hub = await startPlanHub();
    client = createClient({
      url: hub.url,
      fetch: (input, init) => {
        requests++;
        return fetch(input, init);
      },
    });
  });
  afterAll(() => hub?.close());

  it('fetches each method’s result once into its own cache entry', async () => {
    const queryClient = new QueryClient();
    const growth = await queryClient.fetchQuery(getIndicatorQuery(client, { area: 'bac-kan', code: 'economic-growth-rate' }, { lang: 'en' }));
    expect(growth.name).toBe('Economic growth rate');
    const whole = await queryClient.fetchQuery(documentQuery(client, sdk.GetIndicatorDocument, { area: 'bac-kan', code: 'economic-growth-rate' }, { lang: 'en' }));
    expect(whole.indicator.id).toBe(growth.id);
    const plan = await queryClient.fetchQuery(planSummaryQuery(client, 'bac-kan-ktxh-2024'));
    expect(plan.summary.targetCount).toBe(10);
    const before = requests;
    expect(await queryClient.fetchQuery({ ...planSummaryQuery(client, 'bac-kan-ktxh-2024'), staleTime: Infinity })).toBe(plan);
    expect(requests).toBe(before);
    expect(queryClient.getQueryData(getIndicatorQuery(client, { area: 'bac-kan', code: 'economic-growth-rate' }, { lang: 'en' }).queryKey)).toBe(growth);
    expect(queryClient.getQueryCache().getAll()).toHaveLength(3);
  });

  it('runs every factory against the server', async () => {
    const queryClient = new QueryClient();
    const plan = await queryClient.fetchQuery(planSummaryQuery(client, 'bac-kan-ktxh-2024'));
    expect((await queryClient.fetchQuery(listIndicatorsQuery(client, { filter: { plan: plan.id }, first: 100 }))).totalCount).toBe(10);
    expect((await queryClient.fetchQuery(listPlansQuery(client))).totalCount).toBe(4);
    expect((await queryClient.fetchQuery(listSolutionsQuery(client, { filter: { plan: plan.id } }))).totalCount).toBe(15);
    expect((await queryClient.fetchQuery(agencyTreeQuery(client))).length).toBe(8);
    expect((await queryClient.fetchQuery(searchQuery(client, { text: 'tang truong' }))).totalCount).toBeGreaterThan(0);
    expect(await queryClient.fetchQuery(nodeQuery(client, plan.id))).toMatchObject({ __typename: 'Plan', code: 'bac-kan-ktxh-2024' });
  });

  it('fails with the PlanHubError at once when the request causes it', async () => {
    const queryClient = new QueryClient();
    const before = requests;
    const error = await queryClient.fetchQuery({ ...getIndicatorQuery(client, { area: 'bac-kan', code: 'no-such-code' }), retryDelay: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanHubError);
    expect(error).toMatchObject({ code: 'NOT_FOUND' });
    expect(requests - before).toBe(1);
  });

  it('retries a transient failure, and aborts the request when the query is cancelled', async () => {
    const stub = await startStub((_req, res, _body, n) => {
      if (n < 3) sendJson(res, 503, { errors: [{ message: 'busy', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
      else if (n === 3) sendJson(res, 200, { data: { plan: { code: 'p' } } });
      // From the fourth request on, never answers.
    });
    try {
      const signals: AbortSignal[] = [];
      const stubClient = createClient({
        url: stub.url,
        fetch: (input, init) => {
          signals.push(init!.signal!);
          return fetch(input, init);
        },
      });
      const queryClient = new QueryClient();
      expect(await queryClient.fetchQuery({ ...planSummaryQuery(stubClient, 'p'), retryDelay: 1 })).toEqual({ code: 'p' });
      expect(stub.requests).toBe(3);

      const pending = queryClient.fetchQuery(planSummaryQuery(stubClient, 'q'));
      while (stub.requests < 4) await new Promise((resolve) => setTimeout(resolve, 5));
      await queryClient.cancelQueries({ queryKey: ['planSummary'] });
      await expect(pending).rejects.toThrow();
      expect(signals.at(-1)?.aborted).toBe(true);
    } finally {
      await stub.close();
    }
  });
});

describe('types', () => {
  const PlanTargets: TypedDocumentNode<{ plan: { targets: { totalCount: number } } }, { code: string }> = parse('query PlanTargets($code: String!) { plan(code: $code) { targets { totalCount } } }');

  it('types keys, data and errors of each factory', () => {
    expectTypeOf(getIndicatorQuery(offline, { area: 'bac-kan', code: 'x' }).queryKey).toEqualTypeOf<PlanHubQueryKey<'getIndicator', { area: string; code: string }>>();
    expectTypeOf(getIndicatorQuery(offline, { area: 'bac-kan', code: 'x' }).queryFn).returns.resolves.toEqualTypeOf<IndicatorDetail>();
    expectTypeOf(listIndicatorsQuery(offline).queryFn).returns.resolves.toEqualTypeOf<IndicatorPage>();
    expectTypeOf(agencyTreeQuery(offline).queryFn).returns.resolves.toEqualTypeOf<AgencyTreeNode[]>();
    expectTypeOf(nodeQuery(offline, 'x').queryFn).returns.resolves.toEqualTypeOf<AnyNode>();
    expectTypeOf(documentQuery(offline, PlanTargets, { code: 'x' }).queryFn).returns.resolves.toEqualTypeOf<{ plan: { targets: { totalCount: number } } }>();
    expectTypeOf(getIndicatorQuery(offline, { area: 'bac-kan', code: 'x' }).retry).parameter(1).toEqualTypeOf<PlanHubError>();
    // No signal of their own: TanStack's is the one.
    expectTypeOf(getIndicatorQuery).parameter(2).not.toHaveProperty('signal');
  });

  it('is what TanStack Query takes: useQuery, useSuspenseQuery, queryOptions, fetchQuery', () => {
    // Hooks are typed here, not called (no React renderer in these tests).
    function Dashboard() {
      const indicator = useQuery(getIndicatorQuery(offline, { area: 'bac-kan', code: 'x' }));
      expectTypeOf(indicator.data).toEqualTypeOf<IndicatorDetail | undefined>();
      expectTypeOf(indicator.error).toEqualTypeOf<PlanHubError | null>();
      const plan = useSuspenseQuery(planSummaryQuery(offline, 'x'));
      expectTypeOf(plan.data).toEqualTypeOf<PlanSummary>();
      expectTypeOf(plan.error).toEqualTypeOf<PlanHubError | null>();
      const own = useQuery(documentQuery(offline, PlanTargets, { code: 'x' }));
      expectTypeOf(own.data).toEqualTypeOf<{ plan: { targets: { totalCount: number } } } | undefined>();
      expectTypeOf(own.error).toEqualTypeOf<PlanHubError | null>();
      // Options spread over a factory's keep its types.
      const selected = useQuery({ ...getIndicatorQuery(offline, { area: 'bac-kan', code: 'x' }), select: (data) => data.timeSeries.length });
      expectTypeOf(selected.data).toEqualTypeOf<number | undefined>();
      // @ts-expect-error variables are checked
      useQuery(documentQuery(offline, PlanTargets, { plan: 'x' }));
    }
    expectTypeOf(Dashboard).toBeFunction();

    // The README's generic hook.
    function usePlanHub<R, V>(document: TypedDocument<R, V>, variables: V) {
      return useQuery(documentQuery(offline, document, variables));
    }
    function Targets() {
      const { data, error } = usePlanHub(PlanTargets, { code: 'bac-kan-ktxh-2024' });
      expectTypeOf(data).toEqualTypeOf<{ plan: { targets: { totalCount: number } } } | undefined>();
      expectTypeOf(error).toEqualTypeOf<PlanHubError | null>();
      // @ts-expect-error variables are checked through the hook too
      usePlanHub(PlanTargets, { plan: 'x' });
    }
    expectTypeOf(Targets).toBeFunction();

    const options = queryOptions(getIndicatorQuery(offline, { area: 'bac-kan', code: 'x' }));
    expectTypeOf(new QueryClient().getQueryData(options.queryKey)).toEqualTypeOf<IndicatorDetail | undefined>();
    const prefetch = (queryClient: QueryClient) => queryClient.fetchQuery(planSummaryQuery(offline, 'x'));
    expectTypeOf(prefetch).returns.resolves.toEqualTypeOf<PlanSummary>();
  });
});
