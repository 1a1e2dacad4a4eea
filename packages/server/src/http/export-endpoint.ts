import type { Database } from '@planhub/db/client';
import type { Plugin } from 'graphql-yoga';
import type { Authenticator } from '../auth/authenticate.ts';
import type { AuthSettings } from '../auth/settings.ts';
import { ErrorCode } from '../errors.ts';
import { type ExportFormat, exportStream, MEDIA_TYPES } from '../export/formats.ts';
import { EXPORT_FILE, EXPORT_NAMES, exportFileName, ExportQueryError, exportTables, parseExportQuery } from '../export/query.ts';
import { jsonError } from './protections.ts';

// Lists out as files: `GET /export/results.csv?area=bac-kan&year=2023` (or `.xlsx`,
// `.json`; every kind an import takes, `facts` for all of them as the sheets of one
// workbook or the lists of one JSON file, `indicators` with their current figures, and
// `changes`, the audit trail), with the filters of the API (export/query.ts) and headers
// in the chosen language (`lang=vi|en`; both by default). Streamed as rows are read, so the first bytes
// leave at once and a large export holds one page in memory. What is exported imports
// back as it is (the import's own columns). Reads are public unless PLANHUB_READS_NEED_TOKEN.


export interface ExportEndpointOptions {
  db: Database;
  authenticator: Authenticator;
  auth: AuthSettings;
}

export function exportEndpoint({ db, authenticator, auth }: ExportEndpointOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith('/export')) return;
      const route = EXPORT_FILE.exec(url.pathname.slice('/export/'.length));
      if (!route) return endResponse(jsonError(fetchAPI, 404, ErrorCode.NOT_FOUND, `Export /export/<${EXPORT_NAMES}>.<csv|xlsx|json>, e.g. /export/results.csv?area=bac-kan&year=2023.`));
      if (request.method !== 'GET' && request.method !== 'HEAD') return endResponse(jsonError(fetchAPI, 405, ErrorCode.INVALID_ARGUMENT, 'Exports are read with GET.'));
      const signedIn = await authenticator.authenticate(request.headers.get('authorization'));
      if (signedIn.failure || (auth.readsNeedToken && !signedIn.principal)) {
        return endResponse(jsonError(fetchAPI, 401, ErrorCode.UNAUTHENTICATED, signedIn.failure?.message ?? 'Reads need a token here: send "Authorization: Bearer <token>".'));
      }
      const [, name, format] = route as unknown as [string, string, ExportFormat];
      let query;
      try {
        query = await parseExportQuery(db.prisma, name, format, url.searchParams);
      } catch (error) {
        if (!(error instanceof ExportQueryError)) throw error;
        return endResponse(jsonError(fetchAPI, error.notFound ? 404 : 400, error.notFound ? ErrorCode.NOT_FOUND : ErrorCode.INVALID_ARGUMENT, error.message, { argument: error.argument }));
      }
      const { filter, lang } = query;
      // A HEAD reads no rows.
      const tables = exportTables(db.prisma, name, filter, signedIn.principal !== null);
      const body = request.method === 'HEAD' ? null : exportStream(tables, format, lang);
      return endResponse(
        new fetchAPI.Response(body, {
          headers: { 'content-type': MEDIA_TYPES[format], 'content-disposition': `attachment; filename="${exportFileName(name, format, filter)}"`, 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
