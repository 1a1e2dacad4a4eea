import DataLoader from 'dataloader';
import type { Quote } from '@planhub/db/generated/sqlite/client';
import type { Context } from '../../context.ts';

// The passages that targets and results come from, one statement per request for all of
// them: a time series and its targets cite their quotes from different paths, which
// Prisma's relation loading would fetch once per path (and, for rows loaded outside a
// Pothos plan, by re-reading the rows themselves first).

// Batched on the next macrotask, not the next tick: a time series's quotes are asked for
// only after its results arrive, a few promise hops after its targets' quotes.
const loaders = new WeakMap<Context, DataLoader<number, Quote>>();

export function quoteOf(ctx: Context, id: number): Promise<Quote> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const quotes = await ctx.prisma.quote.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(quotes.map((q) => [q.id, q]));
      return ids.map((id) => byId.get(id) ?? new Error(`Quote ${id} is gone.`));
    }, { batchScheduleFn: (run) => setImmediate(run) });
    loaders.set(ctx, loader);
  }
  return loader.load(id);
}
