import type { Database, Db } from '@planhub/db/client';
import { type Lang, langFromAcceptLanguage } from './lang.ts';
import type { DeadlineContext } from './limits/deadline.ts';
import type { OperationLimitsContext } from './limits/operation-limits.ts';
import type { Authentication, Principal } from './auth/principal.ts';
import type { ChangeFeed } from './live/feed.ts';
import type { DatabaseConfig } from '@planhub/db/config';
import type { Reference } from './reference-data.ts';

/** What every resolver receives: the database, the request's language, and reference data. */
export interface Context extends DeadlineContext, OperationLimitsContext {
  /** Reads. */
  prisma: Db;
  /** Where a write's transaction runs (Database.writer: on SQLite a connection of its own, so no read sees a write before it commits). */
  writer?: () => Db;
  lang: Lang;
  /** Units, periods, sectors, plans, sources and agencies by ID, from memory while the data is unchanged. */
  reference: Reference;
  /**
   * An answer derived from the data (a list's total, the IDs a filter names): `compute()`
   * unless the same answer (`key`: what it is and its filter) was computed at the current
   * data version. `weigh` says how many rows the answer holds, which the cache's bound
   * counts (derived-cache.ts); one when not given.
   */
  remember<T>(key: string, compute: () => Promise<T>, weigh?: (answer: T) => number): Promise<T>;
  /** Who the request acts for, from its credentials: checked once, before anything runs (auth/plugin.ts). */
  auth(): Promise<Authentication>;
  /** The principal, once `auth()` has run (set by the authentication plugin before execution); null when anonymous. */
  principal: Principal | null;
  /** The live feed of committed changes, and the database's epoch that tags its announcements. */
  feed: { publish: ChangeFeed['publish']; subscribe: ChangeFeed['subscribe']; epoch(): Promise<string> };
  /** Whether resolvers get canonical `info.path` objects: needed under graphql-jit only (stable-paths.ts). */
  stablePaths: boolean;
  /** The database: an import runs on its writer, unguarded statement by statement (a file takes longer than a request); a mutation's import still does not commit past its deadline (import/run.ts). */
  database?: { config: DatabaseConfig; readonly writer: Db; readonly direct?: Database['direct'] };
}

export function createContext(prisma: Db, request: Request, parts: Pick<Context, 'reference' | 'remember' | 'stablePaths' | 'auth' | 'feed' | 'database' | 'writer'>): Context {
  // The deadline's state, one object from the start: Yoga hands resolvers a copy of this context, and the database client guarding it reads this one.
  return { prisma, lang: langFromAcceptLanguage(request.headers.get('accept-language')), principal: null, deadline: {}, ...parts };
}
