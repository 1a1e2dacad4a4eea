import { assignmentRecord, solutionIndicatorRecord, solutionRecord } from '@planhub/db/seed/facts';
import { indicatorDefinitionRecord, indicatorRecord, planRecord } from '@planhub/db/seed/entities';
import type { Assignment, Indicator, IndicatorDefinition, Plan, Solution, SolutionIndicator } from '@planhub/db/generated/sqlite/client';
import type { Context } from '../context.ts';
import { encodeGlobalId } from '../global-id.ts';
import type { ChangeSet } from './audit.ts';
import { checkQuoteLength, optionalReason } from './fields.ts';
import { type ProvenanceInput, quoteFor } from './provenance.ts';
import { inUse, parseRecord, periodOf, planOf, seriesOf } from './references.ts';
import { holds, type ImportAction, writeMatched } from './matched.ts';
import type { Written } from './results.ts';
import { runWrite, type Tx } from './transaction.ts';
import { AdminOnlyError, DuplicateRecordError, InvalidInputError, ReferenceNotFoundError } from './user-errors.ts';

// The context facts hang on, created through the API: plans, indicator definitions (the
// shared catalogue) and an area's series of them, solutions and their links to
// indicators, and who is responsible (assignments). Each is checked by the seed's own
// record schema, its references looked up inside its transaction, and audited.

async function areaOf(tx: Tx, key: string, field: string) {
  const row = await tx.area.findUnique({ where: { key } });
  if (!row) throw new ReferenceNotFoundError(field, key, 'List area codes with `areas { edges { node { code } } }`.');
  return row;
}

export interface PlanFields {
  code: string;
  kind: Plan['kind'];
  area: string;
  period: string;
  titleVi: string;
  titleEn: string | null;
  parent: string | null;
}

/** A plan's columns, its area, period and parent (of the same area, in use) looked up inside the transaction. */
async function planData(tx: Tx, f: PlanFields) {
  const area = await areaOf(tx, f.area, 'area');
  const record = parseRecord(
    planRecord,
    { key: f.code, kind: f.kind, level: area.level, area: f.area, period: f.period, titleVi: f.titleVi, titleEn: f.titleEn, status: null, statusQuote: null, adoptedBy: null, parent: f.parent },
    { key: 'code' },
  );
  const period = await periodOf(tx, record.period, 'period');
  const parent = record.parent ? await tx.plan.findUnique({ where: { key: record.parent } }) : null;
  if (record.parent && !parent) throw new ReferenceNotFoundError('parent', record.parent, 'Name the plan this one implements by its code.');
  if (parent) inUse(parent, 'parent', parent.key);
  if (parent && parent.areaId !== area.id) throw new InvalidInputError([{ field: 'parent', message: `plan "${record.parent}" is another area's: a plan implements a plan of its own area.` }]);
  return { key: record.key, kind: record.kind, level: area.level, areaId: area.id, periodId: period.id, titleVi: record.titleVi, titleEn: record.titleEn, parentId: parent?.id ?? null };
}

export function createPlan(ctx: Context, set: ChangeSet, f: PlanFields, reason: string | null): Promise<Written<Plan>> {
  const why = optionalReason(reason);
  return runWrite(ctx, set, async (tx) => {
    const data = await planData(tx, f);
    const taken = await tx.plan.findUnique({ where: { key: data.key }, select: { id: true } });
    if (taken) throw new DuplicateRecordError(encodeGlobalId('Plan', taken.id), null, `A plan with the code "${data.key}"`);
    const row = await tx.plan.create({ data });
    const changeId = await set.record(tx, { operation: 'CREATE', model: 'Plan', recordId: row.id, areaId: row.areaId, planId: row.id, before: null, after: row, reason: why });
    return { record: row, changeId };
  });
}

/** A plan as an import writes it, matched by its code (`writeMatched`); its area and period stay its own. */
export async function importPlan(tx: Tx, set: ChangeSet, f: PlanFields, why: string, keep: ReadonlySet<string>): Promise<{ action: ImportAction; id: number }> {
  const data = await planData(tx, f);
  const existing = await tx.plan.findUnique({ where: { key: data.key } });
  if (existing && (existing.areaId !== data.areaId || existing.periodId !== data.periodId)) {
    throw new InvalidInputError([{ field: existing.areaId !== data.areaId ? 'area' : 'period', message: `Plan "${data.key}" is of another ${existing.areaId !== data.areaId ? 'area' : 'period'}: a plan keeps its area and period; give it a new code.` }]);
  }
  // A plan's changes are of the plan itself (for planChanged subscribers).
  return writeMatched(tx, set, { model: 'Plan', delegate: tx.plan, existing, data, areaId: data.areaId, why, keep });
}

