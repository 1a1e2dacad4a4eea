import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as sdk from '../../sdk/src/generated/graphql.ts';
import { loadCompiler } from '../src/compiled-execution.ts';
import { createPlanHubYoga } from '../src/yoga.ts';
import { createTestHub, type TestHub } from './harness.ts';

// PlanHub executes operations compiled by graphql-jit (yoga.ts). It must answer exactly as
// graphql-js's executor does — data, errors and their paths — and send the same SQL:
// Pothos's Prisma plugin finds what a parent already loaded by the identity of
// `info.path`, which graphql-jit does not keep (stable-paths.ts restores it). Both
// executors run side by side over one seeded database. graphql-jit is loaded first and
// compiles an operation from its second execution on, so each case runs twice.

const DEEP = /* GraphQL */ `
  query Deep($plan: String!) {
    plan(code: $plan) {
      title
      summary { targetCount byStatus { status count } }
      targets(first: 100) {
        totalCount
        edges { node {
          comparator value status statusReason achievementPercent
          unit { code label }
          result { value reliability }
          provenance { quote source { title } }
          indicator {
            name sector { name }
            latestResult { value period { code } }
            timeSeries { value period { code } }
            assignments { role agency { name parent { name } } }
            solutionLinks { basis solution { text assignments { role agency { name } } } }
          }
        } }
      }
    }
  }
`;

// Fields before, between and after fragments (plain, conditional, narrowing, nested):
// the response must list them in the order written, as graphql-js does.
const FRAGMENTS_AND_DIRECTIVES = /* GraphQL */ `
  query Shapes($withUnit: Boolean!, $skipSector: Boolean!) {
    first: indicators(first: 3, orderBy: { field: NAME }) {
      edges { node { ...Named unit @include(if: $withUnit) { code } ...Directed @include(if: $withUnit) sector @skip(if: $skipSector) { code } nameVi } }
    }
    last: indicators(last: 2, orderBy: { field: NAME, direction: DESC }) { edges { cursor node { direction ...Named } } }
    search(text: "tang truong", first: 5) {
      edges { node { ... on Solution { text } __typename ... on Indicator { ...Named unit { code } } ... on Agency { name } } cursor }
    }
  }
  fragment Named on Indicator { id ...Coded name }
  fragment Coded on Indicator { code }
  fragment Directed on Indicator { direction }
`;

interface Run {
  body: unknown;
  /** The response's bytes: field order included. */
  text: string;
  statements: number;
}

let hub: TestHub;
let compiled: ReturnType<typeof createPlanHubYoga>;
let interpreted: ReturnType<typeof createPlanHubYoga>;

