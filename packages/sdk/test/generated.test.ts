import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { expect, it } from 'vitest';
import config, { sdkGenerates } from '../../../codegen.ts';

// The generated SDK is committed. Regenerating it from the committed schema and
// operations must give the same files: a schema or operation change without
// `npm run generate` fails here (and so in CI), not in a user's app.

const committedDir = fileURLToPath(new URL('../src/generated/', import.meta.url));

it('the committed src/generated/ is what codegen produces now', { timeout: 120_000 }, async () => {
  const freshDir = `${mkdtempSync(join(tmpdir(), 'planhub-sdk-codegen-'))}/`;
  try {
    await generate({ ...config, generates: sdkGenerates(freshDir) }, true);
    const fresh = readdirSync(freshDir).sort();
    // The client preset's files, the persisted-operation manifest and the runtime enums.
    expect(fresh).toEqual(expect.arrayContaining(['enums.ts', 'graphql.ts', 'persisted-documents.json']));
    expect(readdirSync(committedDir).sort(), 'files in src/generated/').toEqual(fresh);
    for (const file of fresh) {
      const committed = readFileSync(join(committedDir, file), 'utf8');
      // A message rather than a 1,000-line diff: the fix is always the same.
      if (committed !== readFileSync(join(freshDir, file), 'utf8')) {
        expect.fail(`packages/sdk/src/generated/${file} is stale: run \`npm run generate\` and commit the result.`);
      }
    }
  } finally {
    rmSync(freshDir, { recursive: true, force: true });
  }
});
