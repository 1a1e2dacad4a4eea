import { solutionRecord } from '@planhub/db/seed/facts';
import { planRecord } from '@planhub/db/seed/entities';
import type { Assignment, Plan, Solution, SolutionIndicator } from '@planhub/db/generated/sqlite/client';
import type { Context } from '../context.ts';
import type { ChangeSet } from './audit.ts';
import { checkQuoteLength, requiredReason } from './fields.ts';
import { type ProvenanceInput, quoteFor } from './provenance.ts';
import { parseRecord, seriesOf } from './references.ts';
import { currentAt, type Written } from './results.ts';
import { runWrite, type Tx, updateAtVersion } from './transaction.ts';
import { ConflictError, RecordRetiredError, ReferenceNotFoundError } from './user-errors.ts';
import { encodeGlobalId } from '../global-id.ts';

// Corrections and retirements of plan data: a plan's titles; a solution's text, sector,
// order and passage; a solution retired, a link retired, an assignment retired. Each
// names the version it read and gives a reason; a retired record stays readable and in
// the audit trail, and leaves every list.

export function updatePlan(ctx: Context, set: ChangeSet, id: number, version: number, patch: { titleVi?: string; titleEn?: string | null }, reason: string): Promise<Written<Plan>> {
  const why = requiredReason(reason);
  return runWrite(ctx, set, async (tx) => {
    const plan = await tx.plan.findUnique({ where: { id }, include: { area: true, period: true, parent: true } });
    if (!plan) throw new ReferenceNotFoundError('id', encodeGlobalId('Plan', id), 'No plan has this ID.');
    if (plan.version !== version) throw new ConflictError(plan.version, version);
    const { area, period, parent, ...before } = plan;
    const merged = { titleVi: patch.titleVi ?? plan.titleVi, titleEn: patch.titleEn === undefined ? plan.titleEn : patch.titleEn };
    parseRecord(planRecord, { key: plan.key, kind: plan.kind, level: plan.level, area: area.key, period: period.key, ...merged, status: null, statusQuote: null, adoptedBy: null, parent: parent?.key ?? null });
    const record = await updateAtVersion<Plan>(tx.plan, id, version, merged);
    const changeId = await set.record(tx, { operation: 'UPDATE', model: 'Plan', recordId: id, areaId: plan.areaId, planId: id, before, after: record, reason: why });
    return { record, changeId };
  });
}

export interface SolutionPatch {
  kind?: Solution['kind'];
  textVi?: string;
  textEn?: string | null;
  sector?: string | null;
  position?: number;
  provenance?: ProvenanceInput;
}

async function liveSolution(tx: Tx, id: number, version: number) {
  const row = await tx.solution.findUnique({ where: { id }, include: { plan: { select: { key: true, areaId: true } }, sector: { select: { key: true } }, quote: { select: { text: true, source: { select: { key: true } } } } } });
  return currentAt(row, 'Solution', id, version);
}

export function updateSolution(ctx: Context, set: ChangeSet, id: number, version: number, patch: SolutionPatch, reason: string): Promise<Written<Solution>> {
  const why = requiredReason(reason);
  if (patch.provenance) checkQuoteLength(patch.provenance.quote, 'provenance.quote');
  return runWrite(ctx, set, async (tx) => {
    const { plan, sector, quote: _quote, ...before } = await liveSolution(tx, id, version);
    const merged = {
      kind: patch.kind ?? before.kind,
      textVi: patch.textVi ?? before.textVi,
      textEn: patch.textEn === undefined ? before.textEn : patch.textEn,
      sector: patch.sector === undefined ? (sector?.key ?? null) : patch.sector,
      position: patch.position ?? before.position,
    };
    parseRecord(solutionRecord, { key: before.key, ...merged, plan: plan.key, event: null, issuedBy: null, quote: 'input' }, { quote: 'provenance.quote' });
    const sectorRow = merged.sector ? await tx.sector.findUnique({ where: { key: merged.sector } }) : null;
    if (merged.sector && !sectorRow) throw new ReferenceNotFoundError('sector', merged.sector, 'List sector codes with `sectors { code }`.');
    const quoteId = patch.provenance ? (await quoteFor(tx, patch.provenance, 'provenance')).id : before.quoteId;
    const record = await updateAtVersion<Solution>(tx.solution, id, version, {
      kind: merged.kind,
      textVi: merged.textVi,
      textEn: merged.textEn,
      sectorId: sectorRow?.id ?? null,
      position: merged.position,
      quoteId,
    });
    const changeId = await set.record(tx, { operation: 'UPDATE', model: 'Solution', recordId: id, areaId: plan.areaId, planId: before.planId, before, after: record, reason: why });
    return { record, changeId };
  });
}

