import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExecutors, type Executors } from '../src/testing/executors.ts';

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

let executors: Executors;
const both = (query: string, variables?: Record<string, unknown>, operationName?: string) => executors.both(query, variables, operationName);

beforeAll(async () => {
  executors = await createExecutors();
});
afterAll(() => executors?.close());

describe('compiled execution answers like graphql-js and sends the same SQL', () => {
  it('a deep query: relations under a connection under a relation', async () => {
    const r = await both(DEEP, { plan: 'bac-kan-ktxh-2024' });
    expect((r.compiled.body as any).data.plan.targets.edges.length).toBeGreaterThan(0);
    expect(r.compiled.text).toBe(r.interpreted.text);
    // The fewest statements of three runs each: on PostgreSQL a per-macrotask batch of the
    // results loader can split when round trips end across a macrotask boundary (I/O
    // timing, either executor); the fewest is what each executor sends unsplit.
    const runs = [r, await both(DEEP, { plan: 'bac-kan-ktxh-2024' }), await both(DEEP, { plan: 'bac-kan-ktxh-2024' })];
    const fewest = (which: 'compiled' | 'interpreted') => Math.min(...runs.map((run) => run[which].statements));
    expect(fewest('compiled')).toBe(fewest('interpreted'));
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

  it('R23 graphql-jit 0.8.7: a variable of the wrong type: the same error, graphql-jit naming the expected type too', async () => {
    const r = await both('query ($n: Int) { indicators(first: $n) { edges { node { code } } } }', { n: 'ten' });
    const [compiledError, interpretedError] = [(r.compiled.body as any).errors, (r.interpreted.body as any).errors];
    expect(compiledError).toHaveLength(1);
    expect(compiledError[0].locations).toEqual(interpretedError[0].locations);
    expect(interpretedError[0].message).toBe('Variable "$n" got invalid value "ten"; Int cannot represent non-integer value: "ten"');
    expect(compiledError[0].message).toBe('Variable "$n" got invalid value "ten"; Expected type Int; Int cannot represent non-integer value: "ten"');
  });

  it('a document of several operations: each compiled and run under its own name', async () => {
    const document = `query Plans { plans(first: 2) { totalCount edges { node { code } } } } query Units { units { code } }`;
    const plans = await both(document, undefined, 'Plans');
    const units = await both(document, undefined, 'Units');
    expect(plans.compiled.text).toBe(plans.interpreted.text);
    expect(units.compiled.text).toBe(units.interpreted.text);
    expect(Object.keys((plans.compiled.body as any).data)).toEqual(['plans']);
    expect(Object.keys((units.compiled.body as any).data)).toEqual(['units']);
    // And again, now that both are compiled.
    expect((await both(document, undefined, 'Plans')).compiled.text).toBe(plans.compiled.text);
  });

  it('introspection, which GraphiQL and codegen send', async () => {
    const r = await both(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect((r.compiled.body as any).data.__schema.types.length).toBeGreaterThan(20);
    expect(r.compiled.text).toBe(r.interpreted.text);
  });
});
