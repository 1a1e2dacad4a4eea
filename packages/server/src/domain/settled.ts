import type { Reliability } from '@planhub/db/enums';

// A period may have several figures for one indicator: an estimate stated during the
// year, a preliminary one, the final one of the statistical office, each from its
// source. The current figure of the period is:
// 1. never one that a later figure says it replaces (supersedes);
// 2. of the rest, the most settled: FINAL, then PRELIMINARY, then ESTIMATE;
// 3. then the one reported last (`reportedOn`; a figure with no known date counts as
//    reported before every dated one);
// 4. then, where nothing else tells them apart, the one recorded last.
// The other figures of the period are its revisions.

const RELIABILITY_RANK: Record<Reliability, number> = { ESTIMATE: 0, PRELIMINARY: 1, FINAL: 2 };

/** Most settled first. */
export const RELIABILITIES_SETTLED_FIRST: readonly Reliability[] = ['FINAL', 'PRELIMINARY', 'ESTIMATE'];

export interface Settling {
  id: number;
  reliability: Reliability;
  reportedOn: Date | null;
  supersedesId: number | null;
}

/** Whether `a` is more settled than `b` (rules 2 to 4). */
export function moreSettled(a: Settling, b: Settling): boolean {
  const ra = RELIABILITY_RANK[a.reliability];
  const rb = RELIABILITY_RANK[b.reliability];
  if (ra !== rb) return ra > rb;
  const da = a.reportedOn?.getTime() ?? -Infinity;
  const db = b.reportedOn?.getTime() ?? -Infinity;
  if (da !== db) return da > db;
  return a.id > b.id;
}

/** The current figure of `figures` among those that pass `keep`; null when none does. */
export function mostSettled<F extends Settling>(figures: readonly F[], keep: (f: F) => boolean = () => true): F | null {
  const replaced = new Set<number>();
  for (const f of figures) if (f.supersedesId !== null) replaced.add(f.supersedesId);
  let best: F | null = null;
  for (const f of figures) if (!replaced.has(f.id) && keep(f) && (!best || moreSettled(f, best))) best = f;
  return best;
}

/**
 * A period's current figure: its current level, or where none is recorded its current
 * figure of any measure (a stated change).
 */
export function currentFigure<F extends Settling & { measure: string }>(figures: readonly F[]): F | null {
  return mostSettled(figures, (f) => f.measure === 'LEVEL') ?? mostSettled(figures);
}

/** The figures of a period that are not its current one (of the current one's measure), newest first. */
export function revisionsOf<F extends Settling & { measure: string }>(figures: readonly F[], current: F): F[] {
  return figures.filter((f) => f.id !== current.id && f.measure === current.measure).sort((a, b) => (moreSettled(a, b) ? -1 : 1));
}
