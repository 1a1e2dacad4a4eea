import type { TokenRole } from './tokens.ts';

/** Who a request acts for: a token's holder or an identity provider's subject (or, for the token CLI, the console's user). */
export interface Principal {
  kind: 'TOKEN' | 'JWT' | 'CLI';
  /** The token's name, the JWT's subject, or `cli:<user>`: the actor in the audit trail. */
  name: string;
  role: TokenRole;
  /** Area keys an editor may write (and the areas within them); empty for an admin. */
  areas: readonly string[];
  tokenId: number | null;
}

/** Why credentials were refused: each says what to do. */
export type AuthFailure = { reason: 'MALFORMED' | 'UNKNOWN' | 'EXPIRED' | 'REVOKED' | 'INVALID_JWT' | 'JWT_NOT_CONFIGURED'; message: string };

export type Authentication = { principal: Principal | null; failure: AuthFailure | null };

export const ANONYMOUS: Authentication = { principal: null, failure: null };
