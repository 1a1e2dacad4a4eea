import type { Period } from '@planhub/db/generated/sqlite/client';
import { compareKeys, type GroupKey, type Groups } from '../domain/aggregate.ts';
import type { Reference } from '../reference-data.ts';
import { type IndicatorIds, responsibleAgencyWhere } from './responsibility.ts';

// What targetStats and resultStats share: the series they read, the keys they group by,
// and the order of their groups. Every key is an ID of a reference table (read from the
// per-version snapshot, never a statement) or an enum value.

/** The most groups one stats query may form: past it, it asks to be narrowed. */
export const MAX_GROUPS = 10_000;

/** Which series (indicators) a stats query reads: all live ones, narrowed by any of these. */
export interface SeriesScope {
  areaIds?: number[];
  definitionIds?: number[];
  /** Only indicators this agency is responsible for (responsibility.ts). */
  agencyId?: number;
}

/** The scope as a Prisma `where` on Indicator. */
export function seriesWhere(scope: SeriesScope): object {
  const and: object[] = [{ retiredAt: null }];
  if (scope.areaIds) and.push({ areaId: { in: scope.areaIds } });
  if (scope.definitionIds) and.push({ definitionId: { in: scope.definitionIds } });
  if (scope.agencyId !== undefined) and.push(responsibleAgencyWhere(scope.agencyId));
  return { AND: and };
}

/**
 * A pass's indicator IDs (ascending) as the database is best asked for them: a range
 * where they are dense, the list where they are sparse (one definition's series across
 * provinces), so a pass never reads the rows of the indicators between them.
 */
export function idsOf(ids: readonly number[]): IndicatorIds {
  const lo = ids[0]!;
  const hi = ids[ids.length - 1]!;
  return ids.length * 4 >= hi - lo + 1 ? { gte: lo, lte: hi } : { in: [...ids] };
}

/** The calendar year a period lies in; null for one that spans years (2021–2025). */
export const yearOf = (period: Pick<Period, 'startYear' | 'endYear'>): number | null => (period.startYear === period.endYear ? period.startYear : null);

type Part = string | number;
type PartOrder = (x: Part, y: Part) => number;

const byNumber: PartOrder = (x, y) => (x as number) - (y as number);
const byListed =
  (values: readonly string[]): PartOrder =>
  (x, y) =>
    values.indexOf(x as string) - values.indexOf(y as string);

/** How each kind of key orders: enums as listed, years by number, periods by time, the rest by code. */
async function keyOrders(reference: Reference, keys: readonly string[], enums: Record<string, readonly string[]>): Promise<PartOrder[]> {
  const byCode = async (model: 'sector' | 'area' | 'plan' | 'agency' | 'indicatorDefinition'): Promise<PartOrder> => {
    const code = new Map((await reference.all(model)).map((row) => [row.id, row.key]));
    return (x, y) => (code.get(x as number) ?? '').localeCompare(code.get(y as number) ?? '');
  };
  const periods = new Map((await reference.all('period')).map((p) => [p.id, p]));
  const byTime: PartOrder = (x, y) => {
    const a = periods.get(x as number)!;
    const b = periods.get(y as number)!;
    return a.startYear - b.startYear || a.startMonth - b.startMonth || a.endYear - b.endYear || a.endMonth - b.endMonth;
  };
  const models = { SECTOR: 'sector', AREA: 'area', PLAN: 'plan', AGENCY: 'agency', DEFINITION: 'indicatorDefinition' } as const;
  return Promise.all(
    keys.map(async (key) => {
      if (key in enums) return byListed(enums[key]!);
      if (key === 'YEAR') return byNumber;
      if (key === 'PERIOD') return byTime;
      return byCode(models[key as keyof typeof models]);
    }),
  );
}

/**
 * A stats query's answer: the keys grouped by, the total, and the groups in their keys'
 * order (enums as `enums` list them, years and periods by time, the rest by code).
 */
export async function answerOf<K extends string, G extends { key: GroupKey }>(
  reference: Reference,
  groupBy: K[],
  total: { stats(): G },
  groups: Groups<{ stats(): G }>,
  enums: Record<string, readonly string[]>,
): Promise<{ groupBy: K[]; total: G; groups: G[] }> {
  const orders = await keyOrders(reference, groupBy, enums);
  const sorted = groups.entries().map(({ group }) => group.stats());
  return { groupBy, total: total.stats(), groups: sorted.sort((a, b) => compareKeys(a.key, b.key, orders)) };
}

/** What to order groups by. */
export type StatsOrderField = 'KEYS' | 'COUNT' | 'AVERAGE';

/**
 * Groups (already in their keys' order) ordered by `field`: COUNT by size, AVERAGE by the
 * given average (groups without one last, whichever the direction); ties keep the keys' order.
 */
export function orderGroups<G extends { count: number; key: GroupKey }>(groups: readonly G[], field: StatsOrderField, direction: 'asc' | 'desc', average: (g: G) => number | null): G[] {
  if (field === 'KEYS') {
    if (direction === 'asc') return [...groups];
    // Descending by key, a null part still last: the groups with no null part reversed, then the rest as they were.
    const whole = groups.filter((g) => !g.key.includes(null));
    return [...whole.reverse(), ...groups.filter((g) => g.key.includes(null))];
  }
  const sign = direction === 'asc' ? 1 : -1;
  const value = field === 'COUNT' ? (g: G) => g.count : average;
  return [...groups].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return sign * (x - y);
  });
}

/**
 * Adds a row to the total, once, and to its group: with agencies (grouped by AGENCY), to
 * the group of each agency responsible for its indicator, or of none when no agency is.
 */
export function addToGroups<A>(total: A, groups: Groups<A>, agencies: Map<number, number[]> | null, indicatorId: number, keyOf: (agencyId: number | null) => GroupKey, add: (into: A) => void): void {
  add(total);
  const responsible = agencies?.get(indicatorId) ?? [];
  for (const agencyId of responsible.length ? responsible : [null]) add(groups.get(keyOf(agencyId)));
}
