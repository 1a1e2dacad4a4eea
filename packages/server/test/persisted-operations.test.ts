import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_HTTP } from '../src/http/settings.ts';
import { loadManifest } from '../src/http/persisted-operations.ts';
import { DEFAULT_LIMITS } from '../src/limits/settings.ts';
import { createLogger } from '../src/observability/logger.ts';
import { createTestHub, type TestHub } from '../src/testing/hub.ts';
import { createPlanHubYoga, type PlanHubYoga } from '../src/yoga.ts';

// Operations by hash: the SDK's manifest (graphql-codegen's persistedDocuments, hash →
// document), as GETs a CDN may cache, and a persisted-only mode that runs nothing else.

let hub: TestHub;
let open: PlanHubYoga;
let only: PlanHubYoga;
const manifest = loadManifest();
const [hash, document] = [...manifest].find(([, doc]) => doc.includes('query ListPlans'))!;

beforeAll(async () => {
  hub = await createTestHub();
  const make = (operations: 'any' | 'persisted') =>
    createPlanHubYoga({ db: hub.db, limits: DEFAULT_LIMITS, http: { ...DEFAULT_HTTP, operations }, logger: createLogger('silent') });
  open = make('any');
  only = make('persisted');
});
afterAll(async () => {
  await open?.dispose();
  await only?.dispose();
  await hub?.close();
});

const persistedGet = (yoga: PlanHubYoga, sha256Hash: string, variables: Record<string, unknown> = { first: 5 }) =>
  yoga.fetch(
    `http://planhub.test/graphql?operationName=ListPlans&variables=${encodeURIComponent(JSON.stringify(variables))}&extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }))}`,
    { headers: { 'x-planhub-csrf': '1' } },
  );

describe('persisted operations', () => {
  it('the manifest holds every SDK operation by its SHA-256 hash', () => {
    expect(manifest.size).toBeGreaterThanOrEqual(8);
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(document).toMatch(/^fragment|^query/);
  });

  it('a persisted GET runs the operation and may be cached by a CDN', async () => {
    const response = await persistedGet(open, hash);
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.plans.totalCount).toBeGreaterThan(0);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=60');
    expect(response.headers.get('vary')).toMatch(/accept-language/i);
    // The bare hex hash is accepted too.
    expect((await (await persistedGet(open, hash.slice('sha256:'.length))).json()).data.plans.totalCount).toBe(body.data.plans.totalCount);
  });

  it('an unknown hash is PERSISTED_QUERY_NOT_FOUND, and nothing runs', async () => {
    hub.db.statements.reset();
    const body = await (await persistedGet(open, `sha256:${'0'.repeat(64)}`)).json();
    expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(hub.db.statements.count).toBe(0);
  });

  it('in persisted-only mode, a document is PERSISTED_QUERY_ONLY; the SDK’s hashes still run', async () => {
    hub.db.statements.reset();
    const response = await only.fetch('http://planhub.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ plans { totalCount } }' }),
    });
    expect((await response.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
    expect(hub.db.statements.count).toBe(0);
    expect((await (await persistedGet(only, hash)).json()).data.plans.totalCount).toBeGreaterThan(0);
  });
});
