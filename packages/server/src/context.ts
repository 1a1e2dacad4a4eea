import type { Db } from '@planhub/db/client';
import { type Lang, langFromAcceptLanguage } from './lang.ts';
import type { Reference } from './reference.ts';

/** What every resolver receives: the database, the request's language, and reference data. */
export interface Context {
  prisma: Db;
  lang: Lang;
  /** Units, periods, sectors, plans, sources and agencies by ID, from memory while the data is unchanged. */
  reference: Reference;
  /**
   * The total of a filtered list: `count()` unless the same total (`key`: the model and
   * its filter) was counted at the current data version.
   */
  total(key: string, count: () => Promise<number>): Promise<number>;
}

export function createContext(prisma: Db, request: Request, reference: Reference, total: Context['total']): Context {
  return { prisma, lang: langFromAcceptLanguage(request.headers.get('accept-language')), reference, total };
}
