import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ErrorCode } from '../errors.ts';
import type { Principal } from '../auth/principal.ts';
import type { OperationCost } from './operation-limits.ts';
import type { LimitSettings } from './settings.ts';

// Each client (a token or identity-provider subject once verified, else its address:
// see budgetKey) has a budget of cost points per window, as Shopify's and GitHub's APIs have: an accepted operation spends
// its cost (cost.ts), and a client whose budget is spent gets 429 with Retry-After until
// the window turns. The budget is kept in Redis when REDIS_URL is set, so every server
// shares it, and in process memory otherwise (rate-limiter-flexible either way; if Redis
// goes away, the servers fall back to memory until it returns). Separately, a client may
// have only so many operations running at once in one server, so one client's slow
// queries cannot hold every database connection.

type ServerContext = { req?: IncomingMessage };

export interface Budget {
  limit: number;
  remaining: number;
  /** Seconds until the window turns. */
  resetSeconds: number;
}

/**
 * The address a request comes from (the first X-Forwarded-For hop behind a trusted
 * proxy): what its concurrency counts against, since that is checked before anything
 * else, credentials included.
 */
export function clientKey(request: Request, serverContext: ServerContext | undefined, trustProxy: boolean): string {
  const forwarded = trustProxy ? request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  return `ip:${forwarded || serverContext?.req?.socket.remoteAddress || 'unknown'}`;
}

/**
 * What an operation's cost is charged to: the verified token or subject, whatever address
 * it comes from (an office behind one address is not one client), else the address. Only
 * verified credentials count (authentication runs before the limiter): an invented token
 * is refused, not a fresh budget.
 */
export function budgetKey(principal: Principal | null | undefined, addressKey: string): string {
  if (!principal) return addressKey;
  return principal.tokenId !== null ? `token:${principal.tokenId}` : `jwt:${principal.name}`;
}

export interface RateLimiter {
  plugin: Plugin;
  /** Resolves once the shared store is reachable (at once without Redis), or after `timeoutMs` regardless: budgets are then kept in memory until Redis answers. */
  ready(timeoutMs?: number): Promise<boolean>;
  /** The client's budget after this request's operation was charged; undefined before. */
  budgetOf(request: Request): Budget | undefined;
  close(): Promise<void>;
}

const tooMany = (code: ErrorCode, message: string, retryAfterSeconds: number, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, {
    extensions: { code, retryAfterSeconds, ...extensions, http: { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } } },
  });

export function createRateLimiter(settings: LimitSettings['rateLimit']): RateLimiter {
  let redis: Redis | undefined;
  if (settings.redisUrl) {
    redis = new Redis(settings.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
    // An unreachable Redis is reported by the limiter falling back, not as unhandled errors.
    redis.on('error', () => {});
  }
  const limiterOf = (points: number): RateLimiterAbstract => {
    const options = { points, duration: settings.windowSeconds, keyPrefix: 'planhub-cost' };
    return redis ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) }) : new RateLimiterMemory(options);
  };
  // Addresses and signed-in clients have budgets of their own sizes (their keys never meet).
  const byAddress = limiterOf(settings.points);
  const byPrincipal = limiterOf(settings.tokenPoints);
  const running = new Map<string, number>();
  const budgets = new WeakMap<Request, Budget>();
  const keys = new WeakMap<object, string>();

  const budgetOf = (res: RateLimiterRes, limit: number): Budget => ({
    limit,
    remaining: Math.max(0, res.remainingPoints),
    resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  });

  const plugin: Plugin = {
    onRequest({ request, serverContext, endResponse, fetchAPI }) {
      if (new URL(request.url).pathname !== '/graphql') return;
      const key = clientKey(request, serverContext as ServerContext, settings.trustProxy);
      const now = running.get(key) ?? 0;
      if (now >= settings.maxConcurrent) {
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [
                {
                  message: `This client already has ${now} operations running, the most allowed at once. Wait for one to finish, then retry.`,
                  extensions: { code: ErrorCode.TOO_MANY_CONCURRENT_REQUESTS, limit: settings.maxConcurrent, retryAfterSeconds: 1 },
                },
              ],
            }),
            { status: 429, headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': '1' } },
          ),
        );
        return;
      }
      running.set(key, now + 1);
      keys.set(request, key);
    },
    onContextBuilding({ context }) {
      const key = keys.get((context as { request: Request }).request);
      if (key) keys.set(context, key);
    },
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as { request: Request; operationCost?: OperationCost; principal?: Principal | null };
      const address = keys.get(context);
      const cost = context.operationCost?.cost;
      if (!address || cost === undefined) return;
      const key = budgetKey(context.principal, address);
      const [limiter, points] = context.principal ? [byPrincipal, settings.tokenPoints] : [byAddress, settings.points];
      try {
        budgets.set(context.request, budgetOf(await limiter.consume(key, Math.max(1, cost)), points));
      } catch (rejected) {
        if (!(rejected instanceof RateLimiterRes)) throw rejected;
        const budget = budgetOf(rejected, points);
        budgets.set(context.request, budget);
        setResultAndStopExecution({
          errors: [
            tooMany(
              ErrorCode.RATE_LIMITED,
              `This client has spent its budget of ${points} cost points per ${settings.windowSeconds} s (this operation costs ${cost}). Retry in ${budget.resetSeconds} s, or ask for less at once.`,
              budget.resetSeconds,
              { cost, budget },
            ),
          ],
        });
      }
    },
    onResponse({ request, response }) {
      const key = keys.get(request);
      if (key) {
        const left = (running.get(key) ?? 1) - 1;
        if (left > 0) running.set(key, left);
        else running.delete(key);
        keys.delete(request);
      }
      const budget = budgets.get(request);
      if (budget) {
        response.headers.set('X-RateLimit-Limit', String(budget.limit));
        response.headers.set('X-RateLimit-Remaining', String(budget.remaining));
        response.headers.set('X-RateLimit-Reset', String(budget.resetSeconds));
      }
    },
  };
  return {
    plugin,
    ready: async (timeoutMs = 2000) => {
      if (!redis || redis.status === 'ready') return true;
      const client = redis;
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        client.once('ready', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    },
    budgetOf: (request) => budgets.get(request),
    close: async () => {
      redis?.disconnect();
    },
  };
}
