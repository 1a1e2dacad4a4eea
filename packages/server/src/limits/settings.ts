import { z } from 'zod';
import { parseEnv } from '@planhub/db/config';

// The limits a public endpoint enforces, from the environment. Defaults let every SDK
// operation and GraphiQL's example through several times over (test/limits.test.ts
// measures them) and refuse the abuse a public GraphQL API meets.

const int = (name: string, def: number, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`)
    .default(def);

const onOff = (name: string, def: 'on' | 'off') => z.enum(['on', 'off'], { error: `${name} must be "on" or "off"` }).default(def);

const schema = z.object({
  PLANHUB_MAX_DEPTH: int('PLANHUB_MAX_DEPTH', 15, 1, 1000),
  PLANHUB_MAX_ALIASES: int('PLANHUB_MAX_ALIASES', 30, 0, 10_000),
  PLANHUB_MAX_TOKENS: int('PLANHUB_MAX_TOKENS', 4000, 100, 1_000_000),
  PLANHUB_MAX_DIRECTIVES: int('PLANHUB_MAX_DIRECTIVES', 50, 0, 10_000),
  PLANHUB_MAX_COST: int('PLANHUB_MAX_COST', 100_000, 1, 100_000_000),
  PLANHUB_MAX_BODY_BYTES: int('PLANHUB_MAX_BODY_BYTES', 256 * 1024, 1024, 100 * 1024 * 1024),
  PLANHUB_DEADLINE_MS: int('PLANHUB_DEADLINE_MS', 10_000, 100, 600_000),
  PLANHUB_RATE_LIMIT: onOff('PLANHUB_RATE_LIMIT', 'on'),
  PLANHUB_RATE_LIMIT_POINTS: int('PLANHUB_RATE_LIMIT_POINTS', 2_000_000, 1, 1_000_000_000),
  PLANHUB_RATE_LIMIT_WINDOW_S: int('PLANHUB_RATE_LIMIT_WINDOW_S', 60, 1, 86_400),
  PLANHUB_RATE_LIMIT_TOKEN_POINTS: int('PLANHUB_RATE_LIMIT_TOKEN_POINTS', 20_000_000, 1, 1_000_000_000),
  PLANHUB_MAX_CONCURRENT_PER_CLIENT: int('PLANHUB_MAX_CONCURRENT_PER_CLIENT', 16, 1, 10_000),
  PLANHUB_TRUST_PROXY: onOff('PLANHUB_TRUST_PROXY', 'off'),
  REDIS_URL: z.string().trim().min(1).optional(),
});

export interface LimitSettings {
  /** Deepest nesting of selections. */
  maxDepth: number;
  /** Most aliases in one document. */
  maxAliases: number;
  /** Most lexical tokens in one document (checked while parsing). */
  maxTokens: number;
  /** Most directives in one document. */
  maxDirectives: number;
  /** Highest cost of one operation: the objects it may return, pages priced at `first`/`last` (see cost.ts). */
  maxCost: number;
  /** Largest request body. */
  maxBodyBytes: number;
  /** How long one operation may run. */
  deadlineMs: number;
  rateLimit: {
    enabled: boolean;
    /** Cost points one client may spend per window: an address, when it signs in with no token. */
    points: number;
    /** Cost points one token (or identity-provider subject) may spend per window, whatever address it comes from. */
    tokenPoints: number;
    windowSeconds: number;
    /** Operations one client may have running at once. */
    maxConcurrent: number;
    /** Take the client address from X-Forwarded-For (behind a trusted proxy only). */
    trustProxy: boolean;
    /** Shared state for several servers; in memory without it. */
    redisUrl?: string;
  };
}

export function limitSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): LimitSettings {
  const e = parseEnv(schema, env, 'limits');
  return {
    maxDepth: e.PLANHUB_MAX_DEPTH,
    maxAliases: e.PLANHUB_MAX_ALIASES,
    maxTokens: e.PLANHUB_MAX_TOKENS,
    maxDirectives: e.PLANHUB_MAX_DIRECTIVES,
    maxCost: e.PLANHUB_MAX_COST,
    maxBodyBytes: e.PLANHUB_MAX_BODY_BYTES,
    deadlineMs: e.PLANHUB_DEADLINE_MS,
    rateLimit: {
      enabled: e.PLANHUB_RATE_LIMIT === 'on',
      points: e.PLANHUB_RATE_LIMIT_POINTS,
      tokenPoints: e.PLANHUB_RATE_LIMIT_TOKEN_POINTS,
      windowSeconds: e.PLANHUB_RATE_LIMIT_WINDOW_S,
      maxConcurrent: e.PLANHUB_MAX_CONCURRENT_PER_CLIENT,
      trustProxy: e.PLANHUB_TRUST_PROXY === 'on',
      ...(e.REDIS_URL ? { redisUrl: e.REDIS_URL } : {}),
    },
  };
}

/** The defaults, for in-process servers (tests, the benchmark's in-process checks). */
export const DEFAULT_LIMITS: LimitSettings = limitSettingsFromEnv({});
