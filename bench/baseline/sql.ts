import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { sqlitePath } from '@planhub/db/config';

// The baseline's database access: the same drivers PlanHub's Prisma adapters use
// (better-sqlite3, pg), with SQL written by hand. Statements are written once with `?`
// placeholders; `ids(?)` stands for "one of this array of integers".

export type Dialect = 'sqlite' | 'postgresql';

export interface Sql {
  dialect: Dialect;
  all<T = Record<string, any>>(text: string, params: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** Rewrites `?` placeholders and `IN ids(?)` for the dialect. */
function rewrite(dialect: Dialect, text: string): string {
  if (dialect === 'sqlite') return text.replace(/IN ids\(\?\)/g, 'IN (SELECT value FROM json_each(?))');
  let n = 0;
  return text.replace(/IN ids\(\?\)/g, '= ANY(?::int[])').replace(/\?/g, () => `$${++n}`);
}

export function openSql(url: string, poolSize = 10): Sql {
  if (url.startsWith('file:')) {
    const db = new Sqlite(sqlitePath(url), { readonly: true });
    db.pragma('journal_mode');
    const prepared = new Map<string, Sqlite.Statement>();
    return {
      dialect: 'sqlite',
      async all<T>(text: string, params: unknown[]) {
        let statement = prepared.get(text);
        if (!statement) prepared.set(text, (statement = db.prepare(rewrite('sqlite', text))));
        const bound = params.map((p) => (Array.isArray(p) ? JSON.stringify(p) : typeof p === 'boolean' ? (p ? 1 : 0) : p));
        return statement.all(...bound) as T[];
      },
      async close() {
        db.close();
      },
    };
  }
  // DateTime columns are `timestamp(3)` (without time zone) holding UTC, as Prisma writes
  // them: read as UTC whatever the process's time zone (pg's default reads local time).
  const utc = (text: string) => new Date(`${text.replace(' ', 'T')}Z`);
  const getTypeParser = ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.TIMESTAMP && format !== 'binary' ? utc : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser;
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: { getTypeParser } });
  const texts = new Map<string, { name: string; text: string }>();
  return {
    dialect: 'postgresql',
    async all<T>(text: string, params: unknown[]) {
      let named = texts.get(text);
      // Named statements: parsed and planned once per connection.
      if (!named) texts.set(text, (named = { name: `b${texts.size}`, text: rewrite('postgresql', text) }));
      const result = await pool.query({ name: named.name, text: named.text, values: params });
      return result.rows as T[];
    },
    close: () => pool.end(),
  };
}
