import { planSummaryQuery } from '@planhub/sdk/tanstack';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { Loaded, Quote } from '../components.tsx';
import { useHub } from '../context.ts';
import { formatNumber, type Status, statusLabel } from '../i18n.ts';

const PLANS = ['bac-kan-ktxh-2024', 'bac-kan-ktxh-2023'];
/** The status badges' colours, darker: each passes 3:1 against white, as a chart's marks must. */
const STATUS_COLOURS: Record<Status, string> = { MET: '#1e7b45', NOT_MET: '#b02a37', ON_TRACK: '#0b5ed7', OFF_TRACK: '#9a6700', NO_DATA: '#6c757d' };

/**
 * A plan at a glance: PlanHub's count of its targets by computed status, as a chart, beside
 * what its sources state; the two are never merged (a source may count what PlanHub does not hold).
 */
export function Plan() {
  const { client, lang, words } = useHub();
  const [code, setCode] = useState(PLANS[0]!);
  const query = useQuery(planSummaryQuery(client, code, { lang }));
  return (
    <section aria-labelledby="plan-heading">
      <h2 id="plan-heading">{words.plan}</h2>
      <label>
        {words.choosePlan}{' '}
        <select value={code} onChange={(e) => setCode(e.target.value)}>
          {PLANS.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <Loaded query={query}>
        {(plan) => {
          const data = plan.summary.byStatus.map((s) => ({ status: s.status, label: statusLabel(lang, s.status), count: s.count }));
          const described = data.map((d) => `${d.label} ${d.count}`).join(', ');
          return (
            <div className="overview">
              <div>
                <h3>{plan.title}</h3>
                <p>{words.computed}</p>
                <figure className="chart" aria-label={words.statusChart(described)} role="img" data-testid="status-chart">
                  <ResponsiveContainer width="100%" height={240}>
                    <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
                      <CartesianGrid strokeDasharray="3 3" vertical={false} />
                      <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
                      <YAxis allowDecimals={false} width={32} tickFormatter={(v: number) => formatNumber(lang, v)} />
                      <Bar dataKey="count" isAnimationActive={false} label={{ position: 'top' }}>
                        {data.map((d) => (
                          <Cell key={d.status} fill={STATUS_COLOURS[d.status]} />
                        ))}
                      </Bar>
                    </BarChart>
                  </ResponsiveContainer>
                </figure>
                <ul className="counts" data-testid="status-counts">
                  {data.map((d) => (
                    <li key={d.status}>
                      {d.label}: <strong>{d.count}</strong>
                    </li>
                  ))}
                </ul>
              </div>
              <div>
                <h3>{words.stated}</h3>
                {plan.summary.statedAssessments.length ? (
                  <ul className="assessments" data-testid="stated-assessments">
                    {plan.summary.statedAssessments.map((a) => (
                      <li key={a.id}>
                        <p>{a.statement}</p>
                        <Quote quote={a.provenance.quote} source={a.provenance.source} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>{words.noStated}</p>
                )}
              </div>
            </div>
          );
        }}
      </Loaded>
    </section>
  );
}
