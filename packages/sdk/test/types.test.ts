import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AgencyTreeNode } from '../src/agencies.ts';
import type { PlanHub } from '../src/all.ts';
import { createClient, type PlanHubError, type PlanHubErrorCode, type ResultOf, type VariablesOf } from '../src/client.ts';
import {
  GetIndicatorDocument,
  type GetIndicatorQuery,
  ListIndicatorsDocument,
  type ListIndicatorsQueryVariables,
  type TargetStatus,
} from '../src/generated/graphql.ts';
import { type getIndicator, type IndicatorDetail, type IndicatorRow, listIndicators, type SeriesName } from '../src/indicators.ts';
import type { AnyNode, node } from '../src/node.ts';
import type { SearchHit } from '../src/search.ts';

// Results and variables are typed from the documents. The positive checks below are
// compiled by `tsc --noEmit -p .` (this file is in the root tsconfig); the negative ones
// live in type-errors/, which tsc must reject with exactly the errors marked there.

// Requests made below only for their types resolve at once, without a network.
const client = createClient({ url: 'http://types.invalid/graphql', fetch: async () => Response.json({ data: {} }) });

describe('types', () => {
  it('types results from the documents, nullability included', () => {
    expectTypeOf(client.request(GetIndicatorDocument, { area: 'bac-kan', code: 'x' })).resolves.toEqualTypeOf<GetIndicatorQuery>();
    expectTypeOf<IndicatorDetail['timeSeries'][number]['value']>().toEqualTypeOf<number | null>();
    expectTypeOf<IndicatorDetail['unit']['symbol']>().toEqualTypeOf<string | null>();
    expectTypeOf<IndicatorRow['targets']['edges'][number]['node']['value']>().toEqualTypeOf<number>();
    expectTypeOf<IndicatorRow['latestResult']>().toBeNullable();
    expectTypeOf<ReturnType<typeof getIndicator>>().resolves.toEqualTypeOf<IndicatorDetail>();
  });

  it('maps scalars and enums to plain strings', () => {
    // Date → string, ID → string, enums → unions of string literals (nothing at run time).
    expectTypeOf<IndicatorDetail['timeSeries'][number]['provenance']['source']['publishedOn']>().toEqualTypeOf<string>();
    expectTypeOf<IndicatorDetail['id']>().toEqualTypeOf<string>();
    expectTypeOf<TargetStatus>().toEqualTypeOf<'MET' | 'NOT_MET' | 'NO_DATA' | 'OFF_TRACK' | 'ON_TRACK'>();
  });

  it('types variables: required ones required, all-optional ones optional', () => {
    expectTypeOf<VariablesOf<typeof GetIndicatorDocument>>().toEqualTypeOf<{ area: string; code: string }>();
    expectTypeOf<ResultOf<typeof GetIndicatorDocument>>().toEqualTypeOf<GetIndicatorQuery>();
    expectTypeOf(listIndicators).parameter(1).toEqualTypeOf<ListIndicatorsQueryVariables | undefined>();
    expectTypeOf(client.request(ListIndicatorsDocument)).resolves.toHaveProperty('indicators');
    expectTypeOf<NonNullable<ListIndicatorsQueryVariables['filter']>['status']>().toEqualTypeOf<TargetStatus | null | undefined>();
  });

  it('accepts any TypedDocumentNode and untyped strings', () => {
    const document = {} as TypedDocumentNode<{ units: Array<{ code: string }> }, { lang?: string }>;
    expectTypeOf(client.request(document)).resolves.toEqualTypeOf<{ units: Array<{ code: string }> }>();
    expectTypeOf(client.request('{ units { code } }')).resolves.toBeUnknown();
    expectTypeOf(client.request<{ units: [] }>('{ units { code } }')).resolves.toEqualTypeOf<{ units: [] }>();
  });

  it('wraps partial results', () => {
    expectTypeOf(client.request(GetIndicatorDocument, { area: 'bac-kan', code: 'x' }, { partial: true })).resolves.toEqualTypeOf<{
      data: GetIndicatorQuery;
      error?: PlanHubError<GetIndicatorQuery>;
    }>();
  });

  it('yields connection nodes from paginate', () => {
    expectTypeOf(client.paginate(ListIndicatorsDocument, {})).toEqualTypeOf<AsyncGenerator<IndicatorRow, void, undefined>>();
    const nested = {} as TypedDocumentNode<{ plan: { targets: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { value: number } }> } } }, { after?: string | null }>;
    expectTypeOf(client.paginate(nested, {}, { connection: (data) => data.plan.targets })).toEqualTypeOf<AsyncGenerator<{ value: number }, void, undefined>>();
  });

  it('discriminates unions by __typename', () => {
    const hit = {} as SearchHit;
    if (hit.__typename === 'Indicator') expectTypeOf(hit.code).toEqualTypeOf<string>();
    if (hit.__typename === 'Solution') expectTypeOf(hit.plan.code).toEqualTypeOf<string>();
    expectTypeOf<AnyNode['__typename']>().toExtend<string>();
    expectTypeOf<Extract<AnyNode, { __typename: 'Target' }>['targetValue']>().toEqualTypeOf<number>();
    expectTypeOf<AgencyTreeNode['children'][number]>().toEqualTypeOf<AgencyTreeNode>();
  });

  it('types node() as the server answers: the object, or a NOT_FOUND rejection, never null', () => {
    expectTypeOf<ReturnType<typeof node>>().resolves.toEqualTypeOf<AnyNode>();
    expectTypeOf<Awaited<ReturnType<typeof node>>>().not.toBeNullable();
  });

  it('binds methods without the client argument', () => {
    expectTypeOf<PlanHub['getIndicator']>().parameters.toEqualTypeOf<[series: SeriesName, options?: Parameters<typeof getIndicator>[2]]>();
    expectTypeOf<PlanHub['listIndicators']>().returns.resolves.toEqualTypeOf<Awaited<ReturnType<typeof listIndicators>>>();
  });

  it('lists the server’s error codes', () => {
    expectTypeOf<'NOT_FOUND'>().toExtend<PlanHubErrorCode>();
    expectTypeOf<PlanHubError['code']>().toEqualTypeOf<PlanHubErrorCode>();
    expectTypeOf<PlanHubError['status']>().toEqualTypeOf<number | undefined>();
  });

  it('rejects misuse: tsc reports exactly the errors marked in type-errors/', { timeout: 120_000 }, async () => {
    const dir = fileURLToPath(new URL('./type-errors/', import.meta.url));
    const tsc = fileURLToPath(import.meta.resolve('typescript/bin/tsc'));
    const result = await promisify(execFile)(process.execPath, [tsc, '--noEmit', '--pretty', 'false', '-p', `${dir}tsconfig.json`]).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => error,
    );
    expect(result.code).not.toBe(0);
    const reported = [...result.stdout.matchAll(/misuse\.ts\((\d+),\d+\): error (TS\d+)/g)].map(([, line, code]) => `${line}: ${code}`);
    const expected = readFileSync(`${dir}misuse.ts`, 'utf8')
      .split('\n')
      .flatMap((text, i) => [...text.matchAll(/\/\/ (TS\d+)$/g)].map(([, code]) => `${i + 1}: ${code}`));
    expect(expected.length).toBeGreaterThanOrEqual(12);
    expect(reported).toEqual(expected);
    // Nothing else failed (an error in src/ would also show up here).
    expect(result.stdout.split('\n').filter((l) => / error TS/.test(l) && !/misuse\.ts/.test(l))).toEqual([]);
  });
});
