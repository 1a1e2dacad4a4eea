import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { type Database, openDatabase } from '@planhub/db/client';
import { type DatabaseConfig, sqlitePath } from '@planhub/db/config';
import { exportStream } from '@planhub/server/export/formats';
import { exportTables } from '@planhub/server/export/query';
import { runImport } from '@planhub/server/import/run';
import { createBenchDatabase, type Provider } from './data.ts';

// Import throughput: a CSV of results (100,000 rows by default, labelled synthetic: each
// row quotes a source of kind SYNTHETIC made for the run) imported through PlanHub (in
// process: the file read, every row checked by the write path, matched by its natural key,
// quoted, audited, in one transaction), against a hand-written batched INSERT of the same
// rows (their quotes, results and audit entries, 500 rows a statement, one transaction)
// with the same driver. Also the import's peak memory over the process's before it.
//
//   tsx bench/imports.ts [--db sqlite,postgresql] [--rows 100000]

export interface ImportFigures {
  rows: number;
  planhubRowsPerSecond: number;
  baselineRowsPerSecond: number;
  ratio: number;
  /** Peak resident memory during the import, over the process's just before it (MB). */
  peakRssGrowthMb: number;
  /** The CSV's size (MB). */
  fileMb: number;
  /** Every result out again, as CSV and as a workbook, streamed to nowhere. */
  exports: ExportFigures[];
}

export interface ExportFigures {
  format: 'csv' | 'xlsx';
  rows: number;
  rowsPerSecond: number;
  /** From asking to the first bytes (ms). */
  firstByteMs: number;
  peakRssGrowthMb: number;
  mb: number;
}

const BATCH = 500;
const MEASURES = ['LEVEL', 'CHANGE'] as const;

interface Slot {
  definition: string;
  area: string;
  indicatorId: number;
  areaId: number;
  unitId: number;
  unit: string;
  period: string;
  periodId: number;
  measure: (typeof MEASURES)[number];
}

const textOf = (run: string, i: number) => `Số liệu tổng hợp tự động (synthetic) ${run} số ${i}.`;

async function slotsOf(db: Database): Promise<Slot[]> {
  const series = await db.prisma.indicator.findMany({ where: { retiredAt: null }, orderBy: { id: 'asc' }, include: { definition: true, area: true, unit: true } });
  const periods = await db.prisma.period.findMany({ orderBy: { id: 'asc' } });
  return series.flatMap((s) =>
    periods.flatMap((p) =>
      MEASURES.map((measure) => ({ definition: s.definition.key, area: s.area.key, indicatorId: s.id, areaId: s.areaId, unitId: s.unitId, unit: s.unit.key, period: p.key, periodId: p.id, measure })),
    ),
  );
}

/** Sources of kind SYNTHETIC, enough for `rows` rows of distinct natural keys. */
async function sourcesFor(db: Database, run: string, side: string, count: number) {
  const sources = [];
  for (let i = 0; i < count; i++) {
    sources.push(
      await db.prisma.source.create({
        data: { key: `bench-import-${run}-${side}-${i}`, kind: 'SYNTHETIC', title: 'Bench import (synthetic)', publisherName: 'bench', publishedOn: new Date('2026-01-01'), datePrecision: 'YEAR', language: 'vi', text: textOf(run, i) },
      }),
    );
  }
  return sources;
}

