import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../src/client.ts';
import { cacheStatements, statementCacheStats } from '../src/sqlite-statements.ts';
import { createTestSqliteFile, type TestSqliteFile } from '../src/testing/sqlite.ts';

// The SQLite connection reuses compiled statements (sqlite-statements.ts). These check
// that Prisma's queries through it stay correct, and that it does reuse them.

let file: TestSqliteFile | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await file?.drop();
  file = undefined;
});

describe('statement cache on the SQLite connection', () => {
  it('R14 R15 @prisma/adapter-better-sqlite3 7.10.0 and better-sqlite3 12.11.1: the adapter prepares through its better-sqlite3 client, so Prisma compiles a query once and reuses it with other arguments, with the right rows each time', async () => {
    const prepare = vi.spyOn(Database.prototype, 'prepare');
    file = await createTestSqliteFile({ migrate: true });
    const db = openDatabase(file.config);
    try {
      await db.prisma.unit.createMany({
        data: ['A', 'B', 'C'].map((key, i) => ({ key, labelVi: key, dimension: 'COUNT', multiplier: i + 1 })),
      });
      const byKey = (key: string) => db.prisma.unit.findUnique({ where: { key }, select: { multiplier: true } });
      expect(await byKey('A')).toEqual({ multiplier: 1 });
      const compiled = prepare.mock.calls.length;
      expect(await byKey('B')).toEqual({ multiplier: 2 });
      expect(await byKey('C')).toEqual({ multiplier: 3 });
      expect(await byKey('D')).toBeNull();
      expect(prepare.mock.calls.length).toBe(compiled);
    } finally {
      await db.close();
    }
  });

  it('a rolled-back transaction leaves the data as it was, and errors still reach the caller', async () => {
    file = await createTestSqliteFile({ migrate: true });
    const db = openDatabase(file.config);
    try {
      await db.prisma.unit.create({ data: { key: 'A', labelVi: 'A', dimension: 'COUNT', multiplier: 1 } });
      for (let attempt = 0; attempt < 2; attempt++) {
        await expect(
          db.prisma.$transaction(async (tx) => {
            await tx.unit.create({ data: { key: 'B', labelVi: 'B', dimension: 'COUNT', multiplier: 2 } });
            await tx.unit.create({ data: { key: 'A', labelVi: 'A again', dimension: 'COUNT', multiplier: 3 } });
          }),
        ).rejects.toThrow(/Unique constraint/);
      }
      expect(await db.prisma.unit.findMany({ select: { key: true } })).toEqual([{ key: 'A' }]);
      await expect(db.prisma.$queryRawUnsafe('SELECT nope FROM Unit')).rejects.toThrow(/no such column/);
    } finally {
      await db.close();
    }
  });

  it('keeps at most its size, dropping the least recently used, and survives a schema change', () => {
    const raw = new Database(':memory:');
    cacheStatements(raw, 2);
    raw.exec('CREATE TABLE t (a INTEGER)');
    const all = (sql: string, args: unknown[] = []) => (raw.prepare(sql) as unknown as { bind(a: unknown[]): { raw(): { all(): unknown[] } } }).bind(args).raw().all();
    const run = (sql: string, args: unknown[] = []) => (raw.prepare(sql) as unknown as { bind(a: unknown[]): { run(): unknown } }).bind(args).run();
    run('INSERT INTO t (a) VALUES (?)', [1]);
    run('INSERT INTO t (a) VALUES (?)', [2]);
    expect(all('SELECT a FROM t ORDER BY a')).toEqual([[1], [2]]);
    expect(all('SELECT count(*) FROM t WHERE a > ?', [1])).toEqual([[1]]);
    expect(statementCacheStats(raw)).toMatchObject({ size: 2, hits: 1, misses: 3 });
    raw.exec('ALTER TABLE t ADD COLUMN b TEXT');
    expect(all('SELECT a FROM t ORDER BY a')).toEqual([[1], [2]]);
    expect(all('SELECT * FROM t ORDER BY a')).toEqual([[1, null], [2, null]]);
    expect(statementCacheStats(raw)?.size).toBe(2);
    raw.close();
  });
});

