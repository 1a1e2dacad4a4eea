import {
  type DocumentNode,
  type ExecutionArgs,
  type FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionNode,
  type SelectionSetNode,
  type Source,
} from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

// Operations run as functions compiled by graphql-jit, once per operation text and name:
// less CPU per request than graphql-js's interpreting executor (bench/README.md has the
// figures; PLANHUB_JIT=off runs graphql-js). Where
// graphql-jit differs from graphql-js in what a client sees, it is undone here and in
// stable-paths.ts; a test runs both executors side by side and compares the bytes
// (test/compiled-execution.test.ts):
// - it orders a selection's own fields before those of its fragments, where GraphQL
//   orders them as written: fragments are inlined in place before compiling;
// - its errors carry locations but not nodes, from which Yoga writes them.
//
// Compiling costs more than running an operation once, and loading graphql-jit takes a
// while: so an operation is compiled from its second execution on, and graphql-jit is
// loaded after the first one. Cold start to first answer pays neither, and a one-off
// query typed into GraphiQL is never compiled. An operation graphql-jit cannot compile
// keeps running on graphql-js.

/** Executions of an operation (by Yoga's cached parse) before it is compiled. */
const COMPILE_AFTER = 1;

type Compile = typeof import('graphql-jit').compileQuery;
type IsCompiled = typeof import('graphql-jit').isCompiledQuery;

let loading: Promise<void> | undefined;
let jit: { compileQuery: Compile; isCompiledQuery: IsCompiled } | undefined;

/** Loads graphql-jit, once per process. */
export function loadCompiler(): Promise<void> {
  loading ??= import('graphql-jit').then(
    ({ compileQuery, isCompiledQuery }) => {
      jit = { compileQuery, isCompiledQuery };
    },
    (error: unknown) => console.warn(`graphql-jit could not be loaded; operations run on graphql-js: ${String(error)}`),
  );
  return loading;
}

/**
 * The operation's selections with every fragment whose condition always holds (no type
 * condition or the enclosing type's own, no directives) replaced by its selections, in
 * place; other fragment spreads become inline fragments, flattened within. Same meaning,
 * and graphql-jit then writes fields in the order GraphQL specifies.
 */
export function inlineFragments(schema: GraphQLSchema, document: DocumentNode): DocumentNode {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const childType = (parent: GraphQLNamedType, name: string): GraphQLNamedType | undefined => {
    if (name === '__schema') return schema.getType('__Schema');
    if (name === '__type') return schema.getType('__Type');
    if (!isObjectType(parent) && !isInterfaceType(parent)) return undefined;
    const field = parent.getFields()[name];
    return field ? getNamedType(field.type) : undefined;
  };

  const flatten = (set: SelectionSetNode, parent: GraphQLNamedType): SelectionSetNode => {
    const selections: SelectionNode[] = [];
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const type = s.selectionSet && childType(parent, s.name.value);
        selections.push(s.selectionSet && type ? { ...s, selectionSet: flatten(s.selectionSet, type) } : s);
        continue;
      }
      const fragment = s.kind === Kind.FRAGMENT_SPREAD ? fragments.get(s.name.value) : s;
      if (!fragment) {
        selections.push(s);
        continue;
      }
      const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
      if (!condition) {
        selections.push(s);
        continue;
      }
      const inner = flatten(fragment.selectionSet, condition);
      if (condition === parent && !s.directives?.length) selections.push(...(inner.selections as SelectionNode[]));
      else selections.push({ kind: Kind.INLINE_FRAGMENT, loc: s.loc, typeCondition: fragment.typeCondition, directives: s.directives, selectionSet: inner });
    }
    return { ...set, selections: inJitOrder(selections) };
  };

  return {
    ...document,
    definitions: document.definitions.map((d) => {
      if (d.kind !== Kind.OPERATION_DEFINITION) return d;
      const root = schema.getRootType(d.operation);
      return root ? { ...d, selectionSet: flatten(d.selectionSet, root) } : d;
    }),
  };
}

