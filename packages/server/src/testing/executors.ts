import { loadCompiler } from '../compiled-execution.ts';
import { createPlanHubYoga } from '../yoga.ts';
import { createTestHub, RELAXED_LIMITS, testYogaOptions, type TestHub } from './hub.ts';

// For tests that hold graphql-jit (PlanHub's default executor) to graphql-js's answers:
// one seeded database behind two yoga apps, one per executor.

export interface Run {
  body: unknown;
  /** The response's bytes: field order included. */
  text: string;
  statements: number;
}

export interface Executors {
  hub: TestHub;
  /** The query run by each executor, twice (warm: reference data in memory, totals remembered; compiled from the second run): the second run's answer and statements. */
  both(query: string, variables?: Record<string, unknown>, operationName?: string): Promise<{ compiled: Run; interpreted: Run }>;
  close(): Promise<void>;
}

export async function createExecutors(): Promise<Executors> {
  await loadCompiler();
  const hub = await createTestHub();
  // Relaxed limits: the operations compared are deliberately heavy.
  const compiled = createPlanHubYoga({ db: hub.db, ...testYogaOptions(RELAXED_LIMITS) });
  const interpreted = createPlanHubYoga({ db: hub.db, jit: false, ...testYogaOptions(RELAXED_LIMITS) });
  const run = async (yoga: ReturnType<typeof createPlanHubYoga>, query: string, variables: Record<string, unknown> = {}, operationName?: string): Promise<Run> => {
    const send = async () => {
      const response = await yoga.fetch('http://planhub.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables, operationName }),
      });
      return response.text();
    };
    await send();
    hub.db.statements.reset();
    const text = await send();
    return { body: JSON.parse(text), text, statements: hub.db.statements.count };
  };
  return {
    hub,
    both: async (query, variables, operationName) => ({
      compiled: await run(compiled, query, variables, operationName),
      interpreted: await run(interpreted, query, variables, operationName),
    }),
    close: () => hub.close(),
  };
}
