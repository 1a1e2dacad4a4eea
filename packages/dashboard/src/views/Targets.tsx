import { planTargetsQuery } from '@planhub/sdk/tanstack';
import { useQuery } from '@tanstack/react-query';
import { Loaded, QuoteLink, StatusBadge, Table } from '../components.tsx';
import { useHub } from '../context.ts';
import { comparatorSymbol, formatNumber } from '../i18n.ts';
import { indicatorHref } from '../routes.ts';

/** The 2024 plan's targets: value and unit, computed status and the passage that sets each. */
export function Targets() {
  const { client, lang, words } = useHub();
  const query = useQuery(planTargetsQuery(client, { code: 'bac-kan-ktxh-2024', first: 100 }, { lang }));
  return (
    <Loaded query={query}>
      {(plan) => (
        <section aria-labelledby="targets-heading">
          <h2 id="targets-heading">{plan.title}</h2>
          <Table caption={words.targetsCaption(plan.targets.totalCount)} headers={[words.indicator, words.target, words.status, words.source]}>
            {plan.targets.edges.map(({ node: t }) => (
              <tr key={t.id} data-testid="target-row">
                <th scope="row">
                  <a href={indicatorHref(t.indicator.code)}>{t.indicator.name}</a>
                </th>
                <td className="number">
                  {t.comparator === 'RANGE' ? `${formatNumber(lang, t.value)}–${formatNumber(lang, t.valueMax)}` : `${comparatorSymbol(t.comparator)} ${formatNumber(lang, t.value)}`}{' '}
                  {t.unit.label}
                </td>
                <td>
                  <StatusBadge status={t.status} />
                  <p className="reason">{t.statusReason}</p>
                </td>
                <td>
                  <QuoteLink provenance={t.provenance} id={t.id} />
                </td>
              </tr>
            ))}
          </Table>
        </section>
      )}
    </Loaded>
  );
}
