import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { type DatabaseConfig, sqlitePath } from '@planhub/db/config';

// Query plans of the statements PlanHub sent for one request, as the database would
// run them with the same parameters: EXPLAIN QUERY PLAN on SQLite, EXPLAIN ANALYZE
// (actual rows, no timings) on PostgreSQL.

export interface Statement {
  query: string;
  params: unknown[];
}

export function parseParams(params: unknown): unknown[] {
  if (Array.isArray(params)) return params;
  if (typeof params === 'string') {
    try {
      const parsed = JSON.parse(params);
      return Array.isArray(parsed) ? parsed : [];
    } catch {
      return [];
    }
  }
  return [];
}

export async function explain(config: DatabaseConfig, statements: Statement[]): Promise<string> {
  const out: string[] = [];
  if (config.provider === 'sqlite') {
    const db = new Sqlite(sqlitePath(config.url), { readonly: true });
    try {
      for (const s of statements) {
        const params = s.params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p));
        const rows = db.prepare(`EXPLAIN QUERY PLAN ${s.query}`).all(...params) as Array<{ id: number; parent: number; detail: string }>;
        const depth = new Map<number, number>();
        const lines = rows.map((r) => {
          const d = (depth.get(r.parent) ?? -1) + 1;
          depth.set(r.id, d);
          return `${'  '.repeat(d)}${r.detail}`;
        });
        out.push(`${s.query}\n${lines.join('\n')}`);
      }
    } finally {
      db.close();
    }
  } else {
    const client = new pg.Client({ connectionString: config.url });
    await client.connect();
    try {
      for (const s of statements) {
        const result = await client.query(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${s.query}`, s.params);
        out.push(`${s.query}\n${result.rows.map((r) => r['QUERY PLAN']).join('\n')}`);
      }
    } finally {
      await client.end();
    }
  }
  return out.join('\n\n');
}
