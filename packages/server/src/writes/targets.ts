import { targetRecord } from '@planhub/db/seed/facts';
import type { Target } from '@planhub/db/generated/sqlite/client';
import type { Context } from '../context.ts';
import { encodeGlobalId } from '../global-id.ts';
import type { ChangeSet } from './audit.ts';
import { checkQuoteLength, dayOf, isoDay, optionalReason, requiredReason } from './fields.ts';
import { type ProvenanceInput, quoteFor } from './provenance.ts';
import { parseRecord, periodOf, planOf, seriesOf, unitOf } from './references.ts';
import { type ImportAction, writeMatched } from './matched.ts';
import { currentAt, type Written } from './results.ts';
import { runWrite, type Tx, updateAtVersion } from './transaction.ts';
import { DuplicateRecordError, InvalidInputError } from './user-errors.ts';

// Targets: set, corrected, adjusted and retired. A correction fixes what was recorded
// wrongly; an adjustment (điều chỉnh chỉ tiêu) is a later decision that changes the target
// in force: its earlier values are kept as a revision, with their own quote.

export interface TargetValues {
  comparator: 'AT_LEAST' | 'AT_MOST' | 'EQUAL' | 'RANGE';
  value: number;
  valueMax: number | null;
  rangeKind: 'OR_BETTER' | 'WITHIN' | null;
  unit: string;
  adoptedOn: Date | null;
  provenance: ProvenanceInput;
}

export interface TargetFields extends TargetValues {
  indicator: string;
  plan: string;
  period: string;
  kind: 'LEVEL' | 'INCREASE' | 'RANK_CHANGE';
  isMain: boolean;
}

const FIELD_NAMES = { quote: 'provenance.quote' };

async function resolve(tx: Tx, f: TargetFields) {
  checkQuoteLength(f.provenance.quote, 'provenance.quote');
  const record = parseRecord(
    targetRecord,
    {
      key: 'input',
      indicator: f.indicator,
      plan: f.plan,
      period: f.period,
      kind: f.kind,
      comparator: f.comparator,
      value: f.value,
      valueMax: f.valueMax,
      rangeKind: f.rangeKind,
      unit: f.unit,
      isMain: f.isMain,
      adoptedOn: isoDay(f.adoptedOn),
      quote: 'input',
      revisions: [],
    },
    FIELD_NAMES,
  );
  const series = await seriesOf(tx, record.indicator, 'indicator');
  const plan = await planOf(tx, record.plan, 'plan', series.areaId);
  const period = await periodOf(tx, record.period, 'period');
  const unit = await unitOf(tx, record.unit, 'unit', series.dimension);
  const quote = await quoteFor(tx, f.provenance, 'provenance');
  const data = {
    indicatorId: series.id,
    planId: plan.id,
    periodId: period.id,
    kind: record.kind,
    comparator: record.comparator,
    value: record.value,
    valueMax: record.valueMax,
    rangeKind: record.rangeKind,
    unitId: unit.id,
    isMain: record.isMain,
    adoptedOn: dayOf(record.adoptedOn),
    quoteId: quote.id,
  };
  return { data, series, period };
}

const describe = (f: Pick<TargetFields, 'kind' | 'indicator' | 'plan' | 'period'>) => `A ${f.kind} target of plan "${f.plan}" for ${f.indicator} in ${f.period}`;

export function setTarget(ctx: Context, set: ChangeSet, f: TargetFields, reason: string | null): Promise<Written<Target>> {
  const why = optionalReason(reason);
  return runWrite(ctx, set, async (tx) => {
    const { data, series } = await resolve(tx, f);
    const existing = await tx.target.findUnique({ where: { planId_indicatorId_periodId_kind: { planId: data.planId, indicatorId: data.indicatorId, periodId: data.periodId, kind: data.kind } } });
    if (existing && !existing.retiredAt) throw new DuplicateRecordError(encodeGlobalId('Target', existing.id), existing.version, describe(f));
    if (existing) {
      const record = await tx.target.update({ where: { id: existing.id }, data: { ...data, retiredAt: null, version: { increment: 1 } } });
      const changeId = await set.record(tx, { operation: 'UPDATE', model: 'Target', recordId: record.id, areaId: series.areaId, planId: record.planId, before: existing, after: record, reason: why ?? 'Set again after its retirement.' });
      return { record, changeId };
    }
    const record = await tx.target.create({ data });
    const changeId = await set.record(tx, { operation: 'CREATE', model: 'Target', recordId: record.id, areaId: series.areaId, planId: record.planId, before: null, after: record, reason: why });
    return { record, changeId };
  });
}

/**
 * A target as an import writes it, inside the import's transaction: matched by its natural
 * key (plan, series, period, kind), created, brought back, corrected or left alone, as
 * `importResult` does results (`keep` as there). A changed target is corrected, not adjusted: an adjustment
 * (a later decision, with its own quote) is `adjustTarget`'s.
 */
