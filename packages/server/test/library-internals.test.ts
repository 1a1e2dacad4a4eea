import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, execute, type GraphQLResolveInfo, parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { inlineFragments } from '../src/compiled-execution.ts';
import { readFile } from '../src/import/files.ts';
import { createExecutors, type Executors } from '../src/testing/executors.ts';
import { dataOf } from '../src/testing/hub.ts';

// PlanHub relies on a few libraries' undocumented behaviour (README, "Reliances on library
// internals"). Each such library is pinned to an exact version, and each reliance has a
// test here, named after it, that fails when an upgrade changes the behaviour. The first
// test keeps the README's table true: versions installed as pinned, and every guarding
// test present.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface Reliance {
  id: string;
  library: string;
  version: string;
  guard: { file: string; test: string };
}

/** The README's table of reliances: `| R1 | `lib` version | … | `file` › "test" |`. */
function reliancesInReadme(): Reliance[] {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const section = readme.slice(readme.indexOf('### Reliances on library internals'));
  const rows = [...section.matchAll(/^\| (R\d+) \| `([^`]+)` ([\w.-]+) \|.*\| `([^`]+)` › "([^"]+)" \|$/gm)];
  return rows.map(([, id, library, version, file, test]) => ({ id: id!, library: library!, version: version!, guard: { file: file!, test: test! } }));
}

/** The installed package's folder, as Node would find it from the workspaces (its `exports` may hide package.json). */
function packageDir(library: string): string {
  for (const base of ['', 'packages/server/', 'packages/db/', 'packages/sdk/']) {
    const dir = `${ROOT}${base}node_modules/${library}/`;
    if (existsSync(`${dir}package.json`)) return dir;
  }
  throw new Error(`${library} is not installed`);
}

const installedVersion = (library: string): string => JSON.parse(readFileSync(`${packageDir(library)}package.json`, 'utf8')).version;

