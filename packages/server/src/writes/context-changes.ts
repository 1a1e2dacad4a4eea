import { assessmentRecord, eventRecord, positionRecord } from '@planhub/db/seed/facts';
import type { Assessment, Event, Position } from '@planhub/db/generated/sqlite/client';
import type { Context } from '../context.ts';
import { encodeGlobalId } from '../global-id.ts';
import type { ChangeSet } from './audit.ts';
import { addParticipants, agencyByKey, type ParticipantFields, participantRecords, planByKey, removeParticipants } from './context-data.ts';
import { checkQuoteLength, dayOf, isoDay, pick, requiredReason } from './fields.ts';
import { type ProvenanceInput, quoteFor } from './provenance.ts';
import { parseRecord } from './references.ts';
import { currentAt, type Written } from './results.ts';
import { runWrite, updateAtVersion } from './transaction.ts';
import { DuplicateRecordError, InvalidInputError } from './user-errors.ts';

// Corrections of assessments, offices and events: the fields a patch gives replace the
// record's (null clears an optional one), a new passage replaces the quote, and the
// merged record passes the seed's own schema. What identifies the record stays: an
// assessment's plan, an office's person and agency, an event's code and area (another
// one is another record: retire this one and create that). Each names the version it
// read and gives a reason.

const quoteOf = async (tx: Parameters<typeof quoteFor>[0], provenance: ProvenanceInput | undefined, current: number) =>
  provenance ? (await quoteFor(tx, provenance, 'provenance')).id : current;

export interface AssessmentPatch {
  kind?: Assessment['kind'];
  count?: number | null;
  outOf?: number | null;
  statementVi?: string;
  statementEn?: string | null;
  reliability?: Assessment['reliability'];
  provenance?: ProvenanceInput;
}

export function updateAssessment(ctx: Context, set: ChangeSet, id: number, version: number, patch: AssessmentPatch, reason: string): Promise<Written<Assessment>> {
  const why = requiredReason(reason);
  if (patch.provenance) checkQuoteLength(patch.provenance.quote, 'provenance.quote');
  return runWrite(ctx, set, async (tx) => {
    const { plan, ...before } = await currentAt(await tx.assessment.findUnique({ where: { id }, include: { plan: { select: { key: true, areaId: true } } } }), 'Assessment', id, version);
    const record = parseRecord(
      assessmentRecord,
      {
        key: 'input',
        plan: plan.key,
        kind: pick(patch, 'kind', before.kind),
        count: pick(patch, 'count', before.count),
        outOf: pick(patch, 'outOf', before.outOf),
        statementVi: pick(patch, 'statementVi', before.statementVi),
        statementEn: pick(patch, 'statementEn', before.statementEn),
        reliability: pick(patch, 'reliability', before.reliability),
        quote: 'input',
      },
      { quote: 'provenance.quote' },
    );
    const quoteId = await quoteOf(tx, patch.provenance, before.quoteId);
    if (record.kind !== before.kind || quoteId !== before.quoteId) {
      const taken = await tx.assessment.findUnique({ where: { planId_kind_quoteId: { planId: before.planId, kind: record.kind, quoteId } }, select: { id: true, version: true } });
      if (taken && taken.id !== id) throw new DuplicateRecordError(encodeGlobalId('Assessment', taken.id), taken.version, `This passage's ${record.kind} assessment of plan "${plan.key}"`);
    }
    const updated = await updateAtVersion<Assessment>(tx.assessment, id, version, {
      kind: record.kind,
      count: record.count,
      outOf: record.outOf,
      statementVi: record.statementVi,
      statementEn: record.statementEn,
      reliability: record.reliability,
      quoteId,
    });
    const changeId = await set.record(tx, { operation: 'UPDATE', model: 'Assessment', recordId: id, areaId: plan.areaId, planId: before.planId, before, after: updated, reason: why });
    return { record: updated, changeId };
  });
}

export interface PositionPatch {
  role?: Position['role'];
  titleVi?: string;
  titleEn?: string | null;
  startDate?: Date | null;
  endDate?: Date | null;
  attestedOn?: Date;
  provenance?: ProvenanceInput;
}

