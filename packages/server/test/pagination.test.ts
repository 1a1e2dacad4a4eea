import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, dataOf, type TestHub } from '../src/testing/hub.ts';
import { seedRecords } from './seed-data.ts';

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub?.close());

const page = `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { code } }`;
const indicatorCount = seedRecords('indicators').length;

async function codes(args: string) {
  const { indicators } = dataOf(await hub.exec(`{ indicators(${args}) { ${page} } }`));
  return indicators;
}

describe('connections', () => {
  it('defaults to 20 per page and reports the total', async () => {
    const all = await codes('orderBy: { field: CODE }');
    expect(all.totalCount).toBe(indicatorCount);
    expect(all.edges.length).toBe(Math.min(20, indicatorCount));
  });

  it('walks forward with first/after to the end, each row once, then stops', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const conn: any = await codes(`first: 5, orderBy: { field: NAME }${after ? `, after: "${after}"` : ''}`);
      seen.push(...conn.edges.map((e: any) => e.node.code));
      pages++;
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(indicatorCount / 5));
    expect(new Set(seen).size).toBe(indicatorCount);
    expect(seen).toHaveLength(indicatorCount);
  });

  it('walks backward with last/before and meets the same rows', async () => {
    const forward = await codes(`first: 100, orderBy: { field: CODE }`);
    const last3 = await codes(`last: 3, orderBy: { field: CODE }`);
    expect(last3.edges.map((e: any) => e.node.code)).toEqual(forward.edges.slice(-3).map((e: any) => e.node.code));
    expect(last3.pageInfo.hasPreviousPage).toBe(true);
    const before = await codes(`last: 2, before: "${last3.pageInfo.startCursor}", orderBy: { field: CODE }`);
    expect(before.edges.map((e: any) => e.node.code)).toEqual(forward.edges.slice(-5, -3).map((e: any) => e.node.code));
  });

  it('orders by Vietnamese name ignoring diacritics, ascending and descending', async () => {
    const asc = await codes(`first: 100, orderBy: { field: NAME }`);
    const desc = await codes(`first: 100, orderBy: { field: NAME, direction: DESC }`);
    expect(desc.edges.map((e: any) => e.node.code)).toEqual([...asc.edges.map((e: any) => e.node.code)].reverse());
    const { indicators } = dataOf(await hub.exec(`{ indicators(first: 100, orderBy: { field: NAME }) { edges { node { nameVi } } } }`));
    const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
    const names = indicators.edges.map((e: any) => fold(e.node.nameVi));
    expect(names).toEqual([...names].sort());
  });

  it('first: 0 gives an empty page with the total', async () => {
    const zero = await codes('first: 0');
    expect(zero.edges).toEqual([]);
    expect(zero.totalCount).toBe(indicatorCount);
  });

  it('a page past the end is empty and has no next page', async () => {
    const all = await codes('first: 100');
    const past = await codes(`first: 5, after: "${all.pageInfo.endCursor}"`);
    expect(past.edges).toEqual([]);
    expect(past.pageInfo.hasNextPage).toBe(false);
  });

  it('nested connections page too', async () => {
    const { plan } = dataOf(
      await hub.exec(`{ plan(code: "bac-kan-ktxh-2024") { targets(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { value } } } } }`),
    );
    expect(plan.targets.edges).toHaveLength(3);
    expect(plan.targets.totalCount).toBe(seedRecords('targets').filter((t) => t.plan === 'bac-kan-ktxh-2024').length);
    const next = dataOf(
      await hub.exec(`query($after: String!) { plan(code: "bac-kan-ktxh-2024") { targets(first: 100, after: $after) { edges { node { value } } } } }`, {
        after: plan.targets.pageInfo.endCursor,
      }),
    );
    expect(next.plan.targets.edges).toHaveLength(plan.targets.totalCount - 3);
  });
});

