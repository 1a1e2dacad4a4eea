import {
  ListPlansDocument,
  type ListPlansQuery,
  type ListPlansQueryVariables,
  PlanSummaryDocument,
  type PlanSummaryQuery,
  PlanTargetsDocument,
  type PlanTargetsQuery,
  type PlanTargetsQueryVariables,
} from './generated/graphql.ts';
import type { PlanHubClient, RequestOptions } from './types.ts';

/** One page of `listPlans`. */
export type PlanPage = ListPlansQuery['plans'];
/** A plan as `planSummary` returns it. */
export type PlanSummary = PlanSummaryQuery['plan'];

/** A plan and one page of its targets, as `planTargets` returns them. */
export type PlanTargets = PlanTargetsQuery['plan'];
/** A target as `planTargets` lists it. */
export type PlanTargetRow = PlanTargets['targets']['edges'][number]['node'];

/** One page of plans (filter by area code, kind, level or year), in the order recorded. */
export async function listPlans(client: PlanHubClient, variables: ListPlansQueryVariables = {}, options?: RequestOptions): Promise<PlanPage> {
  return (await client.request(ListPlansDocument, variables, options)).plans;
}

/**
 * A plan at a glance by code: its period, status and the passage that states it, the
 * targets counted by computed status (`summary.byStatus`, every status listed), and the
 * assessments the sources state (`summary.statedAssessments`), which are kept apart.
 * Rejects with code `NOT_FOUND` when no plan has the code.
 */
export async function planSummary(client: PlanHubClient, code: string, options?: RequestOptions): Promise<PlanSummary> {
  return (await client.request(PlanSummaryDocument, { code }, options)).plan;
}

/**
 * A plan's targets by plan code, a page at a time (`first`, 20 by default, at most 100;
 * `after`): each with its indicator, value and unit, computed `status` and
 * `statusReason`, the figure judged (`result`) and the passage that sets it
 * (`provenance`). Rejects with `NOT_FOUND` when no plan has the code.
 */
export async function planTargets(client: PlanHubClient, variables: PlanTargetsQueryVariables, options?: RequestOptions): Promise<PlanTargets> {
  return (await client.request(PlanTargetsDocument, variables, options)).plan;
}
