import { resultRecord } from '@planhub/db/seed/facts';
import { Prisma, type Result } from '@planhub/db/generated/sqlite/client';
import type { Context } from '../context.ts';
import { encodeGlobalId } from '../global-id.ts';
import type { ChangeSet } from './audit.ts';
import { type ImportAction, writeMatched } from './matched.ts';
import { checkQuoteLength, dayOf, isoDay, optionalReason, requiredReason } from './fields.ts';
import { type ProvenanceInput, quoteFor } from './provenance.ts';
import { parseRecord, periodOf, planOf, seriesOf, unitOf } from './references.ts';
import { runWrite, type Tx, updateAtVersion } from './transaction.ts';
import { ConflictError, DuplicateRecordError, InvalidInputError, RecordRetiredError, ReferenceNotFoundError, UserError } from './user-errors.ts';
import { type BulkColumn, type BulkTarget, insertRows } from './bulk-insert.ts';

// Results: recorded, corrected and retired. A revised figure (a final one after an
// estimate) is a result of its own from its own source; the earlier one stays as its
// revision, and the current-figure rule (domain/settled.ts) picks between them.

/** A result's fields as a writer gives them: references by code, like the seed's records. */
export interface ResultFields {
  indicator: string;
  period: string;
  plan: string | null;
  measure: 'LEVEL' | 'CHANGE';
  value: number | null;
  bound: 'EXACT' | 'MORE_THAN' | 'AT_LEAST' | 'LESS_THAN' | 'AT_MOST';
  unit: string;
  reliability: 'ESTIMATE' | 'PRELIMINARY' | 'FINAL';
  percentOfPlan: number | null;
  yoyChangePercent: number | null;
  yoyFactor: number | null;
  rankChange: number | null;
  reportedOn: Date | null;
  asOf: Date | null;
  /** The ID of the result this one revises, when the source says it replaces it. */
  supersedes: number | null;
  provenance: ProvenanceInput;
}

export interface Written<T> {
  record: T;
  changeId: number;
}

const FIELD_NAMES = { quote: 'provenance.quote' };

async function resolve(tx: Tx, f: ResultFields, selfId: number | null) {
  checkQuoteLength(f.provenance.quote, 'provenance.quote');
  const record = parseRecord(
    resultRecord,
    {
      key: 'input',
      indicator: f.indicator,
      period: f.period,
      plan: f.plan,
      measure: f.measure,
      value: f.value,
      bound: f.bound,
      unit: f.unit,
      reliability: f.reliability,
      percentOfPlan: f.percentOfPlan,
      yoyChangePercent: f.yoyChangePercent,
      yoyFactor: f.yoyFactor,
      rankChange: f.rankChange,
      reportedOn: isoDay(f.reportedOn),
      asOf: isoDay(f.asOf),
      supersedes: null,
      quote: 'input',
    },
    FIELD_NAMES,
  );
  const series = await seriesOf(tx, record.indicator, 'indicator');
  const period = await periodOf(tx, record.period, 'period');
  const plan = record.plan ? await planOf(tx, record.plan, 'plan', series.areaId) : null;
  const unit = await unitOf(tx, record.unit, 'unit', series.dimension);
  const quote = await quoteFor(tx, f.provenance, 'provenance');
  if (f.supersedes !== null) {
    const revised = await tx.result.findUnique({ where: { id: f.supersedes }, select: { id: true, indicatorId: true, periodId: true, supersededBy: { select: { id: true } } } });
    if (!revised) throw new ReferenceNotFoundError('supersedes', encodeGlobalId('Result', f.supersedes), 'Name the result this one revises by its `id`.');
    if (revised.indicatorId !== series.id || revised.periodId !== period.id) {
      throw new InvalidInputError([{ field: 'supersedes', message: 'A result revises only a result of the same series and period.' }]);
    }
    if (revised.supersededBy && revised.supersededBy.id !== selfId) {
      throw new InvalidInputError([{ field: 'supersedes', message: `That result is revised already, by ${encodeGlobalId('Result', revised.supersededBy.id)}: revise that one instead.` }]);
    }
  }
  const data = {
    indicatorId: series.id,
    periodId: period.id,
    planId: plan?.id ?? null,
    measure: record.measure,
    value: record.value,
    bound: record.bound,
    unitId: unit.id,
    reliability: record.reliability,
    percentOfPlan: record.percentOfPlan,
    yoyChangePercent: record.yoyChangePercent,
    yoyFactor: record.yoyFactor,
    rankChange: record.rankChange,
    reportedOn: dayOf(record.reportedOn),
    asOf: dayOf(record.asOf),
    supersedesId: f.supersedes,
    quoteId: quote.id,
    sourceId: quote.sourceId,
  };
  return { data, series, period };
}

