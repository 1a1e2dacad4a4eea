import { ErrorCode, userError } from '../../errors.ts';
import { REFERENCE_LIST_CAP } from '../../limits/cost.ts';

// Lists computed whole in memory (a comparison's entries, a stats query's groups) are
// plain lists with `first`: the first 100 unless given, at most REFERENCE_LIST_CAP.

export const COMPUTED_LIST_DEFAULT_SIZE = 100;

/** The first `first` items: PAGE_SIZE_OUT_OF_RANGE, naming the bounds, outside 0 to REFERENCE_LIST_CAP. */
export function firstOf<E>(items: readonly E[], first: number | null | undefined): E[] {
  const size = first ?? COMPUTED_LIST_DEFAULT_SIZE;
  if (size < 0 || size > REFERENCE_LIST_CAP) {
    throw userError(ErrorCode.PAGE_SIZE_OUT_OF_RANGE, `"first" must be between 0 and ${REFERENCE_LIST_CAP}; got ${size}.`, { argument: 'first', max: REFERENCE_LIST_CAP });
  }
  return items.slice(0, size);
}
