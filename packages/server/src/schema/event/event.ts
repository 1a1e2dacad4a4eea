import { builder } from '../../builder.ts';
import { LIST_CAP } from '../../limits/cost.ts';
import { pageOptions } from '../../pagination.ts';
import { EventKindEnum } from '../common/enums.ts';
import { localized } from '../common/localized.ts';

export const EventRef = builder.prismaNode('Event', {
  description: 'A dated event, such as the conference that set out a yearly plan.',
  id: { field: 'id' },
  // Unknown IDs resolve to null, which node(id) reports as NOT_FOUND.
  nullable: true,
  fields: (t) => ({
    kind: t.expose('kind', { type: EventKindEnum, description: 'What kind of event.' }),
    title: t.field(localized('Title in the chosen language.', (e) => e.titleVi, (e) => e.titleEn)),
    titleVi: t.exposeString('titleVi', { description: 'Title in Vietnamese.' }),
    date: t.expose('date', { type: 'Date', description: 'When it took place.' }),
    area: t.relation('area', { description: 'The area it concerned.' }),
    organizer: t.relation('organizer', { nullable: true, description: 'Who organised it, when stated.' }),
    plan: t.relation('plan', { nullable: true, description: 'The plan it was about, if any.' }),
    participants: t.relation('participants', {
      description: `Who took part, and how (withdrawn ones left out); at most ${LIST_CAP}.`,
      query: { where: { retiredAt: null }, orderBy: { id: 'asc' }, take: LIST_CAP },
    }),
    solutions: t.relation('solutions', {
      description: `Solutions and directives set out at the event, in source order; at most ${LIST_CAP}.`,
      query: { where: { retiredAt: null }, orderBy: [{ position: 'asc' }, { id: 'asc' }], take: LIST_CAP },
    }),
    provenance: t.relation('quote', { description: 'The passage that reports it, and its source.' }),
  }),
});

builder.prismaObject('EventParticipant', {
  description: 'A person’s part in an event.',
  fields: (t) => ({
    person: t.relation('person', { description: 'Who.' }),
    role: t.field(localized('Their part, in the chosen language ("attended and directed").', (p) => p.roleVi, (p) => p.roleEn)),
    provenance: t.relation('quote', { description: 'The passage that says so, and its source.' }),
  }),
});

builder.queryFields((t) => ({
  events: t.prismaConnection({
    type: 'Event',
    cursor: 'id',
    ...pageOptions,
    totalCount: (_parent, _args, ctx) => ctx.prisma.event.count({ where: { retiredAt: null } }),
    description: 'Events, most recent first.',
    // Retired events stay in history (node, changes) and leave the list.
    resolve: (query, _root, _args, ctx) => ctx.prisma.event.findMany({ ...query, where: { retiredAt: null }, orderBy: [{ date: 'desc' }, { id: 'desc' }] }),
  }),
}));
