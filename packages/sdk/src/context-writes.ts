import {
  CreateIndicatorDefinitionDocument,
  type CreateIndicatorDefinitionMutation,
  type CreateIndicatorDefinitionMutationVariables,
  UpdateIndicatorDefinitionDocument,
  type UpdateIndicatorDefinitionMutationVariables,
  UpdateSeriesDocument,
  type UpdateSeriesMutation,
  type UpdateSeriesMutationVariables,
  UpdateSourceDocument,
  type UpdateSourceMutation,
  type UpdateSourceMutationVariables,
  CreateAssessmentDocument,
  type CreateAssessmentMutation,
  type CreateAssessmentMutationVariables,
  UpdateAssessmentDocument,
  type UpdateAssessmentMutationVariables,
  CreateAgencyDocument,
  type CreateAgencyMutation,
  type CreateAgencyMutationVariables,
  UpdateAgencyDocument,
  type UpdateAgencyMutationVariables,
  CreatePersonDocument,
  type CreatePersonMutation,
  type CreatePersonMutationVariables,
  UpdatePersonDocument,
  type UpdatePersonMutationVariables,
  CreatePositionDocument,
  type CreatePositionMutation,
  type CreatePositionMutationVariables,
  UpdatePositionDocument,
  type UpdatePositionMutationVariables,
  CreateEventDocument,
  type CreateEventMutation,
  type CreateEventMutationVariables,
  UpdateEventDocument,
  type UpdateEventMutationVariables,
} from './generated/graphql.ts';
import type { PlanHubClient, RequestOptions } from './types.ts';
import { outcome, type WriteResult } from './write-result.ts';

// Writes of what facts hang on and who they are about: the indicator catalogue (admins),
// corrections of sources and series, assessments, agencies, people, their offices and
// events. As every write method: a mistake resolves to `{ ok: false, error }` and wrote
// nothing; credentials and outages reject with a PlanHubError. Re-exported by `./writes`.

/** A definition of the catalogue as created or corrected, with the audit-trail entry of the write. */
export type DefinitionWritten = Extract<CreateIndicatorDefinitionMutation['createIndicatorDefinition'], { __typename: 'IndicatorDefinitionWrite' }>;
/** A series as corrected, with the audit-trail entry of the write. */
export type SeriesCorrected = Extract<UpdateSeriesMutation['updateSeries'], { __typename: 'IndicatorWrite' }>;
/** A source as corrected, with the audit-trail entry of the write. */
export type SourceCorrected = Extract<UpdateSourceMutation['updateSource'], { __typename: 'SourceWrite' }>;
/** An assessment as recorded or corrected, with the audit-trail entry of the write. */
export type AssessmentWritten = Extract<CreateAssessmentMutation['createAssessment'], { __typename: 'AssessmentWrite' }>;
/** An agency as created or corrected, with the audit-trail entry of the write. */
export type AgencyWritten = Extract<CreateAgencyMutation['createAgency'], { __typename: 'AgencyWrite' }>;
/** A person as created or corrected, with the audit-trail entry of the write. */
export type PersonWritten = Extract<CreatePersonMutation['createPerson'], { __typename: 'PersonWrite' }>;
/** An office as recorded or corrected, with the audit-trail entry of the write. */
export type PositionWritten = Extract<CreatePositionMutation['createPosition'], { __typename: 'PositionWrite' }>;
/** An event as created or corrected, with the audit-trail entry of the write. */
export type EventWritten = Extract<CreateEventMutation['createEvent'], { __typename: 'EventWrite' }>;

