import { describe, expect, it } from 'vitest';
import { newMigration } from '../src/new-migration.ts';
import { PROVIDERS } from './helpers.ts';

// The migrations are written partly by hand (data carried over, CHECK constraints,
// triggers): replayed into a shadow database, they must build exactly what
// prisma/schema.prisma describes, so the next `npm run db:migration` starts from the
// truth. On PostgreSQL the engine describes the shadow database's CHECK constraints,
// which works only through engine.ts's reading of "char" columns (R27).

describe.each(PROVIDERS)('the %s migrations', (provider) => {
  it('R27 @prisma/schema-engine-wasm (and R16): build exactly the schema, CHECK constraints and all, so a new migration would be empty', async () => {
    const [result] = await newMigration('drift_check', { providers: [provider], dryRun: true });
    expect(result!.script).toBe('');
  });
});
