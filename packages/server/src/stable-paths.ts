import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';

// Pothos's Prisma plugin finds what a parent's query already loaded for a field by the
// identity of `info.path` objects: a relation records its nested selections under its
// own path object, and each field below looks them up through its path's `prev` chain.
// graphql-js passes one path object down the tree; graphql-jit (yoga.ts) writes a new
// path literal at every resolver call, so that lookup misses and the plugin reloads the
// relation with a query of its own (more statements: bench/README.md). Under graphql-js
// (PLANHUB_JIT=off) the plugin steps aside.
// This plugin gives every field that returns an object the one canonical path object
// per response path within a request, whichever executor runs. Scalar and enum fields
// are left alone: nothing below them looks anything up.

type Key = string | number;
interface Path {
  readonly prev: Path | undefined;
  readonly key: Key;
  readonly typename: string | undefined;
}

class CanonicalPath implements Path {
  readonly children = new Map<Key, CanonicalPath>();
  constructor(
    readonly prev: CanonicalPath | undefined,
    readonly key: Key,
    readonly typename: string | undefined,
  ) {}
}

/** Root paths of each request (its context object), by response key. */
const rootsByContext = new WeakMap<object, Map<Key, CanonicalPath>>();

function canonical(roots: Map<Key, CanonicalPath>, path: Path): CanonicalPath {
  if (path instanceof CanonicalPath) return path;
  const prev = path.prev ? canonical(roots, path.prev) : undefined;
  const siblings = prev ? prev.children : roots;
  let found = siblings.get(path.key);
  if (!found) {
    found = new CanonicalPath(prev, path.key, path.typename);
    siblings.set(path.key, found);
  }
  return found;
}

/** `info` with its path replaced by the request's canonical one. */
export function withCanonicalPath(context: object, info: GraphQLResolveInfo): GraphQLResolveInfo {
  let roots = rootsByContext.get(context);
  if (!roots) {
    roots = new Map();
    rootsByContext.set(context, roots);
  }
  const path = canonical(roots, info.path as Path);
  if (path === info.path) return info;
  // Both executors build a fresh info object for each resolver call and keep their own
  // path for the response: setting it in place is safe, and far cheaper than a copy.
  if (!Object.isFrozen(info)) {
    (info as { path: unknown }).path = path;
    return info;
  }
  return Object.create(info, { path: { value: path, enumerable: true } }) as GraphQLResolveInfo;
}

function returnsObject<Types extends SchemaTypes>(type: PothosOutputFieldConfig<Types>['type']): boolean {
  const named = type.kind === 'List' ? type.type : type;
  return named.kind === 'Object' || named.kind === 'Interface' || named.kind === 'Union';
}

export class StablePathsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (!returnsObject(fieldConfig.type)) return resolver;
    return (parent, args, context, info) =>
      (context as { stablePaths: boolean }).stablePaths ? resolver(parent, args, context, withCanonicalPath(context as object, info)) : resolver(parent, args, context, info);
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      stablePaths: StablePathsPlugin<Types>;
    }
  }
}

export const stablePathsPlugin = 'stablePaths';
SchemaBuilder.registerPlugin(stablePathsPlugin, StablePathsPlugin);
