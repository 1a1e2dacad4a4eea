import { agencyTree } from './agencies.ts';
import { createClient } from './client.ts';
import { compareIndicator, compareTargets, getIndicator, getIndicatorDefinition, getIndicatorRevisions, listIndicators, resultStats, targetStats, yearResults } from './indicators.ts';
import { node } from './node.ts';
import { listPlans, planSummary, planTargets } from './plans.ts';
import { search } from './search.ts';
import { getSource } from './sources.ts';
import { listSolutions } from './solutions.ts';
import type { ClientOptions, PlanHubClient } from './types.ts';
import {
  adjustTarget,
  createAssignment,
  createPlan,
  retireAssignment,
  retireRecord,
  retireSolution,
  unlinkSolutionFromIndicator,
  updatePlan,
  updateSolution,
  createSeries,
  createSolution,
  createSource,
  linkSolutionToIndicator,
  recordResult,
  retireResult,
  retireTarget,
  setTarget,
  updateResult,
  updateTarget,
  createIndicatorDefinition,
  updateIndicatorDefinition,
  updateSeries,
  updateSource,
  createAssessment,
  updateAssessment,
  createAgency,
  updateAgency,
  createPerson,
  updatePerson,
  createPosition,
  updatePosition,
  createEvent,
  updateEvent,
} from './writes.ts';

// Everything bound to one client, for code that prefers `hub.listIndicators()` to
// `listIndicators(client)` and does not count bytes: importing this pulls every method.

const methods = {
  listIndicators,
  getIndicator,
  getIndicatorRevisions,
  getIndicatorDefinition,
  compareIndicator,
  compareTargets,
  targetStats,
  resultStats,
  yearResults,
  listPlans,
  planSummary,
  planTargets,
  listSolutions,
  agencyTree,
  search,
  node,
  getSource,
  createSource,
  recordResult,
  updateResult,
  retireResult,
  setTarget,
  updateTarget,
  adjustTarget,
  retireTarget,
  createPlan,
  createSeries,
  createSolution,
  linkSolutionToIndicator,
  createAssignment,
  updatePlan,
  updateSolution,
  retireSolution,
  unlinkSolutionFromIndicator,
  retireAssignment,
  retireRecord,
  createIndicatorDefinition,
  updateIndicatorDefinition,
  updateSeries,
  updateSource,
  createAssessment,
  updateAssessment,
  createAgency,
  updateAgency,
  createPerson,
  updatePerson,
  createPosition,
  updatePosition,
  createEvent,
  updateEvent,
};

type Bound<F> = F extends (client: PlanHubClient, ...args: infer A) => infer R ? (...args: A) => R : never;

/** A client with every typed method bound to it. */
export type PlanHub = PlanHubClient & { [K in keyof typeof methods]: Bound<(typeof methods)[K]> };

/** `createClient` plus every typed method: `hub.planSummary('bac-kan-ktxh-2024')`. */
export function createPlanHub(options: ClientOptions): PlanHub {
  const client = createClient(options);
  const hub: Record<string, unknown> = { ...client };
  for (const [name, method] of Object.entries(methods)) hub[name] = (...args: never[]) => (method as Function)(client, ...args);
  return hub as unknown as PlanHub;
}