export function recordResult(ctx: Context, set: ChangeSet, f: ResultFields, reason: string | null): Promise<Written<Result>> {
  const why = optionalReason(reason);
  return runWrite(ctx, set, async (tx) => {
    const { data, series, period } = await resolve(tx, f, null);
    const existing = await tx.result.findUnique({
      where: { indicatorId_periodId_measure_sourceId: { indicatorId: data.indicatorId, periodId: data.periodId, measure: data.measure, sourceId: data.sourceId } },
    });
    if (existing && !existing.retiredAt) {
      throw new DuplicateRecordError(
        encodeGlobalId('Result', existing.id),
        existing.version,
        `A ${data.measure} result for ${f.indicator} in ${period.key} from source "${f.provenance.source}"`,
      );
    }
    if (existing) {
      // Recorded again after its retirement: the same record comes back, its history kept.
      const record = await tx.result.update({ where: { id: existing.id }, data: { ...data, retiredAt: null, version: { increment: 1 } } });
      const changeId = await set.record(tx, { operation: 'UPDATE', model: 'Result', recordId: record.id, areaId: series.areaId, planId: record.planId, before: existing, after: record, reason: why ?? 'Recorded again after its retirement.' });
      return { record, changeId };
    }
    const record = await tx.result.create({ data });
    const changeId = await set.record(tx, { operation: 'CREATE', model: 'Result', recordId: record.id, areaId: series.areaId, planId: record.planId, before: null, after: record, reason: why });
    return { record, changeId };
  });
}

/**
 * A result as an import writes it, inside the import's transaction: matched by its natural
 * key (series, period, measure, source), created when new, brought back when retired,
 * updated when its values differ, left alone when they do not, so an import run twice
 * changes nothing the second time. The same checks as `recordResult`. `keep` names the
 * columns (of the record) the file does not have: an existing record keeps their values.
 */
export async function importResult(tx: Tx, set: ChangeSet, f: ResultFields, why: string, keep: ReadonlySet<string> = new Set()): Promise<{ action: ImportAction; id: number }> {
  const { data, series } = await resolve(tx, f, null);
  const existing = await tx.result.findUnique({
    where: { indicatorId_periodId_measure_sourceId: { indicatorId: data.indicatorId, periodId: data.periodId, measure: data.measure, sourceId: data.sourceId } },
  });
  return writeMatched(tx, set, { model: 'Result', delegate: tx.result, existing, data, areaId: series.areaId, why, keep });
}

/** A result's fields in the model's order. */
const RESULT_FIELDS = Object.keys(Prisma.ResultScalarFieldEnum);

const RESULT_COLUMNS: readonly BulkColumn[] = [
  { name: 'indicatorId' },
  { name: 'periodId' },
  { name: 'planId' },
  { name: 'measure', pgType: '"ResultMeasure"' },
  { name: 'value' },
  { name: 'bound', pgType: '"ValueBound"' },
  { name: 'unitId' },
  { name: 'reliability', pgType: '"Reliability"' },
  { name: 'percentOfPlan' },
  { name: 'yoyChangePercent' },
  { name: 'yoyFactor' },
  { name: 'rankChange' },
  { name: 'reportedOn' },
  { name: 'asOf' },
  { name: 'supersedesId' },
  { name: 'quoteId' },
  { name: 'sourceId' },
];

/**
 * Many results as an import writes them, 500 or so at a time: each checked as
 * `importResult` checks it, those already recorded matched in one statement, the new ones
 * inserted together (bulk-insert.ts) and read back as Prisma reads them for the audit
 * trail (the change set batched too). Each row's outcome in order: what was done, or the
 * user error that refused it.
 */
export async function importResults(
  tx: Tx,
  set: ChangeSet,
  rows: readonly ResultFields[],
  why: string,
  keep: ReadonlySet<string>,
  target: BulkTarget,
): Promise<Array<{ action: ImportAction; id: number } | UserError>> {
  const out: Array<{ action: ImportAction; id: number } | UserError> = new Array(rows.length);
  const resolved: Array<{ i: number; data: Awaited<ReturnType<typeof resolve>>['data']; areaId: number }> = [];
  for (const [i, f] of rows.entries()) {
    try {
      const { data, series } = await resolve(tx, f, null);
      resolved.push({ i, data, areaId: series.areaId });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      out[i] = error;
    }
  }
  if (!resolved.length) return out;
  const keyOf = (r: { indicatorId: number; periodId: number; measure: string; sourceId: number }) => `${r.indicatorId}|${r.periodId}|${r.measure}|${r.sourceId}`;
  const ids = (pick: (d: (typeof resolved)[number]['data']) => number) => [...new Set(resolved.map((r) => pick(r.data)))];
  const recorded = await tx.result.findMany({ where: { indicatorId: { in: ids((d) => d.indicatorId) }, periodId: { in: ids((d) => d.periodId) }, sourceId: { in: ids((d) => d.sourceId) } } });
  const existing = new Map(recorded.map((r) => [keyOf(r), r]));
  const fresh: typeof resolved = [];
  for (const r of resolved) {
    const found = existing.get(keyOf(r.data));
    if (found) out[r.i] = await writeMatched(tx, set, { model: 'Result', delegate: tx.result, existing: found, data: r.data, areaId: r.areaId, why, keep });
    else fresh.push(r);
  }
  if (!fresh.length) return out;
  const inserted = await insertRows<{ id: number; indicatorId: number; periodId: number; measure: string; sourceId: number }>(
    tx,
    target,
    'Result',
    RESULT_COLUMNS,
    fresh.map((r) => RESULT_COLUMNS.map((c) => r.data[c.name as keyof typeof r.data])),
    ['id', 'indicatorId', 'periodId', 'measure', 'sourceId'],
  );
  const idOf = new Map(inserted.map((row) => [keyOf({ ...row, indicatorId: Number(row.indicatorId), periodId: Number(row.periodId), sourceId: Number(row.sourceId) }), Number(row.id)]));
  for (const r of fresh) {
    const id = idOf.get(keyOf(r.data))!;
    // The record as Prisma reads it (its fields in the model's order, the defaults of a new one), as `create` would give it.
    const row = Object.fromEntries(RESULT_FIELDS.map((k) => [k, k === 'id' ? id : k === 'version' ? 1 : k === 'retiredAt' ? null : r.data[k as keyof typeof r.data]]));
    await set.record(tx, { operation: 'CREATE', model: 'Result', recordId: id, areaId: r.areaId, planId: r.data.planId, before: null, after: row, reason: why });
    out[r.i] = { action: 'CREATE', id };
  }
  return out;
}

