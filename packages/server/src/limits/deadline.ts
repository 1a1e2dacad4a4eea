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

/** A per-request view of the database client that refuses statements once `expired()` says so. */
export function guardedClient(prisma: Db, expired: () => GraphQLError | undefined): Db {
  const functions = new Map<PropertyKey, unknown>();
  return new Proxy(prisma, {
    get(target, prop) {
      const error = expired();
      if (error) throw error;
      const value = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      // Client methods ($queryRawUnsafe, $transaction) run against the client itself.
      let bound = functions.get(prop);
      if (!bound) functions.set(prop, (bound = value.bind(target)));
      return bound;
    },
  });
}

export interface DeadlineContext {
  /** Set when the deadline has passed: the error every further statement fails with. */
  deadline?: { expired?: GraphQLError };
}

/** Races each execution against the deadline (registered after anything that sets the executor). */
export function executionDeadline(ms: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args: ExecutionArgs) => {
        const context = args.contextValue as DeadlineContext;
        const state: NonNullable<DeadlineContext['deadline']> = (context.deadline ??= {});
        let timer: NodeJS.Timeout | undefined;
        const expired = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(() => {
            state.expired = deadlineError(ms);
            resolve({ errors: [state.expired] });
          }, ms);
        });
        try {
          return (await Promise.race([executeFn(args) as Promise<ExecutionResult>, expired])) as ExecutionResult;
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