export interface DefinitionFields {
  code: string;
  nameVi: string;
  nameEn: string | null;
  descriptionVi: string | null;
  descriptionEn: string | null;
  sector: string;
  direction: IndicatorDefinition['direction'];
  dimension: string;
  nationalCode: string | null;
}

/** A definition's columns: its sector, and a dimension some unit measures. */
async function definitionData(tx: Tx, f: DefinitionFields) {
  const { code, ...rest } = f;
  const record = parseRecord(indicatorDefinitionRecord, { key: code, ...rest }, { key: 'code' });
  const sector = await tx.sector.findUnique({ where: { key: record.sector } });
  if (!sector) throw new ReferenceNotFoundError('sector', record.sector, 'List sector codes with `sectors { code }`.');
  if ((await tx.unit.count({ where: { dimension: record.dimension } })) === 0) {
    throw new InvalidInputError([{ field: 'dimension', message: `No unit measures ${record.dimension}; give the dimension of a unit PlanHub holds (\`units { dimension }\`).` }]);
  }
  const { sector: _s, note: _n, ...data } = record;
  return { ...data, sectorId: sector.id };
}

export function createIndicatorDefinition(ctx: Context, set: ChangeSet, f: DefinitionFields, reason: string | null): Promise<Written<IndicatorDefinition>> {
  const why = optionalReason(reason);
  const { code, ...rest } = f;
  parseRecord(indicatorDefinitionRecord, { key: code, ...rest }, { key: 'code' });
  return runWrite(ctx, set, async (tx) => {
    const taken = await tx.indicatorDefinition.findUnique({ where: { key: code }, select: { id: true } });
    if (taken) throw new DuplicateRecordError(encodeGlobalId('IndicatorDefinition', taken.id), null, `A definition with the code "${code}"`);
    const row = await tx.indicatorDefinition.create({ data: await definitionData(tx, f) });
    const changeId = await set.record(tx, { operation: 'CREATE', model: 'IndicatorDefinition', recordId: row.id, areaId: null, before: null, after: row, reason: why });
    return { record: row, changeId };
  });
}

/**
 * A definition of the shared catalogue as an import writes it, matched by its code
 * (`writeMatched`): an admin's, as the mutations are; what it measures (its dimension)
 * stays, for every province's series of it are in units of that dimension.
 */
export async function importDefinition(tx: Tx, set: ChangeSet, f: DefinitionFields, why: string, keep: ReadonlySet<string>, admin: boolean): Promise<{ action: ImportAction; id: number }> {
  const data = await definitionData(tx, f);
  const existing = await tx.indicatorDefinition.findUnique({ where: { key: data.key } });
  if (!admin && !(existing && !existing.retiredAt && holds(existing, Object.fromEntries(Object.entries(data).filter(([k]) => !keep.has(k)))))) {
    throw new AdminOnlyError('code', `The catalogue of indicator definitions is shared by every province: an admin adds to it, corrects it${existing?.retiredAt ? ' and brings back a retired definition' : ''}.`);
  }
  if (existing && existing.dimension !== data.dimension) throw new InvalidInputError([{ field: 'dimension', message: `"${data.key}" measures ${existing.dimension}: every series of it is in units of that dimension; give a new definition a new code.` }]);
  return writeMatched(tx, set, { model: 'IndicatorDefinition', delegate: tx.indicatorDefinition, existing, data, areaId: null, why, keep });
}

/** A series' columns: its definition (in use), area and usual unit (of the definition's dimension). */
async function seriesData(tx: Tx, f: { definition: string; area: string; unit: string }) {
  const record = parseRecord(indicatorRecord, f);
  const definition = await tx.indicatorDefinition.findUnique({ where: { key: record.definition } });
  if (!definition) throw new ReferenceNotFoundError('definition', record.definition, 'List definitions with `indicatorDefinitions`, or create one (`createIndicatorDefinition`, admins).');
  inUse(definition, 'definition', record.definition);
  const area = await areaOf(tx, record.area, 'area');
  const unit = await tx.unit.findUnique({ where: { key: record.unit } });
  if (!unit) throw new ReferenceNotFoundError('unit', record.unit, 'List unit codes with `units { code }`.');
  if (unit.dimension !== definition.dimension) throw new InvalidInputError([{ field: 'unit', message: `"${unit.key}" measures ${unit.dimension}; the definition measures ${definition.dimension}.` }]);
  return { definitionId: definition.id, areaId: area.id, unitId: unit.id };
}

