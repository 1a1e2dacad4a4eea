import DataLoader from 'dataloader';
import type { Quote } from '@planhub/db/generated/sqlite/client';
import type { Context } from '../context.ts';
import { nextMacrotask, perContext } from './per-request.ts';

// The passages that targets and results come from (and, when asked for, their sources'
// texts), one statement per request for all of them: a time series and its targets cite their quotes from different paths, which
// Prisma's relation loading would fetch once per path (and, for rows loaded outside a
// Pothos plan, by re-reading the rows themselves first).

const loader = perContext(
  (ctx) =>
    new DataLoader<number, Quote>(async (ids) => {
      const quotes = await ctx.prisma.quote.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(quotes.map((q) => [q.id, q]));
      return ids.map((id) => byId.get(id) ?? new Error(`Quote ${id} is gone.`));
    }, nextMacrotask),
);

export function quoteOf(ctx: Context, id: number): Promise<Quote> {
  return loader(ctx).load(id);
}

const texts = perContext(
  (ctx) =>
    new DataLoader<number, string | null>(async (ids) => {
      const sources = await ctx.prisma.source.findMany({ where: { id: { in: [...ids] } }, select: { id: true, text: true } });
      const byId = new Map(sources.map((s) => [s.id, s.text]));
      return ids.map((id) => (byId.has(id) ? byId.get(id)! : new Error(`Source ${id} is gone.`)));
    }),
);

/** A source's text (kept out of the reference data, being long), or null when it is not on file. */
export function sourceTextOf(ctx: Context, sourceId: number): Promise<string | null> {
  return texts(ctx).load(sourceId);
}
