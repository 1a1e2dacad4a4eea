import { afterEach, describe, expect, it } from 'vitest';
import { createClient, PlanHubError } from '../src/client.ts';
import { GetIndicatorDocument, ListIndicatorsDocument, TypedDocumentString } from '../src/generated/graphql.ts';
import { node } from '../src/node.ts';
import { paginate } from '../src/paginate.ts';
import { sendJson, startStub, unusedUrl } from './harness.ts';

// Every failure reaches the caller as a PlanHubError with a code. HTTP is the behaviour
// here, so these run against tiny real servers on 127.0.0.1 that misbehave on purpose.

const stubs: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(stubs.splice(0).map((s) => s.close()));
});
async function stub(handler: Parameters<typeof startStub>[0]) {
  const s = await startStub(handler);
  stubs.push(s);
  return s;
}

const ok = { data: { indicator: { code: 'x' } } };
const fast = { retries: 3, minDelayMs: 1, maxDelayMs: 5 };

async function failure(promise: Promise<unknown>): Promise<PlanHubError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a PlanHubError');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlanHubError);
  return error as PlanHubError;
}

describe('errors', () => {
  it('server down: NETWORK_ERROR with the cause', async () => {
    const client = createClient({ url: await unusedUrl() });
    const error = await failure(client.request(GetIndicatorDocument, { area: 'bac-kan', code: 'x' }));
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.status).toBeUndefined();
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.name).toBe('PlanHubError');
  });

  it('HTTP 500 with an HTML page: HTTP_ERROR with the status', async () => {
    const server = await stub((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/html' });
      res.end('<h1>Internal Server Error</h1>');
    });
    const error = await failure(createClient({ url: server.url }).request(GetIndicatorDocument, { area: 'bac-kan', code: 'x' }));
    expect(error).toMatchObject({ code: 'HTTP_ERROR', status: 500 });
    expect(error.message).toContain('500');
  });

  it('a GraphQL error: its code, message, path and partial data', async () => {
    const server = await stub((_req, res) =>
      sendJson(res, 200, {
        data: { indicator: null },
        errors: [
          { message: 'No indicator has the code "x".', path: ['indicator'], extensions: { code: 'NOT_FOUND' } },
          { message: 'second', extensions: { code: 'INVALID_ARGUMENT' } },
        ],
      }),
    );
    const error = await failure(createClient({ url: server.url }).request(GetIndicatorDocument, { area: 'bac-kan', code: 'x' }));
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'No indicator has the code "x".', path: ['indicator'], status: 200, data: { indicator: null } });
    expect(error.errors).toHaveLength(2);
  });

  it('a masked error without a code: GRAPHQL_ERROR', async () => {
    const server = await stub((_req, res) => sendJson(res, 200, { data: null, errors: [{ message: 'Unexpected error.' }] }));
    const error = await failure(createClient({ url: server.url }).request(GetIndicatorDocument, { area: 'bac-kan', code: 'x' }));
    expect(error).toMatchObject({ code: 'GRAPHQL_ERROR', message: 'Unexpected error.' });
  });

  it('malformed JSON: INVALID_RESPONSE with the syntax error as cause', async () => {
    const server = await stub((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data": {"indicator": ');
    });
    const error = await failure(createClient({ url: server.url }).request(GetIndicatorDocument, { area: 'bac-kan', code: 'x' }));
    expect(error).toMatchObject({ code: 'INVALID_RESPONSE', status: 200 });
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it('JSON that is not a GraphQL result: INVALID_RESPONSE', async () => {
    const server = await stub((_req, res) => sendJson(res, 200, { hello: 'world' }));
    expect((await failure(createClient({ url: server.url }).request(GetIndicatorDocument, { area: 'bac-kan', code: 'x' }))).code).toBe('INVALID_RESPONSE');
  });

  it('an aborted signal: ABORTED, whether before or during the request', async () => {
    const server = await stub(() => {
      /* never answers */
    });
    const client = createClient({ url: server.url });
    const before = AbortSignal.abort();
    expect((await failure(client.request(GetIndicatorDocument, { area: 'bac-kan', code: 'x' }, { signal: before }))).code).toBe('ABORTED');
    expect(server.requests).toBe(0);

    const controller = new AbortController();
    const pending = client.request(GetIndicatorDocument, { area: 'bac-kan', code: 'x' }, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('page left')), 50);
    const error = await failure(pending);
    expect(error.code).toBe('ABORTED');
    expect(error.message).toContain('page left');

    const timedOut = createClient({ url: server.url, signal: AbortSignal.timeout(50) });
    expect((await failure(timedOut.request(GetIndicatorDocument, { area: 'bac-kan', code: 'x' }))).code).toBe('ABORTED');
  });

  it('a cursor that does not advance stops paging with INVALID_RESPONSE', async () => {
    const server = await stub((_req, res) =>
      sendJson(res, 200, { data: { indicators: { totalCount: 9, pageInfo: { hasNextPage: true, endCursor: 'same' }, edges: [{ cursor: 'same', node: { code: 'a' } }] } } }),
    );
    const seen: string[] = [];
    const error = await failure(
      (async () => {
        for await (const indicator of paginate(createClient({ url: server.url }), ListIndicatorsDocument, { first: 1 })) seen.push(indicator.code);
      })(),
    );
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(seen).toEqual(['a', 'a']);
    expect(server.requests).toBe(2);
  });
});

