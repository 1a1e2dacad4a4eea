import { parse, print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, PlanHubError, type PlanHubClient } from '../src/client.ts';
import { ListIndicatorsDocument, NodeDocument, TypedDocumentString } from '../src/generated/graphql.ts';
import { paginate } from '../src/paginate.ts';
import { startPlanHub } from './harness.ts';

// `request` with every kind of document, partial data, and `paginate` over real pages.

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

type PlanTargets = {
  plan: {
    code: string;
    targets: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { value: number; indicator: { code: string } } }> };
  };
};
type PlanTargetsVariables = { code: string; first?: number; after?: string | null };
const planTargetsSource = /* GraphQL */ `
  query PlanTargets($code: String!, $first: Int, $after: String) {
    plan(code: $code) {
      code
      targets(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { value indicator { code } } }
      }
    }
  }
`;

describe('request', () => {
  it('runs a TypedDocumentNode parsed by graphql (it keeps its source text)', async () => {
    const document: TypedDocumentNode<PlanTargets, PlanTargetsVariables> = parse(planTargetsSource);
    const data = await client.request(document, { code: 'bac-kan-ktxh-2024', first: 100 });
    expect(data.plan.targets.edges.find((e) => e.node.indicator.code === 'afforestation-area')?.node.value).toBe(3485);
  });

  it('runs a DocumentNode without source text through `print`', async () => {
    const document: TypedDocumentNode<PlanTargets, PlanTargetsVariables> = parse(planTargetsSource, { noLocation: true });
    await expect(client.request(document, { code: 'bac-kan-ktxh-2024' })).rejects.toThrow(/pass `print` from graphql/);
    const printing = createClient({ url: hub.url, print });
    expect((await printing.request(document, { code: 'bac-kan-ktxh-2024', first: 1 })).plan.targets.totalCount).toBe(10);
  });

  it('runs a TypedDocumentString and a plain string', async () => {
    const document = new TypedDocumentString<{ plans: { totalCount: number } }, Record<string, never>>('query { plans { totalCount } }');
    expect((await client.request(document)).plans.totalCount).toBe(4);
    expect(await client.request<{ units: Array<{ code: string }> }>('{ units { code } }')).toMatchObject({ units: expect.arrayContaining([{ code: 'hectare' }]) });
  });

  it('throws on data with errors, or returns it with `partial: true`', async () => {
    const thrown = await client.request(NodeDocument, { id: 'bad' }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(PlanHubError);
    expect(thrown).toMatchObject({ code: 'INVALID_ID', data: { node: null }, errors: [expect.objectContaining({ path: ['node'] })] });

    const partial = await client.request(NodeDocument, { id: 'bad' }, { partial: true });
    expect(partial.data).toEqual({ node: null });
    expect(partial.error).toBeInstanceOf(PlanHubError);
    expect(partial.error?.code).toBe('INVALID_ID');

    const whole = await client.request(ListIndicatorsDocument, { first: 1 }, { partial: true });
    expect(whole.error).toBeUndefined();
    expect(whole.data.indicators.edges).toHaveLength(1);
  });

  it('passes the server’s validation and page-size errors with their codes and status', async () => {
    await expect(client.request('{ bogus }')).rejects.toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', status: 400 });
    await expect(client.request(ListIndicatorsDocument, { first: 101 })).rejects.toMatchObject({ code: 'PAGE_SIZE_OUT_OF_RANGE', path: ['indicators'] });
  });
});

describe('paginate', () => {
  it('walks every page of a root connection and stops after the last', async () => {
    const before = requests;
    const codes: string[] = [];
    for await (const indicator of paginate(client, ListIndicatorsDocument, { first: 5, orderBy: { field: 'CODE' } })) codes.push(indicator.code);
    expect(codes).toHaveLength(17);
    expect(new Set(codes).size).toBe(17);
    expect(codes).toEqual([...codes].sort());
    expect(requests - before).toBe(4); // 5 + 5 + 5 + 2
  });

  it('is also a method of the client', async () => {
    const all = [];
    for await (const indicator of client.paginate(ListIndicatorsDocument, { first: 100 })) all.push(indicator.id);
    expect(all).toHaveLength(17);
  });

  it('requests no further page once the loop breaks', async () => {
    const before = requests;
    let seen = 0;
    for await (const _ of paginate(client, ListIndicatorsDocument, { first: 2 })) if (++seen === 3) break;
    expect(requests - before).toBe(2);
  });

  it('walks a nested connection picked by `connection`', async () => {
    const document: TypedDocumentNode<PlanTargets, PlanTargetsVariables> = parse(planTargetsSource);
    const values: number[] = [];
    for await (const target of paginate(client, document, { code: 'bac-kan-ktxh-2024', first: 3 }, { connection: (data) => data.plan.targets })) {
      values.push(target.value);
    }
    expect(values).toHaveLength(10);
    expect(values).toContain(3485);
  });
});
