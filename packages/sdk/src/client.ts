import { type GraphQLErrorItem, PlanHubError } from './error.ts';
import { paginate } from './paginate.ts';
import type { ClientOptions, PlanHubClient, RequestOptions, RetryOptions } from './types.ts';

export { PlanHubError } from './error.ts';
export type * from './error.ts';
export type * from './types.ts';

interface InternalOptions extends RequestOptions {
  partial?: boolean;
}

interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: GraphQLErrorItem[];
}

/**
 * A PlanHub client: `request` runs any typed document, `paginate` walks a connection.
 * The typed methods (`listIndicators`, `planSummary`, …) are functions of their own
 * modules that take this client, so a bundle holds only the ones it imports.
 */
export function createClient(options: ClientOptions): PlanHubClient {
  const url = String(options.url);

  // Hashes the server did not know: their text is sent from then on.
  const unknownHashes = new Set<string>();

  async function request(document: any, variables?: Record<string, unknown>, opts: InternalOptions = {}) {
    const query: string =
      typeof document == 'object' && 'kind' in document
        ? (document.loc?.source.body ??
          options.print?.(document) ??
          fail(new TypeError('This DocumentNode has no source text: pass `print` from graphql to createClient')))
        : String(document);
    const signal = anySignal(options.signal, opts.signal);
    const retry = retryPolicy(opts.retries ?? options.retries);
    const read = isRead(query);
    const attempts = read ? retry.retries : 0;
    const hash: string | undefined = options.persisted !== false ? document?.__meta__?.hash : undefined;
    let persisted = !!hash && !unknownHashes.has(hash);

    for (let attempt = 0; ; attempt++) {
      const canRetry = attempt < attempts;
      const token = typeof options.token == 'function' ? await options.token() : options.token;
      const lang = opts.lang ?? options.lang;
      const get = persisted && read && options.method == 'GET';
      const params = persisted ? { variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } : { query, variables };
      const headers = lowerKeys(
        {
          ...(get ? {} : { 'content-type': 'application/json' }),
          accept: 'application/graphql-response+json, application/json',
          // A header no cross-site form can send: the server's CSRF check wants one on a GET.
          'x-planhub-csrf': '1',
          ...(lang && { 'accept-language': lang }),
          ...(token && { authorization: `Bearer ${token}` }),
        },
        options.headers,
        opts.headers,
      );
      let target = url;
      if (get) {
        const search = new URLSearchParams();
        for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, JSON.stringify(value));
        target = `${url}${url.includes('?') ? '&' : '?'}${search}`;
      }
      let response: Response;
      try {
        signal?.throwIfAborted();
        response = await (options.fetch ?? fetch)(target, get ? { method: 'GET', headers, signal } : { method: 'POST', headers, body: JSON.stringify(params), signal });
      } catch (cause) {
        if (signal?.aborted) throw aborted(signal);
        if (canRetry) {
          await sleep(backoff(retry, attempt), signal);
          continue;
        }
        throw new PlanHubError('NETWORK_ERROR', `Could not reach ${url}: ${(cause as Error)?.message ?? cause}`, { cause });
      }
      const { status } = response;
      if (canRetry && (status == 429 || status == 503)) {
        await response.body?.cancel();
        await sleep(backoff(retry, attempt, response.headers.get('retry-after')), signal);
        continue;
      }
      let json: GraphQLResponse | undefined;
      let syntaxError: unknown;
      try {
        json = await response.json();
      } catch (cause) {
        if (signal?.aborted) throw aborted(signal);
        syntaxError = cause;
      }
      const first = json?.errors?.[0];
      if (first) {
        const error = new PlanHubError(first.extensions?.code ?? 'GRAPHQL_ERROR', first.message, {
          status,
          path: first.path,
          data: json!.data,
          errors: json!.errors,
        });
        if (persisted && error.code == 'PERSISTED_QUERY_NOT_FOUND') {
          // Not an attempt: the same request, with the document's text.
          unknownHashes.add(hash!);
          persisted = false;
          attempt--;
          continue;
        }
        if (canRetry && error.code == 'SERVICE_UNAVAILABLE') {
          await sleep(backoff(retry, attempt), signal);
          continue;
        }
        if (opts.partial && json!.data) return { data: json!.data, error };
        throw error;
      }
      if (!response.ok) throw new PlanHubError('HTTP_ERROR', `HTTP ${status} ${response.statusText} from ${url}`, { status });
      if (!json?.data || typeof json.data != 'object') {
        throw new PlanHubError('INVALID_RESPONSE', `The response from ${url} is not a GraphQL result`, { status, cause: syntaxError });
      }
      return opts.partial ? { data: json.data } : json.data;
    }
  }

  const client: PlanHubClient = {
    url,
    request: request as PlanHubClient['request'],
    paginate: (document, variables, paginateOptions) => paginate(client, document, variables, paginateOptions),
  };
  return client;
}

function fail(error: Error): never {
  throw error;
}

function aborted(signal: AbortSignal) {
  const reason = signal.reason;
  return new PlanHubError('ABORTED', `Request aborted${reason?.message ? `: ${reason.message}` : ''}`, { cause: reason });
}

function anySignal(a?: AbortSignal, b?: AbortSignal) {
  return a && b ? AbortSignal.any([a, b]) : (a ?? b);
}

function lowerKeys(...sources: Array<Record<string, string> | undefined>) {
  const headers: Record<string, string> = {};
  for (const source of sources) for (const key in source) headers[key.toLowerCase()] = source[key]!;
  return headers;
}

// A read is an operation whose top-level keyword is not `mutation` or `subscription`:
// only reads are retried, since repeating a write could apply it twice.
function isRead(query: string) {
  let depth = 0;
  let top = '';
  for (const c of query.replace(/#.*|"(?:\\.|[^"\\])*"/g, '')) {
    if (c == '{') depth++;
    else if (c == '}') depth--;
    else if (!depth) top += c;
  }
  return !/\b(mutation|subscription)\b/.test(top);
}

function retryPolicy(retries: number | RetryOptions = 0): Required<RetryOptions> {
  return { minDelayMs: 300, maxDelayMs: 10_000, ...(typeof retries == 'number' ? { retries } : retries) };
}

// Exponential backoff with jitter, or the server's Retry-After (seconds or a date), capped.
function backoff({ minDelayMs, maxDelayMs }: Required<RetryOptions>, attempt: number, retryAfter?: string | null) {
  const stated = retryAfter ? (isNaN(+retryAfter) ? Date.parse(retryAfter) - Date.now() : +retryAfter * 1000) : NaN;
  const ms = stated >= 0 ? stated : minDelayMs * 2 ** attempt * (0.5 + Math.random() / 2);
  return Math.min(ms, maxDelayMs);
}

function sleep(ms: number, signal?: AbortSignal) {
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
}
