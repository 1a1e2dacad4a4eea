import { targetStatsQuery } from '@planhub/sdk/tanstack';
import { useQuery } from '@tanstack/react-query';
import { Loaded, Table } from '../components.tsx';
import { useHub } from '../context.ts';
import { formatNumber, STATUSES, statusLabel } from '../i18n.ts';

/** Every province's 2024 targets by sector: counts by computed status, average achievement. */
export function Stats() {
  const { client, lang, words } = useHub();
  const query = useQuery(targetStatsQuery(client, { filter: { year: 2024, level: 'PROVINCE' }, groupBy: ['SECTOR'], orderBy: { field: 'COUNT', direction: 'DESC' } }, { lang }));
  return (
    <Loaded query={query}>
      {(s) => (
        <section aria-labelledby="stats-heading">
          <h2 id="stats-heading">{words.stats}</h2>
          <Table
            caption={words.statsCaption}
            headers={[words.sector, words.count, ...STATUSES.map((st) => statusLabel(lang, st)), words.averageAchievement]}
            foot={
              <tr>
                <th scope="row">Σ</th>
                <td className="number">{s.total.count}</td>
                {STATUSES.map((st) => (
                  <td className="number" key={st}>
                    {s.total.byStatus.find((b) => b.status === st)?.count ?? 0}
                  </td>
                ))}
                <td className="number">{s.total.achievementPercent.average === null ? '–' : `${formatNumber(lang, s.total.achievementPercent.average)} %`}</td>
              </tr>
            }
          >
            {s.groups.map((g) => (
              <tr key={g.sector?.id ?? 'none'} data-testid="stats-row">
                <th scope="row">{g.sector?.name}</th>
                <td className="number">{g.count}</td>
                {STATUSES.map((st) => (
                  <td className="number" key={st}>
                    {g.byStatus.find((b) => b.status === st)?.count ?? 0}
                  </td>
                ))}
                <td className="number">{g.achievementPercent.average === null ? '–' : `${formatNumber(lang, g.achievementPercent.average)} %`}</td>
              </tr>
            ))}
          </Table>
        </section>
      )}
    </Loaded>
  );
}
