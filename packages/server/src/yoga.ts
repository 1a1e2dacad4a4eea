import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { createYoga, useReadinessCheck, type Plugin } from 'graphql-yoga';
import type { Database } from '@planhub/db/client';
import { type ResponseCacheSettings, responseCachePlugins } from './cache.ts';
import { compiledExecution } from './compiled-execution.ts';
import { createContext, type Context } from './context.ts';
import { RequestDataVersions } from './data-version.ts';
import { errorCodes, maskUnexpected } from './error-codes.ts';
import { EXAMPLE_QUERY } from './example-query.ts';
import { ReferenceCache, requestReference } from './reference-data.ts';
import { DerivedCache } from './derived-cache.ts';
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
}

/** Yoga logs every error it rewrites; a client's bad input is not worth a server log line. */
const logger = {
  debug: () => {},
  info: (...args: unknown[]) => console.info(...args),
  warn: (...args: unknown[]) => console.warn(...args),
  error: (...args: unknown[]) => {
    const [first] = args;
    const original = first instanceof GraphQLError ? first.originalError : first;
    if (original instanceof PothosValidationError) return;
    console.error(...args);
  },
};

export function createPlanHubYoga({ db, isReady, plugins = [], responseCache, maskErrors = process.env.NODE_ENV !== 'development', jit = true, caches = {} }: YogaOptions) {
  // All three are keyed by the data version, read once per request and shared.
  const versions = new RequestDataVersions(db.prisma);
  const reference = caches.reference ?? new ReferenceCache(db.prisma);
  const derived = caches.derived ?? new DerivedCache();
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: ({ request }) =>
      createContext(db.prisma, request, {
        reference: requestReference(db.prisma, reference, () => versions.of(request)),
        remember: async (key, compute) => derived.get(await versions.of(request), key, compute),
        stablePaths: jit,
      }),
    graphiql: { title: 'PlanHub', defaultQuery: EXAMPLE_QUERY },
    // GraphiQL's assets from the npm package, not a CDN: it works offline and behind firewalls.
    // GraphiQL's page is a large module: loaded on the first request for it, not at start
    // (a large part of cold start otherwise).
    renderGraphiQL: async (options) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options),
    maskedErrors: maskErrors ? { maskError: maskUnexpected } : false,
    landingPage: false,
    logging: logger,
    plugins: [
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
      ...(jit ? compiledExecution() : []),
      errorCodes(),
      ...plugins,
      ...(responseCache ? responseCachePlugins(versions, responseCache) : []),
    ],
  });
}
