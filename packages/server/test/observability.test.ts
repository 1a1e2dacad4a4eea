import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_HTTP } from '../src/http/settings.ts';
import { DEFAULT_LIMITS } from '../src/limits/settings.ts';
import { createLogger } from '../src/observability/logger.ts';
import { createTestHub, testProvider, type TestHub } from '../src/testing/hub.ts';
import { createPlanHubYoga, type PlanHubYoga } from '../src/yoga.ts';

// Prometheus metrics at /metrics, and one JSON log line per request with its id.

let hub: TestHub;
let yoga: PlanHubYoga;
const lines: any[] = [];

beforeAll(async () => {
  hub = await createTestHub();
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  yoga = createPlanHubYoga({ db: hub.db, limits: DEFAULT_LIMITS, http: DEFAULT_HTTP, logger: createLogger('info', sink) });
});
afterAll(async () => {
  await yoga?.dispose();
  await hub?.close();
});

const post = (query: string, headers: Record<string, string> = {}) =>
  yoga.fetch('http://planhub.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

describe('metrics', () => {
  it('counts operations, errors by code and rejections by limit, and reports the pool', async () => {
    await (await post('{ plans { totalCount } }')).json();
    await (await post('{ plan(code: "nope") { id } }')).json();
    await (await post(`{ sectors { ${'parent { '.repeat(30)}code${' }'.repeat(30)} } }`)).json();
    const text = await (await yoga.fetch('http://planhub.test/metrics')).text();
    expect(text).toMatch(/graphql_envelop_request_duration_bucket/);
    expect(text).toMatch(/planhub_errors_total\{code="NOT_FOUND"\} 1/);
    expect(text).toMatch(/planhub_rejections_total\{code="QUERY_TOO_DEEP"\} 1/);
    if (testProvider === 'postgresql') expect(text).toMatch(/planhub_db_pool_connections\{state="in_use"\}/);
  });
});

describe('logs', () => {
  it('one JSON line per request, with its id echoed in the response; a sane client id is kept, another replaced', async () => {
    lines.length = 0;
    const mine = await post('{ plans { totalCount } }', { 'x-request-id': 'portal-123' });
    expect(mine.headers.get('x-request-id')).toBe('portal-123');
    const odd = await post('{ plans { totalCount } }', { 'x-request-id': 'x'.repeat(200) });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const requests = lines.filter((l) => l.msg === 'request');
    expect(requests.map((l) => l.reqId)).toEqual(['portal-123', odd.headers.get('x-request-id')]);
    expect(requests[0]).toMatchObject({ method: 'POST', path: '/graphql', status: 200, level: 30 });
    expect(typeof requests[0].ms).toBe('number');
  });
});