export function updatePosition(ctx: Context, set: ChangeSet, id: number, version: number, patch: PositionPatch, reason: string): Promise<Written<Position>> {
  const why = requiredReason(reason);
  if (patch.provenance) checkQuoteLength(patch.provenance.quote, 'provenance.quote');
  return runWrite(ctx, set, async (tx) => {
    const row = await tx.position.findUnique({ where: { id }, include: { person: { select: { key: true } }, agency: { select: { key: true, areaId: true } } } });
    const { person, agency, ...before } = await currentAt(row, 'Position', id, version);
    const record = parseRecord(
      positionRecord,
      {
        key: 'input',
        person: person.key,
        agency: agency.key,
        role: pick(patch, 'role', before.role),
        titleVi: pick(patch, 'titleVi', before.titleVi),
        titleEn: pick(patch, 'titleEn', before.titleEn),
        startDate: isoDay(pick(patch, 'startDate', before.startDate)),
        endDate: isoDay(pick(patch, 'endDate', before.endDate)),
        attestedOn: isoDay(pick(patch, 'attestedOn', before.attestedOn)),
        quote: 'input',
      },
      { quote: 'provenance.quote' },
    );
    const attestedOn = dayOf(record.attestedOn)!;
    if (record.role !== before.role || attestedOn.getTime() !== before.attestedOn.getTime()) {
      const taken = await tx.position.findUnique({ where: { personId_agencyId_role_attestedOn: { personId: before.personId, agencyId: before.agencyId, role: record.role, attestedOn } }, select: { id: true, version: true } });
      if (taken && taken.id !== id) throw new DuplicateRecordError(encodeGlobalId('Position', taken.id), taken.version, `${person.key}'s ${record.role} office in "${agency.key}" attested on ${record.attestedOn}`);
    }
    const updated = await updateAtVersion<Position>(tx.position, id, version, {
      role: record.role,
      titleVi: record.titleVi,
      titleEn: record.titleEn,
      startDate: dayOf(record.startDate),
      endDate: dayOf(record.endDate),
      attestedOn,
      quoteId: await quoteOf(tx, patch.provenance, before.quoteId),
    });
    const changeId = await set.record(tx, { operation: 'UPDATE', model: 'Position', recordId: id, areaId: agency.areaId, before, after: updated, reason: why });
    return { record: updated, changeId };
  });
}

export interface EventPatch {
  kind?: Event['kind'];
  titleVi?: string;
  titleEn?: string | null;
  date?: Date;
  organizer?: string | null;
  plan?: string | null;
  provenance?: ProvenanceInput;
  /** Participants to add (each quoted); those recorded stay. */
  addParticipants?: ParticipantFields[];
  /** Participants to withdraw, by their person's code (before any are added). */
  removeParticipants?: string[];
}

export function updateEvent(ctx: Context, set: ChangeSet, id: number, version: number, patch: EventPatch, reason: string): Promise<Written<Event>> {
  const why = requiredReason(reason);
  if (patch.provenance) checkQuoteLength(patch.provenance.quote, 'provenance.quote');
  const added = patch.addParticipants ?? [];
  return runWrite(ctx, set, async (tx) => {
    const row = await tx.event.findUnique({ where: { id }, include: { area: { select: { key: true } }, organizer: { select: { key: true } }, plan: { select: { key: true } } } });
    const { area, organizer: organizerRow, plan: planRow, ...before } = await currentAt(row, 'Event', id, version);
    const record = parseRecord(
      eventRecord,
      {
        key: before.key,
        kind: pick(patch, 'kind', before.kind),
        titleVi: pick(patch, 'titleVi', before.titleVi),
        titleEn: pick(patch, 'titleEn', before.titleEn),
        date: isoDay(pick(patch, 'date', before.date)),
        area: area.key,
        organizer: pick(patch, 'organizer', organizerRow?.key ?? null),
        plan: pick(patch, 'plan', planRow?.key ?? null),
        quote: 'input',
        participants: participantRecords(added),
      },
      { quote: 'provenance.quote' },
    );
    // A reference the patch does not change is kept as it is, even if retired since.
    const organizer = record.organizer && record.organizer !== organizerRow?.key ? await agencyByKey(tx, record.organizer, 'organizer') : null;
    const plan = record.plan && record.plan !== planRow?.key ? await planByKey(tx, record.plan, 'plan') : null;
    if (plan && plan.areaId !== before.areaId) throw new InvalidInputError([{ field: 'plan', message: `plan "${record.plan}" is another area's.` }]);
    if (organizer && organizer.areaId !== null && organizer.areaId !== before.areaId) throw new InvalidInputError([{ field: 'organizer', message: `"${record.organizer}" is another area's agency.` }]);
    const updated = await updateAtVersion<Event>(tx.event, id, version, {
      kind: record.kind,
      titleVi: record.titleVi,
      titleEn: record.titleEn,
      date: dayOf(record.date)!,
      organizerId: record.organizer ? (organizer?.id ?? before.organizerId) : null,
      planId: record.plan ? (plan?.id ?? before.planId) : null,
      quoteId: await quoteOf(tx, patch.provenance, before.quoteId),
    });
    const changeId = await set.record(tx, { operation: 'UPDATE', model: 'Event', recordId: id, areaId: before.areaId, planId: updated.planId, before, after: updated, reason: why });
    await removeParticipants(tx, set, updated, patch.removeParticipants ?? [], why);
    await addParticipants(tx, set, updated, added, why);
    return { record: updated, changeId };
  });
}
