// The dashboard's addresses, in the URL's hash so that any static host serves them:
// `#/plan`, `#/targets`, `#/results`, `#/compare`, `#/stats`, `#/indicator/<code>`,
// `#/source/<id>/<offset>/<end>`.

export const PAGES = ['plan', 'targets', 'results', 'compare', 'stats'] as const;
export type Page = (typeof PAGES)[number];

export type Route =
  | { page: Page }
  | { page: 'indicator'; code: string }
  | { page: 'source'; id: string; offset: number | null; end: number | null };

export function routeOf(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const [page, ...rest] = parts;
  if (page === 'indicator' && rest[0]) return { page, code: rest[0] };
  if (page === 'source' && rest[0]) {
    const n = (s: string | undefined) => (s && /^\d+$/.test(s) ? Number(s) : null);
    return { page, id: rest[0], offset: n(rest[1]), end: n(rest[2]) };
  }
  return { page: (PAGES as readonly string[]).includes(page ?? '') ? (page as Page) : 'plan' };
}

export const indicatorHref = (code: string) => `#/indicator/${encodeURIComponent(code)}`;

export const sourceHref = (p: { offset: number | null; end: number | null; source: { id: string } }) =>
  `#/source/${encodeURIComponent(p.source.id)}${p.offset !== null && p.end !== null ? `/${p.offset}/${p.end}` : ''}`;
