import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { CORSOptions, Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.ts';
import { GRAPHIQL_CSP } from './graphiql.ts';
import type { HttpSettings } from './settings.ts';

// What every HTTP answer carries and every request must pass, before GraphQL sees it.

/** Headers that a browser then uses against misuse of the answer. */
const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

export const jsonError = (fetchAPI: { Response: typeof Response }, status: number, code: ErrorCode, message: string, extra: Record<string, unknown> = {}) =>
  new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

/**
 * A body larger than the limit is refused before it is read: by its Content-Length, which
 * a request with a body must send (a body of unknown length could be made endless).
 */
export const IMPORT_PATH = '/import';

export function bodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
      // Files sent to /import have a limit of their own (http/import-endpoint.ts).
      if (url.pathname === IMPORT_PATH) return;
      const length = request.headers.get('content-length');
      if (length === null) {
        if (request.headers.get('transfer-encoding')) {
          endResponse(jsonError(fetchAPI, 411, ErrorCode.BODY_TOO_LARGE, 'Send the body with a Content-Length header: a body of unknown length is not read.', { limit: maxBytes }));
        }
        return;
      }
      const bytes = Number(length);
      if (!Number.isFinite(bytes) || bytes > maxBytes) {
        endResponse(jsonError(fetchAPI, 413, ErrorCode.BODY_TOO_LARGE, `The body is ${length} bytes; at most ${maxBytes} are read. Send a smaller document, or a persisted operation's hash.`, { limit: maxBytes, measured: bytes }));
      }
    },
  };
}

export function securityHeaders(): Plugin {
  return {
    onResponse({ response }) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (!response.headers.has(name)) response.headers.set(name, value);
      if (!response.headers.has('content-security-policy')) {
        const html = response.headers.get('content-type')?.startsWith('text/html');
        response.headers.set('content-security-policy', html ? GRAPHIQL_CSP : API_CSP);
      }
    },
  };
}

/**
 * Yoga's CSRF prevention: a request a browser would send cross-site without a preflight
 * (a GET, a form post) must carry one of these headers, which no cross-site form or
 * link can set. The SDK sends `x-planhub-csrf`; GraphiQL posts JSON, which needs none.
 */
export const CSRF_HEADERS = ['x-planhub-csrf', 'x-graphql-yoga-csrf', 'apollo-require-preflight'];

export function csrfPrevention(): Plugin {
  return useCSRFPrevention({ requestHeaders: CSRF_HEADERS });
}

/** The message of Yoga's CSRF plugin, which codedError turns into CSRF_HEADER_MISSING (README, R24). */
export const CSRF_MESSAGE = 'Required CSRF header(s) not present';

/** CORS: any origin without credentials, or an allow-list (with credentials only if configured). */
export function corsOptions(settings: HttpSettings): CORSOptions {
  const exposed = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'retry-after', 'etag', 'x-request-id'];
  const allowed = ['content-type', 'authorization', 'accept-language', 'if-none-match', ...CSRF_HEADERS];
  if (settings.corsOrigins === '*') return { origin: '*', credentials: false, methods: ['GET', 'POST'], allowedHeaders: allowed, exposedHeaders: exposed, maxAge: 600 };
  return { origin: settings.corsOrigins, credentials: settings.corsCredentials, methods: ['GET', 'POST'], allowedHeaders: allowed, exposedHeaders: exposed, maxAge: 600 };
}
