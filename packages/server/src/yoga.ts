import { createYoga, useReadinessCheck, type Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Database, Db } from '@planhub/db/client';
import { type ResponseCacheSettings, responseCachePlugins } from './cache.ts';
import { compiledExecution } from './compiled-execution.ts';
import { Authenticator } from './auth/authenticate.ts';
import { authentication } from './auth/plugin.ts';
import type { Authentication } from './auth/principal.ts';
import { type AuthSettings, DEFAULT_AUTH } from './auth/settings.ts';
import { createContext, type Context } from './context.ts';
import { type ChangeFeed, createChangeFeed } from './live/feed.ts';
import { readDataVersion, RequestDataVersions } from './data-version.ts';
import { DerivedCache } from './derived-cache.ts';
import { errorCodes, maskUnexpected } from './error-codes.ts';
import { EXAMPLE_QUERY, EXAMPLE_TABS } from './example-query.ts';
import { dashboardSite } from './http/dashboard.ts';
import { graphiqlAssets, renderGraphiQLPage } from './http/graphiql.ts';
import { loadManifest, persistedOperations } from './http/persisted-operations.ts';
import { bodyLimit, corsOptions, csrfPrevention, securityHeaders } from './http/protections.ts';
import { importEndpoint } from './http/import-endpoint.ts';
import { exportEndpoint } from './http/export-endpoint.ts';
import { DEFAULT_HTTP, type HttpSettings } from './http/settings.ts';
import { costExtension } from './limits/cost-extension.ts';
import { executionDeadline, expiredDeadline, guardedClient } from './limits/deadline.ts';
import { operationLimitPlugins } from './limits/operation-limits.ts';
import { createRateLimiter, type RateLimiter } from './limits/rate-limit.ts';
import { DEFAULT_LIMITS, type LimitSettings } from './limits/settings.ts';
import { textArguments } from './limits/text-arguments.ts';
import { createLogger, requestLogs, yogaLogger } from './observability/logger.ts';
import { createMetrics } from './observability/metrics.ts';
import { ReferenceCache, requestReference } from './reference-data.ts';
import { schema } from './schema/index.ts';

export interface YogaOptions {
  db: Database;
  /** Readiness check that queries the database, e.g. "migrations applied"; default: a ping. */
  isReady?: () => Promise<boolean>;
  /** Extra envelop/yoga plugins. */
  plugins?: Plugin<Context>[];
  /** The response cache (default: off). */
  responseCache?: ResponseCacheSettings;
  /** Hide errors' internals (default: true unless NODE_ENV=development). */
  maskErrors?: boolean;
  /** Execute operations compiled by graphql-jit (default: true); false runs graphql-js's executor. */
  jit?: boolean;
  /** The caches kept across requests; made here unless given (tests read their counters). */
  caches?: { reference?: ReferenceCache; derived?: DerivedCache };
  /** Operation limits, deadline and rate limits (default: limits.ts's defaults); false: none (only for measuring what they cost). */
  limits?: LimitSettings | false;
  /** CORS, introspection, GraphiQL, persisted operations, metrics (default: development's). */
  http?: HttpSettings;
  /** Where logs go (default: JSON lines on stdout at PLANHUB_LOG_LEVEL). */
  logger?: Logger;
  /** Who may read and write (default: public reads, API tokens only). */
  auth?: AuthSettings;
  /** The live feed of changes (default: in this process; `createChangeFeed(REDIS_URL)` shares it between servers). */
  feed?: ChangeFeed;
}

export type PlanHubYoga = ReturnType<typeof createYoga<Record<string, unknown>, Context>> & {
  /** Resolves once what the app shares with other servers (Redis) is reachable, or after a timeout: false then. */
  ready(): Promise<boolean>;
  /** Releases what the app holds beyond the database (the rate limiter's Redis connection). */
  dispose(): Promise<void>;
};

