import { createClient, type Lang } from '@planhub/sdk';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { apiUrl } from './config.ts';
import { HubContext } from './context.ts';
import { wordsFor } from './i18n.ts';
import { PAGES, type Route, routeOf } from './routes.ts';
import { Compare } from './views/Compare.tsx';
import { Indicator } from './views/Indicator.tsx';
import { Plan } from './views/Plan.tsx';
import { Results } from './views/Results.tsx';
import { SearchResults } from './views/Search.tsx';
import { Source } from './views/Source.tsx';
import { Stats } from './views/Stats.tsx';
import { Targets } from './views/Targets.tsx';

function View({ route }: { route: Route }) {
  switch (route.page) {
    case 'indicator':
      return <Indicator code={route.code} />;
    case 'source':
      return <Source id={route.id} offset={route.offset} end={route.end} />;
    case 'targets':
      return <Targets />;
    case 'results':
      return <Results />;
    case 'compare':
      return <Compare />;
    case 'stats':
      return <Stats />;
    default:
      return <Plan />;
  }
}

/** The page: a header (title, pages, language, search) and the view the address names. */
export function App() {
  const [lang, setLang] = useState<Lang>('vi');
  const [route, setRoute] = useState<Route>(routeOf(window.location.hash));
  const [search, setSearch] = useState('');
  const [searched, setSearched] = useState<string | null>(null);
  const client = useMemo(() => createClient({ url: apiUrl() }), []);
  const words = wordsFor(lang);

  useEffect(() => {
    const onHash = () => {
      setRoute(routeOf(window.location.hash));
      setSearched(null);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `PlanHub — ${words.title}`;
  }, [lang, words]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (search.trim().length >= 2) setSearched(search.trim());
  };
  return (
    <HubContext.Provider value={{ client, lang, words }}>
      <header>
        <h1>{words.title}</h1>
        <nav aria-label={words.nav}>
          <ul>
            {PAGES.map((p) => (
              <li key={p}>
                <a href={`#/${p}`} aria-current={p === route.page && searched === null ? 'page' : undefined}>
                  {words[p]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="tools">
          <div role="group" aria-label={words.language}>
            {(['vi', 'en'] as const).map((l) => (
              <button key={l} type="button" aria-pressed={lang === l} onClick={() => setLang(l)}>
                {l === 'vi' ? 'Tiếng Việt' : 'English'}
              </button>
            ))}
          </div>
          <form role="search" onSubmit={submit}>
            <label htmlFor="search">{words.search}</label>{' '}
            <input id="search" type="search" value={search} placeholder={words.searchPlaceholder} minLength={2} onChange={(e) => setSearch(e.target.value)} />{' '}
            <button type="submit">{words.search}</button>
          </form>
        </div>
      </header>
      <main>{searched !== null ? <SearchResults text={searched} /> : <View route={route} />}</main>
      <footer>
        PlanHub · <a href={apiUrl()}>{apiUrl()}</a>
      </footer>
    </HubContext.Provider>
  );
}
