import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@planhub/db/client';
import { generateSynthetic } from '@planhub/db/synthetic';
import { createPlanHubYoga } from '../src/yoga.ts';
import { createMigratedDatabase, RELAXED_LIMITS, testYogaOptions, type TestDatabase } from '../src/testing/hub.ts';

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
  // Relaxed limits: these operations are deliberately heavy, to show the statements stay flat.
  const yoga = createPlanHubYoga({ db, ...testYogaOptions(RELAXED_LIMITS) });
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

describe('aggregates and comparisons: statements bounded by the query shape, not by the groups', () => {
  const STATS = /* GraphQL */ `{
    targetStats(filter: { year: 2024 }, groupBy: [AREA, SECTOR, STATUS, AGENCY]) { groupCount groups(first: 1000) { area { name } sector { name } agency { name } status count achievementPercent { average } value { sum } } }
    resultStats(groupBy: [AREA, DEFINITION, RELIABILITY]) { groupCount groups(first: 1000) { area { name } definition { name } reliability count value { sum } } }
  }`;
  const COMPARE = /* GraphQL */ `{
    compareIndicator(code: "syn-ind-0", period: "2023") { entries { rank area { name } result { value provenance { quote } } } }
    compareTargets(code: "syn-ind-0", period: "2024") { entries { rank status achievementPercent area { name } target { value provenance { quote } result { value } } } }
  }`;

  it('targetStats and resultStats grouped four and three ways: same statements at 10 and 200 indicators', async () => {
    const a = await small.run(STATS);
    const b = await large.run(STATS);
    expect(b.rows).toBeGreaterThan(a.rows * 5);
    expect(b.statements).toBe(a.statements);
  });

  it('compareIndicator and compareTargets: same statements', async () => {
    const a = await small.run(COMPARE);
    const b = await large.run(COMPARE);
    expect(b.statements).toBe(a.statements);
  });
});
