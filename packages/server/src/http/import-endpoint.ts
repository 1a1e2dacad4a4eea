import type { Database } from '@planhub/db/client';
import type { Plugin } from 'graphql-yoga';
import type { Authenticator } from '../auth/authenticate.ts';
import type { Context } from '../context.ts';
import { codedError } from '../error-codes.ts';
import { ErrorCode } from '../errors.ts';
import { KINDS, kindNamed } from '../import/kinds.ts';
import { runImport } from '../import/run.ts';
import { csvTemplate, xlsxTemplate } from '../import/templates.ts';
import { IMPORT_PATH, jsonError } from './protections.ts';

// Files in, for scripts: `POST /import?kind=results&dryRun=true&reason=…` with the file as
// the body (or as the `file` field of a multipart form, as `curl -F file=@…` sends it),
// answered with the import's report: 200 when the file had no problem (a dry run, or
// applied), 422 with every problem when it had. Signed in as for mutations (a Bearer
// token; an editor imports only its areas' rows). And the templates, for anyone:
// `GET /import/templates/results.xlsx` (or `.csv`).

const TEMPLATE = /^\/import\/templates\/([\w-]+)\.(csv|xlsx)$/;
const MEDIA = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

export interface ImportEndpointOptions {
  db: Database;
  authenticator: Authenticator;
  feed: Context['feed'];
  maxBytes: number;
}

/** `dryRun`'s value: absent is false; anything but a known yes or no is refused, never taken for a real run. */
function flag(v: string | null): boolean | null {
  if (v === null) return false;
  const w = v.toLowerCase();
  if (['', '1', 'true', 'yes', 'on'].includes(w)) return true;
  if (['0', 'false', 'no', 'off'].includes(w)) return false;
  return null;
}

export function importEndpoint({ db, authenticator, feed, maxBytes }: ImportEndpointOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const template = TEMPLATE.exec(url.pathname);
      if (template && (request.method === 'GET' || request.method === 'HEAD')) {
        const kind = kindNamed(template[1]!);
        if (!kind) return endResponse(jsonError(fetchAPI, 404, ErrorCode.NOT_FOUND, `No template "${template[1]}": the templates are ${KINDS.map((k) => `${k.name}.csv and ${k.name}.xlsx`).join(', ')}.`));
        const format = template[2] as 'csv' | 'xlsx';
        const body = format === 'csv' ? csvTemplate(kind) : await xlsxTemplate(kind);
        return endResponse(
          new fetchAPI.Response(new Uint8Array(body), {
            headers: { 'content-type': MEDIA[format], 'content-disposition': `attachment; filename="planhub-${kind.name}.${format}"`, 'cache-control': 'public, max-age=3600' },
          }),
        );
      }
      if (url.pathname !== IMPORT_PATH) return;
      if (request.method !== 'POST') {
        return endResponse(jsonError(fetchAPI, 405, ErrorCode.INVALID_ARGUMENT, 'POST the file to /import (with ?kind=…&dryRun=true for a dry run); GET /import/templates/<kind>.xlsx for a template.'));
      }
      const auth = await authenticator.authenticate(request.headers.get('authorization'));
      if (auth.failure || !auth.principal) {
        const response = jsonError(fetchAPI, 401, ErrorCode.UNAUTHENTICATED, auth.failure?.message ?? 'Importing writes data: send a token with "Authorization: Bearer <token>" (npm run token).');
        response.headers.set('www-authenticate', 'Bearer');
        return endResponse(response);
      }
      const length = Number(request.headers.get('content-length') ?? NaN);
      if (!Number.isFinite(length)) return endResponse(jsonError(fetchAPI, 411, ErrorCode.BODY_TOO_LARGE, 'Send the file with a Content-Length header.', { limit: maxBytes }));
      if (length > maxBytes) return endResponse(jsonError(fetchAPI, 413, ErrorCode.BODY_TOO_LARGE, `The file is ${length} bytes; at most ${maxBytes} are imported at once (PLANHUB_IMPORT_MAX_BYTES). Split it by sheet or by period.`, { limit: maxBytes, measured: length }));
      const params = url.searchParams;
      let bytes: Uint8Array;
      let fileName = params.get('fileName');
      const mediaType = request.headers.get('content-type');
      if (mediaType?.startsWith('multipart/form-data')) {
        const file = (await request.formData()).get('file');
        if (!file || typeof file === 'string') return endResponse(jsonError(fetchAPI, 400, ErrorCode.INVALID_ARGUMENT, 'The form has no file: send it as the "file" field (curl -F file=@results.xlsx).'));
        bytes = new Uint8Array(await file.arrayBuffer());
        fileName ??= file.name;
      } else bytes = new Uint8Array(await request.arrayBuffer());
      const locale = params.get('locale');
      if (locale !== null && locale !== 'vi' && locale !== 'en') return endResponse(jsonError(fetchAPI, 400, ErrorCode.INVALID_ARGUMENT, `locale: "${locale}" is not a number format: vi (2,5 and 8.500) or en (2.5 and 8,500).`));
      const dryRun = flag(params.get('dryRun'));
      if (dryRun === null) return endResponse(jsonError(fetchAPI, 400, ErrorCode.INVALID_ARGUMENT, `dryRun: "${params.get('dryRun')}" is neither yes nor no: send dryRun=true for a dry run, or leave it out.`));
      let report;
      try {
        report = await runImport(
          { db, principal: auth.principal, feed },
          bytes,
          { kind: params.get('kind'), dryRun, reason: params.get('reason') ?? '', locale, fileName, mediaType: mediaType?.startsWith('multipart/') ? null : mediaType },
        );
      } catch (error) {
        // Another import holding the embedded database's writer, or the database gone: nothing was written.
        const coded = codedError(error);
        if (!coded || coded.extensions.code !== ErrorCode.SERVICE_UNAVAILABLE) throw error;
        const busy = jsonError(fetchAPI, 503, ErrorCode.SERVICE_UNAVAILABLE, coded.message);
        busy.headers.set('retry-after', '5');
        return endResponse(busy);
      }
      return endResponse(
        new fetchAPI.Response(JSON.stringify(report), { status: report.problems.length ? 422 : 200, headers: { 'content-type': 'application/json; charset=utf-8' } }),
      );
    },
  };
}