export function createSeries(ctx: Context, set: ChangeSet, f: { definition: string; area: string; unit: string }, reason: string | null): Promise<Written<Indicator>> {
  const why = optionalReason(reason);
  parseRecord(indicatorRecord, f);
  return runWrite(ctx, set, async (tx) => {
    const data = await seriesData(tx, f);
    const taken = await tx.indicator.findUnique({ where: { definitionId_areaId: { definitionId: data.definitionId, areaId: data.areaId } }, select: { id: true } });
    if (taken) throw new DuplicateRecordError(encodeGlobalId('Indicator', taken.id), null, `${f.area}'s series of "${f.definition}"`);
    const row = await tx.indicator.create({ data });
    const changeId = await set.record(tx, { operation: 'CREATE', model: 'Indicator', recordId: row.id, areaId: data.areaId, before: null, after: row, reason: why });
    return { record: row, changeId };
  });
}

/** A series as an import writes it, matched by its definition and area (`writeMatched`): its usual unit is all that changes. */
export async function importSeries(tx: Tx, set: ChangeSet, f: { definition: string; area: string; unit: string }, why: string, keep: ReadonlySet<string>): Promise<{ action: ImportAction; id: number }> {
  const data = await seriesData(tx, f);
  const existing = await tx.indicator.findUnique({ where: { definitionId_areaId: { definitionId: data.definitionId, areaId: data.areaId } } });
  return writeMatched(tx, set, { model: 'Indicator', delegate: tx.indicator, existing, data, areaId: data.areaId, why, keep });
}

export interface SolutionFields {
  code: string;
  kind: Solution['kind'];
  textVi: string;
  textEn: string | null;
  sector: string | null;
  plan: string;
  position: number;
  /** The event that set it out (a conference), by its code. */
  event: string | null;
  /** The person who issued a directive, by their code. */
  issuedBy: string | null;
  provenance: ProvenanceInput;
}

function checkSolution(f: SolutionFields) {
  checkQuoteLength(f.provenance.quote, 'provenance.quote');
  return parseRecord(
    solutionRecord,
    { key: f.code, kind: f.kind, textVi: f.textVi, textEn: f.textEn, sector: f.sector, plan: f.plan, event: f.event, issuedBy: f.issuedBy, position: f.position, quote: 'input' },
    { key: 'code', quote: 'provenance.quote' },
  );
}

/** A solution's columns, its references looked up inside the transaction (a plan in use, its sector, its passage). */
async function solutionData(tx: Tx, record: ReturnType<typeof checkSolution>, provenance: ProvenanceInput) {
  const plan = await tx.plan.findUnique({ where: { key: record.plan } });
  if (!plan) throw new ReferenceNotFoundError('plan', record.plan, 'List plan codes with `plans { edges { node { code } } }`.');
  inUse(plan, 'plan', record.plan);
  const sector = record.sector ? await tx.sector.findUnique({ where: { key: record.sector } }) : null;
  if (record.sector && !sector) throw new ReferenceNotFoundError('sector', record.sector, 'List sector codes with `sectors { code }`.');
  const event = record.event ? await tx.event.findUnique({ where: { key: record.event } }) : null;
  if (record.event && !event) throw new ReferenceNotFoundError('event', record.event, 'Name the event by its code (`events { edges { node { code } } }`).');
  if (event) inUse(event, 'event', event.key);
  if (event && event.areaId !== plan.areaId) throw new InvalidInputError([{ field: 'event', message: `"${record.event}" is another area's event: name an event of the plan's area.` }]);
  const issuer = record.issuedBy ? await tx.person.findUnique({ where: { key: record.issuedBy } }) : null;
  if (record.issuedBy && !issuer) throw new ReferenceNotFoundError('issuedBy', record.issuedBy, 'Name the person by their code (`people { edges { node { code } } }`).');
  if (issuer) inUse(issuer, 'issuedBy', issuer.key);
  const quote = await quoteFor(tx, provenance, 'provenance');
  return {
    plan,
    data: { kind: record.kind, textVi: record.textVi, textEn: record.textEn, sectorId: sector?.id ?? null, planId: plan.id, eventId: event?.id ?? null, issuedById: issuer?.id ?? null, position: record.position, quoteId: quote.id },
  };
}

