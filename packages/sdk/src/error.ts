/** One error of a GraphQL response, as the server sends it. */
export interface GraphQLErrorItem {
  message: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  extensions?: { code?: string; [key: string]: unknown };
}

/**
 * What went wrong. The server's codes (`extensions.code`) are part of its API; the
 * SDK README's error table says when each is sent. The client adds its own for failures
 * that never reached GraphQL: `NETWORK_ERROR` (no response), `HTTP_ERROR` (a non-2xx
 * status without GraphQL errors), `INVALID_RESPONSE` (a body that is not a GraphQL
 * response), `ABORTED` (a signal fired), and `GRAPHQL_ERROR` (an error without a code,
 * e.g. a masked one).
 */
export type PlanHubErrorCode =
  // The document and its variables.
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'OPERATION_RESOLUTION_FAILURE'
  | 'INVALID_VARIABLE'
  // Arguments and what they name.
  | 'INVALID_ARGUMENT'
  | 'PAGE_SIZE_OUT_OF_RANGE'
  | 'INVALID_CURSOR'
  | 'INVALID_ID'
  | 'NOT_FOUND'
  // The server's state and limits.
  | 'SERVICE_UNAVAILABLE'
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_COSTLY'
  | 'TOO_MANY_ALIASES'
  | 'TOO_MANY_TOKENS'
  | 'TOO_MANY_DIRECTIVES'
  | 'BODY_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'TOO_MANY_CONCURRENT_REQUESTS'
  | 'DEADLINE_EXCEEDED'
  | 'INTROSPECTION_DISABLED'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'PERSISTED_QUERY_ONLY'
  | 'CSRF_HEADER_MISSING'
  // Who may write.
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  // The client's own.
  | 'NETWORK_ERROR'
  | 'HTTP_ERROR'
  | 'INVALID_RESPONSE'
  | 'ABORTED'
  | 'GRAPHQL_ERROR'
  // Codes a newer server may add still type-check, without losing the completions above.
  | (string & {});

/** What a `PlanHubError` carries besides its code and message. */
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
