import { useGraphQlJit } from '@envelop/graphql-jit';
import { GraphQLError, type Source } from 'graphql';
import type { Plugin } from 'graphql-yoga';

// Operations run as functions compiled by graphql-jit, once per parsed document (Yoga's
// parse cache keeps the document, the plugin keeps its compiled form by it): a third
// less CPU for a dashboard page than graphql-js's interpreting executor
// (bench/README.md). Two of its differences from graphql-js are undone here and in
// stable-paths.ts, and a test runs both executors side by side
// (test/compiled-execution.test.ts).

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
  return [useGraphQlJit() as Plugin, locatedErrors()];
}
