import type { TokenRole } from './tokens.ts';

/** Who a request acts for: a token's holder or an identity provider's subject. */
export interface Principal {
  kind: 'TOKEN' | 'JWT';
  /** The token's name or the JWT's subject: the actor in the audit trail. */
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
