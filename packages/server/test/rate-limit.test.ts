import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_HTTP } from '../src/http/settings.ts';
import { DEFAULT_LIMITS, type LimitSettings } from '../src/limits/settings.ts';
import { createLogger } from '../src/observability/logger.ts';
import { issueToken } from '../src/auth/tokens.ts';
import { createTestHub, type TestHub } from '../src/testing/hub.ts';
import { createPlanHubYoga, type PlanHubYoga } from '../src/yoga.ts';

// Each client's cost budget per window: spent by accepted operations (their cost),
// refused with 429 and Retry-After once spent, and shared by every server through Redis
// (the machine's, at 127.0.0.1:6379) when REDIS_URL is set.

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const QUERY = '{ indicators(first: 10) { edges { node { code unit { code } } } } }'; // costs 1 + 10 × 2

let hub: TestHub;
const apps: PlanHubYoga[] = [];
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(async () => {
  for (const app of apps) await app.dispose();
  await hub?.close();
});

function app(rateLimit: Partial<LimitSettings['rateLimit']>) {
  const yoga = createPlanHubYoga({
    db: hub.db,
    limits: { ...DEFAULT_LIMITS, rateLimit: { ...DEFAULT_LIMITS.rateLimit, trustProxy: true, ...rateLimit } },
    http: DEFAULT_HTTP,
    logger: createLogger('silent'),
  });
  apps.push(yoga);
  return yoga;
}

async function ask(yoga: PlanHubYoga, client: string, token?: string) {
  const response = await yoga.fetch('http://planhub.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: QUERY }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe('cost budget per client', () => {
  it('is spent by each operation’s cost, reported in headers and extensions, then refused with 429 and Retry-After', async () => {
    const yoga = app({ points: 50, windowSeconds: 60 });
    const first = await ask(yoga, '10.0.0.1');
    expect(first.body.extensions.cost).toEqual({ requested: 21, limit: DEFAULT_LIMITS.maxCost, budget: { limit: 50, remaining: 29, resetSeconds: expect.any(Number) } });
    expect(first.headers.get('x-ratelimit-remaining')).toBe('29');
    expect((await ask(yoga, '10.0.0.1')).headers.get('x-ratelimit-remaining')).toBe('8');
    const refused = await ask(yoga, '10.0.0.1');
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', cost: 21 });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body.errors[0].message).toMatch(/budget of 50 cost points per 60 s/);
    // Another client is unaffected.
    expect((await ask(yoga, '10.0.0.2')).status).toBe(200);
  });

  it('a refused operation spends nothing: an attacker’s rejected documents do not use up its budget', async () => {
    const yoga = app({ points: 50, windowSeconds: 60 });
    for (let i = 0; i < 5; i++) {
      const response = await yoga.fetch('http://planhub.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.0.1.1' },
        body: JSON.stringify({ query: `{ sectors { ${'parent { '.repeat(30)}code${' }'.repeat(30)} } }` }),
      });
      expect((await response.json()).errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
    }
    expect((await ask(yoga, '10.0.1.1')).headers.get('x-ratelimit-remaining')).toBe('29');
  });

  it('a signed-in client spends its token’s budget, whatever address it comes from; an office behind one address is not one client', async () => {
    const yoga = app({ points: 50, tokenPoints: 100, windowSeconds: 60 });
    const issue = async (name: string) => (await issueToken(hub.writer().prisma, { name, role: 'EDITOR', areas: ['bac-kan'], expiresAt: null, createdBy: 'test' })).secret;
    const [first, second] = [await issue('Phòng A'), await issue('Phòng B')];
    await ask(yoga, '10.0.2.1');
    await ask(yoga, '10.0.2.1');
    expect((await ask(yoga, '10.0.2.1')).status).toBe(429);
    // The same address, signed in: the token's own budget, of its own size.
    const signedIn = await ask(yoga, '10.0.2.1', first);
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('x-ratelimit-limit')).toBe('100');
    expect(signedIn.headers.get('x-ratelimit-remaining')).toBe('79');
    // Another token, and the first from another address, each keep their own.
    expect((await ask(yoga, '10.0.2.1', second)).headers.get('x-ratelimit-remaining')).toBe('79');
    expect((await ask(yoga, '10.0.2.2', first)).headers.get('x-ratelimit-remaining')).toBe('58');
  });

  it('is shared by every server through Redis', async () => {
    const key = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const a = app({ points: 50, windowSeconds: 60, redisUrl: REDIS_URL });
    const b = app({ points: 50, windowSeconds: 60, redisUrl: REDIS_URL });
    expect(await a.ready()).toBe(true);
    expect(await b.ready()).toBe(true);
    expect((await ask(a, key)).headers.get('x-ratelimit-remaining')).toBe('29');
    expect((await ask(b, key)).headers.get('x-ratelimit-remaining')).toBe('8');
    expect((await ask(a, key)).status).toBe(429);
    const redis = new Redis(REDIS_URL);
    try {
      expect(await redis.exists(`planhub-cost:ip:${key}`)).toBe(1);
    } finally {
      redis.disconnect();
    }
  });
});