export async function importTarget(tx: Tx, set: ChangeSet, f: TargetFields, why: string, keep: ReadonlySet<string> = new Set()): Promise<{ action: ImportAction; id: number }> {
  const { data, series } = await resolve(tx, f);
  const existing = await tx.target.findUnique({ where: { planId_indicatorId_periodId_kind: { planId: data.planId, indicatorId: data.indicatorId, periodId: data.periodId, kind: data.kind } } });
  return writeMatched(tx, set, { model: 'Target', delegate: tx.target, existing, data, areaId: series.areaId, why, keep });
}

async function targetFieldsOf(tx: Tx, id: number) {
  const row = await tx.target.findUnique({
    where: { id },
    include: {
      indicator: { select: { definition: { select: { key: true } }, area: { select: { key: true } } } },
      plan: { select: { key: true } },
      period: { select: { key: true } },
      unit: { select: { key: true } },
      quote: { select: { text: true, source: { select: { key: true } } } },
    },
  });
  if (!row) return null;
  const { indicator, plan, period, unit, quote, ...target } = row;
  const fields: TargetFields = {
    indicator: `${indicator.definition.key}@${indicator.area.key}`,
    plan: plan.key,
    period: period.key,
    kind: target.kind,
    comparator: target.comparator,
    value: target.value,
    valueMax: target.valueMax,
    rangeKind: target.rangeKind,
    unit: unit.key,
    isMain: target.isMain,
    adoptedOn: target.adoptedOn,
    provenance: { source: quote.source.key, quote: quote.text },
  };
  return { target, fields };
}

/** A correction: what was recorded wrongly, fixed in place (no revision is kept but the audit's). */
export function updateTarget(ctx: Context, set: ChangeSet, id: number, version: number, patch: Partial<TargetFields>, reason: string): Promise<Written<Target>> {
  const why = requiredReason(reason);
  return runWrite(ctx, set, async (tx) => {
    const found = await targetFieldsOf(tx, id);
    const before = await currentAt(found?.target ?? null, 'Target', id, version);
    const merged: TargetFields = { ...found!.fields, ...patch };
    const { data, series } = await resolve(tx, merged);
    if (data.planId !== before.planId || data.indicatorId !== before.indicatorId || data.periodId !== before.periodId || data.kind !== before.kind) {
      const other = await tx.target.findUnique({ where: { planId_indicatorId_periodId_kind: { planId: data.planId, indicatorId: data.indicatorId, periodId: data.periodId, kind: data.kind } } });
      if (other) throw new DuplicateRecordError(encodeGlobalId('Target', other.id), other.version, describe(merged));
    }
    const record = await updateAtVersion(tx.target, id, version, data);
    const changeId = await set.record(tx, { operation: 'UPDATE', model: 'Target', recordId: id, areaId: series.areaId, planId: record.planId, before, after: record, reason: why });
    return { record, changeId };
  });
}

/**
 * An adjustment (điều chỉnh chỉ tiêu): new values in force from `adoptedOn`, stated by
 * their own passage; the values they replace are kept as a revision with their quote.
 */
export function adjustTarget(ctx: Context, set: ChangeSet, id: number, version: number, values: TargetValues, reason: string): Promise<Written<Target>> {
  const why = requiredReason(reason);
  return runWrite(ctx, set, async (tx) => {
    const found = await targetFieldsOf(tx, id);
    const before = await currentAt(found?.target ?? null, 'Target', id, version);
    const merged: TargetFields = { ...found!.fields, ...values };
    const { data, series } = await resolve(tx, merged);
    if (data.quoteId === before.quoteId) {
      throw new InvalidInputError([{ field: 'provenance.quote', message: 'An adjustment is a later decision: quote the passage that adjusts the target, not the one that set it.' }]);
    }
    if (before.adoptedOn && data.adoptedOn && data.adoptedOn < before.adoptedOn) {
      throw new InvalidInputError([{ field: 'adoptedOn', message: `The adjustment is dated before the values it replaces (adopted ${isoDay(before.adoptedOn)}).` }]);
    }
    await tx.targetRevision.create({
      data: {
        targetId: id,
        comparator: before.comparator,
        value: before.value,
        valueMax: before.valueMax,
        rangeKind: before.rangeKind,
        unitId: before.unitId,
        adoptedOn: before.adoptedOn,
        replacedOn: data.adoptedOn,
        quoteId: before.quoteId,
      },
    });
    const record = await updateAtVersion(tx.target, id, version, data);
    const changeId = await set.record(tx, { operation: 'UPDATE', model: 'Target', recordId: id, areaId: series.areaId, planId: record.planId, before, after: record, reason: why });
    return { record, changeId };
  });
}

export function retireTarget(ctx: Context, set: ChangeSet, id: number, version: number, reason: string): Promise<Written<Target>> {
  const why = requiredReason(reason);
  return runWrite(ctx, set, async (tx) => {
    const row = await tx.target.findUnique({ where: { id }, include: { indicator: { select: { areaId: true } } } });
    const { indicator, ...before } = await currentAt(row, 'Target', id, version);
    const record = await updateAtVersion(tx.target, id, version, { retiredAt: new Date() });
    const changeId = await set.record(tx, { operation: 'RETIRE', model: 'Target', recordId: id, areaId: indicator.areaId, planId: record.planId, before, after: record, reason: why });
    return { record, changeId };
  });
}
