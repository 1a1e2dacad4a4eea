import type { Db } from '@planhub/db/client';
import { type Lang, langFromAcceptLanguage } from './lang.ts';

/** What every resolver receives: the database and the request's language. */
export interface Context {
  prisma: Db;
  lang: Lang;
}

export function createContext(prisma: Db, request: Request): Context {
  return { prisma, lang: langFromAcceptLanguage(request.headers.get('accept-language')) };
}
