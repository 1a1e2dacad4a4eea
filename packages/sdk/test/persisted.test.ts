import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../src/client.ts';
import { listPlans } from '../src/plans.ts';
import { startPlanHub } from './harness.ts';

// The SDK sends its operations' hashes, not their text, and falls back to the text where
// a server does not know a hash; reads can go as GETs a CDN may cache.

let hub: Awaited<ReturnType<typeof startPlanHub>>;
let bare: Awaited<ReturnType<typeof startPlanHub>>;
beforeAll(async () => {
  hub = await startPlanHub();
  // A server that knows no persisted operation (an older or a foreign one).
  bare = await startPlanHub({ PLANHUB_PERSISTED_OPERATIONS: '/nonexistent/persisted-documents.json' });
});
afterAll(async () => {
  await hub?.close();
  await bare?.close();
});

/** A fetch that records what the client sent. */
function recording() {
  const sent: Array<{ method: string; url: string; body?: any; headers: Record<string, string> }> = [];
  const fetcher: typeof fetch = async (input, init) => {
    sent.push({ method: init?.method ?? 'GET', url: String(input), body: init?.body ? JSON.parse(String(init.body)) : undefined, headers: init?.headers as Record<string, string> });
    return fetch(input, init);
  };
  return { sent, fetcher };
}

describe('persisted operations', () => {
  it('sends the hash of an SDK operation, not its text', async () => {
    const { sent, fetcher } = recording();
    const page = await listPlans(createClient({ url: hub.url, fetch: fetcher }), { first: 5 });
    expect(page.totalCount).toBeGreaterThan(0);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body.query).toBeUndefined();
    expect(sent[0]!.body.extensions.persistedQuery.sha256Hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('falls back to the text where the server does not know the hash, and sends the text from then on', async () => {
    const { sent, fetcher } = recording();
    const client = createClient({ url: bare.url, fetch: fetcher });
    expect((await listPlans(client, { first: 5 })).totalCount).toBeGreaterThan(0);
    expect(sent.map((s) => (s.body.query ? 'text' : 'hash'))).toEqual(['hash', 'text']);
    await listPlans(client, { first: 5 });
    expect(sent.map((s) => (s.body.query ? 'text' : 'hash'))).toEqual(['hash', 'text', 'text']);
  });

  it('with method GET, a read is a GET a CDN may cache, with the CSRF header', async () => {
    const { sent, fetcher } = recording();
    const page = await listPlans(createClient({ url: hub.url, fetch: fetcher, method: 'GET' }), { first: 5 });
    expect(page.totalCount).toBeGreaterThan(0);
    expect(sent[0]!.method).toBe('GET');
    expect(sent[0]!.url).toMatch(/extensions=.*persistedQuery/);
    expect(sent[0]!.headers['x-planhub-csrf']).toBe('1');
  });

  it('persisted: false sends the text', async () => {
    const { sent, fetcher } = recording();
    await listPlans(createClient({ url: hub.url, fetch: fetcher, persisted: false }), { first: 5 });
    expect(sent[0]!.body.query).toMatch(/query ListPlans/);
  });
});