export async function measureImport(config: DatabaseConfig, rows = 100_000): Promise<ImportFigures> {
  const db = openDatabase(config);
  const run = randomUUID().slice(0, 8);
  try {
    const slots = await slotsOf(db);
    const perSource = slots.length;
    const sourceCount = Math.ceil(rows / perSource);
    const planhubSources = await sourcesFor(db, run, 'planhub', sourceCount);
    const baselineSources = await sourcesFor(db, run, 'baseline', sourceCount);
    const rowOf = (i: number) => ({ slot: slots[i % perSource]!, source: Math.floor(i / perSource), value: (i % 1000) + 0.5 });

    const lines = ['definition,area,period,measure,value,unit,reliability,source,quote'];
    for (let i = 0; i < rows; i++) {
      const { slot, source, value } = rowOf(i);
      lines.push([slot.definition, slot.area, slot.period, slot.measure, value, slot.unit, 'FINAL', planhubSources[source]!.key, textOf(run, source)].join(','));
    }
    const file = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
    lines.length = 0;

    globalThis.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const principal = { kind: 'TOKEN' as const, name: 'bench', role: 'ADMIN' as const, areas: [], tokenId: null };
    const planhubStart = performance.now();
    const report = await runImport({ db, principal }, file, { kind: 'results', dryRun: false, reason: 'Bench import (synthetic)', locale: 'en' });
    const planhubSeconds = (performance.now() - planhubStart) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    if (report.problems.length || report.counts.CREATE !== rows) throw new Error(`bench import: ${JSON.stringify(report.problems.slice(0, 3))}; counts ${JSON.stringify(report.counts)}`);

    const baselineStart = performance.now();
    await batchedInsert(config, run, baselineSources, rows, rowOf);
    const baselineSeconds = (performance.now() - baselineStart) / 1000;

    const planhubRowsPerSecond = rows / planhubSeconds;
    const baselineRowsPerSecond = rows / baselineSeconds;
    const exports = [await measureExport(db, 'csv'), await measureExport(db, 'xlsx')];
    return { rows, planhubRowsPerSecond, baselineRowsPerSecond, ratio: planhubRowsPerSecond / baselineRowsPerSecond, peakRssGrowthMb: (peak - rssBefore) / 2 ** 20, fileMb: file.length / 2 ** 20, exports };
  } finally {
    await db.close();
  }
}

/** Every result of the database out, as GET /export/results.<format> streams it, read as fast as it comes. */
async function measureExport(db: Database, format: 'csv' | 'xlsx'): Promise<ExportFigures> {
  const rows = await db.prisma.result.count({ where: { retiredAt: null } });
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const start = performance.now();
  const tables = exportTables(db.prisma, 'results', {}, false);
  const stream = exportStream(tables, format, 'en');
  let firstByteMs = 0;
  let bytes = 0;
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    if (!bytes) firstByteMs = performance.now() - start;
    bytes += chunk.length;
  }
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  return { format, rows, rowsPerSecond: rows / seconds, firstByteMs, peakRssGrowthMb: (Math.max(peak, process.memoryUsage().rss) - rssBefore) / 2 ** 20, mb: bytes / 2 ** 20 };
}

