import type { Lang, PlanHubClient } from '@planhub/sdk';
import { createContext, useContext } from 'react';
import type { Words } from './i18n.ts';

/** What every view needs: the client, the language and its words. */
export interface Hub {
  client: PlanHubClient;
  lang: Lang;
  words: Words;
}

export const HubContext = createContext<Hub | null>(null);

export function useHub(): Hub {
  const hub = useContext(HubContext);
  if (!hub) throw new Error('useHub outside <HubContext.Provider>');
  return hub;
}
