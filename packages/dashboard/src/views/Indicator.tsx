import { getIndicatorRevisionsQuery } from '@planhub/sdk/tanstack';
import { useQuery } from '@tanstack/react-query';
import { CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { Loaded, QuoteLink, StatusBadge, Table } from '../components.tsx';
import { useHub } from '../context.ts';
import { comparatorSymbol, formatNumber, reliabilityLabel } from '../i18n.ts';

/** A dot per figure: filled for a final figure, hollow for an estimate or a preliminary one. */
function FigureDot(props: { cx?: number; cy?: number; payload?: { reliability: string } }) {
  const { cx, cy, payload } = props;
  if (cx === undefined || cy === undefined || !payload) return null;
  const final = payload.reliability === 'FINAL';
  return <circle cx={cx} cy={cy} r={6} stroke="#0b3d2e" strokeWidth={2} fill={final ? '#0b3d2e' : '#fff'} />;
}

/**
 * One of Bắc Kạn's series: its current figures by period as a chart, with its targets
 * drawn as lines (a value) or bands (a range), estimates told apart from final figures,
 * and every period's other reports listed.
 */
export function Indicator({ code }: { code: string }) {
  const { client, lang, words } = useHub();
  const query = useQuery(getIndicatorRevisionsQuery(client, { area: 'bac-kan', code }, { lang }));
  return (
    <Loaded query={query}>
      {(indicator) => {
        const figures = indicator.timeSeries.filter((r) => r.measure === 'LEVEL' && r.value !== null);
        const targets = indicator.targets.edges.map((e) => e.node).filter((t) => t.kind === 'LEVEL');
        const periods = [...new Set([...figures.map((r) => r.period.label), ...targets.map((t) => t.period.label)])].sort();
        const data = periods.map((label) => {
          const r = figures.find((f) => f.period.label === label);
          return { label, value: r?.value ?? null, reliability: r?.reliability ?? 'FINAL' };
        });
        const unit = figures[0]?.unit.label ?? targets[0]?.unit.label ?? '';
        return (
          <article aria-labelledby="indicator-heading">
            <h2 id="indicator-heading">
              {indicator.name} <small>({indicator.area.name})</small>
            </h2>
            <h3>{words.timeSeries}</h3>
            <figure className="chart" role="img" aria-label={words.seriesChart(indicator.name)} data-testid="series-chart">
              <ResponsiveContainer width="100%" height={280}>
                <ComposedChart data={data} margin={{ top: 16, right: 24, bottom: 8, left: 0 }} accessibilityLayer={false}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="label" />
                  <YAxis width={56} domain={['auto', 'auto']} tickFormatter={(v: number) => formatNumber(lang, v)} />
                  {targets.map((t) =>
                    t.comparator === 'RANGE' && t.valueMax !== null ? (
                      <ReferenceArea
                        key={t.id}
                        y1={t.value}
                        y2={t.valueMax}
                        fill="#f2c94c"
                        fillOpacity={0.4}
                        ifOverflow="extendDomain"
                        label={{ value: `${words.target} ${t.period.label}: ${formatNumber(lang, t.value)}–${formatNumber(lang, t.valueMax)}`, position: 'insideTopRight', fill: '#664d03' }}
                      />
                    ) : (
                      <ReferenceLine
                        key={t.id}
                        y={t.value}
                        stroke="#9a6700"
                        strokeDasharray="6 3"
                        ifOverflow="extendDomain"
                        label={{ value: `${words.target} ${t.period.label}: ${comparatorSymbol(t.comparator)} ${formatNumber(lang, t.value)}`, position: 'insideTopRight', fill: '#664d03' }}
                      />
                    ),
                  )}
                  <Line dataKey="value" stroke="#0b3d2e" strokeWidth={2} dot={<FigureDot />} isAnimationActive={false} connectNulls />
                </ComposedChart>
              </ResponsiveContainer>
              <figcaption>
                {unit} · ● {words.final} · ○ {words.estimate}
              </figcaption>
            </figure>
            <Table caption={words.timeSeries} headers={[words.period, words.value, words.reliability, words.revisions, words.source]}>
              {indicator.timeSeries.map((r) => (
                <tr key={r.id} data-testid="series-row">
                  <th scope="row">{r.period.label}</th>
                  <td className="number">
                    {formatNumber(lang, r.value)} {r.unit.label}
                  </td>
                  <td>{reliabilityLabel(lang, r.reliability)}</td>
                  <td>
                    {r.revisions.length ? (
                      <ul>
                        {r.revisions.map((v) => (
                          <li key={v.id}>
                            {formatNumber(lang, v.value)} ({reliabilityLabel(lang, v.reliability)}
                            {v.reportedOn ? `, ${v.reportedOn}` : ''})
                          </li>
                        ))}
                      </ul>
                    ) : (
                      words.noRevisions
                    )}
                  </td>
                  <td>
                    <QuoteLink provenance={r.provenance} id={r.id} />
                  </td>
                </tr>
              ))}
            </Table>
            <h3>{words.targetsOfSeries}</h3>
            <ul className="series-targets">
              {indicator.targets.edges.map(({ node: t }) => (
                <li key={t.id}>
                  {t.period.label}: {comparatorSymbol(t.comparator)} {formatNumber(lang, t.value)}
                  {t.valueMax !== null ? `–${formatNumber(lang, t.valueMax)}` : ''} {t.unit.label} <StatusBadge status={t.status} /> <small>{t.statusReason}</small>
                </li>
              ))}
            </ul>
          </article>
        );
      }}
    </Loaded>
  );
}