describe('the README lists every reliance, pinned, with its guard', () => {
  const reliances = reliancesInReadme();

  it('has the table', () => {
    expect(reliances.length).toBeGreaterThanOrEqual(15);
    expect(new Set(reliances.map((r) => r.id)).size).toBe(reliances.length);
  });

  it('each library is installed at the version pinned, and declared exactly where it is a dependency', () => {
    const manifests = ['package.json', 'packages/server/package.json', 'packages/db/package.json', 'packages/sdk/package.json'].map(
      (f) => JSON.parse(readFileSync(`${ROOT}${f}`, 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string>; overrides?: Record<string, string> },
    );
    for (const r of reliances) {
      expect(installedVersion(r.library), `${r.id} ${r.library}`).toBe(r.version);
      for (const m of manifests) {
        const declared = m.dependencies?.[r.library] ?? m.devDependencies?.[r.library] ?? m.overrides?.[r.library];
        if (declared !== undefined) expect(declared, `${r.id} ${r.library} in a package.json`).toBe(r.version);
      }
    }
  });

  it('each guarding test exists under its name', () => {
    for (const r of reliances) {
      const file = `${ROOT}${r.guard.file}`;
      expect(existsSync(file), `${r.id}: ${r.guard.file}`).toBe(true);
      expect(readFileSync(file, 'utf8'), `${r.id}: "${r.guard.test}" in ${r.guard.file}`).toContain(r.guard.test);
    }
  });
});

describe('graphql-js and graphql-jit', () => {
  const schema = buildSchema('type Query { a: String b: String c: String child: Child boom: String } type Child { x: String }');
  const rootValue = { a: 'a', b: 'b', c: 'c' };

  it('R2 graphql-js and graphql-jit: a fresh, unfrozen info object for every resolver call', async () => {
    const infos: GraphQLResolveInfo[] = [];
    const resolvers = {
      Query: { child: (_: unknown, __: unknown, ___: unknown, info: GraphQLResolveInfo) => (infos.push(info), {}) },
      Child: { x: (_: unknown, __: unknown, ___: unknown, info: GraphQLResolveInfo) => (infos.push(info), 'x') },
    };
    const withResolvers = buildSchema('type Query { child: Child } type Child { x: String }');
    (withResolvers.getQueryType()!.getFields().child!.resolve as unknown) = resolvers.Query.child;
    ((withResolvers.getType('Child') as any).getFields().x.resolve as unknown) = resolvers.Child.x;
    const document = parse('{ one: child { x } two: child { x } }');
    await execute({ schema: withResolvers, document });
    const compiled = compileQuery(withResolvers, document);
    if (!isCompiledQuery(compiled)) throw new Error('not compiled');
    await compiled.query({}, {}, {});
    expect(infos.length).toBe(8);
    expect(new Set(infos).size).toBe(8);
    for (const info of infos) expect(Object.isFrozen(info)).toBe(false);
  });

  it("R3 graphql-jit 0.8.7: a selection's own fields first, then its fragments last to first", async () => {
    const document = parse('{ a ...F b ...G } fragment F on Query { c } fragment G on Query { boom }');
    const compiled = compileQuery(schema, document);
    if (!isCompiledQuery(compiled)) throw new Error('not compiled');
    const result = (await compiled.query({ ...rootValue, boom: 'boom' }, {}, {})) as { data: object };
    // graphql-js's (and the spec's) order would be a, c, b, boom.
    expect(Object.keys(result.data)).toEqual(['a', 'b', 'boom', 'c']);
    // Inlined first, as PlanHub does, it answers in the order written.
    const inlined = compileQuery(schema, inlineFragments(schema, document));
    if (!isCompiledQuery(inlined)) throw new Error('not compiled');
    expect(Object.keys(((await inlined.query({ ...rootValue, boom: 'boom' }, {}, {})) as { data: object }).data)).toEqual(['a', 'c', 'b', 'boom']);
  });

  it('R4 graphql-jit 0.8.7: its errors carry locations but no nodes or positions', async () => {
    const document = parse('{ a boom }');
    const compiled = compileQuery(schema, document);
    if (!isCompiledQuery(compiled)) throw new Error('not compiled');
    const result = (await compiled.query({ a: 'a', boom: () => { throw new Error('boom'); } }, {}, {})) as { errors: any[] };
    expect(result.errors[0].locations).toEqual([{ line: 1, column: 5 }]);
    expect(result.errors[0].nodes).toBeUndefined();
    expect(result.errors[0].positions).toBeUndefined();
  });

  it('R5 graphql-yoga 5.24.1: a result with an enumerable `stringify` is written with it', async () => {
    const yoga = createYoga({
      schema: buildSchema('type Query { a: String }'),
      plugins: [{ onExecute: () => ({ onExecuteDone: ({ result, setResult }: { result: unknown; setResult(r: unknown): void }) => setResult(Object.assign({ ...(result as object) }, { stringify: () => '{"data":{"a":"from stringify"}}' })) }) }],
    });
    const response = await yoga.fetch('http://x/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ a }' }) });
    expect(await response.text()).toBe('{"data":{"a":"from stringify"}}');
  });
});

