// Who may read and write, from the environment (README, "Security").

export interface JwtSettings {
  /** The identity provider's issuer (`iss`), checked on every token. */
  issuer: string;
  /** Where its signing keys are published (a JWKS document). */
  jwksUrl: string;
  /** The audience (`aud`) tokens must be for, when set. */
  audience?: string;
  /** The claim holding the role: `editor` or `admin`. */
  roleClaim: string;
  /** The claim holding the area codes an editor may write: a list, or one string separated by spaces or commas. */
  areasClaim: string;
}

export interface AuthSettings {
  /** Whether reading needs a token too (default: reads are public). */
  readsNeedToken: boolean;
  /** Identity-provider JWTs accepted besides API tokens; none when unset. */
  jwt?: JwtSettings;
}

export const DEFAULT_AUTH: AuthSettings = { readsNeedToken: false };

export function authSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const flag = env.PLANHUB_READS_NEED_TOKEN;
  if (flag !== undefined && !['true', 'false'].includes(flag)) throw new Error(`PLANHUB_READS_NEED_TOKEN must be true or false, not "${flag}".`);
  const issuer = env.PLANHUB_JWT_ISSUER;
  const jwksUrl = env.PLANHUB_JWT_JWKS_URL;
  if (Boolean(issuer) !== Boolean(jwksUrl)) throw new Error('Set both PLANHUB_JWT_ISSUER and PLANHUB_JWT_JWKS_URL to accept identity-provider tokens, or neither.');
  if (jwksUrl) {
    try {
      new URL(jwksUrl);
    } catch {
      throw new Error(`PLANHUB_JWT_JWKS_URL is not a URL: "${jwksUrl}".`);
    }
  }
  return {
    readsNeedToken: flag === 'true',
    ...(issuer && jwksUrl
      ? {
          jwt: {
            issuer,
            jwksUrl,
            ...(env.PLANHUB_JWT_AUDIENCE ? { audience: env.PLANHUB_JWT_AUDIENCE } : {}),
            roleClaim: env.PLANHUB_JWT_ROLE_CLAIM ?? 'planhub_role',
            areasClaim: env.PLANHUB_JWT_AREAS_CLAIM ?? 'planhub_areas',
          },
        }
      : {}),
  };
}
