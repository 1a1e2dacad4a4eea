import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { type DocumentNode, type ExecutionArgs, type ExecutionResult, GraphQLError, type GraphQLSchema, Lexer, NoSchemaIntrospectionCustomRule, Source, TokenKind, type ValidationContext, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode, type ErrorCode as Code } from '../errors.ts';
import stableStringify from 'fast-json-stable-stringify';
import { type Measured, measure } from './cost.ts';
import type { LimitSettings } from './settings.ts';

// Limits on the operation itself, all checked before anything is executed, so a
// rejected operation runs no resolver and sends no SQL statement:
// - tokens while parsing (a document too long to be worth parsing is not parsed whole),
//   once per document text (the parser cache serves it after);
// - aliases and directives while validating (graphql-armor's rules);
// - depth, breadth and cost just before execution, with the request's variables
//   (cost.ts; Pothos's complexity calculation), once per document and variables. The cost of an accepted operation is
//   kept on the context, for the rate limiter and the response's `extensions.cost`.

export interface OperationLimitOptions {
  limits: LimitSettings;
  /** Refuse introspection (`__schema`, `__type`) and hide "Did you mean …" suggestions. */
  hideSchema: boolean;
}

/** What a request's context learns about its operation once it is accepted. */
export interface OperationCost {
  cost: number;
  maxCost: number;
}

export interface OperationLimitsContext {
  operationCost?: OperationCost;
}

const rejection = (code: Code, message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });

/** Counts the tokens of a document, stopping at `max + 1`. */
function tokensUpTo(body: string, max: number): number {
  const lexer = new Lexer(new Source(body));
  let n = 0;
  while (n <= max && lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

/**
 * The token count is checked in the parse function itself, so a document the parser
 * cache already holds (it was checked when first parsed) is not lexed again.
 */
function tokenLimit(maxTokens: number): Plugin {
  return {
    onParse({ parseFn, setParseFn }) {
      setParseFn((source, options) => {
        const body = typeof source === 'string' ? source : source.body;
        if (tokensUpTo(body, maxTokens) > maxTokens) {
          throw rejection(ErrorCode.TOO_MANY_TOKENS, `The document has more than ${maxTokens} tokens, the most allowed. Send a smaller document, or split the operation.`, {
            limit: maxTokens,
          });
        }
        return parseFn(source, options);
      });
    },
  };
}

/** graphql-armor's rejections, reported with PlanHub's code and a hint (its message states the limit and what it found). */
function armorRejection(code: Code, hint: string) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(rejection(code, `${error.message.replace(/^Syntax Error: /, '')} ${hint}`));
  };
}

/** graphql-js's rule that refuses introspection, its errors coded. */
const noIntrospection: ValidationRule = (context) =>
  NoSchemaIntrospectionCustomRule(
    new Proxy(context, {
      get: (target, prop) =>
        prop === 'reportError'
          ? () =>
              target.reportError(
                rejection(ErrorCode.INTROSPECTION_DISABLED, 'Introspection is switched off on this server. The schema is published with the SDK (schema.graphql).', {}),
              )
          : Reflect.get(target, prop, target),
    }),
  );

/** Measurements per document (the parser cache's, so the same object for the same text), by operation and variables. */
const MEASURED_PER_DOCUMENT = 64;
const measuredOf = new WeakMap<DocumentNode, Map<string, Measured>>();

/** An operation's measure, computed once per document, operation and variables (the cost depends on nothing else). */
function measureOnce(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): Measured {
  const key = `${operationName ?? ''}\u0000${stableStringify(variables ?? {})}`;
  let byKey = measuredOf.get(document);
  if (!byKey) measuredOf.set(document, (byKey = new Map()));
  let measured = byKey.get(key);
  if (!measured) {
    measured = measure(schema, document, operationName, variables, {});
    // Bounded: a document asked with ever new variables keeps only the latest.
    if (byKey.size >= MEASURED_PER_DOCUMENT) byKey.delete(byKey.keys().next().value!);
    byKey.set(key, measured);
  }
  return measured;
}

function depthAndCost(limits: LimitSettings): Plugin {
  // A subscription is priced like a query, once when it starts (each event then resolves its selection).
  const check = ({ args, setResultAndStopExecution }: { args: ExecutionArgs; setResultAndStopExecution: (result: ExecutionResult) => void }) => {
      let measured: Measured;
      try {
        measured = measureOnce(args.schema, args.document, args.operationName, args.variableValues ?? undefined);
      } catch (error) {
        // Variables that do not fit the operation: execution reports them (INVALID_VARIABLE)
        // before any field runs, so there is nothing to price.
        if (error instanceof GraphQLError) return;
        throw error;
      }
      const { cost, depth, breadth } = measured;
      let error: GraphQLError | undefined;
      if (depth > limits.maxDepth) {
        error = rejection(ErrorCode.QUERY_TOO_DEEP, `The operation nests fields ${depth} deep; at most ${limits.maxDepth} are allowed. Ask for less at once, or split the operation.`, {
          limit: limits.maxDepth,
          measured: depth,
        });
      } else if (cost > limits.maxCost) {
        error = rejection(
          ErrorCode.QUERY_TOO_COSTLY,
          `The operation may return ${cost} objects (pages counted at their "first"/"last"); at most ${limits.maxCost} are allowed. Ask for smaller pages, fewer nested lists, or split the operation.`,
          { limit: limits.maxCost, measured: cost, breadth },
        );
      }
      if (error) {
        setResultAndStopExecution({ errors: [error] });
        return;
      }
      (args.contextValue as OperationLimitsContext).operationCost = { cost, maxCost: limits.maxCost };
  };
  return { onExecute: check, onSubscribe: check };
}

export function operationLimitPlugins({ limits, hideSchema }: OperationLimitOptions): Plugin[] {
  return [
    tokenLimit(limits.maxTokens),
    maxAliasesPlugin({
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [armorRejection(ErrorCode.TOO_MANY_ALIASES, 'Use fewer aliases, or split the operation.')],
    }) as Plugin,
    maxDirectivesPlugin({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [armorRejection(ErrorCode.TOO_MANY_DIRECTIVES, 'Use fewer directives, or split the operation.')],
    }) as Plugin,
    ...(hideSchema ? [blockFieldSuggestionsPlugin() as Plugin, { onValidate: ({ addValidationRule }) => addValidationRule(noIntrospection) } satisfies Plugin] : []),
    depthAndCost(limits),
  ];
}
