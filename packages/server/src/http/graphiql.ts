import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

// GraphiQL as a small page and two static assets, instead of Yoga's one page with
// everything inline (≈ 9 MB per load): the script and the style sheet are named by
// their hash, compressed once (brotli and gzip) and cached by browsers and CDNs for a
// year, so a second load costs the page only, and memory does not grow per load. The
// page holds no inline script (its options travel as JSON data), so a strict Content
// Security Policy applies to it.

export const GRAPHIQL_ASSET_PREFIX = '/graphiql/';

interface Asset {
  type: string;
  plain: Buffer;
  brotli: Buffer;
  gzip: Buffer;
}

interface Assets {
  scriptPath: string;
  stylePath: string;
  iconPath: string;
  byPath: Map<string, Asset>;
}

let assets: Promise<Assets> | undefined;

const hashOf = (data: Buffer) => createHash('sha256').update(data).digest('hex').slice(0, 16);

async function compressed(type: string, text: string): Promise<Asset> {
  const plain = Buffer.from(text, 'utf8');
  // On libuv's thread pool, not the event loop; quality 6 is fast and within a few % of the best.
  const [br, gz] = await Promise.all([
    promisify(brotliCompress)(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: plain.length } }),
    promisify(gzip)(plain, { level: 9 }),
  ]);
  return { type, plain, brotli: br, gzip: gz };
}

/** Builds the assets once per process, on first use. */
function loadAssets(): Promise<Assets> {
  assets ??= (async () => {
    const { css, js, editorWorkerService, jsonWorker, graphqlWorker, favicon } = await import('@graphql-yoga/render-graphiql/graphiql');
    // The editor's workers start from blobs, as Yoga's own page does; then GraphiQL renders
    // with the options the page carries as JSON.
    const script = `(function () {
  function prepareBlob(content) { return URL.createObjectURL(new Blob([content], { type: 'application/javascript' })); }
  var workers = { editorWorkerService: prepareBlob(${JSON.stringify(editorWorkerService)}), json: prepareBlob(${JSON.stringify(jsonWorker)}), graphql: prepareBlob(${JSON.stringify(graphqlWorker)}) };
  self['MonacoEnvironment'] = { globalAPI: false, getWorkerUrl: function (moduleId, label) { return workers[label]; } };
})();
${js};
YogaGraphiQL.renderYogaGraphiQL(window.document.querySelector('#root'), JSON.parse(document.getElementById('graphiql-options').textContent));
`;
    const [scriptAsset, styleAsset] = await Promise.all([compressed('text/javascript; charset=utf-8', script), compressed('text/css; charset=utf-8', css)]);
    // The icon comes as a data: URL; as a file of its own it is cached like the rest.
    const [, iconType = 'image/x-icon', iconData = ''] = /^data:([^;,]+);base64,(.*)$/s.exec(favicon) ?? [];
    const icon = Buffer.from(iconData, 'base64');
    const iconAsset: Asset = { type: iconType, plain: icon, brotli: icon, gzip: icon };
    const scriptPath = `${GRAPHIQL_ASSET_PREFIX}graphiql.${hashOf(scriptAsset.plain)}.js`;
    const stylePath = `${GRAPHIQL_ASSET_PREFIX}graphiql.${hashOf(styleAsset.plain)}.css`;
    const iconPath = `${GRAPHIQL_ASSET_PREFIX}graphiql.${hashOf(icon)}.ico`;
    return { scriptPath, stylePath, iconPath, byPath: new Map([[scriptPath, scriptAsset], [stylePath, styleAsset], [iconPath, iconAsset]]) };
  })();
  return assets;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page: a few hundred bytes plus the options. */
export async function renderGraphiQLPage(options: Record<string, unknown>): Promise<string> {
  const { scriptPath, stylePath, iconPath } = await loadAssets();
  // JSON inside <script type="application/json"> only needs "<" escaped.
  const json = JSON.stringify(options).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(String(options.title ?? 'GraphiQL'))}</title>
    <link rel="icon" href="${iconPath}" />
    <link rel="stylesheet" href="${stylePath}" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run GraphiQL.</noscript>
    <div id="root"></div>
    <script type="application/json" id="graphiql-options">${json}</script>
    <script src="${scriptPath}"></script>
  </body>
</html>
`;
}

/** The Content-Security-Policy of the page: its own scripts and styles, the editor's workers from blobs. */
export const GRAPHIQL_CSP =
  "default-src 'none'; script-src 'self' blob:; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Serves the hashed assets (compressed as the client accepts), cacheable for a year. */
export function graphiqlAssets(): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(GRAPHIQL_ASSET_PREFIX)) return;
      const asset = (await loadAssets()).byPath.get(url.pathname);
      if (!asset || (request.method !== 'GET' && request.method !== 'HEAD')) {
        endResponse(new fetchAPI.Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        return;
      }
      const accepted = request.headers.get('accept-encoding') ?? '';
      // An icon is sent as it is (already compressed); text as the client accepts it.
      const [body, encoding] =
        asset.brotli === asset.plain ? [asset.plain, undefined] : /\bbr\b/.test(accepted) ? [asset.brotli, 'br'] : /\bgzip\b/.test(accepted) ? [asset.gzip, 'gzip'] : [asset.plain, undefined];
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
          status: 200,
          headers: {
            'content-type': asset.type,
            'content-length': String(body.length),
            'cache-control': 'public, max-age=31536000, immutable',
            vary: 'accept-encoding',
            ...(encoding ? { 'content-encoding': encoding } : {}),
          },
        }),
      );
    },
  };
}
