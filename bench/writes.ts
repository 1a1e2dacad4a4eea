import { randomUUID } from 'node:crypto';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { openDatabase } from '@planhub/db/client';
import { type DatabaseConfig, sqlitePath } from '@planhub/db/config';
import { issueToken } from '@planhub/server/auth/tokens';
import { DEFAULT_HTTP } from '@planhub/server/http/settings';
import { DEFAULT_LIMITS } from '@planhub/server/limits/settings';
import { createLogger } from '@planhub/server/observability/logger';
import { createPlanHubYoga } from '@planhub/server/yoga';

// Writes per second: `recordResult` through PlanHub (in process: yoga, scope-auth, the
// shared rules, references and the quote looked up in the transaction, the audit entry,
// the data version's triggers) from 8 concurrent writers, against a hand-written
// transaction that makes the same rows (the quote, the result, the audit entry) with
// the same drivers, from 8 concurrent writers too. Each writer writes under a source of
// its own (labelled SYNTHETIC), so no two writes share a natural key.

export interface WriteFigures {
  writers: number;
  writes: number;
  planhubPerSecond: number;
  baselinePerSecond: number;
  ratio: number;
}

const WRITERS = 8;
const MEASURES = ['LEVEL', 'CHANGE'] as const;
const RECORD = `mutation Record($input: RecordResultInput!) { recordResult(input: $input) { __typename ... on ResultWrite { result { id } } ... on UserError { code message } } }`;

interface Slot {
  indicator: { id: number; ref: string; unitId: number; unitKey: string; areaId: number };
  period: { id: number; key: string };
  measure: (typeof MEASURES)[number];
}

export async function measureWrites(config: DatabaseConfig, perWriter = 60): Promise<WriteFigures> {
  const db = openDatabase(config);
  const run = randomUUID().slice(0, 8);
  try {
    const series = await db.prisma.indicator.findMany({ take: 40, orderBy: { id: 'asc' }, include: { definition: true, area: true, unit: true } });
    const periods = await db.prisma.period.findMany({ where: { kind: 'YEAR' } });
    const slots: Slot[] = [];
    for (const s of series)
      for (const p of periods)
        for (const measure of MEASURES)
          slots.push({ indicator: { id: s.id, ref: `${s.definition.key}@${s.area.key}`, unitId: s.unitId, unitKey: s.unit.key, areaId: s.areaId }, period: { id: p.id, key: p.key }, measure });
    const writes = Math.min(perWriter, slots.length);
    // A source per writer and side, whose text every quote of it is.
    const text = (i: number) => `Số liệu tổng hợp tự động (synthetic) số ${i}.`;
    const sources = async (side: string) =>
      Promise.all(
        Array.from({ length: WRITERS }, (_, w) =>
          db.prisma.source.create({
            data: { key: `bench-writes-${run}-${side}-${w}`, kind: 'SYNTHETIC', title: 'Bench writes', publisherName: 'bench', publishedOn: new Date('2026-01-01'), datePrecision: 'YEAR', language: 'vi', text: text(w) },
          }),
        ),
      );
    const planhubSources = await sources('planhub');
    const baselineSources = await sources('baseline');
    const { secret } = await issueToken(db.prisma, { name: 'bench', role: 'ADMIN', areas: [], expiresAt: null, createdBy: 'bench' });

    const yoga = createPlanHubYoga({ db, logger: createLogger('silent'), http: { ...DEFAULT_HTTP, metrics: false }, limits: { ...DEFAULT_LIMITS, rateLimit: { ...DEFAULT_LIMITS.rateLimit, enabled: false } } });
    const planhubStart = performance.now();
    await Promise.all(
      planhubSources.map(async (source, w) => {
        for (let i = 0; i < writes; i++) {
          const slot = slots[i]!;
          const response = await yoga.fetch('http://bench/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
            body: JSON.stringify({
              query: RECORD,
              variables: { input: { indicator: slot.indicator.ref, period: slot.period.key, measure: slot.measure, value: i, unit: slot.indicator.unitKey, reliability: 'FINAL', provenance: { source: source.key, quote: text(w) } } },
            }),
          });
          const body = await response.json();
          if (body.data?.recordResult?.__typename !== 'ResultWrite') throw new Error(`bench writes: ${JSON.stringify(body).slice(0, 400)}`);
        }
      }),
    );
    const planhubSeconds = (performance.now() - planhubStart) / 1000;
    await yoga.dispose();

    const baseline = openWriter(config);
    const baselineStart = performance.now();
    await Promise.all(
      baselineSources.map(async (source, w) => {
        for (let i = 0; i < writes; i++) await baseline.record(source.id, text(w), slots[i]!, i);
      }),
    );
    const baselineSeconds = (performance.now() - baselineStart) / 1000;
    await baseline.close();

    const total = WRITERS * writes;
    const planhubPerSecond = total / planhubSeconds;
    const baselinePerSecond = total / baselineSeconds;
    return { writers: WRITERS, writes: total, planhubPerSecond, baselinePerSecond, ratio: planhubPerSecond / baselinePerSecond };
  } finally {
    await db.close();
  }
}