/** The hand-written import: each source's quote, then the results and their audit entries, 500 rows a statement, in one transaction. */
async function batchedInsert(config: DatabaseConfig, run: string, sources: Array<{ id: number }>, rows: number, rowOf: (i: number) => { slot: Slot; source: number; value: number }) {
  const changeSet = randomUUID();
  const after = (slot: Slot, id: number, value: number) => JSON.stringify({ id, indicatorId: slot.indicatorId, periodId: slot.periodId, measure: slot.measure, value, reliability: 'FINAL' });
  if (config.provider === 'sqlite') {
    const sqlite = new Sqlite(sqlitePath(config.url));
    sqlite.pragma('busy_timeout = 5000');
    const quote = sqlite.prepare('INSERT INTO "Quote" ("sourceId", "text", "start", "end") VALUES (?, ?, 0, ?) RETURNING "id"');
    const resultsOf = (n: number) =>
      sqlite.prepare(`INSERT INTO "Result" ("indicatorId", "periodId", "measure", "value", "bound", "unitId", "reliability", "quoteId", "sourceId") VALUES ${Array(n).fill("(?, ?, ?, ?, 'EXACT', ?, 'FINAL', ?, ?)").join(', ')} RETURNING "id"`);
    const changesOf = (n: number) =>
      sqlite.prepare(`INSERT INTO "Change" ("changeSet", "at", "actor", "actorKind", "operation", "model", "recordId", "areaId", "after") VALUES ${Array(n).fill("(?, ?, 'bench', 'TOKEN', 'CREATE', 'Result', ?, ?, ?)").join(', ')}`);
    const full = { results: resultsOf(BATCH), changes: changesOf(BATCH) };
    sqlite.transaction(() => {
      const quotes = sources.map((s, i) => (quote.get(s.id, textOf(run, i), textOf(run, i).length) as { id: number }).id);
      for (let start = 0; start < rows; start += BATCH) {
        const n = Math.min(BATCH, rows - start);
        const batch = Array.from({ length: n }, (_, k) => rowOf(start + k));
        const statements = n === BATCH ? full : { results: resultsOf(n), changes: changesOf(n) };
        const ids = (statements.results.all(...batch.flatMap((r) => [r.slot.indicatorId, r.slot.periodId, r.slot.measure, r.value, r.slot.unitId, quotes[r.source], sources[r.source]!.id])) as Array<{ id: number }>).map((r) => r.id);
        const now = Date.now();
        statements.changes.run(...batch.flatMap((r, k) => [changeSet, now, ids[k], r.slot.areaId, after(r.slot, ids[k]!, r.value)]));
      }
    })();
    sqlite.close();
    return;
  }
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const quotes: number[] = [];
    for (const [i, s] of sources.entries()) quotes.push((await client.query('INSERT INTO "Quote" ("sourceId", "text", "start", "end") VALUES ($1, $2, 0, $3) RETURNING "id"', [s.id, textOf(run, i), textOf(run, i).length])).rows[0].id);
    for (let start = 0; start < rows; start += BATCH) {
      const n = Math.min(BATCH, rows - start);
      const batch = Array.from({ length: n }, (_, k) => rowOf(start + k));
      const values = batch.map((_, k) => `($${k * 7 + 1}, $${k * 7 + 2}, $${k * 7 + 3}::"ResultMeasure", $${k * 7 + 4}, 'EXACT', $${k * 7 + 5}, 'FINAL', $${k * 7 + 6}, $${k * 7 + 7})`).join(', ');
      const ids = (
        await client.query(`INSERT INTO "Result" ("indicatorId", "periodId", "measure", "value", "bound", "unitId", "reliability", "quoteId", "sourceId") VALUES ${values} RETURNING "id"`, batch.flatMap((r) => [r.slot.indicatorId, r.slot.periodId, r.slot.measure, r.value, r.slot.unitId, quotes[r.source], sources[r.source]!.id]))
      ).rows.map((r: { id: number }) => r.id);
      const changes = batch.map((_, k) => `($${k * 4 + 1}, now(), 'bench', 'TOKEN', 'CREATE', 'Result', $${k * 4 + 2}, $${k * 4 + 3}, $${k * 4 + 4})`).join(', ');
      await client.query(`INSERT INTO "Change" ("changeSet", "at", "actor", "actorKind", "operation", "model", "recordId", "areaId", "after") VALUES ${changes}`, batch.flatMap((r, k) => [changeSet, ids[k], r.slot.areaId, after(r.slot, ids[k]!, r.value)]));
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { db: { type: 'string', default: 'sqlite,postgresql' }, rows: { type: 'string', default: '100000' } } });
  for (const provider of values.db!.split(',') as Provider[]) {
    const data = await createBenchDatabase(provider, 'S');
    try {
      const f = await measureImport(data.config, Number(values.rows));
      console.log(
        `${provider}: ${f.rows} rows (${f.fileMb.toFixed(1)} MB CSV): PlanHub ${f.planhubRowsPerSecond.toFixed(0)} rows/s, hand-written batched INSERT ${f.baselineRowsPerSecond.toFixed(0)} rows/s (${(f.ratio * 100).toFixed(1)} %); peak RSS +${f.peakRssGrowthMb.toFixed(0)} MB`,
      );
      for (const e of f.exports) console.log(`${provider}: export of ${e.rows} results as ${e.format}: ${e.rowsPerSecond.toFixed(0)} rows/s, first bytes after ${e.firstByteMs.toFixed(0)} ms, ${e.mb.toFixed(1)} MB, peak RSS +${e.peakRssGrowthMb.toFixed(0)} MB`);
    } finally {
      await data.drop();
    }
  }
}
