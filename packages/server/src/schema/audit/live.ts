import { builder } from '../../builder.ts';
import { ErrorCode, userError } from '../../errors.ts';
import { decodeGlobalId } from '../../global-id.ts';
import type { Context } from '../../context.ts';
import type { ChangeEvent } from '../../live/feed.ts';
import { ChangeRef } from './change.ts';

// Subscriptions to the live feed (live/feed.ts), over Server-Sent Events (yoga's own):
// each committed change, as the audit trail holds it, to whoever follows its area, its
// record or its plan, whichever server process the write went through.

const LiveChangeFilter = builder.inputType('LiveChangeFilter', {
  description: 'Which changes to receive: every condition given must hold.',
  fields: (t) => ({
    area: t.string({ description: 'Changes to records of this area (its code).' }),
    record: t.id({ description: 'Changes to this record (its global ID).' }),
  }),
});

/** The events of this database that pass `keep`, as they are committed. */
async function* changesOf(ctx: Context, keep: (e: ChangeEvent) => boolean): AsyncGenerator<ChangeEvent> {
  const epoch = await ctx.feed.epoch();
  for await (const event of ctx.feed.subscribe()) if (event.epoch === epoch && keep(event)) yield event;
}

async function areaIdOf(ctx: Context, key: string, argument: string): Promise<number> {
  const area = await ctx.prisma.area.findUnique({ where: { key }, select: { id: true } });
  if (!area) throw userError(ErrorCode.NOT_FOUND, `${argument}: no area has the code "${key}".`, { argument });
  return area.id;
}

const changeOf = (event: ChangeEvent, ctx: Context) => ctx.prisma.change.findUniqueOrThrow({ where: { id: event.changeId } });

builder.subscriptionType({
  description: 'Live changes, over Server-Sent Events (send `Accept: text/event-stream`). Each event is a committed change, as `changes` lists it.',
  fields: (t) => ({
    changes: t.field({
      type: ChangeRef,
      description: 'Every change committed from now on that matches the filter, from any server process.',
      args: { filter: t.arg({ type: LiveChangeFilter, required: false, description: 'Which changes.' }) },
      subscribe: async (_root, { filter }, ctx) => {
        const areaId = filter?.area ? await areaIdOf(ctx, filter.area, 'filter.area') : undefined;
        const record = filter?.record ? decodeGlobalId(String(filter.record)) : undefined;
        return changesOf(
          ctx,
          (e) => (areaId === undefined || e.areaId === areaId) && (record === undefined || (e.model === record.typename && e.recordId === Number(record.id))),
        );
      },
      resolve: (event: ChangeEvent, _args, ctx) => changeOf(event, ctx),
    }),
    planChanged: t.field({
      type: ChangeRef,
      description: 'Every change committed from now on to a target or result of the plan.',
      args: { plan: t.arg.string({ required: true, description: 'The plan’s code.' }) },
      subscribe: async (_root, { plan }, ctx) => {
        const row = await ctx.prisma.plan.findUnique({ where: { key: plan }, select: { id: true } });
        if (!row) throw userError(ErrorCode.NOT_FOUND, `plan: no plan has the code "${plan}".`, { argument: 'plan' });
        return changesOf(ctx, (e) => e.planId === row.id);
      },
      resolve: (event: ChangeEvent, _args, ctx) => changeOf(event, ctx),
    }),
  }),
});
