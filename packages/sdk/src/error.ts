/** One error of a GraphQL response, as the server sends it. */
export interface GraphQLErrorItem {
  message: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  extensions?: { code?: string; [key: string]: unknown };
}

/**
 * What went wrong. The server's codes (`extensions.code`) are part of its API:
 * `INVALID_ARGUMENT`, `PAGE_SIZE_OUT_OF_RANGE`, `INVALID_CURSOR`, `INVALID_ID`,
 * `NOT_FOUND`, `SERVICE_UNAVAILABLE`. The client adds its own for failures that never
 * reached GraphQL: `NETWORK_ERROR` (no response), `HTTP_ERROR` (a non-2xx status without
 * GraphQL errors), `INVALID_RESPONSE` (a body that is not a GraphQL response), `ABORTED`
 * (a signal fired), and `GRAPHQL_ERROR` (an error without a code, e.g. a masked one).
 */
export type PlanHubErrorCode =
  | 'INVALID_ARGUMENT'
  | 'PAGE_SIZE_OUT_OF_RANGE'
  | 'INVALID_CURSOR'
  | 'INVALID_ID'
  | 'NOT_FOUND'
  | 'SERVICE_UNAVAILABLE'
  | 'NETWORK_ERROR'
  | 'HTTP_ERROR'
  | 'INVALID_RESPONSE'
  | 'ABORTED'
  | 'GRAPHQL_ERROR'
  // Codes a newer server may add still type-check, without losing the completions above.
  | (string & {});

export interface PlanHubErrorDetails<TData = unknown> {
  /** HTTP status, when a response arrived. */
  status?: number;
  /** Where in the result the (first) error happened. */
  path?: ReadonlyArray<string | number>;
  /** Data that came with the errors: fields that failed are null. */
  data?: TData | null;
  /** Every GraphQL error of the response (the first gives `code`, `message` and `path`). */
  errors?: ReadonlyArray<GraphQLErrorItem>;
  /** The underlying error (a network failure, a JSON syntax error, an abort reason). */
  cause?: unknown;
}

/** The one error the SDK throws for network, HTTP and GraphQL failures. */
export class PlanHubError<TData = unknown> extends Error {
  declare readonly code: PlanHubErrorCode;
  declare readonly status?: number;
  declare readonly path?: ReadonlyArray<string | number>;
  declare readonly data?: TData | null;
  declare readonly errors: ReadonlyArray<GraphQLErrorItem>;

  constructor(code: PlanHubErrorCode, message: string, details: PlanHubErrorDetails<TData> = {}) {
    super(message, details);
    Object.assign(this, { name: 'PlanHubError', code, errors: [] }, details);
  }
}
