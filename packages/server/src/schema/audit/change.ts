import { builder } from '../../builder.ts';
import { encodeGlobalId } from '../../global-id.ts';
import { ErrorCode, userError } from '../../errors.ts';
import { pageOptions } from '../../pagination.ts';
import { AreaRef } from '../common/area.ts';
import { optionalReferenceField } from '../common/reference-field.ts';
import { decodeGlobalId } from '../../global-id.ts';
import { ActorKind, ChangeOperation } from '@planhub/db/generated/sqlite/enums';
import type { Context } from '../../context.ts';

// The audit trail (writes/audit.ts): every change, readable by anyone, as the hub's
// transparency demands; oldest first, so `last:` gives the newest. Who wrote is public
// when it is a token's name (admins name tokens for the organisation that holds them);
// an identity provider's subject or a console user may name a person, so only signed-in
// readers see those (anonymous readers get null, and cannot filter by them).

/** Whether this reader may see who made the change. */
const actorVisible = (kind: ActorKind, ctx: Context) => kind === ActorKind.TOKEN || ctx.principal !== null;

export const ActorKindEnum = builder.enumType('ActorKind', {
  description: 'How the writer signed in.',
  values: {
    [ActorKind.TOKEN]: { description: 'With a PlanHub API token; the actor is its name.' },
    [ActorKind.JWT]: { description: 'With an identity provider’s token; the actor is its subject.' },
    [ActorKind.CLI]: { description: 'At the server’s console (`npm run token`); the actor is `cli:` and the operating-system user.' },
  },
});

export const ChangeOperationEnum = builder.enumType('ChangeOperation', {
  description: 'What a change did to its record.',
  values: {
    [ChangeOperation.CREATE]: { description: 'Created it.' },
    [ChangeOperation.UPDATE]: { description: 'Changed it: a correction, an adjustment, or bringing back a retired record.' },
    [ChangeOperation.RETIRE]: { description: 'Retired it: it stays in history and leaves every list.' },
  },
});

const json = (text: string | null) => (text === null ? null : (JSON.parse(text) as Record<string, unknown>));

export const ChangeRef = builder.prismaNode('Change', {
  description: 'One change to one record, as the audit trail holds it: who, when, what (before and after) and why.',
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    changeSet: t.exposeString('changeSet', { description: 'The write (one mutation, one import) the change was part of; its changes share it.' }),
    at: t.expose('at', { type: 'DateTime', description: 'When it was committed.' }),
    actor: t.string({
      nullable: true,
      description: 'Who: the token’s name (public), or the identity provider’s subject or the console user (signed-in readers only; null for others).',
      resolve: (c, _args, ctx) => (actorVisible(c.actorKind, ctx) ? c.actor : null),
    }),
    actorKind: t.expose('actorKind', { type: ActorKindEnum, description: 'How they signed in.' }),
    operation: t.expose('operation', { type: ChangeOperationEnum, description: 'What the change did.' }),
    recordType: t.exposeString('model', { description: 'The kind of record changed: `Target`, `Result`, `Source`, `ApiToken`.' }),
    recordId: t.id({ description: 'The global ID of the record changed (it may be retired since).', resolve: (c) => encodeGlobalId(c.model, c.recordId) }),
    area: t.field(optionalReferenceField(AreaRef, 'area', 'areaId', 'The area the record belongs to; null for records of none (sources, tokens).')),
    before: t.field({ type: 'JSONObject', nullable: true, description: 'The record before the change, field by field; null for a creation.', resolve: (c) => json(c.before) }),
    after: t.field({ type: 'JSONObject', nullable: true, description: 'The record after the change, field by field.', resolve: (c) => json(c.after) }),
    reason: t.exposeString('reason', { nullable: true, description: 'Why, as the writer said: required for updates and retirements.' }),
  }),
});

const ChangeFilter = builder.inputType('ChangeFilter', {
  description: 'Which changes: every condition given must hold.',
  fields: (t) => ({
    area: t.string({ description: 'Changes to records of this area (its code, e.g. `bac-kan`).' }),
    record: t.id({ description: 'Changes to this record (its global ID).' }),
    actor: t.string({ description: 'Changes by this actor (a token’s name or, for signed-in readers, a subject), exactly.' }),
    since: t.field({ type: 'DateTime', description: 'Changes committed at or after this instant.' }),
    changeSet: t.string({ description: 'The changes of one write.' }),
  }),
});

builder.queryField('changes', (t) =>
  t.prismaConnection({
    ...pageOptions,
    type: 'Change',
    cursor: 'id',
    description: 'The audit trail: every change to the data, oldest first (`last:` for the newest).',
    args: { filter: t.arg({ type: ChangeFilter, required: false, description: 'Which changes.' }) },
    resolve: async (query, _root, { filter }, ctx) => {
      const where: Record<string, unknown> = {};
      if (filter?.area) {
        const area = await ctx.prisma.area.findUnique({ where: { key: filter.area }, select: { id: true } });
        if (!area) throw userError(ErrorCode.NOT_FOUND, `filter.area: no area has the code "${filter.area}".`, { argument: 'filter.area' });
        where.areaId = area.id;
      }
      if (filter?.record) {
        const { typename, id } = decodeGlobalId(String(filter.record));
        where.model = typename;
        where.recordId = Number(id);
      }
      if (filter?.actor) {
        where.actor = filter.actor;
        if (!ctx.principal) where.actorKind = ActorKind.TOKEN;
      }
      if (filter?.since) where.at = { gte: filter.since };
      if (filter?.changeSet) where.changeSet = filter.changeSet;
      return ctx.prisma.change.findMany({ ...query, where });
    },
  }),
);

// Targets and results carry their version (for updates), their retirement and their history.
for (const model of ['Target', 'Result'] as const) {
  const noun = model.toLowerCase();
  builder.prismaObjectFields(model, (t) => ({
    version: t.exposeInt('version', { description: `The ${noun}’s version: name it in an update or retirement; a stale one is refused with CONFLICT.` }),
    retiredAt: t.expose('retiredAt', { type: 'DateTime', nullable: true, description: `When the ${noun} was retired: it stays readable here and in the audit trail, and leaves every list and status. Null while in use.` }),
    history: t.prismaConnection({
      ...pageOptions,
      type: 'Change',
      cursor: 'id',
      description: `Every change to this ${noun}, oldest first: who, when, before and after, and why.`,
      resolve: (query, parent, _args, ctx) => ctx.prisma.change.findMany({ ...query, where: { model, recordId: parent.id } }),
    }),
  }));
}
