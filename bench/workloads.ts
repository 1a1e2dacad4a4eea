import type { Db } from '@planhub/db/client';
import { CompareIndicatorDocument, CompareTargetsDocument, GetIndicatorDocument, ListIndicatorsDocument, NodeDocument, SearchDocument, TargetStatsDocument } from '../packages/sdk/src/generated/graphql.ts';

// The benchmark's workloads: each a real operation of the SDK (its document text, as
// the SDK sends it), with variables picked from the database under test.

export type WorkloadName = 'dashboard' | 'paged' | 'status' | 'search' | 'timeSeries' | 'comparison' | 'targetComparison' | 'groupBy' | 'node';
export const WORKLOAD_NAMES: WorkloadName[] = ['dashboard', 'paged', 'status', 'search', 'timeSeries', 'comparison', 'targetComparison', 'groupBy', 'node'];

export interface RequestBody {
  query: string;
  variables: Record<string, unknown>;
  operationName: string;
}

export interface Workload {
  name: WorkloadName;
  /** What it asks, for the results table. */
  title: string;
  /** One body, or several sent in turn (node lookups of different kinds). */
  bodies: RequestBody[];
}

/** Page size of the paged workload: small enough that the real data (17 indicators) has a page 5. */
export const PAGED_PAGE_SIZE = 2;
export const PAGED_PAGE = 5;
export const SEARCH_TEXT = 'tang truong';

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64');
const body = (document: { toString(): string }, operationName: string, variables: Record<string, unknown>): RequestBody => ({
  query: document.toString(),
  operationName,
  variables,
});

/** What the workloads use, per data set: the real plan and indicator at S, synthetic ones at M and L. */
export interface Subjects {
  planCode: string;
  /** The subject series: this area's series of this definition. */
  areaCode: string;
  indicatorCode: string;
  year: number;
  /** The status the status workload filters by: one that many indicators have in `year`. */
  status: string;
  /** The period the comparison workload compares the subject definition's areas in: one with results. */
  comparisonPeriod: string;
}

export function subjectsFor(scale: string): Subjects {
  // The real 2024 targets have no results yet (all NO_DATA); the synthetic 2024 results are
  // estimates. Comparisons are of 2023: the real data's results are of 2023 (one area, Bắc
  // Kạn); the synthetic ones are of every year in every province, final but for 2024, so
  // 2023 has a previous year (2022) at M (2020–2024) and L (2010–2024) alike.
  return scale === 'S'
    ? { planCode: 'bac-kan-ktxh-2024', areaCode: 'bac-kan', indicatorCode: 'economic-growth-rate', year: 2024, status: 'NO_DATA', comparisonPeriod: '2023' }
    : { planCode: 'syn-plan-0-2024', areaCode: 'syn-province-1', indicatorCode: 'syn-ind-0', year: 2024, status: 'OFF_TRACK', comparisonPeriod: '2023' };
}

export function pagedVariables(year: number, after?: string) {
  return { filter: { year }, orderBy: { field: 'NAME', direction: 'ASC' }, first: PAGED_PAGE_SIZE, ...(after ? { after } : {}) };
}

/**
 * Builds the workloads for a database. `execute` runs a body against PlanHub (in
 * process) and returns its data: the paged workload walks pages 1–4 to get page 5's
 * cursor, as a client would.
 */
export async function buildWorkloads(prisma: Db, scale: string, execute: (body: RequestBody) => Promise<any>): Promise<Workload[]> {
  const s = subjectsFor(scale);
  const plan = await prisma.plan.findUniqueOrThrow({ where: { key: s.planCode }, select: { id: true } });
  const indicator = await prisma.indicator.findFirstOrThrow({ where: { definition: { key: s.indicatorCode }, area: { key: s.areaCode } }, select: { id: true } });
  const target = await prisma.target.findFirstOrThrow({ where: { indicatorId: indicator.id }, orderBy: { id: 'asc' }, select: { id: true } });
  const result = await prisma.result.findFirstOrThrow({ where: { indicatorId: indicator.id }, orderBy: { id: 'asc' }, select: { id: true } });
  const planId = gid('Plan', plan.id);

  let after: string | undefined;
  for (let page = 1; page < PAGED_PAGE; page++) {
    const data = await execute(body(ListIndicatorsDocument, 'ListIndicators', pagedVariables(s.year, after)));
    if (!data.indicators.pageInfo.hasNextPage) throw new Error(`paged workload: the ${scale} data has no page ${PAGED_PAGE} of ${PAGED_PAGE_SIZE}`);
    after = data.indicators.pageInfo.endCursor;
  }

  return [
    {
      name: 'dashboard',
      title: `a plan's indicators (first 50) with its targets, their status, the latest result and the agencies responsible`,
      bodies: [body(ListIndicatorsDocument, 'ListIndicators', { filter: { plan: planId }, targetsOfPlan: planId, first: 50 })],
    },
    {
      name: 'paged',
      title: `indicators with data for ${s.year}, by name, page ${PAGED_PAGE} of ${PAGED_PAGE_SIZE} (cursor)`,
      bodies: [body(ListIndicatorsDocument, 'ListIndicators', pagedVariables(s.year, after))],
    },
    {
      name: 'status',
      title: `indicators with a target of computed status ${s.status} in ${s.year} (first 50), across every province`,
      bodies: [body(ListIndicatorsDocument, 'ListIndicators', { filter: { status: s.status, year: s.year }, first: 50 })],
    },
    {
      name: 'search',
      title: `search "${SEARCH_TEXT}" (no diacritics), first 20`,
      bodies: [body(SearchDocument, 'Search', { text: SEARCH_TEXT, first: 20 })],
    },
    {
      name: 'timeSeries',
      title: `one series (${s.indicatorCode} in ${s.areaCode}): time series with provenance, targets, agencies`,
      bodies: [body(GetIndicatorDocument, 'GetIndicator', { area: s.areaCode, code: s.indicatorCode })],
    },
    {
      name: 'comparison',
      title: `one definition (${s.indicatorCode}) across every area with a series of it, ${s.comparisonPeriod}: ranked current figures with provenance and the change from the year before (\`first\` left to its default, 100)`,
      bodies: [body(CompareIndicatorDocument, 'CompareIndicator', { code: s.indicatorCode, period: s.comparisonPeriod })],
    },
    {
      name: 'targetComparison',
      title: `one definition's targets of ${s.year} (${s.indicatorCode}) across every area with a series of it (compareTargets): each judged, ranked by achievement, with its passage and the figure judged`,
      bodies: [body(CompareTargetsDocument, 'CompareTargets', { code: s.indicatorCode, period: String(s.year) })],
    },
    {
      name: 'groupBy',
      title: `every province's targets of ${s.year} grouped by sector and computed status (targetStats): counts by status, achievement and values summed, the first 100 groups`,
      bodies: [body(TargetStatsDocument, 'TargetStats', { filter: { year: s.year, level: 'PROVINCE' }, groupBy: ['SECTOR', 'STATUS'] })],
    },
    {
      name: 'node',
      title: 'node(id) of a plan, a series, a target and a result, in turn',
      bodies: [gid('Plan', plan.id), gid('Indicator', indicator.id), gid('Target', target.id), gid('Result', result.id)].map((id) => body(NodeDocument, 'Node', { id })),
    },
  ];
}
