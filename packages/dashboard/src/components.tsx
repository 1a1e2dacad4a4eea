import type { PlanHubError } from '@planhub/sdk';
import type { ReactNode } from 'react';
import { useHub } from './context.ts';
import { type Status, statusLabel } from './i18n.ts';
import { sourceHref } from './routes.ts';

/** A query's three states: loading, a coded error (with a way to try again), or its data. */
export function Loaded<T>({ query, children }: { query: { data: T | undefined; error: PlanHubError | null; refetch: () => unknown }; children: (data: T) => ReactNode }) {
  const { words } = useHub();
  if (query.error) {
    return (
      <div role="alert" className="error">
        <strong>{words.error}</strong> <code data-testid="error-code">{query.error.code}</code>: {query.error.message}{' '}
        <button type="button" onClick={() => query.refetch()}>
          {words.retry}
        </button>
      </div>
    );
  }
  if (query.data === undefined) return <p aria-busy="true">{words.loading}</p>;
  return <>{children(query.data)}</>;
}

export function StatusBadge({ status }: { status: Status }) {
  const { lang } = useHub();
  return <span className={`status status-${status}`}>{statusLabel(lang, status)}</span>;
}

/**
 * A table of a view: its caption, its column headers, its rows (and a footer). Focusable,
 * so that where it scrolls inside itself (a phone) a keyboard can scroll it too.
 */
export function Table({ caption, headers, children, foot }: { caption: ReactNode; headers: ReactNode[]; children: ReactNode; foot?: ReactNode }) {
  return (
    <table tabIndex={0}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {headers.map((h, i) => (
            <th scope="col" key={i}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
      {foot ? <tfoot>{foot}</tfoot> : null}
    </table>
  );
}

/** The passage a fact comes from and its document, shown in full. */
export function Quote({ quote, source }: { quote: string; source: { title: string; published: string | null } }) {
  return (
    <figure className="quote">
      <blockquote>{quote}</blockquote>
      <figcaption>
        {source.title}
        {source.published ? ` (${source.published})` : ''}
      </figcaption>
    </figure>
  );
}

interface Provenance {
  quote: string;
  offset: number | null;
  end: number | null;
  source: { id: string; title: string; published: string | null };
}

/**
 * A link to the passage in its source's text, the quote showing on hover and on focus
 * (a tooltip the link is described by, so screen readers read it too).
 */
export function QuoteLink({ provenance, id }: { provenance: Provenance; id: string }) {
  const { words } = useHub();
  const tip = `quote-${id}`;
  return (
    <span className="quote-link">
      <a href={sourceHref(provenance)} aria-describedby={tip}>
        ❝ {words.readInSource}
      </a>
      <span role="tooltip" id={tip} className="tooltip">
        <q>{provenance.quote}</q> — {provenance.source.title}
        {provenance.source.published ? ` (${provenance.source.published})` : ''}
      </span>
    </span>
  );
}
