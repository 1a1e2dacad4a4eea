import type { DocumentNode } from 'graphql';
import { GraphQLError, type Source } from 'graphql';
import type { Plugin } from 'graphql-yoga';

// Operations run as functions compiled by graphql-jit, once per parsed document (Yoga's
// parse cache keeps the document, the plugin keeps its compiled form by it): a fifth to
// a third less CPU for a dashboard page than graphql-js's interpreting executor
// (bench/README.md). Two of its differences from graphql-js are undone here and in
// stable-paths.ts, and a test runs both executors side by side
// (test/compiled-execution.test.ts).
//
// Compiling costs more than running an operation once, and loading graphql-jit about
// 0.1 s: so an operation is compiled from its second execution on, and graphql-jit is
// loaded after the first one. Cold start to first answer pays neither, and a one-off
// query typed into GraphiQL is never compiled.

/** Executions of a document (by Yoga's cached parse) after which it is compiled. */
export const COMPILE_AFTER = 1;

let compiler: Promise<Plugin> | undefined;
let loaded: Plugin | undefined;

/** graphql-jit's plugin, loaded once per process on first use. */
export function loadCompiler(): Promise<Plugin> {
  compiler ??= import('@envelop/graphql-jit').then(({ useGraphQlJit }) => {
    const executions = new WeakMap<DocumentNode, number>();
    loaded = useGraphQlJit(
      {},
      {
        enableIf: ({ document }) => {
          const seen = executions.get(document) ?? 0;
          if (seen >= COMPILE_AFTER) return true;
          executions.set(document, seen + 1);
          return false;
        },
      },
    ) as Plugin;
    return loaded;
  });
  return compiler;
}

/** Executes with graphql-jit once it is loaded (loading starts after the first execution). */
function lazilyCompiled(): Plugin {
  return {
    onExecute(payload) {
      if (loaded) return loaded.onExecute?.(payload);
      // After this execution, not during it: loading blocks the event loop for a while.
      if (!compiler) setImmediate(() => void loadCompiler());
      return undefined;
    },
  };
}

/** Where each line of a source starts, for turning a line and column into an offset. */
const lineStarts = new WeakMap<Source, number[]>();

function positionOf(source: Source, line: number, column: number): number {
  let starts = lineStarts.get(source);
  if (!starts) {
    starts = [0];
    const body = source.body;
    for (let i = 0; i < body.length; i++) {
      const c = body.charCodeAt(i);
      if (c === 10 || (c === 13 && body.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
    lineStarts.set(source, starts);
  }
  return (starts[line - 1] ?? 0) + column - 1;
}

/**
 * graphql-jit's errors know their locations but not the nodes or source positions they
 * come from, and Yoga rebuilds every error from those when it writes the response, so
 * the locations would be dropped. Each such error becomes graphql-js's own, located in
 * the operation's source.
 */
function locatedErrors(): Plugin {
  return {
    onExecute({ args }) {
      const source = args.document.loc?.source;
      if (!source) return;
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.some(needsPositions)) return;
          setResult({
            ...result,
            errors: result.errors.map((error) =>
              needsPositions(error)
                ? new GraphQLError(error.message, {
                    source,
                    positions: error.locations!.map((l: { line: number; column: number }) => positionOf(source, l.line, l.column)),
                    path: error.path,
                    originalError: error.originalError,
                    extensions: error.extensions,
                  })
                : error,
            ),
          });
        },
      };
    },
  };
}

function needsPositions(error: GraphQLError): boolean {
  return !!error.locations?.length && !error.nodes && !error.positions;
}

export function compiledExecution(): Plugin[] {
  return [lazilyCompiled(), locatedErrors()];
}
