import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import type { OperationLimitsContext } from './operation-limits.ts';
import type { RateLimiter } from './rate-limit.ts';

// An accepted operation's cost comes back in `extensions.cost`, as Shopify's API returns
// it: what it was priced at, the most one operation may cost, and (when rate limits are
// on) the client's budget left in the window, so a client can pace itself.

export function costExtension(rateLimiter: RateLimiter | undefined): Plugin {
  return {
    onExecute: ({ args }) => ({
      onExecuteDone: (payload) =>
        handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
          const context = args.contextValue as OperationLimitsContext & { request: Request };
          const priced = context.operationCost;
          if (!priced) return;
          const budget = rateLimiter?.budgetOf(context.request);
          setResult({ ...result, extensions: { ...result.extensions, cost: { requested: priced.cost, limit: priced.maxCost, ...(budget ? { budget } : {}) } } });
        }),
    }),
  };
}
