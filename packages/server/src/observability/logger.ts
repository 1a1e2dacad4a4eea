import { randomUUID } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import { pino, type Logger } from 'pino';

// Structured JSON logs (pino), one line per request with its id: the client's
// X-Request-Id when it sends a sane one, else a new one, echoed in the response.

export function createLogger(level: string = process.env.PLANHUB_LOG_LEVEL ?? 'info', destination?: pino.DestinationStream): Logger {
  return destination ? pino({ level }, destination) : pino({ level });
}

/** pino as Yoga's logger. A client's bad input is not worth a server log line: only errors without a code are logged as errors. */
export function yogaLogger(logger: Logger): YogaLogger {
  return {
    debug: (...args: unknown[]) => logger.debug({ args }, 'yoga'),
    info: (...args: unknown[]) => logger.info({ args }, 'yoga'),
    warn: (...args: unknown[]) => logger.warn({ args }, 'yoga'),
    error: (...args: unknown[]) => {
      const [first] = args;
      const error = first as GraphQLError | undefined;
      if (error?.extensions?.code) return;
      logger.error({ err: (error as { originalError?: unknown })?.originalError ?? first }, 'unexpected error');
    },
  };
}

const SANE_ID = /^[\w.:-]{1,64}$/;

export function requestLogs(logger: Logger): Plugin {
  const started = new WeakMap<Request, { id: string; at: number }>();
  return {
    onRequest({ request }) {
      const given = request.headers.get('x-request-id');
      started.set(request, { id: given && SANE_ID.test(given) ? given : randomUUID(), at: performance.now() });
    },
    onResponse({ request, response }) {
      const entry = started.get(request);
      if (!entry) return;
      response.headers.set('x-request-id', entry.id);
      const url = new URL(request.url);
      logger.info(
        { reqId: entry.id, method: request.method, path: url.pathname, status: response.status, ms: Math.round((performance.now() - entry.at) * 10) / 10 },
        'request',
      );
    },
  };
}
