import type { Database } from '@planhub/db/client';
import type { Plugin } from 'graphql-yoga';
import type { Authenticator } from '../auth/authenticate.ts';
import type { AuthSettings } from '../auth/settings.ts';
import { ErrorCode } from '../errors.ts';
import { csvStream, type ExportFormat, jsonStream, MEDIA_TYPES, xlsxStream } from '../export/formats.ts';
import { EXPORT_FILE, EXPORT_LISTS, type ExportFilter, exportTables } from '../export/tables.ts';
import { jsonError } from './protections.ts';

// Lists out as files: `GET /export/results.csv?area=bac-kan&year=2023` (or `.xlsx`,
// `.json`; `targets`, `solutions`, `agencies`, `sources`, and `facts` for all of them as the
// sheets of one workbook or the lists of one JSON file), with the filters of the API and headers in the chosen
// language (`lang=vi|en`; both by default). Streamed as rows are read, so the first bytes
// leave at once and a large export holds one page in memory. What is exported imports
// back as it is (the import's own columns). Reads are public unless PLANHUB_READS_NEED_TOKEN.

const LISTS = Object.keys(EXPORT_LISTS).join('|');

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
      if (!route) return endResponse(jsonError(fetchAPI, 404, ErrorCode.NOT_FOUND, `Export /export/<${LISTS}>.<csv|xlsx|json>, e.g. /export/results.csv?area=bac-kan&year=2023.`));
      if (request.method !== 'GET' && request.method !== 'HEAD') return endResponse(jsonError(fetchAPI, 405, ErrorCode.INVALID_ARGUMENT, 'Exports are read with GET.'));
      const signedIn = await authenticator.authenticate(request.headers.get('authorization'));
      if (signedIn.failure || (auth.readsNeedToken && !signedIn.principal)) {
        return endResponse(jsonError(fetchAPI, 401, ErrorCode.UNAUTHENTICATED, signedIn.failure?.message ?? 'Reads need a token here: send "Authorization: Bearer <token>".'));
      }
      const [, name, format] = route as unknown as [string, string, ExportFormat];
      if (format === 'csv' && EXPORT_LISTS[name]!.length > 1) return endResponse(jsonError(fetchAPI, 400, ErrorCode.INVALID_ARGUMENT, 'A CSV holds one kind of records: export facts.xlsx or facts.json, or sources.csv, results.csv and targets.csv.'));
      const params = url.searchParams;
      const lang = params.get('lang');
      if (lang !== null && lang !== 'vi' && lang !== 'en') return endResponse(jsonError(fetchAPI, 400, ErrorCode.INVALID_ARGUMENT, `lang: "${lang}" is not a language of the headers: vi or en (both when not given).`));
      const year = params.get('year');
      if (year !== null && !/^\d{4}$/.test(year)) return endResponse(jsonError(fetchAPI, 400, ErrorCode.INVALID_ARGUMENT, `year: "${year}" is not a year, such as 2024.`));
      const filter: ExportFilter = { area: params.get('area'), plan: params.get('plan'), definition: params.get('definition'), year: year === null ? null : Number(year) };
      for (const [param, model] of [['area', 'area'], ['plan', 'plan'], ['definition', 'indicatorDefinition']] as const) {
        const code = filter[param];
        if (code && !(await (db.prisma[model] as unknown as { count(args: object): Promise<number> }).count({ where: { key: code } }))) {
          return endResponse(jsonError(fetchAPI, 404, ErrorCode.NOT_FOUND, `${param}: nothing has the code "${code}".`, { argument: param }));
        }
      }
      // A HEAD reads no rows.
      const tables = exportTables(db.prisma, name, filter);
      const body = request.method === 'HEAD' ? null : format === 'csv' ? csvStream(tables[0]!, lang) : format === 'json' ? jsonStream(tables) : xlsxStream(tables, lang);
      const suffix = [filter.area, filter.plan, filter.definition, filter.year].filter((v) => v !== null && v !== undefined).join('-');
      return endResponse(
        new fetchAPI.Response(body, {
          headers: { 'content-type': MEDIA_TYPES[format], 'content-disposition': `attachment; filename="planhub-${name}${suffix ? `-${suffix}` : ''}.${format}"`, 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
