import type { Context } from '../context.ts';

// Areas continue one another (merged into, split into, renamed to). A series followed
// across succession is the same definition's series in every area linked to its own:
// those it continues, transitively (the provinces merged into it, and theirs), and
// those that continue it, transitively (the province it was merged into). Directions do
// not mix: a province's sibling in a merger is not its predecessor.

interface Edge {
  predecessorId: number;
  successorId: number;
}

/** Every area succession, once per data version (a small table: one row per change). */
function successionsOf(ctx: Context): Promise<Edge[]> {
  return ctx.remember('area-successions', () => ctx.prisma.areaSuccession.findMany({ select: { predecessorId: true, successorId: true } }));
}

/** The areas reached from `start` along edges, one direction only, without `start`. */
function reach(start: number, next: (id: number) => number[]): Set<number> {
  const seen = new Set<number>([start]);
  const queue = [start];
  while (queue.length) for (const n of next(queue.shift()!)) if (!seen.has(n)) (seen.add(n), queue.push(n));
  seen.delete(start);
  return seen;
}

/** The areas linked to `areaId` by succession: its predecessors and successors, each transitively. */
export async function linkedAreasOf(ctx: Context, areaId: number): Promise<number[]> {
  const edges = await successionsOf(ctx);
  const back = (id: number) => edges.filter((e) => e.successorId === id).map((e) => e.predecessorId);
  const forward = (id: number) => edges.filter((e) => e.predecessorId === id).map((e) => e.successorId);
  return [...new Set([...reach(areaId, back), ...reach(areaId, forward)])].sort((a, b) => a - b);
}

/** The IDs of the same definition's series in the areas linked to the series' own. */
export async function linkedSeriesOf(ctx: Context, series: { definitionId: number; areaId: number }): Promise<number[]> {
  const areas = await linkedAreasOf(ctx, series.areaId);
  if (!areas.length) return [];
  const rows = await ctx.prisma.indicator.findMany({ where: { definitionId: series.definitionId, areaId: { in: areas } }, select: { id: true }, orderBy: { id: 'asc' } });
  return rows.map((r) => r.id);
}