describe('Pothos and Yoga, through the PlanHub schema', () => {
  let executors: Executors;
  beforeAll(async () => {
    executors = await createExecutors();
  });
  afterAll(() => executors?.close());

  it("R1 @pothos/plugin-prisma 4.17.0 and @pothos/selection-mapper 0.1.0: a parent's loaded relations are found by info.path identity (so graphql-jit, with stable paths, sends graphql-js's statements)", async () => {
    const query = `{ plan(code: "bac-kan-ktxh-2024") { targets(first: 20) { edges { node { indicator { assignments { agency { name } } solutionLinks { solution { assignments { role } } } } } } } } }`;
    const r = await executors.both(query);
    expect(r.compiled.text).toBe(r.interpreted.text);
    expect(r.compiled.statements).toBe(r.interpreted.statements);
  });

  it('R8 @pothos/plugin-prisma 4.17.0: a connection cursor is base64 of `GPC:N:<id>`', async () => {
    const { indicators } = dataOf(await executors.hub.exec(`{ indicators(first: 2) { edges { cursor node { id } } } }`));
    for (const e of indicators.edges) {
      const id = Buffer.from(e.node.id, 'base64').toString().split(':')[1];
      expect(Buffer.from(e.cursor, 'base64').toString()).toBe(`GPC:N:${id}`);
    }
  });

  it('R9 @pothos/plugin-prisma 4.17.0: `maxSize(args)` is called before the connection resolves (page size and cursor checked before any SQL)', async () => {
    const { hub } = executors;
    await hub.exec(`{ indicators(first: 1) { totalCount } }`); // reference data and version in hand
    for (const args of ['first: 101', 'after: "bm9wZQ=="']) {
      hub.db.statements.reset();
      const res = await hub.exec(`{ indicators(${args}) { edges { node { code } } } }`);
      expect(res.errors?.[0]?.extensions?.code, args).toMatch(/PAGE_SIZE_OUT_OF_RANGE|INVALID_CURSOR/);
      expect(hub.db.statements.log.filter((s) => /FROM\s+\S*Indicator\b/.test(s)), args).toEqual([]);
    }
  });

  it('R10 @pothos/plugin-prisma 4.17.0: a connection and its totalCount get the same args object (the filter is evaluated once)', async () => {
    const { hub } = executors;
    const query = `{ indicators(filter: { sector: "economy" }, first: 5) { totalCount edges { node { code } } } }`;
    await hub.exec(query);
    hub.db.statements.reset();
    dataOf(await hub.exec(query));
    // The sector code is checked once, not once for the page and once for the total.
    expect(hub.db.statements.log.filter((s) => /FROM\s+\S*Sector\b/.test(s)).length).toBe(1);
  });

  it('R11 @pothos/plugin-prisma 4.17.0: a related connection hands totalCount its edges, pageInfo, parent and args', async () => {
    const { plan } = dataOf(await executors.hub.exec(`{ plan(code: "bac-kan-ktxh-2024") { whole: targets(first: 100) { totalCount } part: targets(first: 2) { totalCount edges { cursor } } main: targets(first: 1, mainOnly: true) { totalCount } } }`));
    const targets = await executors.hub.db.prisma.target.count({ where: { plan: { key: 'bac-kan-ktxh-2024' } } });
    expect(plan.whole.totalCount).toBe(targets);
    expect(plan.part.totalCount).toBe(targets);
    expect(plan.main.totalCount).toBe(await executors.hub.db.prisma.target.count({ where: { plan: { key: 'bac-kan-ktxh-2024' }, isMain: true } }));
  });

  it('R12 @pothos/plugin-relay 4.8.1: a negative page size is refused with the message "Argument "first" must be a non-negative integer"', async () => {
    const relay = readFileSync(`${packageDir('@pothos/plugin-relay')}esm/utils/connections.js`, 'utf8');
    expect(relay).toContain(`'Argument "first" must be a non-negative integer'`);
    expect(relay).toContain(`'Argument "last" must be a non-negative integer'`);
    const res = await executors.hub.exec(`{ plan(code: "bac-kan-ktxh-2024") { targets(last: -1) { totalCount } } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'PAGE_SIZE_OUT_OF_RANGE', argument: 'last' });
  });
});

describe('the test runner', () => {
  it('R21 vitest 4.1.12: with the alias in vitest.config.ts, tests and the libraries they load share one graphql module', async () => {
    const { GraphQLObjectType } = await import('graphql');
    const { schema } = await import('../src/schema/index.ts');
    expect(schema.getType('Plan')).toBeInstanceOf(GraphQLObjectType);
  });
});

describe('ExcelJS', () => {
  it('R31 exceljs 4.4.0: its streaming reader names each sheet, reads its shared strings and tells its dates, from parts re-ordered for it, every time', async () => {
    // ExcelJS writes the workbook part last: sent as it lies, its streaming reader loses it on some runs (its sheets then fail).
    const book = new ExcelJS.Workbook();
    for (const name of ['Nguồn', 'Kết quả', 'Chỉ tiêu', 'targets']) {
      const sheet = book.addWorksheet(name);
      sheet.addRow(['code', 'on']);
      sheet.addRow([`${name} 1`, new Date(Date.UTC(2024, 11, 20))]).getCell(2).numFmt = 'dd/mm/yyyy';
    }
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    for (let run = 0; run < 30; run++) {
      const read: unknown[] = [];
      for await (const sheet of readFile(bytes, 'xlsx', undefined)) for await (const row of sheet.rows) read.push([sheet.name, ...row.cells]);
      expect(read, `run ${run}`).toEqual(['Nguồn', 'Kết quả', 'Chỉ tiêu', 'targets'].map((name) => [name, `${name} 1`, new Date(Date.UTC(2024, 11, 20))]));
    }
  });
});
