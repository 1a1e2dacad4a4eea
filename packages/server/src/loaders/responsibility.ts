import type { Db } from '@planhub/db/client';

// Who is responsible for an indicator: an agency assigned to it directly, or to a
// solution linked to it. One rule for the indicators filter, the stats' AGENCY filter
// and their AGENCY groups.

/** A Prisma `where` on Indicator: the indicators this agency is responsible for. */
export function responsibleAgencyWhere(agencyId: number) {
  return {
    OR: [
      { assignments: { some: { agencyId, retiredAt: null } } },
      { solutions: { some: { retiredAt: null, solution: { retiredAt: null, assignments: { some: { agencyId, retiredAt: null } } } } } },
    ],
  };
}

/** IDs of indicators, as a range or a list (a pass's indicators). */
export type IndicatorIds = { gte: number; lte: number } | { in: number[] };

/**
 * The agencies responsible for each of these indicators, ascending, in two statements
 * whatever their number: the live assignments (to an indicator, or to a solution linked
 * to one) and the live links.
 */
export async function agenciesOf(prisma: Db, indicatorIds: IndicatorIds): Promise<Map<number, number[]>> {
  const [assignments, links] = await Promise.all([
    prisma.assignment.findMany({
      where: {
        retiredAt: null,
        OR: [{ indicatorId: indicatorIds }, { solution: { retiredAt: null, indicators: { some: { indicatorId: indicatorIds, retiredAt: null } } } }],
      },
      select: { agencyId: true, indicatorId: true, solutionId: true },
    }),
    prisma.solutionIndicator.findMany({ where: { indicatorId: indicatorIds, retiredAt: null, solution: { retiredAt: null } }, select: { indicatorId: true, solutionId: true } }),
  ]);
  const agenciesOfSolution = new Map<number, number[]>();
  const sets = new Map<number, Set<number>>();
  const add = (indicatorId: number, agencyId: number) => {
    let set = sets.get(indicatorId);
    if (!set) sets.set(indicatorId, (set = new Set()));
    set.add(agencyId);
  };
  for (const a of assignments) {
    if (a.indicatorId !== null) add(a.indicatorId, a.agencyId);
    if (a.solutionId !== null) agenciesOfSolution.set(a.solutionId, [...(agenciesOfSolution.get(a.solutionId) ?? []), a.agencyId]);
  }
  for (const link of links) for (const agencyId of agenciesOfSolution.get(link.solutionId) ?? []) add(link.indicatorId, agencyId);
  return new Map([...sets].map(([id, set]) => [id, [...set].sort((a, b) => a - b)]));
}
