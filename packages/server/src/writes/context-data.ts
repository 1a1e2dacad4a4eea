import { assessmentRecord, eventRecord, positionRecord } from '@planhub/db/seed/facts';
import { agencyRecord, personRecord } from '@planhub/db/seed/entities';
import type { Agency, Assessment, Event, Person, Position } from '@planhub/db/generated/sqlite/client';
import type { Context } from '../context.ts';
import { encodeGlobalId } from '../global-id.ts';
import type { ChangeSet } from './audit.ts';
import { checkQuoteLength, dayOf, isoDay, optionalReason } from './fields.ts';
import { type ProvenanceInput, quoteFor } from './provenance.ts';
import { inUse, parseRecord } from './references.ts';
import { type ImportAction, writeMatched } from './matched.ts';
import type { Written } from './results.ts';
import { runWrite, type Tx } from './transaction.ts';
import { AdminOnlyError, DuplicateRecordError, InvalidInputError, ReferenceNotFoundError } from './user-errors.ts';

// Who and what the facts are about, created through the API: assessments a source states
// about a plan, agencies of an area, people and the offices they hold, and events. Like
// every write: the seed's record schema, references inside the transaction, the quote in
// its source, the audit entry.

const notFound = (field: string, key: string, list: string) => new ReferenceNotFoundError(field, key, `List codes with \`${list}\`.`);

export async function planByKey(tx: Tx, key: string, field: string) {
  const plan = await tx.plan.findUnique({ where: { key } });
  if (!plan) throw notFound(field, key, 'plans { edges { node { code } } }');
  return inUse(plan, field, key);
}

export async function agencyByKey(tx: Tx, key: string, field: string) {
  const agency = await tx.agency.findUnique({ where: { key } });
  if (!agency) throw notFound(field, key, 'agencies { edges { node { code } } }');
  return inUse(agency, field, key);
}

export interface AssessmentFields {
  plan: string;
  kind: Assessment['kind'];
  count: number | null;
  outOf: number | null;
  statementVi: string;
  statementEn: string | null;
  reliability: Assessment['reliability'];
  provenance: ProvenanceInput;
}

/** A plan-level judgement a source states ("23 of 26 main indicators met"). */
export function createAssessment(ctx: Context, set: ChangeSet, f: AssessmentFields, reason: string | null): Promise<Written<Assessment>> {
  const why = optionalReason(reason);
  checkQuoteLength(f.provenance.quote, 'provenance.quote');
  const { provenance: _p, ...fields } = f;
  const record = parseRecord(assessmentRecord, { key: 'input', ...fields, quote: 'input' }, { quote: 'provenance.quote' });
  return runWrite(ctx, set, async (tx) => {
    const plan = await planByKey(tx, record.plan, 'plan');
    const quote = await quoteFor(tx, f.provenance, 'provenance');
    const taken = await tx.assessment.findUnique({ where: { planId_kind_quoteId: { planId: plan.id, kind: record.kind, quoteId: quote.id } }, select: { id: true } });
    if (taken) throw new DuplicateRecordError(encodeGlobalId('Assessment', taken.id), null, `This passage's ${record.kind} assessment of plan "${record.plan}"`);
    const row = await tx.assessment.create({
      data: { planId: plan.id, kind: record.kind, count: record.count, outOf: record.outOf, statementVi: record.statementVi, statementEn: record.statementEn, reliability: record.reliability, quoteId: quote.id },
    });
    const changeId = await set.record(tx, { operation: 'CREATE', model: 'Assessment', recordId: row.id, areaId: plan.areaId, planId: plan.id, before: null, after: row, reason: why });
    return { record: row, changeId };
  });
}

export interface AgencyFields {
  code: string;
  kind: Agency['kind'];
  level: Agency['level'];
  nameVi: string;
  nameEn: string | null;
  abbreviation: string | null;
  /** Its area; none for a national agency (admins only: see writes/scope.ts). */
  area: string | null;
  parent: string | null;
  validFrom: Date | null;
  validTo: Date | null;
}

function checkAgency(f: AgencyFields) {
  const { code, validFrom, validTo, ...rest } = f;
  return parseRecord(agencyRecord, { key: code, ...rest, validFrom: isoDay(validFrom), validTo: isoDay(validTo) }, { key: 'code' });
}

