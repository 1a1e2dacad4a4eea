import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import { REPO_ROOT } from '@planhub/db/paths';
import { ErrorCode } from '../errors.ts';

// Persisted operations: the SDK's operations are known by their SHA-256 hash
// (graphql-codegen's `persistedDocuments` manifest), so a client may send the hash
// instead of the document, as a GET a CDN can cache. With PLANHUB_OPERATIONS=persisted
// the server runs only those: a public endpoint then executes nothing it was not built for.

/** The manifest graphql-codegen writes for the SDK: hash → document. */
export const DEFAULT_MANIFEST = join(REPO_ROOT, 'packages', 'sdk', 'src', 'generated', 'persisted-documents.json');

export function loadManifest(path: string = DEFAULT_MANIFEST): Map<string, string> {
  if (!existsSync(path)) return new Map();
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  return new Map(Object.entries(manifest));
}

export interface PersistedOptions {
  manifest: Map<string, string>;
  /** Run only persisted operations. */
  only: boolean;
}

/** Whether a request names a persisted operation by hash (and is a GET, which a CDN may cache). */
export function isPersistedGet(request: Request): boolean {
  return request.method === 'GET' && new URL(request.url).searchParams.get('extensions')?.includes('persistedQuery') === true;
}

export function persistedOperations({ manifest, only }: PersistedOptions): Plugin[] {
  const error = (code: ErrorCode, message: string, status: number) => ({ message, extensions: { code, http: { status } } });
  return [
    usePersistedOperations({
      // The manifest's keys name their algorithm (`sha256:<hex>`); a bare hex hash is accepted too.
      getPersistedOperation: (hash) => manifest.get(hash) ?? manifest.get(`sha256:${hash}`) ?? null,
      allowArbitraryOperations: !only,
      // The SDK's documents were validated when they were generated, but a manifest from
      // elsewhere may not have been, and validation is cached per document anyway.
      skipDocumentValidation: false,
      customErrors: {
        notFound: error(ErrorCode.PERSISTED_QUERY_NOT_FOUND, 'No persisted operation has this hash on this server. Send the document itself, or a hash from the SDK of this server’s version.', 404),
        persistedQueryOnly: error(ErrorCode.PERSISTED_QUERY_ONLY, 'This server runs only persisted operations: send the hash of an SDK operation (extensions.persistedQuery.sha256Hash), not a document.', 400),
        keyNotFound: error(ErrorCode.PERSISTED_QUERY_ONLY, 'This server runs only persisted operations, and the request names none: give extensions.persistedQuery.sha256Hash.', 400),
      },
    }) as Plugin,
    {
      // A successful answer to a persisted GET may be kept by a CDN for a minute: the data
      // changes by imports and edits, not by the second.
      onResponse({ request, response }) {
        if (isPersistedGet(request) && response.status === 200 && !response.headers.has('cache-control')) {
          response.headers.set('cache-control', 'public, max-age=60, stale-while-revalidate=60');
          response.headers.append('vary', 'accept-language');
        }
      },
    },
  ];
}
