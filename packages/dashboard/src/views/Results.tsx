import { yearResultsQuery } from '@planhub/sdk/tanstack';
import { useQuery } from '@tanstack/react-query';
import { Loaded, QuoteLink } from '../components.tsx';
import { useHub } from '../context.ts';
import { formatNumber, reliabilityLabel } from '../i18n.ts';
import { indicatorHref } from '../routes.ts';

/** Bắc Kạn's 2023 figures: the current figure of each indicator, how settled it is, its quote. */
export function Results() {
  const { client, lang, words } = useHub();
  const query = useQuery(yearResultsQuery(client, { year: 2023, area: 'bac-kan', first: 100 }, { lang }));
  return (
    <Loaded query={query}>
      {(page) => {
        const rows = page.edges.map((e) => e.node).filter((n) => n.resultFor);
        return (
          <section aria-labelledby="results-heading">
            <h2 id="results-heading">{words.results}</h2>
            <table tabIndex={0}>
              <caption>{words.resultsCaption(rows.length)}</caption>
              <thead>
                <tr>
                  <th scope="col">{words.indicator}</th>
                  <th scope="col">{words.value}</th>
                  <th scope="col">{words.reliability}</th>
                  <th scope="col">{words.percentOfPlan}</th>
                  <th scope="col">{words.source}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((n) => {
                  const r = n.resultFor!;
                  return (
                    <tr key={n.id} data-testid="result-row">
                      <th scope="row">
                        <a href={indicatorHref(n.code)}>{n.name}</a>
                      </th>
                      <td className="number">
                        {formatNumber(lang, r.value)} {r.unit.label}
                      </td>
                      <td>{reliabilityLabel(lang, r.reliability)}</td>
                      <td className="number">{formatNumber(lang, r.percentOfPlan)}</td>
                      <td>
                        <QuoteLink provenance={r.provenance} id={r.id} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      }}
    </Loaded>
  );
}