/** An agency's columns, its area and parent (of the same area, or central, and in use) looked up inside the transaction. */
async function agencyData(tx: Tx, record: ReturnType<typeof checkAgency>) {
  const area = record.area ? await tx.area.findUnique({ where: { key: record.area } }) : null;
  if (record.area && !area) throw notFound('area', record.area, 'areas { edges { node { code } } }');
  const parent = record.parent ? await agencyByKey(tx, record.parent, 'parent') : null;
  if (parent && parent.areaId !== null && parent.areaId !== (area?.id ?? null)) throw new InvalidInputError([{ field: 'parent', message: `"${record.parent}" is another area's agency: an agency sits under one of its own area (or a central one).` }]);
  return {
    key: record.key,
    kind: record.kind,
    level: record.level,
    nameVi: record.nameVi,
    nameEn: record.nameEn,
    abbreviation: record.abbreviation,
    areaId: area?.id ?? null,
    parentId: parent?.id ?? null,
    validFrom: dayOf(record.validFrom),
    validTo: dayOf(record.validTo),
  };
}

/** An agency of an area (a department, a committee), under its parent agency when it has one. */
export function createAgency(ctx: Context, set: ChangeSet, f: AgencyFields, reason: string | null): Promise<Written<Agency>> {
  const why = optionalReason(reason);
  const record = checkAgency(f);
  return runWrite(ctx, set, async (tx) => {
    const taken = await tx.agency.findUnique({ where: { key: record.key }, select: { id: true } });
    if (taken) throw new DuplicateRecordError(encodeGlobalId('Agency', taken.id), null, `An agency with the code "${record.key}"`);
    const row = await tx.agency.create({ data: await agencyData(tx, record) });
    const changeId = await set.record(tx, { operation: 'CREATE', model: 'Agency', recordId: row.id, areaId: row.areaId, before: null, after: row, reason: why });
    return { record: row, changeId };
  });
}

/** Whether `agencyId` is `ancestorId` or lies under it (bounded: agencies nest a few levels deep). */
export async function isWithin(tx: Tx, agencyId: number, ancestorId: number): Promise<boolean> {
  let id: number | null = agencyId;
  for (let depth = 0; id !== null && depth < 32; depth++) {
    if (id === ancestorId) return true;
    id = (await tx.agency.findUnique({ where: { id }, select: { parentId: true } }))?.parentId ?? null;
  }
  return false;
}

/** An agency as an import writes it, matched by its code (`writeMatched`); its area stays its own. */
export async function importAgency(tx: Tx, set: ChangeSet, f: AgencyFields, why: string, keep: ReadonlySet<string>): Promise<{ action: ImportAction; id: number }> {
  const record = checkAgency(f);
  const data = await agencyData(tx, record);
  const existing = await tx.agency.findUnique({ where: { key: record.key } });
  if (existing && existing.areaId !== data.areaId) throw new InvalidInputError([{ field: 'area', message: `Agency "${record.key}" is another area's: an agency stays in its area; give it a new code.` }]);
  if (existing && data.parentId !== null && (await isWithin(tx, data.parentId, existing.id))) throw new InvalidInputError([{ field: 'parent', message: `"${record.parent}" belongs to "${record.key}" itself: an agency cannot belong to one of its own.` }]);
  return writeMatched(tx, set, { model: 'Agency', delegate: tx.agency, existing, data, areaId: data.areaId, why, keep });
}

/** A person, by the name sources give (any writer: a person belongs to no area; their offices do). */
export function createPerson(ctx: Context, set: ChangeSet, f: { code: string; fullName: string }, reason: string | null): Promise<Written<Person>> {
  const why = optionalReason(reason);
  const record = parseRecord(personRecord, { key: f.code, fullName: f.fullName }, { key: 'code' });
  return runWrite(ctx, set, async (tx) => {
    const taken = await tx.person.findUnique({ where: { key: record.key }, select: { id: true } });
    if (taken) throw new DuplicateRecordError(encodeGlobalId('Person', taken.id), null, `A person with the code "${record.key}"`);
    const row = await tx.person.create({ data: { key: record.key, fullName: record.fullName } });
    const changeId = await set.record(tx, { operation: 'CREATE', model: 'Person', recordId: row.id, areaId: null, before: null, after: row, reason: why });
    return { record: row, changeId };
  });
}

