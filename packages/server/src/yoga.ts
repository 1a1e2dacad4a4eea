import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { createYoga, maskError as defaultMaskError, useReadinessCheck, type Plugin } from 'graphql-yoga';
import type { Database } from '@planhub/db/client';
import { type ResponseCacheSettings, responseCachePlugins } from './cache.ts';
import { compiledExecution } from './compiled-execution.ts';
import { createContext, type Context } from './context.ts';
import { RequestDataVersions } from './data-version.ts';
import { ErrorCode, userError } from './errors.ts';
import { EXAMPLE_QUERY } from './example-query.ts';
import { ReferenceCache, requestReference } from './reference.ts';
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
}

/**
 * Errors a client caused keep their message and get a code; database outages get
 * SERVICE_UNAVAILABLE; everything else is masked as "Unexpected error.".
 */
function toClientError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  // graphql-js already copied our code onto the located error (with its path): keep it.
  if (error instanceof GraphQLError && error.extensions?.code) return error;
  if (original instanceof PothosValidationError) {
    const located = error instanceof GraphQLError ? error : undefined;
    const clientError = new GraphQLError(original.message, {
      nodes: located?.nodes,
      source: located?.source,
      positions: located?.positions,
      path: located?.path,
      extensions: { code: codeOfValidationError(original.message) },
    });
    // graphql-jit's errors carry their locations only (compiled-execution.ts locates them).
    if (!clientError.locations && located?.locations) Object.assign(clientError, { locations: located.locations });
    return clientError;
  }
  if (isDatabaseUnavailable(original)) {
    return userError(ErrorCode.SERVICE_UNAVAILABLE, 'The database is unreachable right now. Retry in a few seconds.');
  }
  return defaultMaskError(error, message, isDev);
}

function codeOfValidationError(message: string): ErrorCode {
  if (/cursor|base64/i.test(message)) return ErrorCode.INVALID_CURSOR;
  if (/\bID\b/.test(message)) return ErrorCode.INVALID_ID;
  if (/Argument "(first|last)" must be/.test(message)) return ErrorCode.PAGE_SIZE_OUT_OF_RANGE;
  return ErrorCode.INVALID_ARGUMENT;
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

const UNAVAILABLE = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|timeout exceeded when trying to connect|Connection terminated|DatabaseNotReachable|Can't reach database|the database system is (shutting down|starting up)|terminating connection/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; e && depth < 5; depth++) {
    const err = e as { message?: string; code?: string; cause?: unknown };
    if ((err.code && /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|57P01|57P03|P1001|P1017)$/.test(err.code)) || (err.message && UNAVAILABLE.test(err.message))) {
      return true;
    }
    e = err.cause;
  }
  return false;
}

export function createPlanHubYoga({ db, isReady, plugins = [], responseCache, maskErrors = process.env.NODE_ENV !== 'development', jit = true }: YogaOptions) {
  // All three are keyed by the data version, read once per request and shared.
  const versions = new RequestDataVersions(db.prisma);
  const reference = new ReferenceCache(db.prisma);
  const derived = new DerivedCache();
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    context: ({ request }) =>
      createContext(db.prisma, request, requestReference(db.prisma, reference, () => versions.of(request)), async (key, compute) =>
        derived.get(await versions.of(request), key, compute),
      ),
    graphiql: { title: 'PlanHub', defaultQuery: EXAMPLE_QUERY },
    // GraphiQL's assets from the npm package, not a CDN: it works offline and behind firewalls.
    // GraphiQL's page is a large module: loaded on the first request for it, not at start
    // (about 0.6 s of cold start).
    renderGraphiQL: async (options) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options),
    maskedErrors: maskErrors ? { maskError: toClientError } : false,
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
      ...plugins,
      ...(responseCache ? responseCachePlugins(versions, responseCache) : []),
    ],
  });
  return Object.assign(yoga, { referenceCache: reference, derivedCache: derived });
}
