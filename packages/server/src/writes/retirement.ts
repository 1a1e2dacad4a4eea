import type { Context } from '../context.ts';
import type { ChangeSet } from './audit.ts';
import { requiredReason } from './fields.ts';
import { currentAt, type Written } from './results.ts';
import { runWrite, type Tx, updateAtVersion, type VersionedDelegate } from './transaction.ts';
import { RecordInUseError } from './user-errors.ts';

// Retiring the records `retireRecord` takes: assessments, offices and events, and what
// facts hang on (sources, plans, indicator definitions, series, agencies, people). A
// retired record stays readable (by `node`, by code) and in the audit trail, and leaves
// every list. What live records still depend on cannot be retired before them
// (RECORD_IN_USE, naming them): retiring a series under its live targets would leave
// targets no list leads to. (Targets, results, solutions, links and assignments retire
// through mutations of their own, beside their other writes.)

export const RETIRABLE = ['Assessment', 'Position', 'Event', 'Source', 'Plan', 'IndicatorDefinition', 'Indicator', 'Agency', 'Person'] as const;
export type RetirableModel = (typeof RETIRABLE)[number];

const live = { retiredAt: null };
type Count = (tx: Tx, id: number) => Promise<number>;

/** What live records depend on a record of each model, by the noun a message names them with. */
const DEPENDENTS: Record<RetirableModel, Array<[string, Count]>> = {
  Assessment: [],
  Position: [],
  Event: [['solution', (tx, id) => tx.solution.count({ where: { ...live, eventId: id } })]],
  Source: [
    ['target', (tx, id) => tx.target.count({ where: { ...live, quote: { sourceId: id } } })],
    ['result', (tx, id) => tx.result.count({ where: { ...live, OR: [{ sourceId: id }, { quote: { sourceId: id } }] } })],
    ['solution', (tx, id) => tx.solution.count({ where: { ...live, quote: { sourceId: id } } })],
    ['assessment', (tx, id) => tx.assessment.count({ where: { ...live, quote: { sourceId: id } } })],
    ['assignment', (tx, id) => tx.assignment.count({ where: { ...live, quote: { sourceId: id } } })],
    ['office', (tx, id) => tx.position.count({ where: { ...live, quote: { sourceId: id } } })],
    ['event', (tx, id) => tx.event.count({ where: { ...live, quote: { sourceId: id } } })],
    ['plan status', (tx, id) => tx.plan.count({ where: { ...live, statusQuote: { sourceId: id } } })],
    ['event participant', (tx, id) => tx.eventParticipant.count({ where: { ...live, event: live, quote: { sourceId: id } } })],
    ['target revision', (tx, id) => tx.targetRevision.count({ where: { target: live, quote: { sourceId: id } } })],
    ['record it names', async (tx, id) => (await tx.agency.count({ where: { ...live, namedInId: id } })) + (await tx.indicatorDefinition.count({ where: { ...live, namedInId: id } })) + (await tx.area.count({ where: { namedInId: id } }))],
    // Successions and the places that name areas have no retirement of their own: they keep the source.
    ['succession', async (tx, id) => (await tx.areaSuccession.count({ where: { quote: { sourceId: id } } })) + (await tx.agencySuccession.count({ where: { quote: { sourceId: id } } }))],
  ],
  Plan: [
    ['target', (tx, id) => tx.target.count({ where: { ...live, planId: id } })],
    ['result', (tx, id) => tx.result.count({ where: { ...live, planId: id } })],
    ['solution', (tx, id) => tx.solution.count({ where: { ...live, planId: id } })],
    ['assessment', (tx, id) => tx.assessment.count({ where: { ...live, planId: id } })],
    ['assignment', (tx, id) => tx.assignment.count({ where: { ...live, planId: id } })],
    ['event', (tx, id) => tx.event.count({ where: { ...live, planId: id } })],
    ['plan', (tx, id) => tx.plan.count({ where: { ...live, parentId: id } })],
  ],
  IndicatorDefinition: [['series', (tx, id) => tx.indicator.count({ where: { ...live, definitionId: id } })]],
  Indicator: [
    ['target', (tx, id) => tx.target.count({ where: { ...live, indicatorId: id } })],
    ['result', (tx, id) => tx.result.count({ where: { ...live, indicatorId: id } })],
    ['solution link', (tx, id) => tx.solutionIndicator.count({ where: { ...live, indicatorId: id } })],
    ['assignment', (tx, id) => tx.assignment.count({ where: { ...live, indicatorId: id } })],
  ],
  Agency: [
    ['office', (tx, id) => tx.position.count({ where: { ...live, agencyId: id } })],
    ['assignment', (tx, id) => tx.assignment.count({ where: { ...live, agencyId: id } })],
    ['agency', (tx, id) => tx.agency.count({ where: { ...live, parentId: id } })],
    ['plan', (tx, id) => tx.plan.count({ where: { ...live, adoptedById: id } })],
    ['event', (tx, id) => tx.event.count({ where: { ...live, organizerId: id } })],
    ['source', (tx, id) => tx.source.count({ where: { ...live, publisherId: id } })],
  ],
  Person: [
    ['office', (tx, id) => tx.position.count({ where: { ...live, personId: id } })],
    ['directive', (tx, id) => tx.solution.count({ where: { ...live, issuedById: id } })],
    ['event', (tx, id) => tx.eventParticipant.count({ where: { ...live, personId: id, event: live } })],
  ],
};

