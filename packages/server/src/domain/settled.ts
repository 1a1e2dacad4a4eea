import type { Reliability } from '@planhub/db/enums';

// Where a period has several figures (an estimate, later a final one), the most settled
// one counts: the highest reliability, then the one recorded last.

const RELIABILITY_RANK: Record<Reliability, number> = { ESTIMATE: 0, PRELIMINARY: 1, FINAL: 2 };

/** Most settled first. */
export const RELIABILITIES_SETTLED_FIRST: readonly Reliability[] = ['FINAL', 'PRELIMINARY', 'ESTIMATE'];

export interface Settling {
  id: number;
  reliability: Reliability;
}

/** Whether `a` is more settled than `b`. */
export function moreSettled(a: Settling, b: Settling): boolean {
  const ra = RELIABILITY_RANK[a.reliability];
  const rb = RELIABILITY_RANK[b.reliability];
  return ra > rb || (ra === rb && a.id > b.id);
}

/** The most settled of `figures` that pass `keep`; null when none does. */
export function mostSettled<F extends Settling>(figures: readonly F[], keep: (f: F) => boolean = () => true): F | null {
  let best: F | null = null;
  for (const f of figures) if (keep(f) && (!best || moreSettled(f, best))) best = f;
  return best;
}

/**
 * A period's current figure: its most settled level, or where none is recorded its most
 * settled figure of any measure (a stated change).
 */
export function currentFigure<F extends Settling & { measure: string }>(figures: readonly F[]): F | null {
  return mostSettled(figures, (f) => f.measure === 'LEVEL') ?? mostSettled(figures);
}