/** The hand-written transaction: the quote (found or made), the result, the audit entry. */
function openWriter(config: DatabaseConfig): { record(sourceId: number, text: string, slot: Slot, value: number): Promise<void>; close(): Promise<void> } {
  const change = (slot: Slot, resultId: number, value: number) =>
    JSON.stringify({ id: resultId, indicatorId: slot.indicator.id, periodId: slot.period.id, measure: slot.measure, value, reliability: 'FINAL' });
  if (config.provider === 'sqlite') {
    const sqlite = new Sqlite(sqlitePath(config.url));
    sqlite.pragma('busy_timeout = 5000');
    const quote = sqlite.prepare('INSERT INTO "Quote" ("sourceId", "text", "start", "end") VALUES (?, ?, 0, ?) ON CONFLICT ("sourceId", "start", "end") DO UPDATE SET "text" = excluded."text" RETURNING "id"');
    const result = sqlite.prepare(
      'INSERT INTO "Result" ("indicatorId", "periodId", "measure", "value", "bound", "unitId", "reliability", "quoteId", "sourceId") VALUES (?, ?, ?, ?, \'EXACT\', ?, \'FINAL\', ?, ?) RETURNING "id"',
    );
    const audit = sqlite.prepare('INSERT INTO "Change" ("changeSet", "at", "actor", "actorKind", "operation", "model", "recordId", "areaId", "after") VALUES (?, ?, \'bench\', \'TOKEN\', \'CREATE\', \'Result\', ?, ?, ?)');
    const write = sqlite.transaction((sourceId: number, text: string, slot: Slot, value: number) => {
      const q = quote.get(sourceId, text, text.length) as { id: number };
      const r = result.get(slot.indicator.id, slot.period.id, slot.measure, value, slot.indicator.unitId, q.id, sourceId) as { id: number };
      audit.run(randomUUID(), Date.now(), r.id, slot.indicator.areaId, change(slot, r.id, value));
    });
    return {
      async record(sourceId, text, slot, value) {
        write(sourceId, text, slot, value);
      },
      async close() {
        sqlite.close();
      },
    };
  }
  const pool = new pg.Pool({ connectionString: config.url, max: WRITERS });
  return {
    async record(sourceId, text, slot, value) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const q = await client.query('INSERT INTO "Quote" ("sourceId", "text", "start", "end") VALUES ($1, $2, 0, $3) ON CONFLICT ("sourceId", "start", "end") DO UPDATE SET "text" = excluded."text" RETURNING "id"', [sourceId, text, text.length]);
        const r = await client.query(
          'INSERT INTO "Result" ("indicatorId", "periodId", "measure", "value", "bound", "unitId", "reliability", "quoteId", "sourceId") VALUES ($1, $2, $3, $4, \'EXACT\', $5, \'FINAL\', $6, $7) RETURNING "id"',
          [slot.indicator.id, slot.period.id, slot.measure, value, slot.indicator.unitId, q.rows[0].id, sourceId],
        );
        await client.query('INSERT INTO "Change" ("changeSet", "at", "actor", "actorKind", "operation", "model", "recordId", "areaId", "after") VALUES ($1, now(), \'bench\', \'TOKEN\', \'CREATE\', \'Result\', $2, $3, $4)', [
          randomUUID(),
          r.rows[0].id,
          slot.indicator.areaId,
          change(slot, r.rows[0].id, value),
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