describe('retries', () => {
  it('are off by default: one 503 fails at once', async () => {
    const server = await stub((_req, res) => sendJson(res, 503, { errors: [{ message: 'down', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }));
    const error = await failure(createClient({ url: server.url }).request(GetIndicatorDocument, { area: 'bac-kan', code: 'x' }));
    expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503 });
    expect(server.requests).toBe(1);
  });

  it('retry a read on 503, then succeed', async () => {
    const server = await stub((_req, res, _body, n) => (n < 3 ? sendJson(res, 503, { errors: [{ message: 'busy' }] }) : sendJson(res, 200, ok)));
    const data = await createClient({ url: server.url, retries: fast }).request(GetIndicatorDocument, { area: 'bac-kan', code: 'x' });
    expect(data).toEqual(ok.data);
    expect(server.requests).toBe(3);
  });

  it('retry on 429 after the server’s Retry-After, and on SERVICE_UNAVAILABLE errors', async () => {
    const server = await stub((_req, res, _body, n) => {
      if (n === 1) sendJson(res, 429, { errors: [{ message: 'slow down' }] }, { 'retry-after': '0' });
      else if (n === 2) sendJson(res, 200, { data: null, errors: [{ message: 'db down', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
      else sendJson(res, 200, ok);
    });
    expect(await createClient({ url: server.url }).request(GetIndicatorDocument, { area: 'bac-kan', code: 'x' }, { retries: fast })).toEqual(ok.data);
    expect(server.requests).toBe(3);
  });

  it('retry network errors and give up after the last try', async () => {
    let calls = 0;
    const client = createClient({
      url: 'http://127.0.0.1:9/graphql',
      retries: { retries: 2, minDelayMs: 1 },
      fetch: async () => {
        calls++;
        throw new TypeError('fetch failed');
      },
    });
    expect((await failure(client.request(GetIndicatorDocument, { area: 'bac-kan', code: 'x' }))).code).toBe('NETWORK_ERROR');
    expect(calls).toBe(3);
  });

  it('never retry a mutation', async () => {
    const server = await stub((_req, res) => sendJson(res, 503, { errors: [{ message: 'busy' }] }));
    const mutation = new TypedDocumentString<{ touch: boolean }, Record<string, never>>('# a comment: query\nmutation Touch { touch }');
    await failure(createClient({ url: server.url, retries: fast }).request(mutation));
    expect(server.requests).toBe(1);
  });

  it('stop when aborted during the backoff', async () => {
    const server = await stub((_req, res) => sendJson(res, 503, { errors: [{ message: 'busy' }] }));
    const client = createClient({ url: server.url, retries: { retries: 5, minDelayMs: 10_000 } });
    const error = await failure(client.request(GetIndicatorDocument, { area: 'bac-kan', code: 'x' }, { signal: AbortSignal.timeout(100) }));
    expect(error.code).toBe('ABORTED');
    expect(server.requests).toBe(1);
  });
});

describe('headers', () => {
  it('sends JSON, the token, the language and custom headers, later ones winning', async () => {
    let seen: Record<string, unknown> = {};
    let body: unknown;
    const server = await stub((req, res, raw) => {
      seen = req.headers;
      body = JSON.parse(raw);
      sendJson(res, 200, ok);
    });
    const client = createClient({ url: server.url, token: async () => 't0k3n', lang: 'en', headers: { 'X-App': 'dashboard', 'Accept-Language': 'vi' } });
    await client.request(GetIndicatorDocument, { area: 'bac-kan', code: 'afforestation-area' }, { headers: { 'x-app': 'report' } });
    expect(seen).toMatchObject({
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      authorization: 'Bearer t0k3n',
      'accept-language': 'vi',
      'x-app': 'report',
      'x-planhub-csrf': '1',
    });
    // The SDK's own documents go by their persisted hash (the text only if the server does not know it).
    expect(body).toEqual({
      variables: { area: 'bac-kan', code: 'afforestation-area' },
      extensions: { persistedQuery: { version: 1, sha256Hash: (GetIndicatorDocument as unknown as { __meta__: { hash: string } }).__meta__.hash } },
    });
  });
});

describe('node', () => {
  it('a server that answers null without an error still gives NOT_FOUND, never null', async () => {
    const server = await stub((_req, res) => sendJson(res, 200, { data: { node: null } }));
    const error = await failure(node(createClient({ url: server.url }), 'UGxhbjox'));
    expect(error).toMatchObject({ code: 'NOT_FOUND', path: ['node'], data: { node: null } });
  });
});
