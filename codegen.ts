import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Generates the SDK's typed documents from the committed SDL (never a live server).
// `npm run generate -w @planhub/sdk` runs it; packages/sdk/test/generated.test.ts
// fails when the committed output differs from a fresh run.

export const SDK_GENERATED_DIR = 'packages/sdk/src/generated/';

export const sdkOutput = {
  preset: 'client',
  presetConfig: {
    // Plain result types: the SDK hands data straight to callers.
    fragmentMasking: false,
    // No barrel: callers import `graphql.ts` (types and documents) directly.
    skipIndexFile: true,
    // Each document carries its SHA-256 hash (`__meta__.hash`), and persisted-documents.json
    // maps the hashes to the documents: the server's allow-list (PLANHUB_OPERATIONS=persisted).
    persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
  },
  config: {
    // Documents are strings (`TypedDocumentString`), so the runtime sends them as they
    // are and never needs `graphql` to print an AST.
    documentMode: 'string',
    useTypeImports: true,
    importExtension: '.ts',
    enumType: 'string-literal',
    strictScalars: true,
    scalars: {
      ID: { input: 'string', output: 'string' },
      Date: { input: 'string', output: 'string' },
    },
  },
} satisfies CodegenConfig['generates'][string];

/** Marks each document constant pure, so bundlers drop the ones a program never uses. */
export function markDocumentsPure(_path: string, content: string): string {
  return content.replace(/= new TypedDocumentString\(/g, '= /* @__PURE__ */ new TypedDocumentString(');
}

const config: CodegenConfig = {
  schema: 'packages/server/schema.graphql',
  documents: ['packages/sdk/src/operations/*.graphql'],
  generates: { [SDK_GENERATED_DIR]: sdkOutput },
  hooks: { beforeOneFileWrite: [markDocumentsPure] },
  // Paths above are from the repository root, wherever the command runs.
  cwd: dirname(fileURLToPath(import.meta.url)),
  noSilentErrors: true,
};

export default config;
