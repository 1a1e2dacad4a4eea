import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import type { PlanHubError } from './error.ts';

// Types only: this module has no runtime code, so every other module can import it
// without pulling anything into a bundle.

/** Anything that carries an operation's result and variables types: the SDK's generated
 * `TypedDocumentString`s, or a `TypedDocumentNode` from graphql-codegen or `graphql`. */
export type TypedDocument<TResult = unknown, TVariables = Record<string, unknown>> = DocumentTypeDecoration<TResult, TVariables>;

/** The result type of a typed document. */
export type ResultOf<D> = D extends DocumentTypeDecoration<infer R, any> ? R : never;
/** The variables type of a typed document. */
export type VariablesOf<D> = D extends DocumentTypeDecoration<any, infer V> ? V : never;

/** Languages that names, titles and texts come in (sent as `Accept-Language`). */
export type Lang = 'vi' | 'en';

/** How reads are retried (see `ClientOptions.retries`). */
export interface RetryOptions {
  /** How many times to try again after the first attempt. */
  retries: number;
  /** First delay; each further one doubles, with jitter. Default 300 ms. */
  minDelayMs?: number;
  /** Cap on any delay, including a server's `Retry-After`. Default 10 000 ms. */
  maxDelayMs?: number;
}

/** What `createClient` takes. */
export interface ClientOptions {
  /** The GraphQL endpoint, e.g. `https://planhub.example/graphql`. */
  url: string | URL;
  /** A `fetch` to use instead of the platform's (for tests, proxies, instrumentation). */
  fetch?: typeof fetch;
  /** Headers sent with every request (names are case-insensitive). */
  headers?: Record<string, string>;
  /** Sent as `Authorization: Bearer <token>`; a function is called before every attempt. */
  token?: string | (() => string | null | undefined | Promise<string | null | undefined>);
  /** Language of names, titles and texts; the server's default is Vietnamese. */
  lang?: Lang;
  /** Aborts every request of this client (e.g. when a page is left). */
  signal?: AbortSignal;
  /** Retries of reads (queries, never mutations) on HTTP 429 or 503, `SERVICE_UNAVAILABLE`
   * and network errors. Off (0) by default. */
  retries?: number | RetryOptions;
  /** Prints a `DocumentNode` that has no source text (`loc`), such as those of
   * graphql-codegen's default `documentMode`: pass `print` from `graphql`. */
  print?: (document: any) => string;
  /** Send a persisted operation's hash instead of its text, for documents that carry one
   * (`__meta__.hash`: the SDK's own, and codegen's with `persistedDocuments`). When the
   * server does not know the hash (`PERSISTED_QUERY_NOT_FOUND`), the text is sent instead.
   * Default true. */
  persisted?: boolean;
  /** How reads are sent: `POST` (default), or `GET` for persisted operations, which a CDN
   * can cache (the URL holds the hash and the variables, not the document). */
  method?: 'POST' | 'GET';
}

/** Options of one request, over the client's: every method takes them last. */
export interface RequestOptions {
  /** Headers for this request only, over the client's. */
  headers?: Record<string, string>;
  /** Aborts this request; combined with the client's signal. */
  signal?: AbortSignal;
  /** Language for this request only. */
  lang?: Lang;
  /** Retries for this request only (see `ClientOptions.retries`). */
  retries?: number | RetryOptions;
}

/** `request`'s options when partial data is wanted instead of an error. */
export interface PartialRequestOptions extends RequestOptions {
  /** Return data that came with errors instead of throwing (only when there is data). */
  partial: true;
}

/** What `request(..., { partial: true })` resolves to. Null propagation means `data` still
 * matches its type: a failed field is null only where the schema allows null. */
export interface PartialResult<TResult> {
  data: TResult;
  /** The errors that came with the data, if any. */
  error?: PlanHubError<TResult>;
}

/** The variables argument: optional when the operation has no required variable. */
export type VariablesArgs<TVariables, TOptions> = {} extends TVariables
  ? [variables?: TVariables, options?: TOptions]
  : [variables: TVariables, options?: TOptions];

/** The part of a Relay connection that paging needs. */
export interface Connection<TNode> {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: ReadonlyArray<{ node: TNode } | null>;
}

/** The node type of the connection at the root of a result (e.g. `indicators`). */
export type RootConnectionNode<TResult> = {
  [K in keyof TResult]: NonNullable<TResult[K]> extends Connection<infer N> ? N : never;
}[keyof TResult];

/** Options of `paginate`: a request's, and which connection to follow. */
export interface PaginateOptions<TResult, TNode> extends RequestOptions {
  /** Picks the connection to page through; by default the one at the root of the result. */
  connection?: (data: TResult) => Connection<TNode> | null | undefined;
}

/** Variables of an operation that can be paged: it takes `$after`. */
export type PageableVariables = { after?: string | null };

/** What `createClient` returns; every method takes it first. */
export interface PlanHubClient {
  /** The endpoint this client sends to. */
  readonly url: string;
  /** Runs any typed document (or a query string) and resolves to its `data`, or rejects
   * with a `PlanHubError`. With `{ partial: true }`, data that came with errors resolves
   * as `{ data, error }` instead. */
  request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables> | string,
    variables: NoInfer<TVariables> | undefined,
    options: PartialRequestOptions,
  ): Promise<PartialResult<TResult>>;
  request<TResult = unknown, TVariables = Record<string, unknown>>(
    document: TypedDocument<TResult, TVariables> | string,
    ...args: VariablesArgs<NoInfer<TVariables>, RequestOptions>
  ): Promise<TResult>;
  /** Every node of a connection, page after page, as an async iterator (see `paginate`). */
  paginate<TResult, TVariables extends PageableVariables, TNode = RootConnectionNode<TResult>>(
    document: TypedDocument<TResult, TVariables>,
    variables: NoInfer<TVariables>,
    options?: PaginateOptions<TResult, TNode>,
  ): AsyncGenerator<TNode, void, undefined>;
}
