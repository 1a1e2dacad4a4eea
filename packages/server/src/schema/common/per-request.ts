import type { Context } from '../../context.ts';

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