/** The live record at `version`, or the typed error saying why not (a record of a model without retirement is never retired). */
export async function currentAt<T extends { id: number; version: number; retiredAt?: Date | null }>(row: T | null, typename: string, id: number, version: number): Promise<T> {
  if (!row) throw new ReferenceNotFoundError('id', encodeGlobalId(typename, id), `No ${typename} has this ID.`);
  if (row.retiredAt) throw new RecordRetiredError(encodeGlobalId(typename, id));
  if (row.version !== version) throw new ConflictError(row.version, version);
  return row;
}

const WITH_KEYS = {
  indicator: { select: { definition: { select: { key: true } }, area: { select: { key: true } } } },
  period: { select: { key: true } },
  plan: { select: { key: true } },
  unit: { select: { key: true } },
  source: { select: { key: true } },
  quote: { select: { text: true } },
} as const;

/** A result as the fields a writer gives, so an update can be a patch of them. */
export async function resultFieldsOf(tx: Tx, id: number) {
  const row = await tx.result.findUnique({ where: { id }, include: WITH_KEYS });
  if (!row) return null;
  const { indicator, period, plan, unit, source, quote, ...result } = row;
  const fields: ResultFields = {
    indicator: `${indicator.definition.key}@${indicator.area.key}`,
    period: period.key,
    plan: plan?.key ?? null,
    measure: result.measure,
    value: result.value,
    bound: result.bound,
    unit: unit.key,
    reliability: result.reliability,
    percentOfPlan: result.percentOfPlan,
    yoyChangePercent: result.yoyChangePercent,
    yoyFactor: result.yoyFactor,
    rankChange: result.rankChange,
    reportedOn: result.reportedOn,
    asOf: result.asOf,
    supersedes: result.supersedesId,
    provenance: { source: source.key, quote: quote.text },
  };
  return { result, fields };
}

export function updateResult(ctx: Context, set: ChangeSet, id: number, version: number, patch: Partial<ResultFields>, reason: string): Promise<Written<Result>> {
  const why = requiredReason(reason);
  return runWrite(ctx, set, async (tx) => {
    const found = await resultFieldsOf(tx, id);
    const before = await currentAt(found?.result ?? null, 'Result', id, version);
    const merged: ResultFields = { ...found!.fields, ...patch };
    const { data, series } = await resolve(tx, merged, id);
    if (data.sourceId !== before.sourceId || data.indicatorId !== before.indicatorId || data.periodId !== before.periodId || data.measure !== before.measure) {
      const other = await tx.result.findUnique({
        where: { indicatorId_periodId_measure_sourceId: { indicatorId: data.indicatorId, periodId: data.periodId, measure: data.measure, sourceId: data.sourceId } },
      });
      if (other) throw new DuplicateRecordError(encodeGlobalId('Result', other.id), other.version, `A ${data.measure} result for ${merged.indicator} in ${merged.period} from source "${merged.provenance.source}"`);
    }
    const record = await updateAtVersion(tx.result, id, version, data);
    const changeId = await set.record(tx, { operation: 'UPDATE', model: 'Result', recordId: id, areaId: series.areaId, planId: record.planId, before, after: record, reason: why });
    return { record, changeId };
  });
}

export function retireResult(ctx: Context, set: ChangeSet, id: number, version: number, reason: string): Promise<Written<Result>> {
  const why = requiredReason(reason);
  return runWrite(ctx, set, async (tx) => {
    const row = await tx.result.findUnique({ where: { id }, include: { indicator: { select: { areaId: true } } } });
    const { indicator, ...before } = await currentAt(row, 'Result', id, version);
    const record = await updateAtVersion(tx.result, id, version, { retiredAt: new Date() });
    const changeId = await set.record(tx, { operation: 'RETIRE', model: 'Result', recordId: id, areaId: indicator.areaId, planId: record.planId, before, after: record, reason: why });
    return { record, changeId };
  });
}
