import { GraphQLError } from 'graphql';
import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Db } from '@planhub/db/client';
import { ErrorCode } from '../errors.ts';

// Every operation has a deadline. When it passes, the client gets DEADLINE_EXCEEDED at
// once, and the operation's work stops: its context's database client refuses every
// further statement, so resolvers still running fail fast instead of queueing for
// connections (PostgreSQL's statement_timeout bounds the statement already running).

export function deadlineError(ms: number): GraphQLError {
  return new GraphQLError(`The operation ran longer than ${ms} ms, the most allowed, and was stopped. Ask for less at once, or split the operation.`, {
    extensions: { code: ErrorCode.DEADLINE_EXCEEDED, limit: ms, http: { status: 504 } },
  });
}

/**
 * A per-request view of the database client that refuses statements once `expired()` says
 * so: a method is checked when called, not only when reached, so a model's delegate a loader
 * kept from before the deadline refuses too. It stands on empty objects, not on Prisma's: a
 * proxy's every answer is checked against its target's own property, which Prisma's client
 * (a proxy itself) computes anew each time, as it builds a model's delegate on each access;
 * both are made once here.
 */
export function guardedClient(prisma: Db, expired: () => GraphQLError | undefined): Db {
  const check = () => {
    const error = expired();
    if (error) throw error;
  };
  const guard = (target: object): object => {
    const values = new Map<PropertyKey, unknown>();
    return new Proxy(
      {},
      {
        get(_, prop) {
          check();
          if (values.has(prop)) return values.get(prop);
          let value = Reflect.get(target, prop, target) as unknown;
          if (typeof value === 'function') {
            // Client methods ($queryRawUnsafe, $transaction) and a delegate's run against their own object.
            const method = value as (...args: unknown[]) => unknown;
            value = (...args: unknown[]) => {
              check();
              return method.apply(target, args);
            };
          } else if (value !== null && typeof value === 'object' && typeof prop === 'string' && !prop.startsWith('_')) {
            // A model's delegate.
            value = guard(value);
          }
          values.set(prop, value);
          return value;
        },
        has: (_, prop) => Reflect.has(target, prop),
      },
    );
  };
  return guard(prisma) as Db;
}

export interface DeadlineContext {
  /** `expired` set when the deadline has passed: the error every further statement fails with; `at` when it passes (performance.now()). */
  deadline?: { expired?: GraphQLError; at?: number; ms?: number };
}

/** The deadline's error once it has passed (and from then on), by the timer or by the clock. */
export function expiredDeadline(state: DeadlineContext['deadline']): GraphQLError | undefined {
  if (!state) return undefined;
  if (!state.expired && state.at !== undefined && performance.now() > state.at) state.expired = deadlineError(state.ms!);
  return state.expired;
}

/** Races each execution against the deadline (registered after anything that sets the executor). */
export function executionDeadline(ms: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args: ExecutionArgs) => {
        const context = args.contextValue as DeadlineContext;
        const state: NonNullable<DeadlineContext['deadline']> = (context.deadline ??= {});
        // Also told by the clock at each statement: on the embedded database the work can run
        // without ever yielding to the timer (its driver is synchronous).
        state.at = performance.now() + ms;
        state.ms = ms;
        let timer: NodeJS.Timeout | undefined;
        const expired = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(() => {
            state.expired ??= deadlineError(ms);
            resolve({ errors: [state.expired] });
          }, ms);
        });
        try {
          const result = (await Promise.race([executeFn(args) as Promise<ExecutionResult>, expired])) as ExecutionResult;
          // Finished, but past the deadline (its statements refused): the deadline's answer, not a partial one.
          return state.expired ? { errors: [state.expired] } : result;
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
