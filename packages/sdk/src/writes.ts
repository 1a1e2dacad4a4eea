import {
  RetireAssignmentDocument,
  type RetireAssignmentMutation,
  type RetireAssignmentMutationVariables,
  RetireRecordDocument,
  type RetireRecordMutation,
  type RetireRecordMutationVariables,
  RetireSolutionDocument,
  type RetireSolutionMutation,
  type RetireSolutionMutationVariables,
  UnlinkSolutionFromIndicatorDocument,
  type UnlinkSolutionFromIndicatorMutationVariables,
  UpdatePlanDocument,
  type UpdatePlanMutationVariables,
  UpdateSolutionDocument,
  type UpdateSolutionMutation,
  type UpdateSolutionMutationVariables,
  type UnlinkSolutionFromIndicatorMutation,
  type UpdatePlanMutation,
  CreateAssignmentDocument,
  type CreateAssignmentMutation,
  type CreateAssignmentMutationVariables,
  CreatePlanDocument,
  type CreatePlanMutation,
  type CreatePlanMutationVariables,
  CreateSeriesDocument,
  type CreateSeriesMutation,
  type CreateSeriesMutationVariables,
  CreateSolutionDocument,
  type CreateSolutionMutation,
  type CreateSolutionMutationVariables,
  LinkSolutionToIndicatorDocument,
  type LinkSolutionToIndicatorMutation,
  type LinkSolutionToIndicatorMutationVariables,
  AdjustTargetDocument,
  type AdjustTargetMutationVariables,
  CreateSourceDocument,
  type CreateSourceMutationVariables,
  RecordResultDocument,
  type RecordResultMutationVariables,
  RetireResultDocument,
  type RetireResultMutationVariables,
  RetireTargetDocument,
  type RetireTargetMutationVariables,
  SetTargetDocument,
  type SetTargetMutationVariables,
  UpdateResultDocument,
  type UpdateResultMutationVariables,
  UpdateTargetDocument,
  type UpdateTargetMutationVariables,
  type CreateSourceMutation,
  type RecordResultMutation,
  type SetTargetMutation,
} from './generated/graphql.ts';
import type { PlanHubClient, RequestOptions } from './types.ts';
import { outcome, type WriteResult } from './write-result.ts';

// Writes, for data stewards' integrations (a token with the right scope: createClient's
// `token`). A mistake in the input is not thrown: each method resolves to `{ ok: false,
// error }`, the server's typed error (`code`, the `field` to fix, `message`, and what its
// kind adds: `issues`, `closestMatch`, `currentVersion`, `existingId`), and nothing was
// written. Missing or insufficient credentials and outages reject with a PlanHubError
// (`UNAUTHENTICATED`, `FORBIDDEN`, …), as any request does. Writes are never retried.

export type { WriteError, WriteResult } from './write-result.ts';
export * from './context-writes.ts';

/** A result as a write returns it, with the audit-trail entry of the write. */
export type ResultWritten = Extract<RecordResultMutation['recordResult'], { __typename: 'ResultWrite' }>;
/** A target as a write returns it, with the audit-trail entry of the write. */
export type TargetWritten = Extract<SetTargetMutation['setTarget'], { __typename: 'TargetWrite' }>;
/** A source as registered, with the audit-trail entry of the write. */
export type SourceWritten = Extract<CreateSourceMutation['createSource'], { __typename: 'SourceWrite' }>;