/**
 * A person as an import writes them, matched by their code (`writeMatched`): a new one by
 * any writer; another name for one on file is a correction, an admin's (as `updatePerson`).
 */
export async function importPerson(tx: Tx, set: ChangeSet, f: { code: string; fullName: string }, why: string, admin: boolean): Promise<{ action: ImportAction; id: number }> {
  const record = parseRecord(personRecord, { key: f.code, fullName: f.fullName }, { key: 'code' });
  const existing = await tx.person.findUnique({ where: { key: record.key } });
  const data = { key: record.key, fullName: record.fullName };
  if (existing && !admin && existing.retiredAt) throw new AdminOnlyError('code', `"${record.key}" is retired: bringing a person back is an admin's.`);
  if (existing && !admin && existing.fullName !== data.fullName) throw new AdminOnlyError('fullName', `"${record.key}" is on file as "${existing.fullName}": correcting a person's name is an admin's (updatePerson).`);
  return writeMatched(tx, set, { model: 'Person', delegate: tx.person, existing, data, areaId: null, why, keep: new Set() });
}

export interface PositionFields {
  person: string;
  agency: string;
  role: Position['role'];
  titleVi: string;
  titleEn: string | null;
  startDate: Date | null;
  endDate: Date | null;
  attestedOn: Date;
  provenance: ProvenanceInput;
}

function checkPosition(f: PositionFields) {
  checkQuoteLength(f.provenance.quote, 'provenance.quote');
  return parseRecord(
    positionRecord,
    { key: 'input', person: f.person, agency: f.agency, role: f.role, titleVi: f.titleVi, titleEn: f.titleEn, startDate: isoDay(f.startDate), endDate: isoDay(f.endDate), attestedOn: isoDay(f.attestedOn), quote: 'input' },
    { quote: 'provenance.quote' },
  );
}

/** An office's columns: its person and agency (in use) and its passage, looked up inside the transaction. */
async function positionData(tx: Tx, record: ReturnType<typeof checkPosition>, provenance: ProvenanceInput) {
  const person = await tx.person.findUnique({ where: { key: record.person } });
  if (!person) throw notFound('person', record.person, 'search(text:) for people');
  inUse(person, 'person', record.person);
  const agency = await agencyByKey(tx, record.agency, 'agency');
  const quote = await quoteFor(tx, provenance, 'provenance');
  return {
    agency,
    data: { personId: person.id, agencyId: agency.id, role: record.role, titleVi: record.titleVi, titleEn: record.titleEn, startDate: dayOf(record.startDate), endDate: dayOf(record.endDate), attestedOn: dayOf(record.attestedOn)!, quoteId: quote.id },
  };
}

/** An office a person holds in an agency, as a source shows it on a date. */
export function createPosition(ctx: Context, set: ChangeSet, f: PositionFields, reason: string | null): Promise<Written<Position>> {
  const why = optionalReason(reason);
  const record = checkPosition(f);
  return runWrite(ctx, set, async (tx) => {
    const { agency, data } = await positionData(tx, record, f.provenance);
    const taken = await tx.position.findUnique({ where: { personId_agencyId_role_attestedOn: { personId: data.personId, agencyId: data.agencyId, role: data.role, attestedOn: data.attestedOn } }, select: { id: true } });
    if (taken) throw new DuplicateRecordError(encodeGlobalId('Position', taken.id), null, `${record.person}'s ${record.role} office in "${record.agency}" attested on ${record.attestedOn}`);
    const row = await tx.position.create({ data });
    const changeId = await set.record(tx, { operation: 'CREATE', model: 'Position', recordId: row.id, areaId: agency.areaId, before: null, after: row, reason: why });
    return { record: row, changeId };
  });
}

/** An office as an import writes it, matched by its person, agency, role and the date a source shows it (`writeMatched`). */
export async function importPosition(tx: Tx, set: ChangeSet, f: PositionFields, why: string, keep: ReadonlySet<string>): Promise<{ action: ImportAction; id: number }> {
  const { agency, data } = await positionData(tx, checkPosition(f), f.provenance);
  const existing = await tx.position.findUnique({ where: { personId_agencyId_role_attestedOn: { personId: data.personId, agencyId: data.agencyId, role: data.role, attestedOn: data.attestedOn } } });
  return writeMatched(tx, set, { model: 'Position', delegate: tx.position, existing, data, areaId: agency.areaId, why, keep });
}