export function createSolution(ctx: Context, set: ChangeSet, f: SolutionFields, reason: string | null): Promise<Written<Solution>> {
  const why = optionalReason(reason);
  const record = checkSolution(f);
  return runWrite(ctx, set, async (tx) => {
    const taken = await tx.solution.findUnique({ where: { key: record.key }, select: { id: true } });
    if (taken) throw new DuplicateRecordError(encodeGlobalId('Solution', taken.id), null, `A solution with the code "${record.key}"`);
    const { plan, data } = await solutionData(tx, record, f.provenance);
    const row = await tx.solution.create({ data: { key: record.key, ...data } });
    const changeId = await set.record(tx, { operation: 'CREATE', model: 'Solution', recordId: row.id, areaId: plan.areaId, planId: plan.id, before: null, after: row, reason: why });
    return { record: row, changeId };
  });
}

/** A solution as an import writes it, matched by its code (`writeMatched`); its plan stays its own. */
export async function importSolution(tx: Tx, set: ChangeSet, f: SolutionFields, why: string, keep: ReadonlySet<string>): Promise<{ action: ImportAction; id: number }> {
  const record = checkSolution(f);
  const { plan, data } = await solutionData(tx, record, f.provenance);
  const existing = await tx.solution.findUnique({ where: { key: record.key } });
  if (existing && existing.planId !== plan.id) throw new InvalidInputError([{ field: 'plan', message: `Solution "${record.key}" belongs to another plan: a solution stays in its plan; give it a new code.` }]);
  return writeMatched(tx, set, { model: 'Solution', delegate: tx.solution, existing, data: { key: record.key, ...data }, areaId: plan.areaId, why, keep });
}

/**
 * Links a solution to an indicator it bears on. SOURCE_STATED when the source ties them;
 * EDITORIAL when an editor does, which needs a rationale a reader can weigh. A solution is
 * linked only to series of its plan's area.
 */
export interface LinkFields {
  solution: string;
  indicator: string;
  basis: SolutionIndicator['basis'];
  rationale: string;
}

/** A link's solution and series, looked up inside the transaction: a live solution, linked only to its own area's series. */
async function linkData(tx: Tx, f: LinkFields) {
  const record = parseRecord(solutionIndicatorRecord, f);
  const solution = await tx.solution.findUnique({ where: { key: record.solution }, include: { plan: { select: { areaId: true, id: true } } } });
  if (!solution) throw new ReferenceNotFoundError('solution', record.solution, 'Name the solution by its code.');
  inUse(solution, 'solution', record.solution);
  const series = await seriesOf(tx, record.indicator, 'indicator');
  if (series.areaId !== solution.plan.areaId) throw new InvalidInputError([{ field: 'indicator', message: `The solution belongs to a plan of another area than ${record.indicator}: link it to its own area's series.` }]);
  return { record, solution, series, data: { solutionId: solution.id, indicatorId: series.id, basis: record.basis, rationale: record.rationale } };
}

export function linkSolution(ctx: Context, set: ChangeSet, f: LinkFields, reason: string | null): Promise<Written<SolutionIndicator>> {
  const why = optionalReason(reason);
  parseRecord(solutionIndicatorRecord, f);
  return runWrite(ctx, set, async (tx) => {
    const { record, solution, series, data } = await linkData(tx, f);
    const taken = await tx.solutionIndicator.findUnique({ where: { solutionId_indicatorId: { solutionId: solution.id, indicatorId: series.id } }, select: { id: true } });
    if (taken) throw new DuplicateRecordError(`SolutionIndicator:${taken.id}`, null, `The link of "${record.solution}" to ${record.indicator}`);
    const row = await tx.solutionIndicator.create({ data });
    const changeId = await set.record(tx, { operation: 'CREATE', model: 'SolutionIndicator', recordId: row.id, areaId: series.areaId, planId: solution.plan.id, before: null, after: row, reason: why });
    return { record: row, changeId };
  });
}

