import { yearResultsQuery } from '@planhub/sdk/tanstack';
import { useQuery } from '@tanstack/react-query';
import { Loaded, QuoteLink, Table } from '../components.tsx';
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
            <Table caption={words.resultsCaption(rows.length)} headers={[words.indicator, words.value, words.reliability, words.percentOfPlan, words.source]}>
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
            </Table>
          </section>
        );
      }}
    </Loaded>
  );
}
