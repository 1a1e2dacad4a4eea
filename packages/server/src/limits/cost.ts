import { complexityFromQuery } from '@pothos/plugin-complexity';
import { type DocumentNode, getNamedType, type GraphQLField, type GraphQLSchema, isLeafType, isListType, isNonNullType, Kind, type GraphQLOutputType } from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../pagination.ts';

// What an operation costs, computed from its shape and variables before anything runs:
// the objects it may return, every page priced at its `first`/`last` (the default page
// size when neither is given), every plain list at its cap (or its `first`, where it takes
// one), the way GitHub prices nested
// connections. Scalars cost nothing; each object costs 1; a connection's edges list adds
// nothing of its own (the connection's page size already counts its nodes).
// `indicators(first: 50) { edges { node { unit { code } } } }` costs 1 + 50 × (1 + 1).
// A field that computes over a whole scope (an aggregate) declares its own cost.

/** The most items a plain (non-connection) list field returns. */
export const LIST_CAP = 100;
/** The most results an indicator's time series returns (the latest periods). */
export const TIME_SERIES_CAP = 200;
/** The most revisions a figure or a target lists (a period's earlier reports, a target's earlier versions): few in practice. */
export const REVISIONS_CAP = 20;
/** The most rows a root list of a reference table (sectors, units, periods) returns. */
export const REFERENCE_LIST_CAP = 1000;

const isConnection = (name: string) => name.endsWith('Connection');
const isEdge = (name: string) => name.endsWith('Edge');

function unwrapList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * What a field that computes over a whole scope costs of its own, beside the objects it
 * returns (`extensions.cost`): an aggregate judges every target in its filter, whatever
 * the few groups it answers with, so it is priced as that much work.
 */
export const SCOPE_COST = 10_000;

/** The cost model, as `@pothos/plugin-complexity`'s `fieldComplexity`. */
export function fieldCost<C>(args: Record<string, unknown>, _ctx: C, field: GraphQLField<unknown, C>): number | { field: number; multiplier: number } {
  const own = (field.extensions as { cost?: number } | undefined)?.cost;
  if (own !== undefined) return own;
  const named = getNamedType(field.type);
  if (isLeafType(named)) return 0;
  if (isConnection(named.name)) {
    const size = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : DEFAULT_PAGE_SIZE;
    return { field: 1, multiplier: Math.max(0, size) };
  }
  if (isEdge(named.name)) return { field: 0, multiplier: 1 };
  if (unwrapList(field.type)) {
    const cap = (field.extensions as { maxItems?: number } | undefined)?.maxItems ?? LIST_CAP;
    // A list that takes `first` returns at most that many.
    const first = typeof args.first === 'number' ? Math.max(0, Math.min(args.first, cap)) : cap;
    return { field: 1, multiplier: first };
  }
  return 1;
}

export interface Measured {
  /** The objects the operation may return. */
  cost: number;
  /** Its deepest nesting of fields. */
  depth: number;
  /** Its selections, counted through fragments. */
  breadth: number;
}

/** The operation of the document that will run (by name, or the only one), with every fragment. */
function selectedOperation(document: DocumentNode, operationName: string | null | undefined): DocumentNode {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length <= 1 && !operationName) return document;
  return {
    ...document,
    definitions: document.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION || d.name?.value === operationName),
  };
}

/** Cost, depth and breadth of the operation that will run, with the request's variables. */
export function measure(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined, ctx: object): Measured {
  const { complexity, depth, breadth } = complexityFromQuery(selectedOperation(document, operationName), { schema, ctx, variables: variables ?? {} });
  return { cost: complexity, depth, breadth };
}