async function run(yoga: ReturnType<typeof createPlanHubYoga>, query: string, variables: Record<string, unknown> = {}): Promise<Run> {
  const send = async () => {
    const response = await yoga.fetch('http://planhub.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return response.text();
  };
  await send(); // warm: reference data in memory, totals remembered; compiled from the next
  hub.db.statements.reset();
  const text = await send();
  return { body: JSON.parse(text), text, statements: hub.db.statements.count };
}

async function both(query: string, variables?: Record<string, unknown>) {
  return { compiled: await run(compiled, query, variables), interpreted: await run(interpreted, query, variables) };
}

beforeAll(async () => {
  await loadCompiler();
  hub = await createTestHub();
  compiled = createPlanHubYoga({ db: hub.db });
  interpreted = createPlanHubYoga({ db: hub.db, jit: false });
});
afterAll(async () => {
  await hub?.close();
});

describe('compiled execution answers like graphql-js and sends the same SQL', () => {
  it('a deep query: relations under a connection under a relation', async () => {
    const r = await both(DEEP, { plan: 'bac-kan-ktxh-2024' });
    expect((r.compiled.body as any).data.plan.targets.edges.length).toBeGreaterThan(0);
    expect(r.compiled.text).toBe(r.interpreted.text);
    expect(r.compiled.statements).toBe(r.interpreted.statements);
  });

  it("every SDK operation", async () => {
    const plan = await hub.db.prisma.plan.findUniqueOrThrow({ where: { key: 'bac-kan-ktxh-2024' } });
    const planId = Buffer.from(`Plan:${plan.id}`).toString('base64');
    const indicator = await hub.db.prisma.indicator.findUniqueOrThrow({ where: { key: 'economic-growth-rate' } });
    const cases: Array<[string, { toString(): string }, Record<string, unknown>]> = [
      ['dashboard', sdk.ListIndicatorsDocument, { filter: { plan: planId }, targetsOfPlan: planId, first: 50 }],
      ['paged', sdk.ListIndicatorsDocument, { filter: { year: 2024 }, orderBy: { field: 'NAME' }, first: 2 }],
      ['indicator', sdk.GetIndicatorDocument, { code: 'economic-growth-rate' }],
      ['node', sdk.NodeDocument, { id: Buffer.from(`Indicator:${indicator.id}`).toString('base64') }],
      ['plans', sdk.ListPlansDocument, { first: 10 }],
      ['plan summary', sdk.PlanSummaryDocument, { code: 'bac-kan-ktxh-2024' }],
      ['search', sdk.SearchDocument, { text: 'tang truong', first: 20 }],
      ['solutions', sdk.ListSolutionsDocument, { first: 20 }],
      ['agencies', sdk.AgencyTreePageDocument, { first: 20 }],
    ];
    for (const [name, document, variables] of cases) {
      const r = await both(document.toString(), variables);
      expect((r.compiled.body as any).errors, name).toBeUndefined();
      expect(r.compiled.text, name).toBe(r.interpreted.text);
      expect(r.compiled.statements, name).toBe(r.interpreted.statements);
    }
  });

  it('fragments, aliases, @include/@skip and abstract types', async () => {
    for (const variables of [
      { withUnit: true, skipSector: false },
      { withUnit: false, skipSector: true },
    ]) {
      const r = await both(FRAGMENTS_AND_DIRECTIVES, variables);
      expect((r.compiled.body as any).errors).toBeUndefined();
      expect(r.compiled.text).toBe(r.interpreted.text);
    }
  });

  it('errors: the same messages, codes and paths, and partial data', async () => {
    const queries: Array<[string, Record<string, unknown>?]> = [
      ['{ indicators(first: 2, after: "not-a-cursor") { edges { node { code } } } }'],
      ['query ($id: ID!) { node(id: $id) { id } }', { id: 'bm90LWFuLWlk' }],
      ['{ plan(code: "no-such-plan") { title } indicators(first: 1) { totalCount } }'],
      ['{ indicators(first: 5000) { edges { node { code } } } }'],
    ];
    for (const [query, variables] of queries) {
      const r = await both(query, variables);
      expect((r.compiled.body as any).errors?.length, query).toBeGreaterThan(0);
      expect(r.compiled.text, query).toBe(r.interpreted.text);
    }
  });

  it('a variable of the wrong type: the same error, graphql-jit naming the expected type too', async () => {
    const r = await both('query ($n: Int) { indicators(first: $n) { edges { node { code } } } }', { n: 'ten' });
    const [compiledError, interpretedError] = [(r.compiled.body as any).errors, (r.interpreted.body as any).errors];
    expect(compiledError).toHaveLength(1);
    expect(compiledError[0].locations).toEqual(interpretedError[0].locations);
    expect(interpretedError[0].message).toBe('Variable "$n" got invalid value "ten"; Int cannot represent non-integer value: "ten"');
    expect(compiledError[0].message).toBe('Variable "$n" got invalid value "ten"; Expected type Int; Int cannot represent non-integer value: "ten"');
  });

  it('introspection, which GraphiQL and codegen send', async () => {
    const r = await both(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect((r.compiled.body as any).data.__schema.types.length).toBeGreaterThan(20);
    expect(r.compiled.text).toBe(r.interpreted.text);
  });
});
