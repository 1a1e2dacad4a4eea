import type { Db } from '@planhub/db/client';
import { readDataVersion } from '../data-version.ts';
import { TARGET_STATUSES, type TargetStatus } from '../domain/status.ts';
import { KINDS } from '../import/kinds.ts';
import { ReferenceCache, requestReference } from '../reference-data.ts';
import type { ExportLanguage, ExportTable } from './formats.ts';
import { CHANGES, changes, INDICATORS, indicators } from './lists.ts';
import { type ExportFilter, type ExportSource, EXPORTS } from './tables.ts';

// What can be exported and with which filters: one place for the HTTP endpoint and the CLI.

/** The filters an export may take (each list takes some: `EXPORT_LISTS`). */
export const FILTER_NAMES = ['area', 'plan', 'year', 'definition', 'status', 'since'] as const;
type FilterName = (typeof FILTER_NAMES)[number];
const FACT_FILTERS: readonly FilterName[] = ['area', 'plan', 'year', 'definition'];

interface ExportList {
  tables: (source: ExportSource, filter: ExportFilter) => ExportTable[];
  filters: readonly FilterName[];
}

const kindList = (name: keyof typeof EXPORTS): ExportList => ({
  tables: (source, filter) => [{ kind: EXPORTS[name].kind, rows: EXPORTS[name].rows(source, filter) }],
  filters: name === 'targets' ? [...FACT_FILTERS, 'status'] : FACT_FILTERS,
});

/** Every list by the name its file takes: each kind alone; `facts`, every kind (a workbook's sheets, a JSON file's lists); the indicators with their current figures; the audit trail. */
export const EXPORT_LISTS: Readonly<Record<string, ExportList>> = {
  ...Object.fromEntries(KINDS.map((k) => [k.name, kindList(k.name)])),
  facts: { tables: (source, filter) => KINDS.flatMap((k) => kindList(k.name).tables(source, filter)), filters: FACT_FILTERS },
  indicators: { tables: (source, filter) => [{ kind: INDICATORS, rows: indicators(source, filter) }], filters: [...FACT_FILTERS, 'status'] },
  changes: { tables: (source, filter) => [{ kind: CHANGES, rows: changes(source, filter) }], filters: ['area', 'since'] },
};

/** An export's file name: `results.csv`, `facts.xlsx`. */
export const EXPORT_FILE = new RegExp(`^(${Object.keys(EXPORT_LISTS).join('|')})\\.(csv|xlsx|json)$`);
export const EXPORT_NAMES = Object.keys(EXPORT_LISTS).join('|');

export interface ExportQuery {
  filter: ExportFilter;
  lang: ExportLanguage;
}

/** A refused query: the argument and what to fix (INVALID_ARGUMENT, or NOT_FOUND for an unknown code). */
export class ExportQueryError extends Error {
  constructor(
    readonly argument: string,
    message: string,
    readonly notFound = false,
  ) {
    super(message);
  }
}

/** Reads and checks an export's filters (a URL's query, or the CLI's options as one). */
export async function parseExportQuery(prisma: Db, name: string, format: string, params: URLSearchParams): Promise<ExportQuery> {
  const list = EXPORT_LISTS[name]!;
  if (format === 'csv' && name === 'facts') throw new ExportQueryError('format', 'A CSV holds one kind of records: export facts.xlsx or facts.json, or one kind as CSV (results.csv, targets.csv, …).');
  for (const key of params.keys()) {
    if (key === 'lang') continue;
    if (!(FILTER_NAMES as readonly string[]).includes(key)) throw new ExportQueryError(key, `${key}: not a filter of exports; ${name} takes ${list.filters.join(', ')} (and lang).`);
    if (!list.filters.includes(key as FilterName)) throw new ExportQueryError(key, `${key}: ${name} cannot be filtered by it; it takes ${list.filters.join(', ')}.`);
  }
  const lang = params.get('lang');
  if (lang !== null && lang !== 'vi' && lang !== 'en') throw new ExportQueryError('lang', `lang: "${lang}" is not a language of the headers: vi or en (both when not given).`);
  const year = params.get('year');
  if (year !== null && !/^\d{4}$/.test(year)) throw new ExportQueryError('year', `year: "${year}" is not a year, such as 2024.`);
  const status = params.get('status');
  const statuses = status === null ? null : status.split(',').map((s) => s.trim().toUpperCase());
  const unknown = statuses?.find((s) => !(TARGET_STATUSES as readonly string[]).includes(s));
  if (unknown !== undefined) throw new ExportQueryError('status', `status: "${unknown}" is not a target status: ${TARGET_STATUSES.join(', ')} (several separated by commas).`);
  const since = params.get('since');
  // An instant without an offset is UTC's, whatever the server's time zone.
  const sinceDate = since === null ? null : new Date(/T/.test(since) && !/(Z|[+-]\d{2}:?\d{2})$/i.test(since) ? `${since}Z` : since);
  if (sinceDate && (Number.isNaN(sinceDate.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(since!))) throw new ExportQueryError('since', `since: "${since}" is not an instant: write 2024-12-20 or 2024-12-20T08:00:00Z.`);
  const filter: ExportFilter = { area: params.get('area'), plan: params.get('plan'), definition: params.get('definition'), year: year === null ? null : Number(year), status: statuses as TargetStatus[] | null, since: sinceDate };
  for (const [param, model] of [['area', 'area'], ['plan', 'plan'], ['definition', 'indicatorDefinition']] as const) {
    const code = filter[param];
    if (code && !(await (prisma[model] as unknown as { count(args: object): Promise<number> }).count({ where: { key: code } }))) {
      throw new ExportQueryError(param, `${param}: nothing has the code "${code}".`, true);
    }
  }
  return { filter, lang: lang as ExportLanguage };
}

/** An export's tables, read lazily: nothing is read until the file is written. What is computed (a target's status) reads reference data once per export. */
export function exportTables(prisma: Db, name: string, filter: ExportFilter, seesActors: boolean): ExportTable[] {
  const reference = requestReference(prisma, new ReferenceCache(prisma), () => readDataVersion(prisma));
  return EXPORT_LISTS[name]!.tables({ prisma, reference, seesActors }, filter);
}

/** The file name an export is given: its list and its filters, `planhub-results-bac-kan-2023.csv`. */
export function exportFileName(name: string, format: string, filter: ExportFilter): string {
  const suffix = [filter.area, filter.plan, filter.definition, filter.year, filter.status?.join('+'), filter.since?.toISOString().slice(0, 10)].filter((v) => v !== null && v !== undefined).join('-');
  return `planhub-${name}${suffix ? `-${suffix}` : ''}.${format}`;
}
