// Writes the SDL the SDK is generated from. `--check` fails when the committed file
// is stale instead of writing it (CI uses the test in test/schema.test.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from '../schema/index.ts';
import { SCHEMA_FILE } from '../schema-file.ts';

const sdl = `${printSchema(lexicographicSortSchema(schema))}\n`;
const current = (() => {
  try {
    return readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    return null;
  }
})();
if (process.argv.includes('--check')) {
  if (current !== sdl) {
    console.error(`${SCHEMA_FILE} is stale: run \`npm run generate\` and commit it.`);
    process.exit(1);
  }
} else if (current !== sdl) {
  writeFileSync(SCHEMA_FILE, sdl);
  console.log(`wrote ${SCHEMA_FILE}`);
}
