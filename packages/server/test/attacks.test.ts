import { getIntrospectionQuery, getNamedType, type GraphQLField, type GraphQLObjectType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@planhub/db/client';
import { seed } from '@planhub/db/seed';
import { DEFAULT_HTTP } from '../src/http/settings.ts';
import { DEFAULT_LIMITS } from '../src/limits/settings.ts';
import { createLogger } from '../src/observability/logger.ts';
import { schema } from '../src/schema/index.ts';
import { createMigratedDatabase, type TestDatabase } from '../src/testing/hub.ts';
import { createPlanHubYoga, type PlanHubYoga } from '../src/yoga.ts';

// The endpoint as an attacker meets it, in production's settings (introspection and
// suggestions off). The hostile documents are built from the schema itself (its cycles,
// its connections, its root fields), so the suite keeps up as the schema grows. Every
// attack must get its coded refusal, and not one SQL statement may run for it.

let database: TestDatabase;
let db: Database;
let yoga: PlanHubYoga;

beforeAll(async () => {
  database = await createMigratedDatabase();
  db = openDatabase(database.config, { logStatements: true });
  await seed(db.prisma);
  yoga = createPlanHubYoga({
    db,
    limits: { ...DEFAULT_LIMITS, rateLimit: { ...DEFAULT_LIMITS.rateLimit, enabled: false } },
    http: { ...DEFAULT_HTTP, introspection: false, graphiql: false, corsOrigins: ['https://portal.example.vn'] },
    logger: createLogger('silent'),
  });
});
afterAll(async () => {
  await yoga?.dispose();
  await db?.close();
  await database?.drop();
});

interface Sent {
  status: number;
  headers: Headers;
  body: any;
  statements: number;
}

async function send(init: { method?: string; headers?: Record<string, string>; body?: string | Uint8Array; path?: string }): Promise<Sent> {
  db.statements.reset();
  const response = await yoga.fetch(`http://planhub.test${init.path ?? '/graphql'}`, {
    method: init.method ?? 'POST',
    // A body is JSON unless said otherwise; a GET has no content type, as a browser sends it.
    headers: { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
    body: init.body,
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {}
  return { status: response.status, headers: response.headers, body, statements: db.statements.count };
}

const post = (query: string, variables?: Record<string, unknown>) => send({ body: JSON.stringify({ query, variables }) });

/** The attack was refused with this code, and nothing reached the database. */
function refused(sent: Sent, code: string) {
  const codes = (sent.body?.errors ?? []).map((e: any) => e.extensions?.code);
  expect(codes, JSON.stringify(sent.body).slice(0, 400)).toContain(code);
  expect(sent.body?.data ?? null).toBeNull();
  expect(sent.statements, `statements for a refused ${code}`).toBe(0);
}

// ---------------------------------------------------------------------------------
// Documents built from the schema

const optionalArgs = (f: GraphQLField<unknown, unknown>) => f.args.every((a) => a.type.toString().endsWith('!') === false || a.defaultValue !== undefined);

/** The fields of `type` that return an object type and take only optional arguments. */
function objectFields(type: GraphQLObjectType) {
  return Object.values(type.getFields()).filter((f) => isObjectType(getNamedType(f.type)) && optionalArgs(f));
}

type Step = { field: string; type: string };

/**
 * A path of object fields (arguments all optional) from the root that comes back to a
 * type it passed (Indicator → targets … → indicator), found depth-first: the fields up to
 * the loop, and the loop. Relations come before connections, which nest through edges.
 */
function findCycle(): { lead: Step[]; loop: Step[] } {
  const walk = (type: GraphQLObjectType, path: Step[], onPath: string[]): { lead: Step[]; loop: Step[] } | null => {
    const fields = objectFields(type)
      .filter((f) => !f.name.startsWith('__'))
      .sort((a, b) => Number(getNamedType(a.type).name.endsWith('Connection')) - Number(getNamedType(b.type).name.endsWith('Connection')));
    for (const f of fields) {
      const to = getNamedType(f.type) as GraphQLObjectType;
      const step = { field: f.name, type: to.name };
      const seen = onPath.indexOf(to.name);
      if (seen >= 0) return { lead: path.slice(0, seen), loop: [...path.slice(seen), step] };
      if (path.length < 8) {
        const found = walk(to, [...path, step], [...onPath, to.name]);
        if (found) return found;
      }
    }
    return null;
  };
  const found = walk(schema.getQueryType()!, [], [schema.getQueryType()!.name]);
  if (!found) throw new Error('no cycle of object fields in the schema');
  return found;
}

/** `depth` fields from the root along the schema's first cycle: each with the type it returns. */
function deepChain(depth: number): Step[] {
  const { lead, loop } = findCycle();
  const chain = [...lead];
  while (chain.length < depth) chain.push(...loop);
  return chain.slice(0, depth);
}

/** A selection nested `depth` fields deep along the schema's cycle, with `__typename` at the bottom. */
function deepQuery(depth: number): string {
  const chain = deepChain(depth);
  return `{ ${chain.map((c) => `${c.field} {`).join(' ')} __typename ${'}'.repeat(chain.length)} }`;
}

/** The same nesting written as a chain of fragments, each one level. */
function deepQueryInFragments(depth: number): string {
  const chain = deepChain(depth);
  const fragments = chain.slice(1).map((c, i) => `fragment F${i} on ${chain[i]!.type} { ${c.field} { ${i + 2 < chain.length ? `...F${i + 1}` : '__typename'} } }`);
  return `{ ${chain[0]!.field} { ...F0 } } ${fragments.join(' ')}`;
}

/** Root connections nested through their nodes' connections, `levels` deep, each asking for `first`. */
function nestedConnections(levels: number, first: number): string {
  const connectionFields = (type: GraphQLObjectType) =>
    Object.values(type.getFields()).filter((f) => getNamedType(f.type).name.endsWith('Connection') && f.args.some((a) => a.name === 'first') && optionalArgs(f));
  const nodeType = (connection: GraphQLField<unknown, unknown>) => {
    const edge = getNamedType((getNamedType(connection.type) as GraphQLObjectType).getFields().edges!.type) as GraphQLObjectType;
    return getNamedType(edge.getFields().node!.type) as GraphQLObjectType;
  };
  // A root connection whose node type has a connection of its own, and so on.
  const build = (type: GraphQLObjectType, left: number): string | null => {
    if (left === 0) return '__typename';
    for (const field of connectionFields(type)) {
      const inner = build(nodeType(field), left - 1) ?? (left === 1 ? '__typename' : null);
      if (inner) return `${field.name}(first: ${first}) { edges { node { ${inner} } } }`;
    }
    return null;
  };
  const selection = build(schema.getQueryType()!, levels);
  if (!selection) throw new Error(`no ${levels} nested connections in the schema`);
  return `{ ${selection} }`;
}

/** A root field with no required arguments and a scalar field under it: cheap, for aliases and directives. */
function cheapRoot(): string {
  const query = schema.getQueryType()!;
  for (const f of Object.values(query.getFields())) {
    const named = getNamedType(f.type);
    if (!optionalArgs(f) || !isObjectType(named) || named.name.endsWith('Connection')) continue;
    const leaf = Object.values(named.getFields()).find((g) => !isObjectType(getNamedType(g.type)) && g.args.length === 0);
    if (leaf) return `${f.name} { ${leaf.name} }`;
  }
  throw new Error('no cheap root field');
}

// ---------------------------------------------------------------------------------

describe('depth, breadth and cost, before anything runs', () => {
  it('a selection nested along the schema’s cycles is QUERY_TOO_DEEP, with the limit and the depth found', async () => {
    for (const depth of [DEFAULT_LIMITS.maxDepth + 1, 100, 400]) {
      const sent = await post(deepQuery(depth));
      refused(sent, 'QUERY_TOO_DEEP');
      expect(sent.body.errors[0].extensions).toMatchObject({ limit: DEFAULT_LIMITS.maxDepth });
      expect(sent.body.errors[0].message).toMatch(new RegExp(`at most ${DEFAULT_LIMITS.maxDepth}`));
    }
  });

  it('nesting thousands deep never reaches the parser’s stack: the token limit stops it first', async () => {
    refused(await post(deepQuery(5000)), 'TOO_MANY_TOKENS');
  });

  it('nested connections priced at first × first × … are QUERY_TOO_COSTLY', async () => {
    const sent = await post(nestedConnections(4, 100));
    refused(sent, 'QUERY_TOO_COSTLY');
    expect(sent.body.errors[0].extensions.measured).toBeGreaterThan(100 ** 3);
    expect(sent.body.errors[0].extensions.limit).toBe(DEFAULT_LIMITS.maxCost);
  });

  it('an accepted operation reports its cost in extensions', async () => {
    const sent = await post(nestedConnections(2, 5));
    expect(sent.body.errors).toBeUndefined();
    expect(sent.body.extensions.cost).toMatchObject({ requested: expect.any(Number), limit: DEFAULT_LIMITS.maxCost });
    expect(sent.body.extensions.cost.requested).toBeGreaterThan(5);
  });

  it('one document is priced for each request’s variables, not once for all (the measure is remembered per variables)', async () => {
    const query = 'query Paged($first: Int!) { indicators(first: $first) { edges { node { targets(first: $first) { edges { node { id } } } } } } }';
    const cheap = await post(query, { first: 2 });
    expect(cheap.body.errors).toBeUndefined();
    const dearer = await post(query, { first: 50 });
    expect(dearer.body.errors).toBeUndefined();
    expect(dearer.body.extensions.cost.requested).toBeGreaterThan(cheap.body.extensions.cost.requested * 10);
    // Asked again with the first variables, the first price again.
    expect((await post(query, { first: 2 })).body.extensions.cost.requested).toBe(cheap.body.extensions.cost.requested);
  });

  it('the same connection aliased many times is priced for each alias', async () => {
    const chain = nestedConnections(3, 100).slice(1, -1);
    const aliased = `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: ${chain}`).join(' ')} }`;
    refused(await post(aliased), 'QUERY_TOO_COSTLY');
  });
});

describe('the document itself', () => {
  it('more aliases than allowed are TOO_MANY_ALIASES, saying the limit and the count', async () => {
    const root = cheapRoot();
    const sent = await post(`{ ${Array.from({ length: DEFAULT_LIMITS.maxAliases + 1 }, (_, i) => `x${i}: ${root}`).join(' ')} }`);
    refused(sent, 'TOO_MANY_ALIASES');
    expect(sent.body.errors[0].message).toMatch(new RegExp(`${DEFAULT_LIMITS.maxAliases}.*${DEFAULT_LIMITS.maxAliases + 1}`));
    refused(await post(`{ ${Array.from({ length: 10_000 }, (_, i) => `x${i}: ${root}`).join(' ')} }`), 'TOO_MANY_TOKENS');
  });

  it('more tokens than allowed are TOO_MANY_TOKENS before the whole document is parsed', async () => {
    const sent = await post(`{ ${'__typename '.repeat(DEFAULT_LIMITS.maxTokens + 10)} }`);
    refused(sent, 'TOO_MANY_TOKENS');
    expect(sent.body.errors[0].extensions.limit).toBe(DEFAULT_LIMITS.maxTokens);
  });

  it('more directives than allowed are TOO_MANY_DIRECTIVES', async () => {
    refused(await post(`{ ${cheapRoot().replace(' {', ` ${'@include(if: true) '.repeat(DEFAULT_LIMITS.maxDirectives + 1)}{`)} }`), 'TOO_MANY_DIRECTIVES');
  });

  it('fragments that spread each other are refused by validation; fragments do not hide depth', async () => {
    const cyclic = await post(`{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`);
    expect(cyclic.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(cyclic.statements).toBe(0);
    refused(await post(deepQueryInFragments(DEFAULT_LIMITS.maxDepth + 5)), 'QUERY_TOO_DEEP');
  });

  it('a batch of operations in one request is refused (batching is off)', async () => {
    const sent = await send({ body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]) });
    expect(sent.status).toBeGreaterThanOrEqual(400);
    expect(sent.statements).toBe(0);
  });
});

describe('what the schema reveals', () => {
  it('introspection is INTROSPECTION_DISABLED in production', async () => {
    refused(await post(getIntrospectionQuery()), 'INTROSPECTION_DISABLED');
    refused(await post('{ __type(name: "Plan") { fields { name } } }'), 'INTROSPECTION_DISABLED');
  });

  it('a misspelt field gets no "Did you mean" suggestion', async () => {
    const sent = await post('{ indicatrs { totalCount } }');
    expect(sent.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(sent.body.errors[0].message).not.toMatch(/Did you mean/);
    expect(sent.statements).toBe(0);
  });
});

describe('HTTP', () => {
  it('a body larger than the limit is BODY_TOO_LARGE (413) without being read (one of unknown length: http.test.ts)', async () => {
    const big = JSON.stringify({ query: `{ __typename } # ${'x'.repeat(DEFAULT_LIMITS.maxBodyBytes)}` });
    const sent = await send({ body: big, headers: { 'content-length': String(Buffer.byteLength(big)) } });
    expect(sent.status).toBe(413);
    expect(sent.body.errors[0]).toMatchObject({ extensions: { code: 'BODY_TOO_LARGE', limit: DEFAULT_LIMITS.maxBodyBytes } });
    expect(sent.statements).toBe(0);
  });

  it('malformed bodies get a 4xx, a document that does not parse GRAPHQL_PARSE_FAILED, and nothing runs', async () => {
    for (const body of ['{"query": ', '"just a string"', '{"query": 42}', '[]', 'null']) {
      const sent = await send({ body });
      expect(sent.status, body).toBeGreaterThanOrEqual(400);
      expect(sent.status, body).toBeLessThan(500);
      expect(sent.body.errors?.length, body).toBeGreaterThan(0);
      expect(sent.statements, body).toBe(0);
    }
    const unparsable = await post('{ __typename');
    expect(unparsable.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(unparsable.statements).toBe(0);
  });

  it('CSRF: a cross-site form post or a plain GET is refused; with the SDK’s header a GET runs', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const sent = await send({ body: 'query=%7B__typename%7D', headers: { 'content-type': type } });
      expect(sent.status, type).toBe(403);
      expect(sent.body.errors[0].extensions.code).toBe('CSRF_HEADER_MISSING');
      expect(sent.statements).toBe(0);
    }
    const get = await send({ method: 'GET', path: '/graphql?query=%7B__typename%7D', headers: {} });
    expect(get.status).toBe(403);
    const withHeader = await send({ method: 'GET', path: '/graphql?query=%7B__typename%7D', headers: { 'x-planhub-csrf': '1' } });
    expect(withHeader.body).toMatchObject({ data: { __typename: 'Query' } });
  });

  it('CORS answers allowed origins only, and never allows credentials unless configured', async () => {
    const preflight = (origin: string) =>
      send({ method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const allowed = await preflight('https://portal.example.vn');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://portal.example.vn');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const evil = await send({ body: JSON.stringify({ query: '{ __typename }' }), headers: { origin: 'https://evil.example' } });
    expect(evil.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    expect(evil.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('every answer carries security headers', async () => {
    const sent = await post('{ __typename }');
    expect(sent.headers.get('x-content-type-options')).toBe('nosniff');
    expect(sent.headers.get('x-frame-options')).toBe('DENY');
    expect(sent.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(sent.headers.get('referrer-policy')).toBe('no-referrer');
  });
});

describe('text in arguments', () => {
  it('%, _ and \\ in text filters and search are taken literally', async () => {
    const search = async (text: string) => (await post(`query($t: String!) { search(text: $t) { totalCount } indicators(filter: { text: $t }) { totalCount } }`, { t: text })).body.data;
    for (const text of ['%%', '__', '%_', '\\\\%']) {
      expect(await search(text), text).toEqual({ search: { totalCount: 0 }, indicators: { totalCount: 0 } });
    }
    // Ordinary text still matches, diacritics ignored.
    expect((await search('tang truong')).search.totalCount).toBeGreaterThan(0);
  });

  it('a NUL character or a broken surrogate, anywhere, is INVALID_ARGUMENT before anything runs', async () => {
    refused(await post(`query($t: String!) { search(text: $t) { totalCount } }`, { t: 'tang\u0000truong' }), 'INVALID_ARGUMENT');
    refused(await post(`query($c: String!) { plan(code: $c) { id } }`, { c: 'bac-kan\uD800' }), 'INVALID_ARGUMENT');
    refused(await post(`{ indicators(filter: { text: "ab\\u0000cd" }) { totalCount } }`), 'INVALID_ARGUMENT');
    refused(await post(`query($f: IndicatorFilter) { indicators(filter: $f) { totalCount } }`, { f: { text: 'x\u0000y' } }), 'INVALID_ARGUMENT');
  });
});
