// Where PlanHub is: `?api=` on the page's address, else the build's VITE_PLANHUB_URL, else
// the address `npm start` serves.
export function apiUrl(): string {
  const fromPage = new URLSearchParams(window.location.search).get('api');
  return fromPage ?? import.meta.env.VITE_PLANHUB_URL ?? 'http://localhost:4000/graphql';
}
