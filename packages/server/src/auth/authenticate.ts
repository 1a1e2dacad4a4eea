import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import type { Db } from '@planhub/db/client';
import { ANONYMOUS, type Authentication, type AuthFailure } from './principal.ts';
import type { AuthSettings, JwtSettings } from './settings.ts';
import { hashSecret, TOKEN_PREFIX, type TokenRole } from './tokens.ts';

// Credentials come as `Authorization: Bearer <secret>`: an API token (`phk_…`), or, where
// an identity provider is configured, its JWT (verified with `jose` against the
// provider's published keys). A request without credentials is anonymous; one with
// credentials that do not check out is refused outright, whatever it asks, so a client
// never mistakes a broken token for a working one.

/** Using a token is recorded at most once a minute: a write per request would serialise readers. */
const LAST_USED_GRANULARITY_MS = 60_000;
const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

const fail = (reason: AuthFailure['reason'], message: string): Authentication => ({ principal: null, failure: { reason, message } });

export class Authenticator {
  readonly #jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

  constructor(
    private readonly prisma: Db,
    private readonly settings: AuthSettings,
    /** Where the token's last use is written (Database.writer): on the embedded database, after any write in progress, never on the readers' connection. */
    private readonly writer: Db = prisma,
  ) {
    this.#jwks = settings.jwt ? createRemoteJWKSet(new URL(settings.jwt.jwksUrl)) : undefined;
  }

  async authenticate(header: string | null, now = new Date()): Promise<Authentication> {
    if (header === null) return ANONYMOUS;
    const m = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
    if (!m) return fail('MALFORMED', 'Send credentials as "Authorization: Bearer <token>".');
    const secret = m[1]!;
    if (secret.startsWith(TOKEN_PREFIX)) return this.#apiToken(secret, now);
    if (JWT_SHAPE.test(secret)) return this.#jwt(secret);
    return fail('MALFORMED', `The bearer token is neither a PlanHub API token (it starts with "${TOKEN_PREFIX}") nor a JWT.`);
  }

  async #apiToken(secret: string, now: Date): Promise<Authentication> {
    const token = await this.prisma.apiToken.findUnique({ where: { hash: hashSecret(secret) } });
    if (!token) return fail('UNKNOWN', 'This API token is not known here: it may be mistyped or belong to another server. Ask an admin for a token.');
    if (token.revokedAt) return fail('REVOKED', `The API token "${token.name}" was revoked on ${token.revokedAt.toISOString().slice(0, 10)}. Ask an admin for a new one.`);
    if (token.expiresAt && token.expiresAt <= now) return fail('EXPIRED', `The API token "${token.name}" expired on ${token.expiresAt.toISOString().slice(0, 10)}. Ask an admin for a new one.`);
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_GRANULARITY_MS) {
      // Not awaited by the request: when it was last used is for admins, not for this answer.
      this.writer.$transaction((tx) => tx.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } })).catch(() => undefined);
    }
    return {
      principal: { kind: 'TOKEN', name: token.name, role: token.role, areas: token.areaKeys ? token.areaKeys.split(',') : [], tokenId: token.id },
      failure: null,
    };
  }

  async #jwt(jwt: string): Promise<Authentication> {
    const settings = this.settings.jwt;
    if (!settings || !this.#jwks) return fail('JWT_NOT_CONFIGURED', 'This server accepts no identity-provider tokens; use a PlanHub API token.');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(jwt, this.#jwks, { issuer: settings.issuer, ...(settings.audience ? { audience: settings.audience } : {}) }));
    } catch (error) {
      const why =
        error instanceof joseErrors.JWTExpired
          ? 'it has expired'
          : error instanceof joseErrors.JWTClaimValidationFailed
            ? `its "${error.claim}" claim does not match this server's (${error.reason})`
            : error instanceof joseErrors.JWKSNoMatchingKey || error instanceof joseErrors.JWSSignatureVerificationFailed
              ? 'its signature does not verify with the identity provider’s keys'
              : error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JOSEError
                ? `it could not be verified (${error.message})`
                : 'it could not be verified';
      return fail('INVALID_JWT', `The identity-provider token was refused: ${why}.`);
    }
    return principalOfClaims(payload, settings);
  }
}

/** The principal a verified JWT's claims name, or why they name none. */
export function principalOfClaims(payload: JWTPayload, settings: JwtSettings): Authentication {
  const role = String(payload[settings.roleClaim] ?? '').toUpperCase();
  if (role !== 'EDITOR' && role !== 'ADMIN') {
    return fail('INVALID_JWT', `The identity-provider token carries no PlanHub role: its "${settings.roleClaim}" claim must be "editor" or "admin".`);
  }
  if (!payload.sub) return fail('INVALID_JWT', 'The identity-provider token has no subject ("sub"), so its changes could not be attributed.');
  const raw = payload[settings.areasClaim];
  const areas = (Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? raw.split(/[\s,]+/) : []).filter(Boolean);
  if (role === 'EDITOR' && areas.length === 0) {
    return fail('INVALID_JWT', `The identity-provider token names no area to write: an editor's "${settings.areasClaim}" claim lists area codes.`);
  }
  return { principal: { kind: 'JWT', name: payload.sub, role: role as TokenRole, areas: role === 'ADMIN' ? [] : areas, tokenId: null }, failure: null };
}
