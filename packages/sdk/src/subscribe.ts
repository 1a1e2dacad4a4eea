import { PlanHubError } from './error.ts';
import type { ResultOf, TypedDocument, VariablesOf } from './types.ts';

// Subscriptions over Server-Sent Events, as an async iterator: `for await (const event of
// subscribe(…))`. A dropped stream is reopened with a growing delay (sending
// `Last-Event-ID` when the server gave events ids); breaking out of the loop, or the
// signal, closes it. An error the server sends (a refused subscription) ends it with a
// PlanHubError.

/** What `subscribe` takes. */
export interface SubscribeOptions {
  /** The GraphQL endpoint. */
  url: string | URL;
  /** Sent as `Authorization: Bearer <token>`; a function is called before every (re)connection. */
  token?: string | (() => string | null | undefined | Promise<string | null | undefined>);
  /** Closes the stream for good. */
  signal?: AbortSignal;
  /** A `fetch` to use instead of the platform's. */
  fetch?: typeof fetch;
  /** How often to reopen a dropped stream before giving up (default 10); the delay doubles from 500 ms to 15 s. */
  reconnects?: number;
  /** Headers sent with the stream's request. */
  headers?: Record<string, string>;
}

/** The events of a subscription, as its result type, until the signal or a `break`. */
export async function* subscribe<D extends TypedDocument<any, any>>(document: D, variables: VariablesOf<D>, options: SubscribeOptions): AsyncGenerator<ResultOf<D>> {
  const query = String(document);
  const maxReconnects = options.reconnects ?? 10;
  let lastEventId: string | undefined;
  let failures = 0;
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    while (!controller.signal.aborted) {
      let response: Response;
      try {
        const token = typeof options.token == 'function' ? await options.token() : options.token;
        response = await (options.fetch ?? fetch)(String(options.url), {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'text/event-stream',
            ...(token && { authorization: `Bearer ${token}` }),
            ...(lastEventId !== undefined && { 'last-event-id': lastEventId }),
            ...options.headers,
          },
          body: JSON.stringify({ query, variables }),
          signal: controller.signal,
        });
      } catch (cause) {
        if (controller.signal.aborted) return;
        if (++failures > maxReconnects) throw new PlanHubError('NETWORK_ERROR', `The subscription's stream could not be opened: ${(cause as Error)?.message ?? cause}`, { cause });
        await delay(failures, controller.signal);
        continue;
      }
      if (!response.ok || !response.headers.get('content-type')?.includes('text/event-stream')) {
        const body = await response.json().catch(() => undefined);
        const first = body?.errors?.[0];
        throw new PlanHubError(first?.extensions?.code ?? 'HTTP_ERROR', first?.message ?? `HTTP ${response.status} from ${options.url}`, { status: response.status, errors: body?.errors });
      }
      try {
        for await (const event of events(response.body!)) {
          failures = 0;
          if (event.id !== undefined) lastEventId = event.id;
          if (event.event === 'complete') return;
          if (!event.data) continue;
          const payload = JSON.parse(event.data);
          const first = payload.errors?.[0];
          if (first) throw new PlanHubError(first.extensions?.code ?? 'GRAPHQL_ERROR', first.message, { errors: payload.errors, data: payload.data });
          yield payload.data as ResultOf<D>;
        }
      } catch (error) {
        if (error instanceof PlanHubError) throw error;
        if (controller.signal.aborted) return;
      }
      // The stream ended or dropped: open it again.
      if (++failures > maxReconnects) throw new PlanHubError('NETWORK_ERROR', `The subscription's stream dropped ${failures} times in a row.`);
      await delay(failures, controller.signal);
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    controller.abort();
  }
}

function delay(failures: number, signal: AbortSignal): Promise<void> {
  const ms = Math.min(15_000, 500 * 2 ** (failures - 1));
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/** The events of an SSE stream: its `id`, `event` and `data` fields. */
async function* events(body: ReadableStream<Uint8Array>): AsyncGenerator<{ id?: string; event?: string; data: string }> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
        const event: { id?: string; event?: string; data: string } = { data: '' };
        const data: string[] = [];
        for (const line of block.split(/\r?\n/)) {
          if (line.startsWith(':')) continue;
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'data') data.push(value);
          else if (field === 'id') event.id = value;
          else if (field === 'event') event.event = value;
        }
        event.data = data.join('\n');
        yield event;
      }
    }
  } finally {
    reader.releaseLock();
  }
}
