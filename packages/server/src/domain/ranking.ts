import type { Direction } from '@planhub/db/enums';

// Ranking areas on one indicator: best first by the definition's direction (a larger
// figure where higher is better; a smaller one where lower is better, and for a place in
// a ranking of provinces). Equal figures share a rank and the next rank skips ("1, 2, 2,
// 4"), as league tables do, and keep the order given among themselves. Entries without a
// comparable figure are not ranked and come last, in the order given.

export interface Rankable {
  /** The figure in the dimension's base unit; null when there is none to compare. */
  value: number | null;
}

/** The entries best first, each with its rank (null when it has no comparable figure). */
export function rank<E extends Rankable>(entries: readonly E[], direction: Direction): Array<E & { rank: number | null }> {
  const better = direction === 'HIGHER_IS_BETTER' ? (a: number, b: number) => b - a : (a: number, b: number) => a - b;
  const ranked = entries.filter((e) => e.value !== null).sort((a, b) => better(a.value!, b.value!));
  const out: Array<E & { rank: number | null }> = [];
  ranked.forEach((e, i) => {
    const previous = out[i - 1];
    out.push({ ...e, rank: previous && previous.value === e.value ? previous.rank : i + 1 });
  });
  for (const e of entries) if (e.value === null) out.push({ ...e, rank: null });
  return out;
}
