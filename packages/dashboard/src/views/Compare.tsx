import { compareIndicatorQuery } from '@planhub/sdk/tanstack';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loaded, QuoteLink, Table } from '../components.tsx';
import { useHub } from '../context.ts';
import { formatNumber } from '../i18n.ts';

const DEFINITIONS = ['economic-growth-rate', 'income-per-capita', 'growth-services', 'tourist-arrivals'];

/** One indicator across provinces for 2023: ranked current figures, the change, the quote. */
export function Compare() {
  const { client, lang, words } = useHub();
  const [code, setCode] = useState(DEFINITIONS[0]!);
  const query = useQuery(compareIndicatorQuery(client, { code, period: '2023', level: 'PROVINCE' }, { lang }));
  return (
    <section aria-labelledby="compare-heading">
      <h2 id="compare-heading">{words.compare}</h2>
      <label>
        {words.definition}{' '}
        <select value={code} onChange={(e) => setCode(e.target.value)}>
          {DEFINITIONS.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </label>
      <Loaded query={query}>
        {(c) => (
          <Table caption={`${c.definition.name}: ${words.compareCaption}`} headers={[words.rank, words.area, words.value, words.change, words.source]}>
            {c.entries.map((e) => (
              <tr key={e.area.id} data-testid="compare-row">
                <td className="number">{e.rank ?? '–'}</td>
                <th scope="row">{e.area.name}</th>
                <td className="number">{e.result ? `${formatNumber(lang, e.result.value)} ${e.result.unit.label}` : words.noFigure}</td>
                <td className="number">{formatNumber(lang, e.change)}</td>
                <td>{e.result ? <QuoteLink provenance={e.result.provenance} id={e.result.id} /> : null}</td>
              </tr>
            ))}
          </Table>
        )}
      </Loaded>
    </section>
  );
}