describe('nested totalCount', () => {
  it('counts per parent and honours the connection’s own filter', async () => {
    const { plan } = dataOf(await hub.exec(`{ plan(code: "bac-kan-ktxh-2023") { id } }`));
    const data = dataOf(
      await hub.exec(`query($plan: ID!) { indicators(first: 100) { edges { node { code
        all: targets(first: 1) { totalCount }
        in2023: targets(first: 1, plan: $plan) { totalCount }
      } } } }`, { plan: plan.id }),
    );
    const targets = seedRecords('targets');
    for (const { node } of data.indicators.edges) {
      expect(node.all.totalCount, node.code).toBe(targets.filter((t) => t.indicator === `${node.code}@bac-kan`).length);
      expect(node.in2023.totalCount, node.code).toBe(targets.filter((t) => t.indicator === `${node.code}@bac-kan` && t.plan === 'bac-kan-ktxh-2023').length);
    }
    expect(data.indicators.edges.some((e: any) => e.node.all.totalCount > 0)).toBe(true);
  });

  it('a page that holds every child is its own total; any other page is counted', async () => {
    const planTargets = seedRecords('targets').filter((t) => t.plan === 'bac-kan-ktxh-2024').length;
    expect(planTargets).toBeGreaterThan(3);
    const total = async (args: string, selection = 'totalCount edges { node { id } }') => {
      hub.db.statements.reset();
      const { plan } = dataOf(await hub.exec(`{ plan(code: "bac-kan-ktxh-2024") { targets(${args}) { ${selection} } } }`));
      return { total: plan.targets.totalCount, counted: hub.db.statements.log.some((sql) => /COUNT\(/i.test(sql)) };
    };
    const { plan } = dataOf(await hub.exec(`{ plan(code: "bac-kan-ktxh-2024") { targets(first: 2) { pageInfo { endCursor } } } }`));
    const after = plan.targets.pageInfo.endCursor;
    expect(await total('first: 100')).toEqual({ total: planTargets, counted: false });
    expect(await total('last: 100')).toEqual({ total: planTargets, counted: false });
    expect(await total('first: 3')).toEqual({ total: planTargets, counted: true });
    expect(await total(`first: 100, after: "${after}"`)).toEqual({ total: planTargets, counted: true });
    expect(await total(`last: 100, before: "${after}"`)).toEqual({ total: planTargets, counted: true });
    expect((await total('first: 100', 'totalCount')).total).toBe(planTargets); // rows or not, the same total
    expect(await total('first: 0')).toEqual({ total: planTargets, counted: true });
  });
});

describe('page size and cursor errors', () => {
  const codeOf = async (query: string, variables?: Record<string, unknown>) => {
    const res = await hub.exec(query, variables);
    expect(res.errors, JSON.stringify(res)).toHaveLength(1);
    return { code: res.errors![0]!.extensions?.code, message: res.errors![0]!.message };
  };

  it('more than 100 is an error that says the maximum, not a silent clamp', async () => {
    const e = await codeOf('{ indicators(first: 101) { totalCount } }');
    expect(e.code).toBe('PAGE_SIZE_OUT_OF_RANGE');
    expect(e.message).toMatch(/between 0 and 100; got 101/);
    expect((await codeOf('{ indicators(last: 500) { totalCount } }')).code).toBe('PAGE_SIZE_OUT_OF_RANGE');
    expect((await codeOf('{ plan(code: "bac-kan-ktxh-2024") { targets(first: 1000) { totalCount } } }')).code).toBe('PAGE_SIZE_OUT_OF_RANGE');
    expect((await codeOf('{ search(text: "tang", first: 101) { totalCount } }')).code).toBe('PAGE_SIZE_OUT_OF_RANGE');
  });

  it('a negative page size is an error', async () => {
    const e = await codeOf('{ indicators(first: -1) { totalCount } }');
    expect(e.code).toBe('PAGE_SIZE_OUT_OF_RANGE');
  });

  it('conflicting directions are an error that says which to use', async () => {
    expect(await codeOf('{ indicators(first: 2, last: 2) { totalCount } }')).toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/not both/) });
    const conn = await codes('first: 1');
    const e = await codeOf(`query($c: String!) { indicators(first: 2, before: $c) { totalCount } }`, { c: conn.pageInfo.endCursor });
    expect(e).toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/"before" and "first"/) });
  });

  it('a cursor that was not issued by the list is INVALID_CURSOR', async () => {
    for (const bad of ['nonsense', 'R1BDOk46', Buffer.from('GPC:S:abc').toString('base64'), Buffer.from('GPC:N:1; DROP').toString('base64'), '']) {
      const e = await codeOf(`query($c: String!) { indicators(first: 2, after: $c) { totalCount } }`, { c: bad });
      expect(e.code, bad).toBe('INVALID_CURSOR');
      expect(e.message).toMatch(/Use a cursor from this list/);
    }
    const e = await codeOf(`{ search(text: "tang truong", after: "xyz") { totalCount } }`);
    expect(e.code).toBe('INVALID_CURSOR');
  });
});
