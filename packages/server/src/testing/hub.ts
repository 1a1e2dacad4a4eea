import type { AuthSettings } from '../auth/settings.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase } from '@planhub/db/client';
import { type DatabaseConfig, databaseConfigFromEnv } from '@planhub/db/config';
import { migrate } from '@planhub/db/migrate';
import { seed } from '@planhub/db/seed';
import { createTestDatabase } from '@planhub/db/testing/pg';
import { DerivedCache } from '../derived-cache.ts';
import { ReferenceCache } from '../reference-data.ts';
import { DEFAULT_HTTP } from '../http/settings.ts';
import { DEFAULT_LIMITS, type LimitSettings } from '../limits/settings.ts';
import { createLogger } from '../observability/logger.ts';
import { createPlanHubYoga } from '../yoga.ts';

/**
 * The limits tests run under: the defaults, without the per-client budget (its state would
 * differ between the apps a test compares). `relaxed` lets a test's deliberately heavy
 * operations through, for tests about something else (statement counts, executors).
 */
export const TEST_LIMITS: LimitSettings = { ...DEFAULT_LIMITS, rateLimit: { ...DEFAULT_LIMITS.rateLimit, enabled: false } };
export const RELAXED_LIMITS: LimitSettings = { ...TEST_LIMITS, maxCost: 100_000_000 };

/** The options every in-process test app shares: quiet logs, development's HTTP settings. */
export const testYogaOptions = (limits: LimitSettings = TEST_LIMITS) => ({ limits, http: DEFAULT_HTTP, logger: createLogger('silent') });

// A real database per test file: a SQLite file in a temp folder, or a PostgreSQL
// database created for the run and dropped after (PLANHUB_TEST_DATABASE picks).

export type TestProvider = 'sqlite' | 'postgresql';
export const testProvider: TestProvider = process.env.PLANHUB_TEST_DATABASE === 'postgresql' ? 'postgresql' : 'sqlite';

/**
 * Statements a request that hits every cache runs: the data version's row on PostgreSQL;
 * none on the embedded database, whose change counter says the version has not moved
 * (data-version.ts).
 */
export const CACHED_STATEMENTS = testProvider === 'sqlite' ? 0 : 1;

export interface GraphQLResponse<T> {
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string; [k: string]: unknown } }>;
}

export interface TestDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

/** An empty, migrated database of the provider under test. */
export async function createMigratedDatabase(): Promise<TestDatabase> {
  const base = databaseConfigFromEnv({});
  let config: DatabaseConfig;
  let drop: () => Promise<void>;
  if (testProvider === 'postgresql') {
    const pg = await createTestDatabase();
    config = { ...base, provider: 'postgresql', url: pg.url };
    drop = pg.drop;
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'planhub-test-'));
    config = { ...base, provider: 'sqlite', url: `file:${join(dir, 'hub.db')}` };
    drop = async () => rmSync(dir, { recursive: true, force: true });
  }
  await migrate(config);
  return { config, drop };
}

export interface TestHub {
  db: Database;
  yoga: ReturnType<typeof createPlanHubYoga>;
  /** The caches the hub's yoga keeps across requests, for their counters. */
  caches: { reference: ReferenceCache; derived: DerivedCache };
  exec<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** A second connection to the hub's database, for writes that do not pass through the server (closed with the hub). */
  writer(): Database;
  close(): Promise<void>;
}

/** A migrated database (seeded with the real data unless `seed: false`) behind the real yoga app, in process. */
export async function createTestHub(options: { seed?: boolean; limits?: LimitSettings; auth?: AuthSettings } = {}): Promise<TestHub> {
  const database = await createMigratedDatabase();
  const db = openDatabase(database.config, { logStatements: true });
  if (options.seed !== false) await seed(db.prisma);
  const caches = { reference: new ReferenceCache(db.prisma), derived: new DerivedCache() };
  const yoga = createPlanHubYoga({ db, caches, ...testYogaOptions(options.limits), ...(options.auth ? { auth: options.auth } : {}) });
  let writer: Database | undefined;
  return {
    db,
    yoga,
    caches,
    writer: () => (writer ??= openDatabase(database.config)),
    async exec(query, variables, headers = {}) {
      const response = await yoga.fetch('http://planhub.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    async close() {
      await yoga.dispose();
      await writer?.close();
      await db.close();
      await database.drop();
    },
  };
}

/** The data of a response that must have no errors. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  if (!response.data) throw new Error('no data');
  return response.data;
}

/**
 * Adds an indicator definition named `nameVi` and its series in the area of the first
 * seeded series, with that series' unit and its definition's sector (and direction
 * unless given). Search text and sort key are derived by the client.
 */
export async function addIndicator(db: Database, key: string, nameVi: string, direction?: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'RANK') {
  const template = await db.prisma.indicator.findFirstOrThrow({ orderBy: { id: 'asc' }, include: { definition: true } });
  const definition = await db.prisma.indicatorDefinition.create({
    data: {
      key,
      nameVi,
      sectorId: template.definition.sectorId,
      direction: direction ?? template.definition.direction,
      dimension: template.definition.dimension,
    },
  });
  return db.prisma.indicator.create({ data: { definitionId: definition.id, areaId: template.areaId, unitId: template.unitId } });
}

/** The seeded area's series of a definition (by their codes). */
export async function seriesOf(db: Database, code: string, area = 'bac-kan') {
  return db.prisma.indicator.findFirstOrThrow({ where: { definition: { key: code }, area: { key: area } } });
}

/**
 * Adds a source whose whole text is `text`, and that text as its one quote: a document
 * for facts a test writes (each result of a period needs a source of its own).
 */
export async function addSource(db: Database, key: string, text: string, options: { publishedOn?: string; kind?: 'REPORT' | 'RESOLUTION' | 'STATISTICAL_PUBLICATION' | 'SYNTHETIC' } = {}) {
  const source = await db.prisma.source.create({
    data: {
      key,
      kind: options.kind ?? 'REPORT',
      title: text,
      publisherName: 'UBND tỉnh',
      publishedOn: new Date(`${options.publishedOn ?? '2024-01-01'}T00:00:00.000Z`),
      datePrecision: 'DAY',
      language: 'vi',
      text,
    },
  });
  const quote = await db.prisma.quote.create({ data: { sourceId: source.id, text, start: 0, end: text.length } });
  return { source, quote };
}

/**
 * Deletes the facts (results, targets, solutions, their links and assignments) and keeps
 * the reference data they hang on (areas, plans, series, sources, agencies, people,
 * events): a database an import or an export's round trip can fill again.
 */
export async function deleteFacts(hub: TestHub): Promise<void> {
  const { prisma } = hub.writer();
  await prisma.targetRevision.deleteMany();
  await prisma.result.updateMany({ data: { supersedesId: null } });
  await prisma.result.deleteMany();
  await prisma.target.deleteMany();
  await prisma.assignment.deleteMany();
  await prisma.solutionIndicator.deleteMany();
  await prisma.solution.deleteMany();
}