// The order of plugins is the order requests meet them: HTTP checks first (body size,
// concurrency, CSRF), then the operation's limits before anything runs (tokens while
// parsing, aliases and directives while validating, depth and cost just before
// execution), then the budget, then execution (compiled, under a deadline), then codes
// and the response's cost.
export function createPlanHubYoga({
  db,
  isReady,
  plugins = [],
  responseCache,
  maskErrors = process.env.NODE_ENV !== 'development',
  jit = true,
  caches = {},
  limits = DEFAULT_LIMITS,
  http = DEFAULT_HTTP,
  logger = createLogger(),
  auth = DEFAULT_AUTH,
  feed = createChangeFeed(),
}: YogaOptions): PlanHubYoga {
  const authenticator = new Authenticator(db.prisma, auth, db.writer);
  const authentications = new WeakMap<Request, Promise<Authentication>>();
  // The caches are keyed by the data version, read once per request and shared.
  const versions = new RequestDataVersions(db.prisma, db.changeCounter);
  const reference = caches.reference ?? new ReferenceCache(db.prisma);
  const derived = caches.derived ?? new DerivedCache();
  const rateLimiter: RateLimiter | undefined = limits && limits.rateLimit.enabled ? createRateLimiter(limits.rateLimit) : undefined;
  const metrics = http.metrics ? createMetrics(db.pool) : undefined;
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    context: ({ request }) => {
      let writer: Db | undefined;
      const context = createContext(guardedClient(db.prisma, () => expiredDeadline(context.deadline)), request, {
        writer: () => (writer ??= guardedClient(db.writer, () => expiredDeadline(context.deadline))),
        reference: requestReference(db.prisma, reference, () => versions.of(request)),
        remember: async (key, compute, weigh) => derived.get(await versions.of(request), key, compute, weigh),
        stablePaths: jit,
        database: db,
        feed: { publish: feed.publish, subscribe: feed.subscribe, epoch: async () => (await versions.of(request)).split('.')[0]! },
        // Once per request, and only when credentials came with it: anonymous reads cost no statement.
        auth: () => {
          let found = authentications.get(request);
          if (!found) authentications.set(request, (found = authenticator.authenticate(request.headers.get('authorization'))));
          return found;
        },
      });
      return context;
    },
    graphiql: http.graphiql ? { title: 'PlanHub', defaultQuery: EXAMPLE_QUERY, defaultTabs: [...EXAMPLE_TABS] } : false,
    renderGraphiQL: (options) => renderGraphiQLPage({ ...options }),
    maskedErrors: maskErrors ? { maskError: maskUnexpected } : false,
    landingPage: false,
    logging: yogaLogger(logger),
    cors: corsOptions(http),
    plugins: [
      requestLogs(logger),
      securityHeaders(),
      importEndpoint({
        db,
        authenticator,
        maxBytes: http.importMaxBytes,
        feed: { publish: feed.publish, subscribe: feed.subscribe, epoch: async () => (await readDataVersion(db.prisma)).split('.')[0]! },
      }),
      exportEndpoint({ db, authenticator, auth }),
      ...(limits ? [bodyLimit(limits.maxBodyBytes)] : []),
      ...(http.graphiql ? [graphiqlAssets()] : []),
      ...(http.dashboardDir ? [dashboardSite(http.dashboardDir)] : []),
      csrfPrevention(),
      ...persistedOperations({ manifest: loadManifest(http.persistedOperationsFile), only: http.operations === 'persisted' }),
      useReadinessCheck({
        endpoint: '/ready',
        // `isReady` queries the database itself; without it, a ping does.
        check: async () => {
          try {
            if (isReady) return await isReady();
            await db.prisma.$queryRawUnsafe('SELECT 1');
            return true;
          } catch {
            return false;
          }
        },
      }),
      ...(metrics?.plugins ?? []),
      ...(limits ? operationLimitPlugins({ limits, hideSchema: !http.introspection }) : []),
      textArguments(),
      // After the limits (a refused operation sends no statement, not even the token's look-up).
      authentication(auth),
      ...(rateLimiter ? [rateLimiter.plugin] : []),
      ...(jit ? compiledExecution() : []),
      ...(limits ? [executionDeadline(limits.deadlineMs)] : []),
      errorCodes(),
      costExtension(rateLimiter),
      ...plugins,
      ...(responseCache ? responseCachePlugins(versions, responseCache) : []),
    ],
  });
  return Object.assign(yoga, { ready: async () => rateLimiter?.ready() ?? true, dispose: async () => {
      await rateLimiter?.close();
      await feed.close();
    },
  });
}
