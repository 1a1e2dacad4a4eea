import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@planhub/db/client';
import { generateSynthetic } from '@planhub/db/synthetic';
import { createPlanHubYoga } from '../src/yoga.ts';
import { createMigratedDatabase, createTestHub, dataOf, testProvider, type TestDatabase } from './harness.ts';

// No N+1: the SQL statements a request sends depend on the query's shape, not on how
// many rows it returns. Two synthetic databases, 10 and 200 indicators per province.
// (A nested page that holds every child is its own total, so a `totalCount` beside a
// page that is whole at 10 and partial at 200 would differ by its count: the plan's
// targets here are counted by `summary` instead.)

const DASHBOARD = /* GraphQL */ `
  query Dashboard($plan: String!) {
    plan(code: $plan) {
      title
      summary { targetCount byStatus { status count } statedAssessments { kind } }
      targets(first: 100) {
        edges { node {
          comparator value valueMax status statusReason achievementPercent
          unit { code label }
          result { value reliability }
          provenance { quote source { title } }
          indicator {
            name sector { name } unit { code }
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

const LIST = /* GraphQL */ `
  query List {
    indicators(first: 100, orderBy: { field: NAME }, filter: { text: "chi tieu" }) {
      totalCount
      edges { node { name unit { code } sector { name } latestResult { value } targets(first: 5) { totalCount edges { node { value status } } } } }
    }
  }
`;

interface World {
  database: TestDatabase;
  db: Database;
  run(query: string, variables?: Record<string, unknown>): Promise<{ statements: number; rows: number }>;
}

async function world(indicators: number): Promise<World> {
  const database = await createMigratedDatabase();
  const db = openDatabase(database.config, { countStatements: true });
  await generateSynthetic(db.prisma, { provinces: 2, years: 3, indicators, solutionsPerPlan: 4 });
  const yoga = createPlanHubYoga({ db });
  return {
    database,
    db,
    async run(query, variables) {
      db.statements.reset();
      const res = await yoga.fetch('http://x/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = await res.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return { statements: db.statements.count, rows: JSON.stringify(body.data).length };
    },
  };
}

let small: World;
let large: World;
beforeAll(async () => {
  small = await world(10);
  large = await world(200);
});
afterAll(async () => {
  for (const w of [small, large]) {
    await w?.db.close();
    await w?.database.drop();
  }
});

describe('statements per request are bounded by the query shape', () => {
  it('the dashboard query: same statements at 10 and 200 indicators', async () => {
    const vars = { plan: 'syn-plan-0-2024' };
    const a = await small.run(DASHBOARD, vars);
    const b = await large.run(DASHBOARD, vars);
    expect(b.rows).toBeGreaterThan(a.rows * 5); // the large page really is larger…
    expect(b.statements).toBe(a.statements); // …and costs the same number of statements
    // What the shape costs: one statement per relation level, batched with IN (…).
    expect(a.statements).toBeLessThanOrEqual(40);
  });

  it('a filtered, ordered list with nested connections: same statements', async () => {
    const a = await small.run(LIST);
    const b = await large.run(LIST);
    expect(b.rows).toBeGreaterThan(a.rows * 3);
    expect(b.statements).toBe(a.statements);
  });

  it('search over all kinds: same statements', async () => {
    const q = `{ search(text: "tang truong", first: 50) { totalCount edges { node { __typename ... on Indicator { name unit { code } } ... on Solution { text plan { title } } } } } }`;
    const a = await small.run(q);
    const b = await large.run(q);
    expect(b.statements).toBe(a.statements);
  });
});

// What the SDK's own operations cost, as counted on the seeded real data: the figures the
// benchmark reports (bench/README.md), held here so that a change that adds a statement
// to a hot path is seen. Counted after one warm-up request with the same arguments:
// reference data in memory, the list's total remembered (a first request at a new data
// version costs the reference reload and the count on top).
describe('the SDK operations stay within their statement budgets', () => {
  const BUDGET = {
    sqlite: { dashboard: 6, paged: 7, search: 2, getIndicator: 7 },
    postgresql: { dashboard: 5, paged: 5, search: 2, getIndicator: 6 },
  } as const;

  it('dashboard, paged list, search and one indicator', async () => {
    const { ListIndicatorsDocument, SearchDocument, GetIndicatorDocument } = await import('../../sdk/src/generated/graphql.ts');
    const hub = await createTestHub();
    try {
      const count = async (query: string, variables: Record<string, unknown>) => {
        dataOf(await hub.exec(query, variables));
        hub.db.statements.reset();
        dataOf(await hub.exec(query, variables));
        return hub.db.statements.count;
      };
      const plan = await hub.db.prisma.plan.findUniqueOrThrow({ where: { key: 'bac-kan-ktxh-2024' } });
      const planId = Buffer.from(`Plan:${plan.id}`).toString('base64');
      const first = dataOf(await hub.exec(ListIndicatorsDocument.toString(), { filter: { year: 2024 }, orderBy: { field: 'NAME' }, first: 2 })) as any;
      const measured = {
        dashboard: await count(ListIndicatorsDocument.toString(), { filter: { plan: planId }, targetsOfPlan: planId, first: 50 }),
        paged: await count(ListIndicatorsDocument.toString(), { filter: { year: 2024 }, orderBy: { field: 'NAME' }, first: 2, after: first.indicators.pageInfo.endCursor }),
        search: await count(SearchDocument.toString(), { text: 'tang truong', first: 20 }),
        getIndicator: await count(GetIndicatorDocument.toString(), { code: 'economic-growth-rate' }),
      };
      expect(measured).toEqual(BUDGET[testProvider]);
    } finally {
      await hub.close();
    }
  });
});
