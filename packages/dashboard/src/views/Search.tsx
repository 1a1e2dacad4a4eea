import { searchQuery } from '@planhub/sdk/tanstack';
import { useQuery } from '@tanstack/react-query';
import { Loaded } from '../components.tsx';
import { useHub } from '../context.ts';
import { kindLabel } from '../i18n.ts';

/** What `text` finds, ignoring diacritics: indicators, solutions and agencies. */
export function SearchResults({ text }: { text: string }) {
  const { client, lang, words } = useHub();
  const query = useQuery(searchQuery(client, { text, first: 20 }, { lang }));
  return (
    <section aria-labelledby="search-heading">
      <h2 id="search-heading">
        {words.searchResults}: “{text}”
      </h2>
      <Loaded query={query}>
        {(page) =>
          page.edges.length ? (
            <ul className="hits">
              {page.edges.map(({ node }) => (
                <li key={node.id} data-testid="search-hit">
                  <span className="kind">{kindLabel(lang, node.__typename)}</span> {node.__typename === 'Agency' ? node.name : node.__typename === 'Indicator' ? node.name : node.text}
                </li>
              ))}
            </ul>
          ) : (
            <p>{words.noHits}</p>
          )
        }
      </Loaded>
    </section>
  );
}