/** How messages name a record of each model. */
export const NOUN: Record<RetirableModel, string> = {
  Assessment: 'assessment',
  Position: 'office',
  Event: 'event',
  Source: 'source',
  Plan: 'plan',
  IndicatorDefinition: 'indicator definition',
  Indicator: 'series',
  Agency: 'agency',
  Person: 'person',
};

/** RECORD_IN_USE naming every kind of live record that still depends on it, with counts. */
async function checkUnused(tx: Tx, model: RetirableModel, id: number): Promise<void> {
  const uses: string[] = [];
  for (const [noun, count] of DEPENDENTS[model]) {
    const n = await count(tx, id);
    if (n > 0) uses.push(`${n} ${noun}${n === 1 || noun.endsWith('s') ? '' : 's'}`);
  }
  if (uses.length) throw new RecordInUseError(`id: this ${NOUN[model]} is still used by live records (${uses.join(', ')}): retire those first, or correct them to name another.`);
}

type Retirable = { id: number; version: number; retiredAt: Date | null };
type RetirableDelegate = VersionedDelegate<Retirable> & { findUnique(args: { where: { id: number } }): Promise<Retirable | null> };

/** The record's area and plan, for the audit trail (null for records of no area). */
async function placeOf(tx: Tx, model: RetirableModel, id: number): Promise<{ areaId: number | null; planId: number | null }> {
  switch (model) {
    case 'Assessment': {
      const row = await tx.assessment.findUniqueOrThrow({ where: { id }, select: { planId: true, plan: { select: { areaId: true } } } });
      return { areaId: row.plan.areaId, planId: row.planId };
    }
    case 'Position':
      return { areaId: (await tx.position.findUniqueOrThrow({ where: { id }, select: { agency: { select: { areaId: true } } } })).agency.areaId, planId: null };
    case 'Event':
      return tx.event.findUniqueOrThrow({ where: { id }, select: { areaId: true, planId: true } });
    case 'Plan':
      return { areaId: (await tx.plan.findUniqueOrThrow({ where: { id } })).areaId, planId: id };
    case 'Indicator':
      return { areaId: (await tx.indicator.findUniqueOrThrow({ where: { id } })).areaId, planId: null };
    case 'Agency':
      return { areaId: (await tx.agency.findUniqueOrThrow({ where: { id } })).areaId, planId: null };
    default:
      return { areaId: null, planId: null };
  }
}

const delegateOf = (tx: Tx, model: RetirableModel) => tx[(model.charAt(0).toLowerCase() + model.slice(1)) as 'assessment'] as unknown as RetirableDelegate;

/** Retires one record at the version read: it stays readable and in the audit trail, and leaves every list. */
export function retireRecord(ctx: Context, set: ChangeSet, model: RetirableModel, id: number, version: number, reason: string): Promise<Written<Retirable>> {
  const why = requiredReason(reason);
  return runWrite(ctx, set, async (tx) => {
    const delegate = delegateOf(tx, model);
    const found = await currentAt(await delegate.findUnique({ where: { id } }), model, id, version);
    await checkUnused(tx, model, id);
    // A source's text is kept out of the trail, as in every change of a source.
    const { text: _text, ...before } = found as Retirable & { text?: string };
    const { text: _t, ...after } = (await updateAtVersion(delegate, id, version, { retiredAt: new Date() })) as Retirable & { text?: string };
    const place = await placeOf(tx, model, id);
    const changeId = await set.record(tx, { operation: 'RETIRE', model, recordId: id, areaId: place.areaId, planId: place.planId, before, after, reason: why });
    return { record: after, changeId };
  });
}
