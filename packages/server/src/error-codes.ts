import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { handleStreamOrSingleExecutionResult, maskError as defaultMaskError, type Plugin } from 'graphql-yoga';
import { ErrorCode } from './errors.ts';
import { CSRF_HEADERS, CSRF_MESSAGE } from './http/protections.ts';

// Every error a client can cause leaves the server with a code (errors.ts), whether or
// not unexpected errors are masked: codes are assigned here, in a plugin that always
// runs; masking (yoga.ts) only hides the message of an error that has no code.

/** Messages of Pothos's relay plugin for a negative page size (it checks before our own check can). */
const NEGATIVE_PAGE_SIZE = /^Argument "(first|last)" must be a non-negative integer$/;

/** The error as the client should see it when it has a code; null when it is unexpected. */
export function codedError(error: unknown): GraphQLError | null {
  const located = error instanceof GraphQLError ? error : undefined;
  if (located?.extensions?.code) return located;
  const original = located?.originalError ?? error;
  if (original instanceof GraphQLError && original.extensions?.code) return relocated(located, original.message, original.extensions);
  if (original instanceof PothosValidationError) {
    const negative = NEGATIVE_PAGE_SIZE.exec(original.message);
    if (negative) {
      return relocated(located, `"${negative[1]}" must be between 0 and 100. Ask for at most 100 and page on with "after"/"before".`, {
        code: ErrorCode.PAGE_SIZE_OUT_OF_RANGE,
        argument: negative[1],
      });
    }
    return relocated(located, original.message, { code: ErrorCode.INVALID_ARGUMENT });
  }
  // Yoga's CSRF plugin refuses with its own message and no code (README, R24).
  if (located?.message === CSRF_MESSAGE) {
    return relocated(located, `${CSRF_MESSAGE}: send one of the headers ${CSRF_HEADERS.join(', ')} (any value), as the SDK does, or post JSON.`, {
      code: ErrorCode.CSRF_HEADER_MISSING,
      http: { status: 403 },
    });
  }
  if (isWriterBusy(original)) {
    return relocated(located, 'The database is busy with another write (an import, perhaps) and this one could not start in time. Retry in a few seconds.', { code: ErrorCode.SERVICE_UNAVAILABLE });
  }
  if (isDatabaseUnavailable(original)) {
    return relocated(located, 'The database is unreachable right now. Retry in a few seconds.', { code: ErrorCode.SERVICE_UNAVAILABLE });
  }
  // Raised before any field ran (no path): the operation's variables are missing, of the
  // wrong type or malformed. graphql-js and graphql-jit both report them so.
  if (located && !located.path) {
    return relocated(located, located.message, { code: ErrorCode.INVALID_VARIABLE });
  }
  return null;
}

/** A coded error at the same place in the operation and the response as `located`. */
function relocated(located: GraphQLError | undefined, message: string, extensions: Record<string, unknown>): GraphQLError {
  const error = new GraphQLError(message, {
    nodes: located?.nodes,
    source: located?.source,
    positions: located?.positions,
    path: located?.path,
    originalError: located?.originalError,
    extensions: { ...located?.extensions, ...extensions },
  });
  // graphql-jit's errors carry their locations only (compiled-execution.ts locates them).
  if (!error.locations && located?.locations) Object.assign(error, { locations: located.locations });
  return error;
}

/** Codes the errors of every execution result, single or streamed. */
export function errorCodes(): Plugin {
  return {
    onExecute: () => ({
      onExecuteDone: (payload) =>
        handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
          if (!result.errors?.length) return;
          setResult({ ...result, errors: result.errors.map((e) => codedError(e) ?? e) });
        }),
    }),
  };
}

/** For Yoga's masking: coded errors as they are; anything else as "Unexpected error.". */
export function maskUnexpected(error: unknown, message: string, isDev?: boolean): Error {
  return codedError(error) ?? defaultMaskError(error, message, isDev);
}

const UNAVAILABLE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|timeout exceeded when trying to connect|Connection terminated|DatabaseNotReachable|Can't reach database|the database system is (shutting down|starting up)|terminating connection|Server has closed the connection/i;
/** The kinds of Prisma's driver-adapter errors (`meta.driverAdapterError.cause.kind`) that mean the same. */
const UNAVAILABLE_KINDS = new Set(['ConnectionClosed', 'DatabaseNotReachable', 'SocketTimeout', 'TooManyConnections']);

/**
 * Whether a write could not start its transaction in time (Prisma's P2028): on the
 * embedded database writes take turns on one connection, and a long import holds it.
 */
export function isWriterBusy(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; e && depth < 5; depth++) {
    const err = e as { message?: string; code?: string; cause?: unknown };
    if (err.code === 'P2028' && /Unable to start a transaction in the given time/i.test(err.message ?? '')) return true;
    e = err.cause;
  }
  return false;
}

/**
 * Whether an error means the database cannot be reached (down, restarting, unreachable),
 * by the codes and messages of pg, Node's sockets and Prisma's driver adapters, along
 * the error's causes.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; e && depth < 5; depth++) {
    const err = e as { message?: string; code?: string; cause?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
    if ((err.code && /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|57P01|57P03|P1001|P1017)$/.test(err.code)) || (err.message && UNAVAILABLE.test(err.message))) {
      return true;
    }
    if (UNAVAILABLE_KINDS.has(err.meta?.driverAdapterError?.cause?.kind ?? '')) return true;
    // A driver adapter's own error, as Prisma rethrows it from a transaction's commit or rollback: its cause is `{ kind }`.
    if (UNAVAILABLE_KINDS.has((err as { kind?: string }).kind ?? '')) return true;
    e = err.cause;
  }
  return false;
}
