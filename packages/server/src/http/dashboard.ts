import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@planhub/db/paths';
import type { Plugin } from 'graphql-yoga';

// The reference dashboard (packages/dashboard) as `vite build` leaves it, served at `/`
// beside the API, so `npm start` shows it (GraphiQL stays at /graphql). Only its
// index.html and its hashed files under /assets/ are served, read into memory once.

/** Where `npm run build -w @planhub/dashboard` writes the dashboard. */
export const DEFAULT_DASHBOARD_DIR = join(REPO_ROOT, 'packages', 'dashboard', 'dist');

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff2: 'font/woff2',
};

/** Its own scripts and styles, the API of its own origin, nothing else. */
export const DASHBOARD_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Whether a built dashboard is in `dir`. */
export const hasDashboard = (dir: string): boolean => existsSync(join(dir, 'index.html'));

export function dashboardSite(dir: string): Plugin {
  const files = new Map<string, { body: Buffer; type: string }>();
  const read = (name: string) => {
    let file = files.get(name);
    if (!file) {
      const path = join(dir, name);
      if (!existsSync(path)) return null;
      file = { body: readFileSync(path), type: name === 'index.html' ? 'text/html; charset=utf-8' : (TYPES[name.split('.').pop()!] ?? 'application/octet-stream') };
      files.set(name, file);
    }
    return file;
  };
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const page = url.pathname === '/' || url.pathname === '/index.html';
      // Vite's hashed file names: letters, digits, dots, dashes and underscores, nothing that climbs.
      const asset = /^\/assets\/([\w-]+(?:\.[\w-]+)+)$/.exec(url.pathname)?.[1];
      if (!page && !asset) return;
      const file = read(page ? 'index.html' : `assets/${asset}`);
      if (!file) {
        endResponse(new fetchAPI.Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        return;
      }
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
          status: 200,
          headers: {
            'content-type': file.type,
            'content-length': String(file.body.length),
            // The page names the current build's files; the files never change under their names.
            'cache-control': page ? 'no-cache' : 'public, max-age=31536000, immutable',
            ...(page ? { 'content-security-policy': DASHBOARD_CSP } : {}),
          },
        }),
      );
    },
  };
}
