import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataVersion } from '../src/data-version.ts';
import { authSettingsFromEnv } from '../src/auth/settings.ts';
import { createTestHub, type TestHub } from '../src/testing/hub.ts';

// Identity-provider tokens: JWTs verified with `jose` against a key set this test serves
// on localhost, their claims mapped to a role and areas. A token that does not verify
// (another issuer, expired, signed by another key, without a role) is refused outright.

const ISSUER = 'https://id.bac-kan.test';
let hub: TestHub;
let jwks: Server;
let key: CryptoKey;
let strangerKey: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair('ES256');
  key = pair.privateKey;
  strangerKey = (await generateKeyPair('ES256')).privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
  jwks = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`;
  hub = await createTestHub({ auth: authSettingsFromEnv({ PLANHUB_JWT_ISSUER: ISSUER, PLANHUB_JWT_JWKS_URL: jwksUrl, PLANHUB_JWT_AUDIENCE: 'planhub' }) });
});
afterAll(async () => {
  await hub?.close();
  await new Promise((resolve) => jwks?.close(resolve));
});

function jwt(claims: Record<string, unknown>, options: { issuer?: string; expires?: string | number; signWith?: CryptoKey; audience?: string } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? 'planhub')
    .setSubject('nguyen.van.a@bac-kan.test')
    .setIssuedAt()
    .setExpirationTime(options.expires ?? '5m')
    .sign(options.signWith ?? key);
}

const CREATE_SOURCE = `mutation($input: CreateSourceInput!) { createSource(input: $input) { __typename ... on SourceWrite { change { actor actorKind } } ... on UserError { code message } } }`;
const source = (code: string) => ({ input: { code, kind: 'REPORT', title: 'Báo cáo', publisherName: 'UBND tỉnh', publishedOn: '2024', language: 'vi', text: 'Báo cáo.' } });

async function send(query: string, variables: object, bearer: string) {
  const response = await hub.yoga.fetch('http://planhub.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('identity-provider JWTs', () => {
  it('a verified editor JWT writes, and its subject is the actor in the audit trail', async () => {
    const sent = await send(CREATE_SOURCE, source('jwt-source'), await jwt({ planhub_role: 'editor', planhub_areas: ['bac-kan'] }));
    expect(sent.body.data?.createSource, JSON.stringify(sent.body)).toMatchObject({ __typename: 'SourceWrite', change: { actor: 'nguyen.van.a@bac-kan.test', actorKind: 'JWT' } });
  });

  it('a subject may name a person: anonymous readers of the audit trail see no actor, and cannot filter by it; signed-in readers see it', async () => {
    const query = `{ changes(filter: { actor: "nguyen.van.a@bac-kan.test" }, first: 5) { edges { node { actor actorKind } } } all: changes(first: 50) { edges { node { actor actorKind } } } }`;
    const anonymous = (await (await hub.yoga.fetch('http://planhub.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()) as any;
    expect(anonymous.data?.changes.edges, JSON.stringify(anonymous)).toEqual([]);
    const jwtChanges = anonymous.data.all.edges.filter((e: any) => e.node.actorKind === 'JWT');
    expect(jwtChanges.length).toBeGreaterThan(0);
    expect(jwtChanges.every((e: any) => e.node.actor === null)).toBe(true);
    const signedIn = await send(query, {}, await jwt({ planhub_role: 'editor', planhub_areas: ['bac-kan'] }));
    expect(signedIn.body.data.changes.edges[0].node).toEqual({ actor: 'nguyen.van.a@bac-kan.test', actorKind: 'JWT' });
  });

  it('an editor JWT of one area is FORBIDDEN another’s', async () => {
    const sent = await send(
      `mutation { retireTarget(input: { id: "${Buffer.from('Target:1').toString('base64')}", version: 1, reason: "x" }) { __typename } }`,
      {},
      await jwt({ planhub_role: 'editor', planhub_areas: 'tinh-khac' }),
    );
    expect(sent.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it.each([
    ['from another issuer', () => jwt({ planhub_role: 'admin' }, { issuer: 'https://evil.test' }), /"iss" claim/],
    ['for another audience', () => jwt({ planhub_role: 'admin' }, { audience: 'someone-else' }), /"aud" claim/],
    ['expired', () => jwt({ planhub_role: 'admin' }, { expires: Math.floor(Date.now() / 1000) - 60 }), /expired/],
    ['signed by another key', () => jwt({ planhub_role: 'admin' }, { signWith: strangerKey }), /signature/],
    ['without a PlanHub role', () => jwt({}), /no PlanHub role/],
    ['of an editor without areas', () => jwt({ planhub_role: 'editor' }), /names no area/],
  ])('a JWT %s is UNAUTHENTICATED, saying why, and writes nothing', async (_what, make, why) => {
    const before = await readDataVersion(hub.db.prisma);
    const sent = await send(CREATE_SOURCE, source('refused-source'), await make());
    expect(sent.status).toBe(401);
    expect(sent.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(sent.body.errors[0].message).toMatch(why);
    expect(await readDataVersion(hub.db.prisma)).toBe(before);
  });
});

describe('the settings', () => {
  it('refuse half a configuration and a JWKS address that is not a URL', () => {
    expect(() => authSettingsFromEnv({ PLANHUB_JWT_ISSUER: ISSUER })).toThrow(/both PLANHUB_JWT_ISSUER and PLANHUB_JWT_JWKS_URL/);
    expect(() => authSettingsFromEnv({ PLANHUB_JWT_ISSUER: ISSUER, PLANHUB_JWT_JWKS_URL: 'keys' })).toThrow(/not a URL/);
    expect(() => authSettingsFromEnv({ PLANHUB_READS_NEED_TOKEN: 'yes' })).toThrow(/true or false/);
  });
});
