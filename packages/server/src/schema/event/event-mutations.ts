import { areasTouched } from '../../writes/scope.ts';
import { builder } from '../../builder.ts';
import { createEvent } from '../../writes/context-data.ts';
import { EventKindEnum } from '../common/enums.ts';
import { WRITE_ERRORS } from '../common/user-errors.ts';
import { changeSetOf, ProvenanceInput, writeType } from '../common/write-inputs.ts';
import { EventRef } from './event.ts';

// Events of an area (the conference that set out a plan): an editor of the area.

const EventWrite = writeType('EventWrite', 'An event as created, and the change that recorded it.', 'event', EventRef, 'The event.');

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
    reason: t.string({ description: 'Why, when worth saying; kept in the audit trail.' }),
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
        { code: input.code, kind: input.kind, titleVi: input.titleVi, titleEn: input.titleEn ?? null, date: input.date, area: input.area, organizer: input.organizer ?? null, plan: input.plan ?? null, provenance: input.provenance },
        input.reason ?? null,
      ),
  }),
);
