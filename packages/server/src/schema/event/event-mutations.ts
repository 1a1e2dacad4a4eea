import { areasTouched } from '../../writes/scope.ts';
import { builder } from '../../builder.ts';
import { createEvent, type ParticipantFields } from '../../writes/context-data.ts';
import { updateEvent } from '../../writes/context-changes.ts';
import { EventKindEnum } from '../common/enums.ts';
import { WRITE_ERRORS } from '../common/user-errors.ts';
import { changeSetOf, patchOf, ProvenanceInput, recordIdOf, versionedRecordFields, writeType } from '../common/write-inputs.ts';
import { EventRef } from './event.ts';

// Events of an area (the conference that set out a plan): an editor of the area.

const EventWrite = writeType('EventWrite', 'An event as created, and the change that recorded it.', 'event', EventRef, 'The event.');

const EventParticipantInput = builder.inputType('EventParticipantInput', {
  description: 'Someone who took part in an event, in the role the source gives them.',
  fields: (t) => ({
    person: t.string({ required: true, description: 'The person’s code (`createPerson`).' }),
    roleVi: t.string({ required: true, description: 'Their role at the event, in Vietnamese (chủ trì, phát biểu chỉ đạo).' }),
    roleEn: t.string({ description: 'The same in English.' }),
    provenance: t.field({ type: ProvenanceInput, required: true, description: 'The source and the exact passage that show them taking part.' }),
  }),
});

type ParticipantInput = { person: string; roleVi: string; roleEn?: string | null; provenance: { source: string; quote: string } };
const participantsOf = (list: readonly ParticipantInput[] | null | undefined): ParticipantFields[] => (list ?? []).map((p) => ({ ...p, roleEn: p.roleEn ?? null }));

const CreateEventInput = builder.inputType('CreateEventInput', {
  description: 'A dated event of an area, quoted from its source.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'A stable code.' }),
    kind: t.field({ type: EventKindEnum, required: true, description: 'What kind of event.' }),
    titleVi: t.string({ required: true, description: 'Its title, in Vietnamese.' }),
    titleEn: t.string({ description: 'The same in English.' }),
    date: t.field({ type: 'Date', required: true, description: 'When it took place.' }),
    area: t.string({ required: true, description: 'The area’s code.' }),
    organizer: t.string({ description: 'The organising agency’s code.' }),
    plan: t.string({ description: 'The code of the plan it is about, of the same area.' }),
    provenance: t.field({ type: ProvenanceInput, required: true, description: 'The source and the exact passage that report it.' }),
    participants: t.field({ type: [EventParticipantInput], description: 'Who took part, each with the passage that shows it.' }),
    reason: t.string({ description: 'Why, when worth saying; kept in the audit trail.' }),
  }),
});

const UpdateEventInput = builder.inputType('UpdateEventInput', {
  description: 'A correction of an event: the fields given replace the event’s (null clears an optional one); participants are withdrawn, then added. Its code and area stay.',
  fields: (t) => ({
    ...versionedRecordFields(t, 'event'),
    kind: t.field({ type: EventKindEnum, description: 'What kind of event.' }),
    titleVi: t.string({ description: 'Its title, in Vietnamese.' }),
    titleEn: t.string({ description: 'The same in English.' }),
    date: t.field({ type: 'Date', description: 'When it took place.' }),
    organizer: t.string({ description: 'The organising agency’s code.' }),
    plan: t.string({ description: 'The code of the plan it is about, of the same area.' }),
    provenance: t.field({ type: ProvenanceInput, description: 'A passage that reports it better, replacing the one recorded.' }),
    addParticipants: t.field({ type: [EventParticipantInput], description: 'People who took part, to add (those recorded stay); each quoted. One withdrawn before comes back.' }),
    removeParticipants: t.stringList({ description: 'Participants recorded wrongly, to withdraw, by their person’s code (kept in history).' }),
  }),
});

builder.mutationField('createEvent', (t) =>
  t.field({
    type: EventWrite,
    description: 'Creates an event of an area. DUPLICATE when the code is taken.',
    args: { input: t.arg({ type: CreateEventInput, required: true, description: 'The event.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({ areas: await areasTouched(ctx.prisma, { areas: [input.area], agencies: [input.organizer], plans: [input.plan] }) }),
    resolve: (_root, { input }, ctx) =>
      createEvent(
        ctx,
        changeSetOf(ctx),
        { code: input.code, kind: input.kind, titleVi: input.titleVi, titleEn: input.titleEn ?? null, date: input.date, area: input.area, organizer: input.organizer ?? null, plan: input.plan ?? null, provenance: input.provenance, participants: participantsOf(input.participants) },
        input.reason ?? null,
      ),
  }),
);

builder.mutationField('updateEvent', (t) =>
  t.field({
    type: EventWrite,
    description: 'Corrects an event of an area, or who took part.',
    args: { input: t.arg({ type: UpdateEventInput, required: true, description: 'The correction.' }) },
    errors: WRITE_ERRORS,
    authScopes: async (_root, { input }, ctx) => ({
      areas: await areasTouched(ctx.prisma, { record: { model: 'Event', id: recordIdOf(input.id, 'Event') }, agencies: [input.organizer], plans: [input.plan] }),
    }),
    resolve: (_root, { input }, ctx) =>
      updateEvent(
        ctx,
        changeSetOf(ctx),
        recordIdOf(input.id, 'Event'),
        input.version,
        { ...patchOf(input, ['kind', 'titleVi', 'titleEn', 'date', 'organizer', 'plan', 'provenance']), addParticipants: participantsOf(input.addParticipants), removeParticipants: input.removeParticipants ?? [] },
        input.reason,
      ),
  }),
);