/** Registers a source with its full text, against which every quote of it is checked. */
export async function createSource(client: PlanHubClient, input: CreateSourceMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<SourceWritten>> {
  return outcome((await client.request(CreateSourceDocument, { input }, options)).createSource, 'SourceWrite');
}

/** Records a result, quoted from its source (`DUPLICATE` when that source's figure is recorded already). */
export async function recordResult(client: PlanHubClient, input: RecordResultMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<ResultWritten>> {
  return outcome((await client.request(RecordResultDocument, { input }, options)).recordResult, 'ResultWrite');
}

/** Corrects a result, naming the `version` read (`CONFLICT` when someone changed it since). */
export async function updateResult(client: PlanHubClient, input: UpdateResultMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<ResultWritten>> {
  return outcome((await client.request(UpdateResultDocument, { input }, options)).updateResult, 'ResultWrite');
}

/** Retires a result: it stays in history and leaves every list and status. */
export async function retireResult(client: PlanHubClient, input: RetireResultMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<ResultWritten>> {
  return outcome((await client.request(RetireResultDocument, { input }, options)).retireResult, 'ResultWrite');
}

/** Sets a target of a plan, quoted from its source. */
export async function setTarget(client: PlanHubClient, input: SetTargetMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<TargetWritten>> {
  return outcome((await client.request(SetTargetDocument, { input }, options)).setTarget, 'TargetWrite');
}

/** Corrects a target recorded wrongly, naming the `version` read. */
export async function updateTarget(client: PlanHubClient, input: UpdateTargetMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<TargetWritten>> {
  return outcome((await client.request(UpdateTargetDocument, { input }, options)).updateTarget, 'TargetWrite');
}

/** Adjusts a target by a later decision; the replaced values stay as a revision. */
export async function adjustTarget(client: PlanHubClient, input: AdjustTargetMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<TargetWritten>> {
  return outcome((await client.request(AdjustTargetDocument, { input }, options)).adjustTarget, 'TargetWrite');
}

/** Retires a target: it stays in history and leaves every list and status count. */
export async function retireTarget(client: PlanHubClient, input: RetireTargetMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<TargetWritten>> {
  return outcome((await client.request(RetireTargetDocument, { input }, options)).retireTarget, 'TargetWrite');
}

/** A plan as created, with the audit-trail entry of the write. */
export type PlanWritten = Extract<CreatePlanMutation['createPlan'], { __typename: 'PlanWrite' }>;
/** A series as created, with the audit-trail entry of the write. */
export type SeriesWritten = Extract<CreateSeriesMutation['createSeries'], { __typename: 'IndicatorWrite' }>;
/** A solution as created, with the audit-trail entry of the write. */
export type SolutionWritten = Extract<CreateSolutionMutation['createSolution'], { __typename: 'SolutionWrite' }>;
/** A solution's link to an indicator as made, with the audit-trail entry of the write. */
export type SolutionLinkWritten = Extract<LinkSolutionToIndicatorMutation['linkSolutionToIndicator'], { __typename: 'SolutionLinkWrite' }>;
/** An assignment as made, with the audit-trail entry of the write. */
export type AssignmentWritten = Extract<CreateAssignmentMutation['createAssignment'], { __typename: 'AssignmentWrite' }>;

/** Creates a plan of an area (an editor of the area). */
export async function createPlan(client: PlanHubClient, input: CreatePlanMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<PlanWritten>> {
  return outcome((await client.request(CreatePlanDocument, { input }, options)).createPlan, 'PlanWrite');
}

/** Starts an area's series of an indicator definition. */
export async function createSeries(client: PlanHubClient, input: CreateSeriesMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<SeriesWritten>> {
  return outcome((await client.request(CreateSeriesDocument, { input }, options)).createSeries, 'IndicatorWrite');
}

/** Adds a solution to a plan, quoted from its source. */
export async function createSolution(client: PlanHubClient, input: CreateSolutionMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<SolutionWritten>> {
  return outcome((await client.request(CreateSolutionDocument, { input }, options)).createSolution, 'SolutionWrite');
}

/** Links a solution to an indicator of its area, with the basis and a rationale. */
export async function linkSolutionToIndicator(client: PlanHubClient, input: LinkSolutionToIndicatorMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<SolutionLinkWritten>> {
  return outcome((await client.request(LinkSolutionToIndicatorDocument, { input }, options)).linkSolutionToIndicator, 'SolutionLinkWrite');
}

/** Makes an agency responsible for a solution or an indicator, within a plan or a period. */
export async function createAssignment(client: PlanHubClient, input: CreateAssignmentMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<AssignmentWritten>> {
  return outcome((await client.request(CreateAssignmentDocument, { input }, options)).createAssignment, 'AssignmentWrite');
}

/** A plan as corrected, with the audit-trail entry of the write. */
export type PlanUpdated = Extract<UpdatePlanMutation['updatePlan'], { __typename: 'PlanWrite' }>;
/** A solution as corrected, with the audit-trail entry of the write. */
export type SolutionChanged = Extract<UpdateSolutionMutation['updateSolution'], { __typename: 'SolutionWrite' }>;
/** A solution as retired, with the audit-trail entry of the write. */
export type SolutionRetired = Extract<RetireSolutionMutation['retireSolution'], { __typename: 'SolutionWrite' }>;
/** A link as retired, with the audit-trail entry of the write. */
export type SolutionUnlinked = Extract<UnlinkSolutionFromIndicatorMutation['unlinkSolutionFromIndicator'], { __typename: 'SolutionLinkWrite' }>;
/** An assignment as retired, with the audit-trail entry of the write. */
export type AssignmentRetired = Extract<RetireAssignmentMutation['retireAssignment'], { __typename: 'AssignmentWrite' }>;
/** The audit-trail entry of a retired record (retireRecord). */
export type RecordRetired = Extract<RetireRecordMutation['retireRecord'], { __typename: 'RecordRetired' }>;

/** Corrects a plan's titles, naming the `version` read. */
export async function updatePlan(client: PlanHubClient, input: UpdatePlanMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<PlanUpdated>> {
  return outcome((await client.request(UpdatePlanDocument, { input }, options)).updatePlan, 'PlanWrite');
}

/** Corrects a solution, naming the `version` read. */
export async function updateSolution(client: PlanHubClient, input: UpdateSolutionMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<SolutionChanged>> {
  return outcome((await client.request(UpdateSolutionDocument, { input }, options)).updateSolution, 'SolutionWrite');
}

/** Retires a solution: it stays readable and leaves every list and search. */
export async function retireSolution(client: PlanHubClient, input: RetireSolutionMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<SolutionRetired>> {
  return outcome((await client.request(RetireSolutionDocument, { input }, options)).retireSolution, 'SolutionWrite');
}

/** Retires a solution's link to an indicator. */
export async function unlinkSolutionFromIndicator(client: PlanHubClient, input: UnlinkSolutionFromIndicatorMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<SolutionUnlinked>> {
  return outcome((await client.request(UnlinkSolutionFromIndicatorDocument, { input }, options)).unlinkSolutionFromIndicator, 'SolutionLinkWrite');
}

/** Retires an assignment (the agency is no longer responsible). */
export async function retireAssignment(client: PlanHubClient, input: RetireAssignmentMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<AssignmentRetired>> {
  return outcome((await client.request(RetireAssignmentDocument, { input }, options)).retireAssignment, 'AssignmentWrite');
}

/** Retires, by its global ID, an assessment, an office, an event, a source, a plan, a definition, a series, an agency or a person (`RECORD_IN_USE` while live records depend on it). */
export async function retireRecord(client: PlanHubClient, input: RetireRecordMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<RecordRetired>> {
  return outcome((await client.request(RetireRecordDocument, { input }, options)).retireRecord, 'RecordRetired');
}
