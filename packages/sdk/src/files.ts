import { PlanHubError, type PlanHubErrorCode } from './error.ts';
import type { PlanHubClient } from './types.ts';

// Files out of PlanHub: any list of facts as CSV, an Excel workbook or JSON, with the
// API's filters (`GET /export/…` beside the GraphQL endpoint). `exportUrl` gives the
// address (a link a browser downloads); `downloadExport` fetches it as a stream.

/** What an export holds: one kind of records, `facts` (every kind together; not as CSV), the indicators with their current figures, or the audit trail (`changes`). */
export type ExportKind = 'sources' | 'definitions' | 'agencies' | 'people' | 'offices' | 'plans' | 'series' | 'events' | 'event-participants' | 'results' | 'targets' | 'solutions' | 'assignments' | 'solution-links' | 'facts' | 'indicators' | 'changes';

/** Which records, in which file. */
export interface ExportOptions {
  kind: ExportKind;
  format: 'csv' | 'xlsx' | 'json';
  /** An area's code: its series' facts. */
  area?: string;
  /** A plan's code: its targets, and the results reported against it. */
  plan?: string;
  /** Facts of the periods that overlap this year. */
  year?: number;
  /** An indicator definition's code. */
  definition?: string;
  /** Targets (and indicators with a target) of these computed statuses. */
  status?: ReadonlyArray<'MET' | 'NOT_MET' | 'ON_TRACK' | 'OFF_TRACK' | 'NO_DATA'>;
  /** Changes of the audit trail at or after this instant (`changes` only). */
  since?: Date | string;
  /** The headers' language; both (`Giá trị (Value)`) when not given. */
  lang?: 'vi' | 'en';
}

/** The address of an export, beside the client's GraphQL endpoint. */
export function exportUrl(client: PlanHubClient, options: ExportOptions): string {
  const url = new URL(`/export/${options.kind}.${options.format}`, client.url);
  for (const key of ['area', 'plan', 'year', 'definition', 'lang'] as const) {
    const value = options[key];
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  if (options.status?.length) url.searchParams.set('status', options.status.join(','));
  if (options.since !== undefined) url.searchParams.set('since', options.since instanceof Date ? options.since.toISOString() : options.since);
  return url.toString();
}

/** Fetches an export: its body as a stream, and the file name the server gives it. Rejects with a PlanHubError (its code) when refused. */
export async function downloadExport(
  client: PlanHubClient,
  options: ExportOptions,
  init: { token?: string; fetch?: typeof fetch; signal?: AbortSignal } = {},
): Promise<{ body: ReadableStream<Uint8Array>; fileName: string | null; contentType: string | null }> {
  const response = await (init.fetch ?? fetch)(exportUrl(client, options), { headers: init.token ? { authorization: `Bearer ${init.token}` } : {}, signal: init.signal });
  if (!response.ok || !response.body) {
    const error = (await response.json().catch(() => null)) as { errors?: Array<{ message: string; extensions?: { code?: string } }> } | null;
    const first = error?.errors?.[0];
    throw new PlanHubError((first?.extensions?.code ?? 'HTTP_ERROR') as PlanHubErrorCode, first?.message ?? `The export failed with HTTP ${response.status}.`, { status: response.status });
  }
  return { body: response.body, fileName: /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? null, contentType: response.headers.get('content-type') };
}