describe('statements run directly on the writer’s connection (Database.direct)', () => {
  it('R32 @prisma/adapter-better-sqlite3 7.10.0: its transaction is its connection’s own, so a direct statement inside one commits or rolls back with it; outside one it is refused', async () => {
    file = await createTestSqliteFile({ migrate: true });
    const db = openDatabase(file.config, { countStatements: true });
    try {
      const insert = (key: string) => db.direct!('INSERT INTO "Unit" ("key", "labelVi", "dimension", "multiplier") VALUES (?, ?, ?, ?) RETURNING "key"', [key, key, 'COUNT', 1]);
      const keys = async () => (await db.prisma.unit.findMany({ where: { key: { in: ['KEPT', 'UNDONE', 'BEFORE'] } }, orderBy: { key: 'asc' } })).map((u) => u.key);
      // Unknown until the writer has connected.
      await db.writer.unit.count();
      await db.writer.$transaction(async (tx) => {
        await tx.unit.create({ data: { key: 'BEFORE', labelVi: 'b', dimension: 'COUNT', multiplier: 1 } });
        expect(insert('KEPT')).toEqual([{ key: 'KEPT' }]);
        // The transaction's own reads see it: the same connection, the same transaction.
        expect(await tx.unit.count({ where: { key: 'KEPT' } })).toBe(1);
      });
      await db.writer
        .$transaction(async () => {
          insert('UNDONE');
          throw new Error('roll back');
        })
        .catch(() => undefined);
      expect(await keys()).toEqual(['BEFORE', 'KEPT']);
      expect(() => insert('OUTSIDE')).toThrow(/only inside a transaction/);
      // Counted as Prisma's statements are.
      db.statements.reset();
      await db.writer.$transaction(async () => void insert('COUNTED'));
      expect(db.statements.count).toBeGreaterThanOrEqual(1);
    } finally {
      await db.close();
    }
  });
});

describe('the embedded database’s change counter (Database.changeCounter)', () => {
  it('stands still while nothing is written, and moves with a commit of the writer, of another connection, or of the readers’ own', async () => {
    file = await createTestSqliteFile({ migrate: true });
    const db = openDatabase(file.config, { countStatements: true });
    const other = openDatabase(file.config);
    try {
      await db.prisma.unit.count();
      const unit = (key: string) => ({ data: { key, labelVi: key, dimension: 'COUNT', multiplier: 1 } });
      const counted = db.statements.count;
      const start = db.changeCounter!();
      expect(start).toBeDefined();
      await db.prisma.unit.findMany();
      expect(db.changeCounter!()).toBe(start);
      // Read without a statement through Prisma.
      expect(db.statements.count).toBe(counted + 1);
      const seen = [start];
      for (const write of [() => db.writer.unit.create(unit('BY_WRITER')), () => other.prisma.unit.create(unit('BY_OTHER')), () => db.prisma.unit.create(unit('BY_READER'))]) {
        await write();
        const now = db.changeCounter!();
        expect(seen).not.toContain(now);
        seen.push(now);
        expect(db.changeCounter!()).toBe(now);
      }
      // A rolled-back write moves nothing.
      await db.writer.$transaction(async (tx) => {
        await tx.unit.create(unit('UNDONE'));
        throw new Error('roll back');
      }).catch(() => undefined);
      expect(db.changeCounter!()).toBe(seen.at(-1));
      // Disconnected, it cannot tell (the version is then read); reconnected, it starts afresh, unlike any count before.
      await db.prisma.$disconnect();
      expect(db.changeCounter!()).toBeUndefined();
      await db.prisma.unit.count();
      expect(seen).not.toContain(db.changeCounter!());
    } finally {
      await other.close();
      await db.close();
    }
  });
});
