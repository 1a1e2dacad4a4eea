import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { ErrorCode } from '../errors.ts';
import type { AuthSettings } from './settings.ts';

// Credentials are checked before anything runs: a request whose credentials do not check
// out is refused whatever it asks (HTTP 401), and so is an anonymous one where reads need
// a token. What a valid principal may do is declared on the schema (scope-auth).

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="planhub"' } } } });
}

export function authentication(settings: AuthSettings): Plugin<Context> {
  type Hook = Pick<Parameters<NonNullable<Plugin<Context>['onExecute']>>[0], 'args' | 'setResultAndStopExecution' | 'extendContext'>;
  const check = async ({ args, setResultAndStopExecution, extendContext }: Hook) => {
      const { failure, principal } = await (args.contextValue as Context).auth();
      if (failure) setResultAndStopExecution({ errors: [unauthenticated(failure.message)] });
      else if (settings.readsNeedToken && !principal) {
        setResultAndStopExecution({ errors: [unauthenticated('This server needs a token for reads too: send "Authorization: Bearer <token>".')] });
      } else extendContext({ principal });
  };
  // Subscriptions too: a stream is refused like any operation when its credentials are.
  return { onExecute: check, onSubscribe: check };
}