/** Adds a definition to the indicator catalogue (admins): what is measured, shared by every area that measures it. */
export async function createIndicatorDefinition(client: PlanHubClient, input: CreateIndicatorDefinitionMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<DefinitionWritten>> {
  return outcome((await client.request(CreateIndicatorDefinitionDocument, { input }, options)).createIndicatorDefinition, 'IndicatorDefinitionWrite');
}

/** Corrects a definition of the catalogue (admins), naming the `version` read. */
export async function updateIndicatorDefinition(client: PlanHubClient, input: UpdateIndicatorDefinitionMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<DefinitionWritten>> {
  return outcome((await client.request(UpdateIndicatorDefinitionDocument, { input }, options)).updateIndicatorDefinition, 'IndicatorDefinitionWrite');
}

/** Corrects the unit an area’s series is usually stated in, naming the `version` read. */
export async function updateSeries(client: PlanHubClient, input: UpdateSeriesMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<SeriesCorrected>> {
  return outcome((await client.request(UpdateSeriesDocument, { input }, options)).updateSeries, 'IndicatorWrite');
}

/** Corrects how a source is described (admins; never its text, which quotes index), naming the `version` read. */
export async function updateSource(client: PlanHubClient, input: UpdateSourceMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<SourceCorrected>> {
  return outcome((await client.request(UpdateSourceDocument, { input }, options)).updateSource, 'SourceWrite');
}

/** Records what a source states about a plan as a whole ("23 of 26 main indicators met"), quoted. */
export async function createAssessment(client: PlanHubClient, input: CreateAssessmentMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<AssessmentWritten>> {
  return outcome((await client.request(CreateAssessmentDocument, { input }, options)).createAssessment, 'AssessmentWrite');
}

/** Corrects an assessment, naming the `version` read. */
export async function updateAssessment(client: PlanHubClient, input: UpdateAssessmentMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<AssessmentWritten>> {
  return outcome((await client.request(UpdateAssessmentDocument, { input }, options)).updateAssessment, 'AssessmentWrite');
}

/** Creates an agency of an area, under its parent agency when it has one. */
export async function createAgency(client: PlanHubClient, input: CreateAgencyMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<AgencyWritten>> {
  return outcome((await client.request(CreateAgencyDocument, { input }, options)).createAgency, 'AgencyWrite');
}

/** Corrects an agency, naming the `version` read (its area stays). */
export async function updateAgency(client: PlanHubClient, input: UpdateAgencyMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<AgencyWritten>> {
  return outcome((await client.request(UpdateAgencyDocument, { input }, options)).updateAgency, 'AgencyWrite');
}

/** Creates a person, by the name sources give (any writer). */
export async function createPerson(client: PlanHubClient, input: CreatePersonMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<PersonWritten>> {
  return outcome((await client.request(CreatePersonDocument, { input }, options)).createPerson, 'PersonWrite');
}

/** Corrects a person’s name (admins), naming the `version` read. */
export async function updatePerson(client: PlanHubClient, input: UpdatePersonMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<PersonWritten>> {
  return outcome((await client.request(UpdatePersonDocument, { input }, options)).updatePerson, 'PersonWrite');
}

/** Records an office a person holds in an agency, as a source shows it on a date. */
export async function createPosition(client: PlanHubClient, input: CreatePositionMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<PositionWritten>> {
  return outcome((await client.request(CreatePositionDocument, { input }, options)).createPosition, 'PositionWrite');
}

/** Corrects an office (its role, title, dates or passage), naming the `version` read. */
export async function updatePosition(client: PlanHubClient, input: UpdatePositionMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<PositionWritten>> {
  return outcome((await client.request(UpdatePositionDocument, { input }, options)).updatePosition, 'PositionWrite');
}

/** Creates an event of an area, with who took part, each quoted. */
export async function createEvent(client: PlanHubClient, input: CreateEventMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<EventWritten>> {
  return outcome((await client.request(CreateEventDocument, { input }, options)).createEvent, 'EventWrite');
}

/** Corrects an event or adds who took part, naming the `version` read. */
export async function updateEvent(client: PlanHubClient, input: UpdateEventMutationVariables['input'], options?: RequestOptions): Promise<WriteResult<EventWritten>> {
  return outcome((await client.request(UpdateEventDocument, { input }, options)).updateEvent, 'EventWrite');
}
