import type { Tx } from './transaction.ts';

// An import writes thousands of rows in one transaction, and each row's write looks up the
// same few references (its series, period, unit, plan, source and the source's text).
// Within that transaction the answers only change when the transaction itself writes to
// the model, so a look-up is asked once per distinct question and remembered until the
// import writes to that model again. Only the reference models, and only look-ups of one
// row; everything else goes straight to the database. What a look-up includes of another
// model (a solution's plan) or what triggers copy into its row (a series' copies of its
// definition) is not invalidated by writes to that other model: an import writes kinds in
// KINDS order, each before what names it, so nothing looked up is written after; a new
// kind that broke that order would have to clear the cache itself.

const REFERENCE_MODELS = new Set(['area', 'period', 'unit', 'sector', 'plan', 'source', 'agency', 'event', 'person', 'indicator', 'indicatorDefinition', 'solution']);
const LOOKUPS = new Set(['findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow']);
const READS = new Set([...LOOKUPS, 'findMany', 'count', 'aggregate', 'groupBy']);

/** Answers the write path derives from the transaction's data (a quote located in its source), kept as long as the cached transaction. */
const memos = new WeakMap<object, Map<string, unknown>>();

/** The transaction, its reference look-ups remembered until it writes to their model. */
export function withReadCache(tx: Tx): Tx {
  const answers = new Map<string, Map<string, Promise<unknown>>>();
  const delegates = new Map<string, unknown>();
  // The proxies stand on empty objects, not on Prisma's: a proxy's every answer is checked
  // against its target's own property, and Prisma's client (a proxy itself) computes that anew each time.
  const cached = new Proxy({} as Tx, {
    get(_, model) {
      // A reference model's wrapper, made once: Prisma's client builds its delegates on every access.
      if (typeof model === 'string' && REFERENCE_MODELS.has(model)) {
        let wrapped = delegates.get(model);
        if (!wrapped) delegates.set(model, (wrapped = wrap(model, Reflect.get(tx, model) as Record<string, unknown>)));
        return wrapped;
      }
      return Reflect.get(tx, model);
    },
  });
  function wrap(model: string, delegate: Record<string, unknown>): unknown {
    const operations = new Map<string, unknown>();
    const d = delegate;
    return new Proxy({}, {
      get(_, operation) {
        if (typeof operation !== 'string') return Reflect.get(d, operation);
        let wrapped = operations.get(operation);
        if (wrapped) return wrapped;
        const call = Reflect.get(d, operation) as unknown;
        if (typeof call !== 'function') return call;
        if (LOOKUPS.has(operation)) {
          wrapped = (args: unknown) => {
            let byArgs = answers.get(model);
            if (!byArgs) answers.set(model, (byArgs = new Map()));
            const key = `${operation}:${JSON.stringify(args)}`;
            let answer = byArgs.get(key);
            if (!answer) {
              // A real promise, settled once: Prisma's are lazy, and would ask again on every await.
              answer = Promise.resolve((call as (a: unknown) => Promise<unknown>).call(d, args));
              byArgs.set(key, answer);
            }
            return answer;
          };
        } else if (READS.has(operation)) {
          wrapped = (call as (...a: unknown[]) => unknown).bind(d);
        } else {
          // A write to the model: what was remembered of it may be stale now.
          wrapped = (...args: unknown[]) => {
            answers.delete(model);
            memos.get(cached)?.clear();
            return (call as (...a: unknown[]) => unknown).apply(d, args);
          };
        }
        operations.set(operation, wrapped);
        return wrapped;
      },
    });
  }
  memos.set(cached, new Map());
  return cached;
}

/** Where the write path may remember what it derived within this transaction (none outside an import's). */
export const derivedMemo = (tx: object): Map<string, unknown> | undefined => memos.get(tx);
