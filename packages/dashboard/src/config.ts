// Where PlanHub is: `?api=` on the page's address, else the build's VITE_PLANHUB_URL, else
// the server the page came from (`npm start` serves the dashboard at `/`, the API at
// /graphql), or under `vite` (npm run dev) the address `npm start` serves.
export function apiUrl(): string {
  const fromPage = new URLSearchParams(window.location.search).get('api');
  if (fromPage) return fromPage;
  if (import.meta.env.VITE_PLANHUB_URL) return import.meta.env.VITE_PLANHUB_URL;
  return import.meta.env.MODE === 'development' ? 'http://localhost:4000/graphql' : new URL('/graphql', window.location.origin).href;
}
