import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExecutors, type Executors } from '@planhub/server/testing/executors';
import { dataOf, testProvider } from '@planhub/server/testing/hub';
import * as sdk from '../src/generated/graphql.ts';

// The SDK's own operations, run on the server in process over the seeded real data, on
// SQLite and on PostgreSQL: each within its statement budget, and answered by graphql-jit
// (the server's default executor) byte for byte as graphql-js answers it. (Here rather
// than in the server's tests: the SDK is generated from the server, not the reverse.)

let executors: Executors;
beforeAll(async () => {
  executors = await createExecutors();
});
afterAll(() => executors?.close());

async function subjects() {
  const { prisma } = executors.hub.db;
  const plan = await prisma.plan.findUniqueOrThrow({ where: { key: 'bac-kan-ktxh-2024' } });
  const indicator = await prisma.indicator.findUniqueOrThrow({ where: { key: 'economic-growth-rate' } });
  return { planId: Buffer.from(`Plan:${plan.id}`).toString('base64'), indicatorId: Buffer.from(`Indicator:${indicator.id}`).toString('base64') };
}

// What the SDK's operations cost, counted after one warm-up request with the same
// arguments (reference data in memory, the list's total remembered; a first request at a
// new data version costs the reference reload and the count on top): the figures the
// benchmark reports (bench/README.md), held here so that a change that adds a statement
// to a hot path is seen.
describe('the SDK operations stay within their statement budgets', () => {
  const BUDGET = {
    sqlite: { dashboard: 6, paged: 7, search: 2, getIndicator: 7 },
    postgresql: { dashboard: 5, paged: 5, search: 2, getIndicator: 6 },
  } as const;

  it('dashboard, paged list, search and one indicator', async () => {
    const { hub } = executors;
    const { planId } = await subjects();
    const count = async (query: string, variables: Record<string, unknown>) => {
      dataOf(await hub.exec(query, variables));
      hub.db.statements.reset();
      dataOf(await hub.exec(query, variables));
      return hub.db.statements.count;
    };
    const first = dataOf(await hub.exec(sdk.ListIndicatorsDocument.toString(), { filter: { year: 2024 }, orderBy: { field: 'NAME' }, first: 2 })) as any;
    const measured = {
      dashboard: await count(sdk.ListIndicatorsDocument.toString(), { filter: { plan: planId }, targetsOfPlan: planId, first: 50 }),
      paged: await count(sdk.ListIndicatorsDocument.toString(), { filter: { year: 2024 }, orderBy: { field: 'NAME' }, first: 2, after: first.indicators.pageInfo.endCursor }),
      search: await count(sdk.SearchDocument.toString(), { text: 'tang truong', first: 20 }),
      getIndicator: await count(sdk.GetIndicatorDocument.toString(), { code: 'economic-growth-rate' }),
    };
    expect(measured).toEqual(BUDGET[testProvider]);
  });
});

describe('compiled execution answers every SDK operation as graphql-js does', () => {
  it('the same bytes and the same statements', async () => {
    const { planId, indicatorId } = await subjects();
    const cases: Array<[string, { toString(): string }, Record<string, unknown>]> = [
      ['dashboard', sdk.ListIndicatorsDocument, { filter: { plan: planId }, targetsOfPlan: planId, first: 50 }],
      ['status', sdk.ListIndicatorsDocument, { filter: { status: 'NO_DATA', year: 2024 }, first: 50 }],
      ['paged', sdk.ListIndicatorsDocument, { filter: { year: 2024 }, orderBy: { field: 'NAME' }, first: 2 }],
      ['indicator', sdk.GetIndicatorDocument, { code: 'economic-growth-rate' }],
      ['node', sdk.NodeDocument, { id: indicatorId }],
      ['plans', sdk.ListPlansDocument, { first: 10 }],
      ['plan summary', sdk.PlanSummaryDocument, { code: 'bac-kan-ktxh-2024' }],
      ['search', sdk.SearchDocument, { text: 'tang truong', first: 20 }],
      ['solutions', sdk.ListSolutionsDocument, { first: 20 }],
      ['agencies', sdk.AgencyTreePageDocument, { first: 20 }],
    ];
    for (const [name, document, variables] of cases) {
      const r = await executors.both(document.toString(), variables);
      expect((r.compiled.body as any).errors, name).toBeUndefined();
      expect(r.compiled.text, name).toBe(r.interpreted.text);
      expect(r.compiled.statements, name).toBe(r.interpreted.statements);
    }
  });
});
