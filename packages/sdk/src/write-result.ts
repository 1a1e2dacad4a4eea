import type { UserErrorFieldsFragment } from './generated/graphql.ts';

// What every write method resolves to: the payload's success type, or its typed error.

/** A write's mistake, as the server returns it in the payload: switch on `__typename` or `code`. */
export type WriteError = UserErrorFieldsFragment;

/** What a write resolves to: what was written, or the typed error saying what to fix. */
export type WriteResult<T> = { ok: true; data: T } | { ok: false; error: WriteError };

/** The written record when the payload is of the `success` type, else its typed error. */
export function outcome<T extends { __typename: string }>(payload: { __typename: string }, success: T['__typename']): WriteResult<T> {
  return payload.__typename === success ? { ok: true, data: payload as T } : { ok: false, error: payload as unknown as WriteError };
}
