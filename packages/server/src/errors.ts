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
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function userError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}