export function retireSolution(ctx: Context, set: ChangeSet, id: number, version: number, reason: string): Promise<Written<Solution>> {
  const why = requiredReason(reason);
  return runWrite(ctx, set, async (tx) => {
    const { plan, sector: _s, quote: _q, ...before } = await liveSolution(tx, id, version);
    const record = await updateAtVersion<Solution>(tx.solution, id, version, { retiredAt: new Date() });
    const changeId = await set.record(tx, { operation: 'RETIRE', model: 'Solution', recordId: id, areaId: plan.areaId, planId: before.planId, before, after: record, reason: why });
    return { record, changeId };
  });
}

/** Retires a solution's link to an indicator (named by the solution's code and the series). */
export function unlinkSolution(ctx: Context, set: ChangeSet, f: { solution: string; indicator: string; version: number }, reason: string): Promise<Written<SolutionIndicator>> {
  const why = requiredReason(reason);
  return runWrite(ctx, set, async (tx) => {
    const solution = await tx.solution.findUnique({ where: { key: f.solution }, select: { id: true, planId: true } });
    if (!solution) throw new ReferenceNotFoundError('solution', f.solution, 'Name the solution by its code.');
    const series = await seriesOf(tx, f.indicator, 'indicator');
    const link = await tx.solutionIndicator.findUnique({ where: { solutionId_indicatorId: { solutionId: solution.id, indicatorId: series.id } } });
    if (!link) throw new ReferenceNotFoundError('indicator', f.indicator, `"${f.solution}" is not linked to it.`);
    if (link.retiredAt) throw new RecordRetiredError(`the link of "${f.solution}" to ${f.indicator}`);
    if (link.version !== f.version) throw new ConflictError(link.version, f.version);
    const record = await updateAtVersion<SolutionIndicator>(tx.solutionIndicator, link.id, f.version, { retiredAt: new Date() });
    const changeId = await set.record(tx, { operation: 'RETIRE', model: 'SolutionIndicator', recordId: link.id, areaId: series.areaId, planId: solution.planId, before: link, after: record, reason: why });
    return { record, changeId };
  });
}

export function retireAssignment(ctx: Context, set: ChangeSet, id: number, version: number, reason: string): Promise<Written<Assignment>> {
  const why = requiredReason(reason);
  return runWrite(ctx, set, async (tx) => {
    const row = await tx.assignment.findUnique({ where: { id }, include: { agency: { select: { areaId: true } }, indicator: { select: { areaId: true } }, solution: { select: { plan: { select: { areaId: true } } } } } });
    const { agency, indicator, solution, ...before } = await currentAt(row, 'Assignment', id, version);
    const record = await updateAtVersion<Assignment>(tx.assignment, id, version, { retiredAt: new Date() });
    const areaId = indicator?.areaId ?? solution?.plan.areaId ?? agency.areaId;
    const changeId = await set.record(tx, { operation: 'RETIRE', model: 'Assignment', recordId: id, areaId, planId: before.planId, before, after: record, reason: why });
    return { record, changeId };
  });
}
