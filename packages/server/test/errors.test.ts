import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/global-id.ts';
import { createTestHub, dataOf, testYogaOptions, type TestHub } from '../src/testing/hub.ts';

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub?.close());

async function firstError(query: string, variables?: Record<string, unknown>) {
  const res = await hub.exec(query, variables);
  expect(res.errors, JSON.stringify(res)).toBeDefined();
  return res.errors![0]!;
}

describe('ids', () => {
  it('node(id) fetches any object back by its global id', async () => {
    const { plan } = dataOf(await hub.exec(`{ plan(code: "bac-kan-ktxh-2024") { id code targets(first: 1) { edges { node { id value } } } } }`));
    const { node } = dataOf(await hub.exec(`query($id: ID!) { node(id: $id) { id ... on Plan { code } } }`, { id: plan.id }));
    expect(node).toEqual({ id: plan.id, code: 'bac-kan-ktxh-2024' });
    const target = plan.targets.edges[0].node;
    const { nodes } = dataOf(await hub.exec(`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Target { value } } }`, { ids: [target.id, plan.id] }));
    expect(nodes).toEqual([{ id: target.id, value: target.value }, { id: plan.id }]);
  });

  it('a malformed id is INVALID_ID with a message that says what to pass', async () => {
    for (const id of ['nope', encodeGlobalId('Plan', 'abc'), Buffer.from('Plan:1:2').toString('base64'), '']) {
      const e = await firstError(`query($id: ID!) { node(id: $id) { id } }`, { id });
      expect(e.extensions?.code, id).toBe('INVALID_ID');
      expect(e.message).toMatch(/not a PlanHub ID/);
    }
  });

  it('a well-formed id that names nothing is NOT_FOUND, with data null', async () => {
    const res = await hub.exec(`query($id: ID!) { node(id: $id) { id } }`, { id: encodeGlobalId('Plan', 999999) });
    expect(res.data).toEqual({ node: null });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, path: ['node'] });
  });

  it('an id of a kind of object PlanHub does not have is INVALID_ID', async () => {
    const e = await firstError(`query($id: ID!) { node(id: $id) { id } }`, { id: encodeGlobalId('Nonexistent', 1) });
    expect(e).toMatchObject({ extensions: { code: 'INVALID_ID' }, message: expect.stringMatching(/does not have/) });
  });

  it('nodes() reports each missing id at its index and returns the rest', async () => {
    const { plan } = dataOf(await hub.exec(`{ plan(code: "bac-kan-ktxh-2024") { id } }`));
    const res = await hub.exec(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [plan.id, encodeGlobalId('Plan', 999999)] });
    expect(res.data?.nodes).toEqual([{ id: plan.id }, null]);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, path: ['nodes', 1] });
  });

  it('nodes() refuses more than 100 ids', async () => {
    const e = await firstError(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array.from({ length: 101 }, (_, i) => encodeGlobalId('Plan', i + 1)) });
    expect(e.extensions?.code).toBe('PAGE_SIZE_OUT_OF_RANGE');
  });

  it('a filter id of the wrong type is INVALID_ID; one that names nothing is NOT_FOUND', async () => {
    const { indicator } = dataOf(await hub.exec(`{ indicator(area: "bac-kan", code: "economic-growth-rate") { id } }`));
    const wrong = await firstError(`query($id: ID!) { indicators(filter: { plan: $id }) { totalCount } }`, { id: indicator.id });
    expect(wrong.extensions?.code).toBe('INVALID_ID');
    const missing = await firstError(`query($id: ID!) { solutions(filter: { agency: $id }) { totalCount } }`, { id: encodeGlobalId('Agency', 424242) });
    expect(missing).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: expect.stringMatching(/filter.agency/) });
  });

  it('an unknown code is NOT_FOUND and says how to list codes', async () => {
    const e = await firstError(`{ plan(code: "no-such-plan") { id } }`);
    expect(e).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: expect.stringMatching(/plans \{ edges/) });
    const i = await firstError(`{ indicator(area: "bac-kan", code: "no-such") { id } }`);
    expect(i).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: expect.stringMatching(/^code: no indicator definition has the code "no-such"\. List codes with `indicatorDefinitions/) });
    const a = await firstError(`{ indicator(area: "no-such-area", code: "economic-growth-rate") { id } }`);
    expect(a).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: expect.stringMatching(/^area: no area has the code "no-such-area"/) });
    const d = await firstError(`{ indicatorDefinition(code: "no-such") { id } }`);
    expect(d.extensions?.code).toBe('NOT_FOUND');
    const c = await firstError(`{ compareIndicator(code: "economic-growth-rate", period: "1999") { totalCount } }`);
    expect(c).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: expect.stringMatching(/^period: no period has the code "1999"/) });
    const size = await firstError(`{ compareIndicator(code: "economic-growth-rate", period: "2023") { entries(first: 1001) { rank } } }`);
    expect(size.extensions?.code).toBe('PAGE_SIZE_OUT_OF_RANGE');
  });
});

describe('arguments', () => {
  it('an unknown sector or area code is NOT_FOUND and says where to find codes', async () => {
    const sector = await firstError(`{ indicators(filter: { sector: "no-such-sector" }) { totalCount } }`);
    expect(sector).toMatchObject({ extensions: { code: 'NOT_FOUND', argument: 'filter.sector' }, message: expect.stringMatching(/sectors \{ code \}/) });
    const solutions = await firstError(`{ solutions(filter: { sector: "nope" }) { totalCount } }`);
    expect(solutions.extensions?.code).toBe('NOT_FOUND');
    const area = await firstError(`{ plans(filter: { area: "atlantis" }) { totalCount } }`);
    expect(area).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: expect.stringMatching(/areas \{ edges/) });
  });

  it('out-of-range years are INVALID_ARGUMENT with the bound', async () => {
    const e = await firstError(`{ indicators(filter: { year: 99999 }) { totalCount } }`);
    expect(e).toMatchObject({ extensions: { code: 'INVALID_ARGUMENT' }, message: expect.stringMatching(/2200/) });
  });

  it('a malformed date is a validation error naming the value and the type', async () => {
    const res = await hub.exec(`{ agencies(filter: { validOn: "13/12/2023" }) { totalCount } }`);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' }, message: expect.stringMatching(/Date.*13\/12\/2023/) });
    const asVariable = await hub.exec(`query($d: Date) { agencies(filter: { validOn: $d }) { totalCount } }`, { d: '13/12/2023' });
    expect(asVariable.errors?.[0]).toMatchObject({ extensions: { code: 'INVALID_VARIABLE' }, message: expect.stringMatching(/\$d.*13\/12\/2023/) });
  });

  it('a variable that is missing or of the wrong type is INVALID_VARIABLE, naming it', async () => {
    const missing = await firstError(`query($id: ID!) { node(id: $id) { id } }`);
    expect(missing).toMatchObject({ extensions: { code: 'INVALID_VARIABLE' }, message: expect.stringMatching(/\$id.*ID!.*not provided/) });
    const wrong = await firstError(`query($n: Int) { indicators(first: $n) { totalCount } }`, { n: 'x' });
    expect(wrong).toMatchObject({ extensions: { code: 'INVALID_VARIABLE' }, message: expect.stringMatching(/\$n/) });
  });

  it('a search cursor this list did not issue is INVALID_CURSOR, saying what to pass', async () => {
    for (const after of ['zzz', Buffer.from('GPC:N:1').toString('base64'), Buffer.from('OffsetConnection:x').toString('base64')]) {
      const e = await firstError(`query($a: String) { search(text: "tang truong", after: $a) { totalCount } }`, { a: after });
      expect(e, after).toMatchObject({ extensions: { code: 'INVALID_CURSOR', argument: 'after' }, message: expect.stringMatching(/not a cursor of this list/) });
    }
  });

  it('a negative page size is PAGE_SIZE_OUT_OF_RANGE with the bounds', async () => {
    const e = await firstError(`{ indicators(first: -1) { totalCount } }`);
    expect(e).toMatchObject({ extensions: { code: 'PAGE_SIZE_OUT_OF_RANGE', argument: 'first' }, message: expect.stringMatching(/between 0 and 100/) });
  });

  it('a wrong enum value is a validation error that lists the choices', async () => {
    const res = await hub.exec(`{ indicators(filter: { status: DONE }) { totalCount } }`);
    expect(res.errors?.[0]?.message).toMatch(/TargetStatus/);
  });
});

describe('codes do not depend on masking', () => {
  it('under NODE_ENV=development (errors unmasked) every client error keeps its code', async () => {
    const { createPlanHubYoga } = await import('../src/yoga.ts');
    const unmasked = createPlanHubYoga({ db: hub.db, maskErrors: false, ...testYogaOptions() });
    const ask = async (query: string, variables?: Record<string, unknown>) => {
      const res = await unmasked.fetch('http://x/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return (await res.json()).errors[0].extensions.code;
    };
    const { indicator } = dataOf(await hub.exec(`{ indicator(area: "bac-kan", code: "economic-growth-rate") { id } }`));
    expect(await ask(`{ indicators(first: 1, after: "bm9wZQ==") { totalCount } }`)).toBe('INVALID_CURSOR');
    expect(await ask(`{ search(text: "tang", after: "bm9wZQ==") { totalCount } }`)).toBe('INVALID_CURSOR');
    expect(await ask(`query($id: ID!) { indicators(filter: { plan: $id }) { totalCount } }`, { id: indicator.id })).toBe('INVALID_ID');
    expect(await ask(`{ node(id: "bm9wZQ==") { id } }`)).toBe('INVALID_ID');
    expect(await ask(`{ indicators(first: 101) { totalCount } }`)).toBe('PAGE_SIZE_OUT_OF_RANGE');
    expect(await ask(`{ indicators(first: -1) { totalCount } }`)).toBe('PAGE_SIZE_OUT_OF_RANGE');
    expect(await ask(`query($id: ID!) { node(id: $id) { id } }`)).toBe('INVALID_VARIABLE');
    expect(await ask(`{ plan(code: "nope") { id } }`)).toBe('NOT_FOUND');
  });

  it('R13 pg 8.23.1 and the Prisma driver adapters 7.10.0: an unreachable database (by their codes and messages) is SERVICE_UNAVAILABLE, masked or not', async () => {
    const { codedError, isDatabaseUnavailable } = await import('../src/error-codes.ts');
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const wrapped = new Error('DriverAdapterError: DatabaseNotReachable', { cause: refused });
    // A connection the server closed mid-query, as Prisma 7.10.0 reports it (seen under load in faults.test.ts).
    const closed = Object.assign(new Error('Raw query failed. Code: `N/A`. Message: `Server has closed the connection.`'), {
      code: 'P2010',
      meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { kind: 'ConnectionClosed' } } },
    });
    const closedByKind = { code: 'P2010', message: 'Raw query failed.', meta: { driverAdapterError: { cause: { kind: 'ConnectionClosed' } } } };
    // The adapter's own error, unwrapped, as a transaction's commit or rollback rethrows it (seen in faults.test.ts › "writes through an outage").
    const adapterError = Object.assign(new Error('ConnectionClosed'), { name: 'DriverAdapterError', cause: { kind: 'ConnectionClosed' } });
    for (const e of [refused, wrapped, closed, closedByKind, adapterError, { code: '57P01', message: 'terminating connection due to administrator command' }, { code: 'P1001', message: "Can't reach database server" }]) {
      expect(isDatabaseUnavailable(e), JSON.stringify(e)).toBe(true);
    }
    expect(isDatabaseUnavailable(new Error('relation "Plan" does not exist'))).toBe(false);
    const located = new (await import('graphql')).GraphQLError('x', { path: ['plans'], originalError: wrapped });
    expect(codedError(located)).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' }, path: ['plans'], message: expect.stringMatching(/Retry/) });
  });
});

describe('unexpected errors', () => {
  it('are masked: no internals leak', async () => {
    const { createPlanHubYoga } = await import('../src/yoga.ts');
    const broken = createPlanHubYoga({
      ...testYogaOptions(),
      db: { ...hub.db, prisma: new Proxy(hub.db.prisma, { get: () => { throw new Error('secret internals: password=hunter2'); } }) },
    });
    const res = await broken.fetch('http://x/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ plans { totalCount } }' }),
    });
    const body = await res.json();
    expect(JSON.stringify(body)).not.toMatch(/hunter2|secret/);
    expect(body.errors[0].message).toBe('Unexpected error.');
  });

});