export interface EventFields {
  code: string;
  kind: Event['kind'];
  titleVi: string;
  titleEn: string | null;
  date: Date;
  area: string;
  organizer: string | null;
  plan: string | null;
  provenance: ProvenanceInput;
  participants: ParticipantFields[];
}

/** Someone who took part in an event, in the role the source gives them. */
export interface ParticipantFields {
  person: string;
  roleVi: string;
  roleEn: string | null;
  provenance: ProvenanceInput;
}

/** The seed's form of participants, for its event schema (quotes are checked against their sources apart). */
export const participantRecords = (participants: readonly ParticipantFields[]) => participants.map(({ provenance: _p, ...p }) => ({ ...p, quote: 'input' }));

/**
 * Records participants of an event, each quoted, each a change of its own in the write's
 * change set; a person already taking part is DUPLICATE, one withdrawn before comes back.
 */
export async function addParticipants(tx: Tx, set: ChangeSet, event: Event, participants: readonly ParticipantFields[], why: string | null): Promise<void> {
  for (const [i, p] of participants.entries()) {
    const field = `participants[${i}]`;
    checkQuoteLength(p.provenance.quote, `${field}.provenance.quote`);
    const person = await tx.person.findUnique({ where: { key: p.person } });
    if (!person) throw notFound(`${field}.person`, p.person, 'search(text:) for people');
    inUse(person, `${field}.person`, p.person);
    const taken = await tx.eventParticipant.findUnique({ where: { eventId_personId: { eventId: event.id, personId: person.id } } });
    if (taken && !taken.retiredAt) throw new DuplicateRecordError(encodeGlobalId('Event', event.id), null, `"${p.person}" taking part in event "${event.key}"`);
    const quote = await quoteFor(tx, p.provenance, `${field}.provenance`);
    const data = { roleVi: p.roleVi, roleEn: p.roleEn, quoteId: quote.id, retiredAt: null };
    const row = taken ? await tx.eventParticipant.update({ where: { id: taken.id }, data }) : await tx.eventParticipant.create({ data: { eventId: event.id, personId: person.id, ...data } });
    await set.record(tx, { operation: taken ? 'UPDATE' : 'CREATE', model: 'EventParticipant', recordId: row.id, areaId: event.areaId, planId: event.planId, before: taken, after: row, reason: why });
  }
}

/** Withdraws participants of an event, named by their person's code: each kept in history as a retirement. */
export async function removeParticipants(tx: Tx, set: ChangeSet, event: Event, people: readonly string[], why: string | null): Promise<void> {
  for (const [i, key] of people.entries()) {
    const row = await tx.eventParticipant.findFirst({ where: { eventId: event.id, person: { key }, retiredAt: null } });
    if (!row) throw new ReferenceNotFoundError(`removeParticipants[${i}]`, key, `"${key}" is not a participant of event "${event.key}".`);
    const after = await tx.eventParticipant.update({ where: { id: row.id }, data: { retiredAt: new Date() } });
    await set.record(tx, { operation: 'RETIRE', model: 'EventParticipant', recordId: row.id, areaId: event.areaId, planId: event.planId, before: row, after, reason: why });
  }
}

function checkEvent(f: Omit<EventFields, 'participants'> & { participants?: readonly ParticipantFields[] }) {
  checkQuoteLength(f.provenance.quote, 'provenance.quote');
  return parseRecord(
    eventRecord,
    { key: f.code, kind: f.kind, titleVi: f.titleVi, titleEn: f.titleEn, date: isoDay(f.date), area: f.area, organizer: f.organizer, plan: f.plan, quote: 'input', participants: participantRecords(f.participants ?? []) },
    { key: 'code', quote: 'provenance.quote' },
  );
}

