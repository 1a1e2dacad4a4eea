import {
  ListPlansDocument,
  type ListPlansQuery,
  type ListPlansQueryVariables,
  PlanSummaryDocument,
  type PlanSummaryQuery,
} from './generated/graphql.ts';
import type { PlanHubClient, RequestOptions } from './types.ts';

/** One page of `listPlans`. */
export type PlanPage = ListPlansQuery['plans'];
/** A plan as `planSummary` returns it. */
export type PlanSummary = PlanSummaryQuery['plan'];

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
