import { GraphQLError } from 'graphql';

// Every error a client can cause carries one of these codes in `extensions.code`.
// The codes are part of the API: documented in the README, tested, never renamed.
export const ErrorCode = {
  /** An argument is out of range or malformed. */
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
  /** A page size above the maximum, or below zero. */
  PAGE_SIZE_OUT_OF_RANGE: 'PAGE_SIZE_OUT_OF_RANGE',
  /** A cursor that this server did not issue for this list. */
  INVALID_CURSOR: 'INVALID_CURSOR',
  /** A global ID that is not well formed, or names the wrong type. */
  INVALID_ID: 'INVALID_ID',
  /** A well-formed ID or code that names nothing. */
  NOT_FOUND: 'NOT_FOUND',
  /** A variable of the operation is missing, of the wrong type or malformed. */
  INVALID_VARIABLE: 'INVALID_VARIABLE',
  /** The database cannot be reached right now; retry later. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** The operation nests selections deeper than allowed. */
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  /** The operation may return more objects than allowed (its cost). */
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  /** The document has more aliases than allowed. */
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  /** The document has more tokens than allowed. */
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
  /** The document has more directives than allowed. */
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  /** The request body is larger than allowed. */
  BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  /** The client spent its cost budget for the window; retry after `Retry-After` seconds. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The client has as many operations running as allowed; retry when one has finished. */
  TOO_MANY_CONCURRENT_REQUESTS: 'TOO_MANY_CONCURRENT_REQUESTS',
  /** The operation ran longer than allowed and was stopped. */
  DEADLINE_EXCEEDED: 'DEADLINE_EXCEEDED',
  /** Introspection is switched off on this server. */
  INTROSPECTION_DISABLED: 'INTROSPECTION_DISABLED',
  /** A persisted operation's hash that this server does not know. */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** This server runs only persisted operations: send a known hash, not a document. */
  PERSISTED_QUERY_ONLY: 'PERSISTED_QUERY_ONLY',
  /** A request a browser could send cross-site without asking (a form post, a plain GET) lacks the header that proves it was not. */
  CSRF_HEADER_MISSING: 'CSRF_HEADER_MISSING',
  /** The request needs credentials (a write, or any operation where reads need a token), or the ones sent do not check out. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The credentials are valid but do not allow this: a role or an area outside the token's scope. */
  FORBIDDEN: 'FORBIDDEN',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function userError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}