/** A link as an import writes it, matched by its solution and series (`writeMatched`). */
export async function importLink(tx: Tx, set: ChangeSet, f: LinkFields, why: string, keep: ReadonlySet<string>): Promise<{ action: ImportAction; id: number }> {
  const { solution, series, data } = await linkData(tx, f);
  const existing = await tx.solutionIndicator.findUnique({ where: { solutionId_indicatorId: { solutionId: solution.id, indicatorId: series.id } } });
  return writeMatched(tx, set, { model: 'SolutionIndicator', delegate: tx.solutionIndicator, existing, data, areaId: series.areaId, planId: solution.plan.id, why, keep });
}

export interface AssignmentFields {
  agency: string;
  solution: string | null;
  indicator: string | null;
  role: Assignment['role'];
  plan: string | null;
  period: string | null;
  provenance: ProvenanceInput;
}

function checkAssignment(f: AssignmentFields) {
  checkQuoteLength(f.provenance.quote, 'provenance.quote');
  const { provenance: _p, ...fields } = f;
  return parseRecord(assignmentRecord, { key: 'input', ...fields, quote: 'input' }, { quote: 'provenance.quote' });
}

/** An assignment's columns, its references looked up inside the transaction: an agency of the area its solution or indicator is of. */
async function assignmentData(tx: Tx, record: ReturnType<typeof checkAssignment>, provenance: ProvenanceInput) {
  const agency = await tx.agency.findUnique({ where: { key: record.agency } });
  if (!agency) throw new ReferenceNotFoundError('agency', record.agency, 'List agency codes with `agencies { edges { node { code } } }`.');
  inUse(agency, 'agency', record.agency);
  const solution = record.solution ? await tx.solution.findUnique({ where: { key: record.solution }, include: { plan: true } }) : null;
  if (record.solution && !solution) throw new ReferenceNotFoundError('solution', record.solution, 'Name the solution by its code.');
  if (solution) inUse(solution, 'solution', solution.key);
  const series = record.indicator ? await seriesOf(tx, record.indicator, 'indicator') : null;
  const areaId = series?.areaId ?? solution!.plan.areaId;
  const plan = record.plan ? await planOf(tx, record.plan, 'plan', areaId) : null;
  const period = record.period ? await periodOf(tx, record.period, 'period') : null;
  if (agency.areaId !== null && agency.areaId !== areaId) {
    throw new InvalidInputError([{ field: 'agency', message: `"${record.agency}" is another area's agency: assign an agency of the area the ${series ? 'indicator' : 'solution'} belongs to.` }]);
  }
  const quote = await quoteFor(tx, provenance, 'provenance');
  return {
    areaId,
    planId: plan?.id ?? solution?.planId ?? null,
    data: { agencyId: agency.id, solutionId: solution?.id ?? null, indicatorId: series?.id ?? null, role: record.role, planId: plan?.id ?? null, periodId: period?.id ?? null, quoteId: quote.id },
  };
}

/** Who is responsible, in which role, for a solution or an indicator, within a plan or a period. */
export function createAssignment(ctx: Context, set: ChangeSet, f: AssignmentFields, reason: string | null): Promise<Written<Assignment>> {
  const why = optionalReason(reason);
  const record = checkAssignment(f);
  return runWrite(ctx, set, async (tx) => {
    const { areaId, planId, data } = await assignmentData(tx, record, f.provenance);
    const row = await tx.assignment.create({ data });
    const changeId = await set.record(tx, { operation: 'CREATE', model: 'Assignment', recordId: row.id, areaId, planId, before: null, after: row, reason: why });
    return { record: row, changeId };
  });
}

/**
 * An assignment as an import writes it: matched by what it says (the agency, its solution
 * or indicator, the role, the plan and the period), so its quote is all an import can
 * change; a live one is preferred to a retired one.
 */
export async function importAssignment(tx: Tx, set: ChangeSet, f: AssignmentFields, why: string, keep: ReadonlySet<string>): Promise<{ action: ImportAction; id: number }> {
  const { areaId, planId, data } = await assignmentData(tx, checkAssignment(f), f.provenance);
  const { quoteId: _q, ...key } = data;
  const matches = await tx.assignment.findMany({ where: key, orderBy: { id: 'asc' } });
  const existing = matches.find((m) => !m.retiredAt) ?? matches[0] ?? null;
  return writeMatched(tx, set, { model: 'Assignment', delegate: tx.assignment, existing, data, areaId, planId, why, keep });
}