/**
 * graphql-jit takes a selection set's fields first, then its fragments last to first (a
 * stack). Fragments that must stay (conditional, or on a narrower type) are therefore
 * given to it in reverse, with the runs of fields between them wrapped as unconditional
 * fragments, so that it meets every field where the query has it.
 */
function inJitOrder(selections: SelectionNode[]): SelectionNode[] {
  let i = 0;
  while (i < selections.length && selections[i]!.kind === Kind.FIELD) i++;
  if (i === selections.length) return selections;
  const groups: SelectionNode[] = [];
  let run: SelectionNode[] = [];
  const wrapRun = () => {
    if (run.length) groups.push({ kind: Kind.INLINE_FRAGMENT, selectionSet: { kind: Kind.SELECTION_SET, selections: run } });
    run = [];
  };
  for (const s of selections.slice(i)) {
    if (s.kind === Kind.FIELD) run.push(s);
    else {
      wrapRun();
      groups.push(s);
    }
  }
  wrapRun();
  return [...selections.slice(0, i), ...groups.reverse()];
}

/** Per operation text: executions so far, and its compiled form (null: not compilable). */
interface OperationState {
  executions: number;
  compiled?: CompiledQuery | null;
}

/** Operations remembered for compiling, most recently used last. */
const COMPILED_OPERATIONS = 1000;

function compiledFor(states: Map<string, OperationState>, args: ExecutionArgs): CompiledQuery | null {
  const body = args.document.loc?.source.body;
  if (body === undefined) return null;
  // By the operation's text and name, so that whatever parses it (Yoga's cache or not)
  // the same operation is compiled once; a document of several operations has a state per name.
  const key = `${args.operationName ?? ''}\u0000${body}`;
  let state = states.get(key);
  if (state) states.delete(key);
  else state = { executions: 0 };
  states.set(key, state);
  if (states.size > COMPILED_OPERATIONS) states.delete(states.keys().next().value!);
  if (state.executions < COMPILE_AFTER || !jit) {
    state.executions++;
    return null;
  }
  if (state.compiled === undefined) {
    const result = jit.compileQuery(args.schema, inlineFragments(args.schema, args.document), args.operationName ?? undefined);
    state.compiled = jit.isCompiledQuery(result) ? result : null;
  }
  return state.compiled;
}

function compiledQueries(): Plugin {
  const states = new Map<string, OperationState>();
  return {
    onExecute({ args, setExecuteFn }) {
      // Loaded after this execution, not during it: loading blocks the event loop a while.
      if (!loading) setImmediate(() => void loadCompiler());
      const compiled = compiledFor(states, args);
      if (compiled) setExecuteFn((a) => compiled.query(a.rootValue, a.contextValue, a.variableValues));
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

function needsPositions(error: GraphQLError): boolean {
  return !!error.locations?.length && !error.nodes && !error.positions;
}

/**
 * Errors as graphql-js reports them. graphql-jit's know their locations but not the
 * nodes or source positions they come from, and Yoga rebuilds every error from those
 * when it writes the response, so the locations would be dropped: each becomes
 * graphql-js's own, located in the operation's source. And `errors` comes first, before
 * `data`, as graphql-js (and the GraphQL spec's advice) has it.
 */
function errorsAsGraphqlJs(): Plugin {
  return {
    onExecute({ args }) {
      const source = args.document.loc?.source;
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.length) return;
          const errors = result.errors.map((error) =>
            source && needsPositions(error)
              ? new GraphQLError(error.message, {
                  source,
                  positions: error.locations!.map((l: { line: number; column: number }) => positionOf(source, l.line, l.column)),
                  path: error.path,
                  originalError: error.originalError,
                  extensions: error.extensions,
                })
              : error,
          );
          const { errors: _errors, ...rest } = result;
          setResult({ errors, ...rest });
        },
      };
    },
  };
}

export function compiledExecution(): Plugin[] {
  return [compiledQueries(), errorsAsGraphqlJs()];
}
