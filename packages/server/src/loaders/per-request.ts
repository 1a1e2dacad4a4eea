import type { Context } from '../context.ts';

// Per-request state (loaders, memos) lives beside the request's context, not in it:
// made on first use, dropped with the context.

/** A value made once per request, on first use. */
export function perContext<T>(create: (ctx: Context) => T): (ctx: Context) => T {
  const values = new WeakMap<Context, T>();
  return (ctx) => {
    let value = values.get(ctx);
    if (value === undefined) values.set(ctx, (value = create(ctx)));
    return value;
  };
}

/**
 * DataLoader option: batch on the next macrotask, not the next tick. For loads asked a
 * few promise hops apart within one request (a time series's quotes come after its
 * results, a few hops after its targets' quotes) that should share one statement.
 */
export const nextMacrotask = { batchScheduleFn: (run: () => void) => setImmediate(run) };

/**
 * Memoises a filter's evaluation per request and per args object, so a connection's
 * `totalCount` and its page share one evaluation (and its look-ups). Pothos passes the
 * same args object to a connection's resolver and to its `totalCount` (a reliance on
 * @pothos/plugin-prisma, guarded by test/library-internals.test.ts).
 */
export function perRequest<A extends object, R>(compute: (args: A, ctx: Context) => Promise<R>) {
  const memo = perContext(() => new WeakMap<A, Promise<R>>());
  return (args: A, ctx: Context): Promise<R> => {
    const byArgs = memo(ctx);
    let hit = byArgs.get(args);
    if (!hit) byArgs.set(args, (hit = compute(args, ctx)));
    return hit;
  };
}
