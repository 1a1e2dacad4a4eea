import { z } from 'zod';
import { parseEnv } from '@planhub/db/config';
import { DEFAULT_DASHBOARD_DIR, hasDashboard } from './dashboard.ts';

// How the HTTP endpoint presents itself to the public: who may call it from a browser,
// what it reveals of its schema, which operations it runs.

const onOff = (name: string) => z.enum(['on', 'off'], { error: `${name} must be "on" or "off"` }).optional();

const schema = z.object({
  NODE_ENV: z.string().optional(),
  PLANHUB_CORS_ORIGINS: z.string().trim().default('*'),
  PLANHUB_CORS_CREDENTIALS: onOff('PLANHUB_CORS_CREDENTIALS'),
  PLANHUB_INTROSPECTION: onOff('PLANHUB_INTROSPECTION'),
  PLANHUB_GRAPHIQL: onOff('PLANHUB_GRAPHIQL'),
  PLANHUB_OPERATIONS: z.enum(['any', 'persisted'], { error: 'PLANHUB_OPERATIONS must be "any" or "persisted"' }).default('any'),
  PLANHUB_METRICS: onOff('PLANHUB_METRICS'),
  PLANHUB_PERSISTED_OPERATIONS: z.string().trim().min(1).optional(),
  PLANHUB_DASHBOARD: z.string().trim().min(1).optional(),
  PLANHUB_IMPORT_MAX_BYTES: z.coerce.number({ error: 'PLANHUB_IMPORT_MAX_BYTES must be a number of bytes' }).int().positive().default(20 * 1024 * 1024),
});

export interface HttpSettings {
  /** Origins a browser may call from: `*` (any, never with credentials) or an allow-list. */
  corsOrigins: '*' | string[];
  /** Let allowed origins send cookies and HTTP auth (only with an allow-list). */
  corsCredentials: boolean;
  /** Answer introspection and suggest field names in errors. */
  introspection: boolean;
  /** Serve GraphiQL at /graphql to browsers. */
  graphiql: boolean;
  /** `persisted`: run only the operations whose hashes the server knows (the SDK's). */
  operations: 'any' | 'persisted';
  /** Serve Prometheus metrics at /metrics. */
  metrics: boolean;
  /** The manifest of persisted operations (hash → document); the SDK's when not given. */
  persistedOperationsFile?: string;
  /** The largest file `POST /import` reads (GraphQL bodies have their own, smaller limit). */
  importMaxBytes: number;
  /** The built reference dashboard to serve at `/`; none when absent or turned off. */
  dashboardDir?: string;
}

export function httpSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): HttpSettings {
  const e = parseEnv(schema, env, 'HTTP');
  const production = e.NODE_ENV === 'production';
  const origins = e.PLANHUB_CORS_ORIGINS === '*' ? '*' : e.PLANHUB_CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  if (origins !== '*') {
    for (const origin of origins) {
      if (!/^https?:\/\/[^/\s]+$/.test(origin)) throw new Error(`Invalid HTTP configuration: PLANHUB_CORS_ORIGINS lists "${origin}"; give origins like https://portal.example.vn, comma-separated, or *`);
    }
  }
  const credentials = e.PLANHUB_CORS_CREDENTIALS === 'on';
  if (credentials && origins === '*') throw new Error('Invalid HTTP configuration: PLANHUB_CORS_CREDENTIALS=on needs an allow-list in PLANHUB_CORS_ORIGINS, not *');
  return {
    corsOrigins: origins,
    corsCredentials: credentials,
    introspection: e.PLANHUB_INTROSPECTION ? e.PLANHUB_INTROSPECTION === 'on' : !production,
    graphiql: e.PLANHUB_GRAPHIQL ? e.PLANHUB_GRAPHIQL === 'on' : !production,
    operations: e.PLANHUB_OPERATIONS,
    metrics: e.PLANHUB_METRICS ? e.PLANHUB_METRICS === 'on' : true,
    importMaxBytes: e.PLANHUB_IMPORT_MAX_BYTES,
    ...(e.PLANHUB_PERSISTED_OPERATIONS ? { persistedOperationsFile: e.PLANHUB_PERSISTED_OPERATIONS } : {}),
    ...dashboardOf(e.PLANHUB_DASHBOARD),
  };
}

/** `off`: no dashboard; a directory: the build in it (which must be there); unset: the repository's build, if made. */
function dashboardOf(setting: string | undefined): { dashboardDir?: string } {
  if (setting === 'off') return {};
  if (setting === undefined) return hasDashboard(DEFAULT_DASHBOARD_DIR) ? { dashboardDir: DEFAULT_DASHBOARD_DIR } : {};
  if (!hasDashboard(setting)) throw new Error(`Invalid HTTP configuration: PLANHUB_DASHBOARD is "${setting}", which holds no index.html; build the dashboard (npm run build -w @planhub/dashboard), give its dist directory, or "off"`);
  return { dashboardDir: setting };
}

export const DEFAULT_HTTP: HttpSettings = httpSettingsFromEnv({});
