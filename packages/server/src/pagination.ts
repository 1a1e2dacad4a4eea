import { userError, ErrorCode } from './errors.ts';

// Page sizes are checked, not clamped: asking for 500 rows and silently getting 100
// hides a bug in the caller. Cursors are checked before they reach the database.

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export function checkPageSize(args: ConnectionArgs): void {
  for (const name of ['first', 'last'] as const) {
    const n = args[name];
    if (n == null) continue;
    if (n < 0 || n > MAX_PAGE_SIZE) {
      throw userError(
        ErrorCode.PAGE_SIZE_OUT_OF_RANGE,
        `"${name}" must be between 0 and ${MAX_PAGE_SIZE}; got ${n}. Ask for at most ${MAX_PAGE_SIZE} and page on with "after"/"before".`,
        { argument: name, max: MAX_PAGE_SIZE },
      );
    }
  }
  if (args.first != null && args.last != null) {
    throw userError(ErrorCode.INVALID_ARGUMENT, 'Give "first" (with "after") or "last" (with "before"), not both.');
  }
  if (args.after != null && args.before != null) {
    throw userError(ErrorCode.INVALID_ARGUMENT, 'Give "after" or "before", not both.');
  }
  if (args.first != null && args.before != null) {
    throw userError(ErrorCode.INVALID_ARGUMENT, '"first" pages forward and goes with "after"; use "last" with "before".');
  }
  if (args.last != null && args.after != null) {
    throw userError(ErrorCode.INVALID_ARGUMENT, '"last" pages backward and goes with "before"; use "first" with "after".');
  }
}

/** Checks `after`/`before` against the shape of the cursors a list issues (decoded from base64). */
function checkCursors(args: ConnectionArgs, shape: RegExp): void {
  for (const name of ['after', 'before'] as const) {
    const cursor = args[name];
    if (cursor == null) continue;
    const decoded = Buffer.from(cursor, 'base64').toString('utf8');
    if (!shape.test(decoded) || Buffer.from(decoded).toString('base64') !== cursor) throw invalidCursor(name, cursor);
  }
}

/** Cursors of Prisma-backed connections: base64 of `GPC:N:<id>` (Pothos's format, a reliance on @pothos/plugin-prisma). */
export function checkPrismaCursor(args: ConnectionArgs): void {
  checkCursors(args, /^GPC:N:\d{1,15}$/);
}

/** Cursors of offset-paged connections (search): base64 of `OffsetConnection:<offset>` (Pothos's format, @pothos/plugin-relay). */
export function checkOffsetCursor(args: ConnectionArgs): void {
  checkCursors(args, /^OffsetConnection:\d{1,9}$/);
}

export function invalidCursor(name: string, cursor: string) {
  return userError(
    ErrorCode.INVALID_CURSOR,
    `"${name}" is not a cursor of this list: "${cursor.slice(0, 40)}". Use a cursor from this list's pageInfo or edges, unchanged.`,
    { argument: name },
  );
}

/**
 * Options for every `prismaConnection`/`relatedConnection`: the default and maximum
 * page size, with the arguments checked on the way (Pothos calls maxSize first).
 */
export const pageOptions = {
  defaultSize: DEFAULT_PAGE_SIZE,
  maxSize: (args: ConnectionArgs) => {
    checkPageSize(args);
    checkPrismaCursor(args);
    return MAX_PAGE_SIZE;
  },
};

interface CursorQuery {
  cursor?: { id?: number };
  skip?: number;
  take?: number;
}

/**
 * Keyset paging for lists ordered by (sortKey, id). Given Prisma's `cursor`, Prisma
 * writes `(sortKey = k AND id >= i) OR sortKey > k` with sub-selects, from which SQLite
 * cannot start an index range: depending on the LIMIT it walks the index from the start
 * or sorts every later row (bench/README.md has the figures). This reads
 * the cursor row's key (one small statement) and pages with a plain seek instead:
 * `sortKey >= k AND (sortKey > k OR id > i)` (mirrored for descending and backward
 * pages), which both databases answer from the (sortKey, id) index.
 * A cursor whose row is gone gives an empty page, as Prisma's own cursor does.
 */
export async function seekBySortKey<Q extends CursorQuery>(
  query: Q,
  direction: 'asc' | 'desc',
  sortKeyOf: (id: number) => Promise<{ sortKey: string } | null>,
): Promise<{ page: Omit<Q, 'cursor' | 'skip'>; seek: object }> {
  const { cursor, skip, ...page } = query;
  // Pothos's cursors for these lists are always `{ id }` (`cursor: 'id'`).
  if (cursor?.id === undefined) return { page: { ...page, ...(skip ? { skip } : {}) }, seek: {} };
  const id = cursor.id;
  const anchor = await sortKeyOf(id);
  if (!anchor) return { page, seek: { id: { in: [] } } };
  const backward = (query.take ?? 0) < 0;
  const after = (direction === 'asc') !== backward;
  const k = anchor.sortKey;
  return {
    page,
    seek: after
      ? { sortKey: { gte: k }, OR: [{ sortKey: { gt: k } }, { id: { gt: id } }] }
      : { sortKey: { lte: k }, OR: [{ sortKey: { lt: k } }, { id: { lt: id } }] },
  };
}

/**
 * The IDs of one page of a list held in memory as ordered IDs (a filter whose matches
 * are computed, not stored), as Prisma would page the rows: `take` after the `cursor`
 * row (negative: before it), `skip` rows first. A cursor whose row is gone gives an
 * empty page, as Prisma's own cursor does.
 */
export function pageOfIds(ids: readonly number[], query: CursorQuery): number[] {
  const take = query.take ?? ids.length;
  const skip = query.skip ?? 0;
  let at = take >= 0 ? -1 : ids.length;
  if (query.cursor?.id !== undefined) {
    at = ids.indexOf(query.cursor.id);
    if (at < 0) return [];
    // The cursor row itself is skipped by `skip: 1`, as Prisma does; from it in either direction.
    if (take >= 0) at -= 1;
    else at += 1;
  }
  if (take >= 0) return ids.slice(at + 1 + skip, at + 1 + skip + take);
  const end = at - skip;
  return ids.slice(Math.max(0, end + take), Math.max(0, end));
}
