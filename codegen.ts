import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { preset as clientPreset } from '@graphql-codegen/client-preset';

const require = createRequire(import.meta.url);

type Output = Exclude<CodegenConfig['generates'][string], unknown[]>;

// Generates the SDK's typed documents from the committed SDL (never a live server).
// `npm run generate -w @planhub/sdk` runs it; packages/sdk/test/generated.test.ts
// fails when the committed output differs from a fresh run.

export const SDK_GENERATED_DIR = 'packages/sdk/src/generated/';

export const sdkOutput = {
  // The preset itself, and plugins loaded from here (below), rather than by name: the CLI
  // run as ESM (as in test/generated.test.ts) would find its own older copies by name. (The
  // preset is typed with a newer plugin-helpers than CLI 6's; they differ only in the
  // profiler, which the preset does not use.)
  preset: clientPreset as unknown as Output['preset'],
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
      // ISO 8601 instants, as they travel in JSON.
      DateTime: { input: 'string', output: 'string' },
      JSONObject: { input: 'Record<string, unknown>', output: 'Record<string, unknown>' },
      // Sent as a part of a multipart request (importFile); never returned.
      File: { input: 'Blob', output: 'never' },
    },
  },
} satisfies CodegenConfig['generates'][string];

/**
 * Every enum of the schema as a runtime constant (`TargetStatus.MET === 'MET'`, and
 * `Object.values(TargetStatus)` for a dropdown) beside its type, for `@planhub/sdk/enums`.
 * The client preset types enums as string unions with nothing at run time, and only those
 * its documents use; the typescript plugin's `onlyEnums` with `enumsAsConst` writes them all,
 * from the schema alone, as `as const` objects that bundlers drop when unused.
 */
export const enumsOutput = {
  plugins: [{ add: { content: '/* eslint-disable */' } }, 'typescript'],
  config: {
    onlyEnums: true,
    enumsAsConst: true,
    // Keys as the schema spells the values: TargetStatus.NOT_MET, not TargetStatus.NotMet.
    namingConvention: { enumValues: 'keep' },
  },
} satisfies CodegenConfig['generates'][string];

/** What `npm run generate` writes into `dir` (the committed folder, or a test's). */
export function sdkGenerates(dir: string): CodegenConfig['generates'] {
  return { [dir]: sdkOutput, [`${dir}enums.ts`]: enumsOutput };
}

/** Marks each document constant pure, so bundlers drop the ones a program never uses. */
export function markDocumentsPure(_path: string, content: string): string {
  return content.replace(/= new TypedDocumentString\(/g, '= /* @__PURE__ */ new TypedDocumentString(');
}

const config: CodegenConfig = {
  schema: 'packages/server/schema.graphql',
  documents: ['packages/sdk/src/operations/*.graphql'],
  generates: sdkGenerates(SDK_GENERATED_DIR),
  hooks: { beforeOneFileWrite: [markDocumentsPure] },
  // Paths above are from the repository root, wherever the command runs.
  cwd: dirname(fileURLToPath(import.meta.url)),
  noSilentErrors: true,
  pluginLoader: (name: string) => import(require.resolve(name)),
};

export default config;