/** An event's columns: its area, organizer and plan (of the same area) and its passage, looked up inside the transaction. */
async function eventData(tx: Tx, record: ReturnType<typeof checkEvent>, provenance: ProvenanceInput) {
  const area = await tx.area.findUnique({ where: { key: record.area } });
  if (!area) throw notFound('area', record.area, 'areas { edges { node { code } } }');
  const organizer = record.organizer ? await agencyByKey(tx, record.organizer, 'organizer') : null;
  const plan = record.plan ? await planByKey(tx, record.plan, 'plan') : null;
  if (plan && plan.areaId !== area.id) throw new InvalidInputError([{ field: 'plan', message: `plan "${record.plan}" is another area's.` }]);
  if (organizer && organizer.areaId !== null && organizer.areaId !== area.id) throw new InvalidInputError([{ field: 'organizer', message: `"${record.organizer}" is another area's agency.` }]);
  const quote = await quoteFor(tx, provenance, 'provenance');
  return { key: record.key, kind: record.kind, titleVi: record.titleVi, titleEn: record.titleEn, date: dayOf(record.date)!, areaId: area.id, organizerId: organizer?.id ?? null, planId: plan?.id ?? null, quoteId: quote.id };
}

/** A dated event of an area (the conference that set out a plan), with who took part. */
export function createEvent(ctx: Context, set: ChangeSet, f: EventFields, reason: string | null): Promise<Written<Event>> {
  const why = optionalReason(reason);
  const record = checkEvent(f);
  return runWrite(ctx, set, async (tx) => {
    const taken = await tx.event.findUnique({ where: { key: record.key }, select: { id: true } });
    if (taken) throw new DuplicateRecordError(encodeGlobalId('Event', taken.id), null, `An event with the code "${record.key}"`);
    const row = await tx.event.create({ data: await eventData(tx, record, f.provenance) });
    const changeId = await set.record(tx, { operation: 'CREATE', model: 'Event', recordId: row.id, areaId: row.areaId, planId: row.planId, before: null, after: row, reason: why });
    await addParticipants(tx, set, row, f.participants, why);
    return { record: row, changeId };
  });
}

/** An event as an import writes it (its participants are rows of their own), matched by its code (`writeMatched`); its area stays its own. */
export async function importEvent(tx: Tx, set: ChangeSet, f: Omit<EventFields, 'participants'>, why: string, keep: ReadonlySet<string>): Promise<{ action: ImportAction; id: number }> {
  const data = await eventData(tx, checkEvent(f), f.provenance);
  const existing = await tx.event.findUnique({ where: { key: data.key } });
  if (existing && existing.areaId !== data.areaId) throw new InvalidInputError([{ field: 'area', message: `Event "${data.key}" is another area's: an event stays in its area; give it a new code.` }]);
  return writeMatched(tx, set, { model: 'Event', delegate: tx.event, existing, data, areaId: data.areaId, planId: data.planId, why, keep });
}

/** Someone's part in an event as an import writes it, matched by the event and the person; one withdrawn comes back. */
export async function importParticipant(tx: Tx, set: ChangeSet, f: ParticipantFields & { event: string }, why: string, keep: ReadonlySet<string>): Promise<{ action: ImportAction; id: number }> {
  checkQuoteLength(f.provenance.quote, 'provenance.quote');
  const event = await tx.event.findUnique({ where: { key: f.event } });
  if (!event) throw notFound('event', f.event, 'events { edges { node { code } } }');
  inUse(event, 'event', f.event);
  const person = await tx.person.findUnique({ where: { key: f.person } });
  if (!person) throw notFound('person', f.person, 'search(text:) for people');
  inUse(person, 'person', f.person);
  if (!f.roleVi.trim()) throw new InvalidInputError([{ field: 'roleVi', message: 'Say what part the person took, as the source does ("dự và chỉ đạo hội nghị").' }]);
  const quote = await quoteFor(tx, f.provenance, 'provenance');
  const existing = await tx.eventParticipant.findUnique({ where: { eventId_personId: { eventId: event.id, personId: person.id } } });
  const data = { eventId: event.id, personId: person.id, roleVi: f.roleVi, roleEn: f.roleEn, quoteId: quote.id };
  return writeMatched(tx, set, { model: 'EventParticipant', delegate: tx.eventParticipant, existing, data, areaId: event.areaId, planId: event.planId, versioned: false, why, keep });
}
