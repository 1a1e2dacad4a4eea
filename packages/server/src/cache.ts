import { createHash } from 'node:crypto';
import stableStringify from 'fast-json-stable-stringify';
import { type Cache, createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from './context.ts';
import { z } from 'zod';
import { parseEnv } from '@planhub/db/config';
import type { RequestDataVersions } from './data-version.ts';
import { langFromAcceptLanguage } from './lang.ts';

// The response cache (opt-in: PLANHUB_RESPONSE_CACHE=on), built on
// @graphql-yoga/plugin-response-cache, and kept correct however the data changes.
//
// PlanHub's API is read-only: its data changes through the seed, imports and other
// processes, possibly other servers sharing one PostgreSQL database, so no mutation
// passes through the server to invalidate anything. Instead the database keeps a data
// version (table DataVersion): triggers on every data table bump it inside the writing
// transaction (see the data_version migration). Each request reads it first, with one
// small statement, and the cache key includes it. A hit is therefore always an answer
// computed after the last committed write, and a write makes every older entry
// unreachable at once, in every server; old entries age out by TTL and size.
//
// The key also includes the request's language (Accept-Language changes `name`, `title`
// and the like). Conditional requests (If-None-Match with an ETag the cache issued) get
// a 304 only when the ETag carries the current version.

const settingsSchema = z.object({
  PLANHUB_RESPONSE_CACHE: z.enum(['on', 'off'], { error: 'PLANHUB_RESPONSE_CACHE must be "on" or "off"' }).default('off'),
  PLANHUB_RESPONSE_CACHE_TTL_MS: z.coerce
    .number({ error: 'PLANHUB_RESPONSE_CACHE_TTL_MS must be a whole number of milliseconds' })
    .int('PLANHUB_RESPONSE_CACHE_TTL_MS must be a whole number of milliseconds')
    .min(1, 'PLANHUB_RESPONSE_CACHE_TTL_MS must be at least 1')
    .default(300_000),
  PLANHUB_RESPONSE_CACHE_MAX_ENTRIES: z.coerce
    .number({ error: 'PLANHUB_RESPONSE_CACHE_MAX_ENTRIES must be a whole number' })
    .int('PLANHUB_RESPONSE_CACHE_MAX_ENTRIES must be a whole number')
    .min(1, 'PLANHUB_RESPONSE_CACHE_MAX_ENTRIES must be at least 1')
    .default(1000),
});

export interface ResponseCacheSettings {
  enabled: boolean;
  /** How long an entry may be kept, in ms. Correctness does not depend on it. */
  ttlMs: number;
  /** How many responses are kept at most (least recently used go first). */
  maxEntries: number;
}

export function responseCacheSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ResponseCacheSettings {
  const settings = parseEnv(settingsSchema, env, 'response cache');
  return {
    enabled: settings.PLANHUB_RESPONSE_CACHE === 'on',
    ttlMs: settings.PLANHUB_RESPONSE_CACHE_TTL_MS,
    maxEntries: settings.PLANHUB_RESPONSE_CACHE_MAX_ENTRIES,
  };
}

const KEY_SEPARATOR = '|';

/** The data version a cache key (or an ETag, which is the key) was computed at. */
function versionOfKey(key: string): string | undefined {
  const end = key.indexOf(KEY_SEPARATOR);
  return end > 0 ? key.slice(0, end) : undefined;
}

/**
 * A cache whose results keep their JSON text once written: Yoga writes a result with its
 * own `stringify` when it has one, so a hit is not serialized again (serializing a large
 * answer was most of what a hit cost: bench/README.md). The text is reused only for what
 * it was made from: the same data and no errors; extensions (each response's own cost
 * and budget) are written after it.
 */
export function keepingJson(cache: Cache): Cache {
  return {
    get: (id) => cache.get(id),
    invalidate: (entities) => cache.invalidate(entities),
    set(id, result, entities, ttl) {
      let json: string | undefined;
      const stringify = (r: ExecutionResult) => {
        if (r.data !== result.data || r.errors) return JSON.stringify(r);
        json ??= JSON.stringify({ data: r.data });
        return r.extensions === undefined ? json : `${json.slice(0, -1)},"extensions":${JSON.stringify(r.extensions)}}`;
      };
      // Enumerable, so that the copy Yoga serves a hit from carries it (JSON skips functions).
      return cache.set(id, Object.assign(result, { stringify }), entities, ttl);
    },
  };
}

/**
 * Yoga plugins for a response cache whose entries are keyed by the data version.
 * Empty when the settings say off.
 */
export function responseCachePlugins(versions: RequestDataVersions, settings: ResponseCacheSettings): Plugin<Context>[] {
  if (!settings.enabled) return [];

  // Runs before the response cache's own onRequest: an ETag from before the last write
  // must not earn a 304, so the header is dropped and the request answered afresh.
  const conditionalRequestsCheckTheVersion: Plugin<Context> = {
    async onRequest({ request, setRequest, fetchAPI }) {
      const etag = request.headers.get('if-none-match');
      if (!etag || versionOfKey(etag) === (await versions.of(request))) return;
      // The same request without the condition (request headers may be immutable).
      const headers = new fetchAPI.Headers(request.headers);
      headers.delete('if-none-match');
      const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
      setRequest(new fetchAPI.Request(request.url, { method: request.method, headers, body }));
    },
  };

  return [
    conditionalRequestsCheckTheVersion,
    useResponseCache({
      cache: keepingJson(createInMemoryCache({ max: settings.maxEntries })),
      ttl: settings.ttlMs,
      // The session is the language: responses differ by it, by nothing else of the request.
      session: (request) => langFromAcceptLanguage(request.headers.get('accept-language')),
      buildResponseCacheKey: async ({ request, documentString, operationName, variableValues, sessionId }) => {
        const version = await versions.of(request);
        // node:crypto, synchronous: the plugin's default (WebCrypto's async digest) cost
        // more than the rest of a cache hit together.
        const hash = createHash('sha256')
          .update([documentString, operationName ?? '', stableStringify(variableValues ?? {}), sessionId ?? ''].join(KEY_SEPARATOR))
          .digest('hex');
        return `${version}${KEY_SEPARATOR}${hash}`;
      },
    }) as Plugin<Context>,
  ];
}
