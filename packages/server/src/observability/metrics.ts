import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Counter, Gauge, Registry } from 'prom-client';
import type { PoolState } from '@planhub/db/client';

// Prometheus metrics at /metrics: Yoga's per-operation latency and phases
// (@graphql-yoga/plugin-prometheus), and PlanHub's own: every error code sent, the
// rejections by limit among them, rate-limited requests, and the database pool.

/** The codes that mean a limit refused the request. */
const LIMIT_CODES = new Set([
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COSTLY',
  'TOO_MANY_ALIASES',
  'TOO_MANY_TOKENS',
  'TOO_MANY_DIRECTIVES',
  'BODY_TOO_LARGE',
  'RATE_LIMITED',
  'TOO_MANY_CONCURRENT_REQUESTS',
  'DEADLINE_EXCEEDED',
  'PERSISTED_QUERY_ONLY',
  'INTROSPECTION_DISABLED',
  'CSRF_HEADER_MISSING',
]);

export interface Metrics {
  registry: Registry;
  plugins: Plugin[];
  /** Counts a response sent outside GraphQL (a rejection at the HTTP layer). */
  count(code: string): void;
}

export function createMetrics(pool?: () => PoolState): Metrics {
  const registry = new Registry();
  const errors = new Counter({ name: 'planhub_errors_total', help: 'Errors sent to clients, by extensions.code.', labelNames: ['code'], registers: [registry] });
  const rejections = new Counter({ name: 'planhub_rejections_total', help: 'Requests refused by a limit, by code.', labelNames: ['code'], registers: [registry] });
  const rateLimited = new Counter({ name: 'planhub_rate_limited_total', help: 'Requests refused because the client spent its budget or had too many running.', registers: [registry] });
  if (pool) {
    new Gauge({
      name: 'planhub_db_pool_connections',
      help: 'Database connections by state: in use, idle, and queries waiting for one.',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        const state = pool();
        this.set({ state: 'in_use' }, state.total - state.idle);
        this.set({ state: 'idle' }, state.idle);
        this.set({ state: 'waiting' }, state.waiting);
        this.set({ state: 'max' }, state.max);
      },
    });
  }
  const count = (code: string) => {
    errors.inc({ code });
    if (LIMIT_CODES.has(code)) rejections.inc({ code });
    if (code === 'RATE_LIMITED' || code === 'TOO_MANY_CONCURRENT_REQUESTS') rateLimited.inc();
  };
  const counting: Plugin = {
    onResultProcess({ result }) {
      for (const r of (Array.isArray(result) ? result : [result]) as ExecutionResult[]) {
        for (const error of r?.errors ?? []) count(String(error.extensions?.code ?? 'INTERNAL'));
      }
    },
  };
  return {
    registry,
    count,
    plugins: [
      usePrometheus({
        registry,
        endpoint: '/metrics',
        metrics: {
          graphql_envelop_request_duration: true,
          graphql_envelop_phase_parse: true,
          graphql_envelop_phase_validate: true,
          graphql_envelop_phase_execute: true,
          graphql_envelop_error_result: true,
          graphql_yoga_http_duration: true,
        },
      }) as Plugin,
      counting,
    ],
  };
}
