/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How the writer signed in. */
export type ActorKind =
  /** At the server’s console (`npm run token`); the actor is `cli:` and the operating-system user. */
  | 'CLI'
  /** With an identity provider’s token; the actor is its subject. */
  | 'JWT'
  /** With a PlanHub API token; the actor is its name. */
  | 'TOKEN';

/** An adjustment (điều chỉnh chỉ tiêu): the values in force from now, quoted from the decision that adjusts them. */
export type AdjustTargetInput = {
  /** When these values were adopted, when a source says. */
  adoptedOn?: string | null | undefined;
  /** How a result is compared with `value`. */
  comparator: Comparator;
  /** The ID of the target. */
  id: string;
  /** The source and the exact passage that state the values. */
  provenance: ProvenanceInput;
  /** For a RANGE: whether beyond its better end meets it too (OR_BETTER) or misses it (WITHIN). */
  rangeKind?: RangeKind | null | undefined;
  /** Why; kept in the audit trail. */
  reason: string;
  /** The unit’s code: it must measure what the indicator measures. */
  unit: string;
  /** The value, or the lower end of a RANGE. */
  value: number;
  /** The upper end of a RANGE; leave it out otherwise. */
  valueMax?: number | null | undefined;
  /** The target’s version as read (its `version` field): a stale one is refused with CONFLICT. */
  version: number;
};

/** Narrows `agencies`. Every field is optional; given fields must all match. */
export type AgencyFilter = {
  /** Only agencies of this kind. */
  kind?: AgencyKind | null | undefined;
  /** Only agencies at this level. */
  level?: AgencyLevel | null | undefined;
  /** Only agencies directly under this one. */
  parent?: string | null | undefined;
  /** Only agencies with no parent: the tops of the tree. */
  rootsOnly?: boolean | null | undefined;
  /** Only agencies whose name or abbreviation contains this, ignoring case and Vietnamese diacritics. At least 2 and at most 200 characters. */
  text?: string | null | undefined;
  /** Only agencies that existed on this date. An unknown start or end date counts as open. */
  validOn?: string | null | undefined;
};

/** What kind of organisation an agency is. */
export type AgencyKind =
  /** A department, board or office (sở, ban, ngành). */
  | 'DEPARTMENT'
  /** A collective a source names together ("sở, ban, ngành, đoàn thể"), not one body. */
  | 'GROUP'
  /** A province's National Assembly delegation (Đoàn ĐBQH). */
  | 'NATIONAL_ASSEMBLY_DELEGATION'
  /** A Party committee (Tỉnh ủy, Ban Chấp hành Trung ương). */
  | 'PARTY_COMMITTEE'
  /** A People's Committee (UBND): the executive. */
  | 'PEOPLES_COMMITTEE'
  /** A People's Council (HĐND): adopts plans by resolution. */
  | 'PEOPLES_COUNCIL';

/** The administrative level an agency works at. */
export type AgencyLevel =
  /** Bodies at every level, named together by a source ("UBND các cấp"). */
  | 'ALL_LEVELS'
  /** National (central) level. */
  | 'CENTRAL'
  /** Commune level (cấp xã). */
  | 'COMMUNE'
  /** District level (cấp huyện; abolished in 2025). */
  | 'DISTRICT'
  /** Province level (cấp tỉnh). */
  | 'PROVINCE';

/** The administrative level of an area or of a plan. */
export type AreaLevel =
  /** National (central) level. */
  | 'CENTRAL'
  /** Commune level (cấp xã). */
  | 'COMMUNE'
  /** District level (cấp huyện; abolished in 2025). */
  | 'DISTRICT'
  /** Province level (cấp tỉnh). */
  | 'PROVINCE';

/** What a source-stated assessment says. */
export type AssessmentKind =
  /** `count` of `outOf` indicators met or exceeded the plan. */
  | 'INDICATORS_MET'
  /** `count` of `outOf` indicators did not meet the plan. */
  | 'INDICATORS_NOT_MET'
  /** The plan has `count` main indicators (chỉ tiêu chủ yếu). */
  | 'MAIN_INDICATOR_COUNT'
  /** A judgement in words only. */
  | 'QUALITATIVE';

/** The part an agency plays for a solution or indicator. */
export type AssignmentRole =
  /** Coordinates with the lead (phối hợp). */
  | 'COORDINATE'
  /** Is asked to carry it out (thực hiện, triển khai). */
  | 'IMPLEMENT'
  /** Leads and answers for it (chủ trì). */
  | 'LEAD';

/** What a change did to its record. */
export type ChangeOperation =
  /** Created it. */
  | 'CREATE'
  /** Retired it: it stays in history and leaves every list. */
  | 'RETIRE'
  /** Changed it: a correction, an adjustment, or bringing back a retired record. */
  | 'UPDATE';

/** How a target compares a figure with its value(s). On a RANK indicator they speak of standing, as sources do: "at least 30th" is 30th or better. */
export type Comparator =
  /** ≥ value ("trở lên", "ít nhất"); on a RANK indicator, this place or better. */
  | 'AT_LEAST'
  /** ≤ value; on a RANK indicator, this place or worse. */
  | 'AT_MOST'
  /** Reach the value ("đạt"): met when the figure reaches it in the better direction (reaching or exceeding where higher is better; this place or better on a RANK indicator). */
  | 'EQUAL'
  /** Between value and valueMax ("2 - 2,5%"); `rangeKind` says whether beyond the better end meets it too. */
  | 'RANGE';

/** An organisation of an area: a committee, council or department. */
export type CreateAgencyInput = {
  /** Its abbreviation (UBND, HĐND), when it has one. */
  abbreviation?: string | null | undefined;
  /** The area’s code. */
  area: string;
  /** A stable code, e.g. `so-khdt-bac-kan`. */
  code: string;
  /** What kind of organisation. */
  kind: AgencyKind;
  /** The level it works at. */
  level: AgencyLevel;
  /** Its name in English. */
  nameEn?: string | null | undefined;
  /** Its name in Vietnamese. */
  nameVi: string;
  /** The code of the agency it belongs to. */
  parent?: string | null | undefined;
  /** Why, when worth saying; kept in the audit trail. */
  reason?: string | null | undefined;
  /** Since when it exists, when known. */
  validFrom?: string | null | undefined;
  /** Until when it existed, when it no longer does. */
  validTo?: string | null | undefined;
};

/** What a source states about a plan as a whole. */
export type CreateAssessmentInput = {
  /** The count it states (23 met); required but for QUALITATIVE. */
  count?: number | null | undefined;
  /** What it says. */
  kind: AssessmentKind;
  /** Out of how many (26), when stated. */
  outOf?: number | null | undefined;
  /** The plan’s code. */
  plan: string;
  /** The source and the exact passage that state it. */
  provenance: ProvenanceInput;
  /** Why, when worth saying; kept in the audit trail. */
  reason?: string | null | undefined;
  /** How settled it is. */
  reliability: Reliability;
  /** The same in English. */
  statementEn?: string | null | undefined;
  /** The statement, in Vietnamese. */
  statementVi: string;
};

/** An agency made responsible, for exactly one solution or indicator, within a plan or a period (at least one). */
export type CreateAssignmentInput = {
  /** The agency’s code: one of the area of what it is assigned to. */
  agency: string;
  /** The series, as `<definition>@<area>` (or give `solution`). */
  indicator?: string | null | undefined;
  /** The period it holds for, where it is not a plan’s. */
  period?: string | null | undefined;
  /** The plan the responsibility is part of. */
  plan?: string | null | undefined;
  /** The source and the exact passage that assign it. */
  provenance: ProvenanceInput;
  /** Why, when worth saying; kept in the audit trail. */
  reason?: string | null | undefined;
  /** Its part: lead, coordinate, implement. */
  role: AssignmentRole;
  /** The solution’s code (or give `indicator`). */
  solution?: string | null | undefined;
};

/** A dated event of an area, quoted from its source. */
export type CreateEventInput = {
  /** The area’s code. */
  area: string;
  /** A stable code. */
  code: string;
  /** When it took place. */
  date: string;
  /** What kind of event. */
  kind: EventKind;
  /** The organising agency’s code. */
  organizer?: string | null | undefined;
  /** Who took part, each with the passage that shows it. */
  participants?: Array<EventParticipantInput> | null | undefined;
  /** The code of the plan it is about, of the same area. */
  plan?: string | null | undefined;
  /** The source and the exact passage that report it. */
  provenance: ProvenanceInput;
  /** Why, when worth saying; kept in the audit trail. */
  reason?: string | null | undefined;
  /** The same in English. */
  titleEn?: string | null | undefined;
  /** Its title, in Vietnamese. */
  titleVi: string;
};

/** What is measured, as a concept every area shares (economic growth rate). */
export type CreateIndicatorDefinitionInput = {
  /** A stable code shared by every area, e.g. `economic-growth-rate`. */
  code: string;
  /** What it measures, in English. */
  descriptionEn?: string | null | undefined;
  /** What it measures, in Vietnamese. */
  descriptionVi?: string | null | undefined;
  /** What its figures measure, a unit dimension such as `PERCENT` or `CURRENCY_VND`. */
  dimension: string;
  /** Which way it improves. */
  direction: Direction;
  /** Its name in English. */
  nameEn?: string | null | undefined;
  /** Its name in Vietnamese. */
  nameVi: string;
  /** Its code in the national statistical indicator system, where it has one. */
  nationalCode?: string | null | undefined;
  /** Why, when worth saying; kept in the audit trail. */
  reason?: string | null | undefined;
  /** The sector’s code. */
  sector: string;
};

/** A person who holds or held offices. */
export type CreatePersonInput = {
  /** A stable code, e.g. `nguyen-van-a`. */
  code: string;
  /** The full name, as sources write it. */
  fullName: string;
  /** Why, when worth saying; kept in the audit trail. */
  reason?: string | null | undefined;
};

/** A plan of an area for a period: its targets, results and solutions are written against it. */
export type CreatePlanInput = {
  /** The area’s code; the plan’s level is the area’s. */
  area: string;
  /** A stable code: lower-case letters and digits joined by hyphens, e.g. `thai-nguyen-ktxh-2025`. */
  code: string;
  /** Yearly, five-year, or master plan. */
  kind: PlanKind;
  /** The code of the plan it implements (a yearly plan of a five-year plan), of the same area. */
  parent?: string | null | undefined;
  /** The period’s code: `2025`, `2026-2030`. */
  period: string;
  /** Why, when worth saying; kept in the audit trail. */
  reason?: string | null | undefined;
  /** Its title in English. */
  titleEn?: string | null | undefined;
  /** Its title in Vietnamese. */
  titleVi: string;
};

/** An office a person holds in an agency, as a source shows it on a date. */
export type CreatePositionInput = {
  /** The agency’s code. */
  agency: string;
  /** The date the source shows the person in the office. */
  attestedOn: string;
  /** Until when, when it ended. */
  endDate?: string | null | undefined;
  /** The person’s code. */
  person: string;
  /** The source and the exact passage that show it. */
  provenance: ProvenanceInput;
  /** Why, when worth saying; kept in the audit trail. */
  reason?: string | null | undefined;
  /** The office’s role in its agency. */
  role: OfficeRole;
  /** Since when, when known. */
  startDate?: string | null | undefined;
  /** The same in English. */
  titleEn?: string | null | undefined;
  /** The title, in Vietnamese (Chủ tịch UBND tỉnh). */
  titleVi: string;
};

/** An area’s series of a definition: its targets and results are written to it. */
export type CreateSeriesInput = {
  /** The area’s code. */
  area: string;
  /** The definition’s code. */
  definition: string;
  /** Why, when worth saying; kept in the audit trail. */
  reason?: string | null | undefined;
  /** The unit its figures are usually stated in: one of the definition’s dimension. */
  unit: string;
};

/** A solution or directive a plan sets out, quoted from its source. */
export type CreateSolutionInput = {
  /** A stable code: lower-case letters and digits joined by hyphens. */
  code: string;
  /** The code of the event that set it out (a conference), when the source names one: an event of the plan’s area. */
  event?: string | null | undefined;
  /** The code of the person who issued a directive, when the source names them. */
  issuedBy?: string | null | undefined;
  /** A measure, or a leader’s directive. */
  kind: SolutionKind;
  /** The plan’s code. */
  plan: string;
  /** Its order within the source passage (1 first). */
  position: number;
  /** The source and the exact passage that state it. */
  provenance: ProvenanceInput;
  /** Why, when worth saying; kept in the audit trail. */
  reason?: string | null | undefined;
  /** The sector’s code, when it belongs to one. */
  sector?: string | null | undefined;
  /** The same in English. */
  textEn?: string | null | undefined;
  /** What will be done, in Vietnamese. */
  textVi: string;
};

/** A document facts will be quoted from, with its full text. */
export type CreateSourceInput = {
  /** A stable code: lower-case letters and digits joined by hyphens, e.g. `nq-15-2023-hdnd-bac-kan`. */
  code: string;
  /** Its number (số hiệu), e.g. "15/NQ-HĐND". */
  documentNumber?: string | null | undefined;
  /** What kind of document it is (not SYNTHETIC: that marks generated test data). */
  kind: SourceKind;
  /** Its language, e.g. `vi`. */
  language: string;
  /** When it was published, to the precision known: `2023`, `2023-12` or `2023-12-13`. */
  publishedOn: string;
  /** The publishing agency’s code, when PlanHub holds it. */
  publisher?: string | null | undefined;
  /** Who published it, as the document names them. */
  publisherName: string;
  /** Why, when worth saying; kept in the audit trail. */
  reason?: string | null | undefined;
  /** Its full text (stored in Unicode NFC); every quote of it is checked against this. */
  text: string;
  /** Its title. */
  title: string;
  /** Where it can be read. */
  url?: string | null | undefined;
};

/** How precisely a date is known. */
export type DatePrecision =
  /** The day is known. */
  | 'DAY'
  /** Only the month is known; the date is the first of that month. */
  | 'MONTH'
  /** Only the year is known; the date is 1 January of that year. */
  | 'YEAR';

/** Which way an indicator improves. */
export type Direction =
  /** A larger value is better (growth, revenue). */
  | 'HIGHER_IS_BETTER'
  /** A smaller value is better (poverty rate). */
  | 'LOWER_IS_BETTER'
  /** A position in a ranking of provinces: a smaller number is better. */
  | 'RANK';

/** What kind of event. */
export type EventKind =
  /** A conference (hội nghị). */
  | 'CONFERENCE';

/** Someone who took part in an event, in the role the source gives them. */
export type EventParticipantInput = {
  /** The person’s code (`createPerson`). */
  person: string;
  /** The source and the exact passage that show them taking part. */
  provenance: ProvenanceInput;
  /** The same in English. */
  roleEn?: string | null | undefined;
  /** Their role at the event, in Vietnamese (chủ trì, phát biểu chỉ đạo). */
  roleVi: string;
};

/** Narrows `indicators`. Every field is optional; given fields must all match. */
export type IndicatorFilter = {
  /** Only indicators this agency is responsible for, directly or through a linked solution. */
  agency?: string | null | undefined;
  /** Only the series of the area with this code (e.g. `bac-kan`). */
  area?: string | null | undefined;
  /** Only the series of the definition with this code (e.g. `economic-growth-rate`), one per area. */
  definition?: string | null | undefined;
  /** Only indicators that are main (headline) indicators of some plan. */
  mainOnly?: boolean | null | undefined;
  /** Only indicators with a target in this plan. */
  plan?: string | null | undefined;
  /** Only indicators of the sector with this code, or of its sub-sectors. */
  sector?: string | null | undefined;
  /** Only indicators with a target of this computed status (within `plan` and `year`, when given). */
  status?: TargetStatus | null | undefined;
  /** Only indicators whose name or description contains this text, ignoring case and Vietnamese diacritics. At least 2 and at most 200 characters. */
  text?: string | null | undefined;
  /** Only indicators with a target or a result for this year. Between 1900 and 2200. */
  year?: number | null | undefined;
};

/** Ordering for `indicators`. */
export type IndicatorOrder = {
  /** Ascending (default) or descending. */
  direction?: SortDirection | null | undefined;
  /** What to order by. */
  field: IndicatorOrderField;
};

/** What to order indicators by. */
export type IndicatorOrderField =
  /** Their definition's code, then the order recorded (one series per area). */
  | 'CODE'
  /** The order they were recorded in. */
  | 'CREATED'
  /** Their definition's Vietnamese name, ignoring diacritics first (as a reader sorts), then with them. */
  | 'NAME';

/** How the figure a target is compared with was obtained. */
export type JudgementBasis =
  /** A change PlanHub derived from the levels of the target's period and the previous one, of the same reliability. */
  | 'DERIVED_CHANGE'
  /** A level the source states for the target's period. */
  | 'LEVEL'
  /** A change (an increase, places moved) the source states for the period. */
  | 'STATED_CHANGE';

/** Why a solution is linked to an indicator. */
export type LinkBasis =
  /** PlanHub's editors linked them, with a stated rationale; the source does not. */
  | 'EDITORIAL'
  /** The source itself ties the solution to the indicator. */
  | 'SOURCE_STATED';

/** A solution tied to an indicator it bears on. */
export type LinkSolutionInput = {
  /** SOURCE_STATED when the source ties them; EDITORIAL when an editor does. */
  basis: LinkBasis;
  /** The series, as `<definition>@<area>`: its plan’s area’s. */
  indicator: string;
  /** Why they are linked, in one sentence a reader can weigh (required for every link, and the only basis of an editorial one). */
  rationale: string;
  /** Why, when worth saying; kept in the audit trail. */
  reason?: string | null | undefined;
  /** The solution’s code. */
  solution: string;
};

/** The role of an office in its agency. */
export type OfficeRole =
  /** Chair (Chủ tịch). */
  | 'CHAIR'
  /** Deputy Secretary (Phó Bí thư). */
  | 'DEPUTY_SECRETARY'
  /** Head (Trưởng đoàn, trưởng ban). */
  | 'HEAD'
  /** Member (Ủy viên). */
  | 'MEMBER'
  /** Secretary (Bí thư). */
  | 'SECRETARY'
  /** Standing Deputy Secretary (Phó Bí thư Thường trực). */
  | 'STANDING_DEPUTY_SECRETARY';

/** What kind of span a period is. */
export type PeriodKind =
  /** A five-year plan term (e.g. 2021–2025). */
  | 'FIVE_YEAR'
  /** Six months: the first or second half of a year (sơ kết 6 tháng). */
  | 'HALF_YEAR'
  /** The first nine months of a year (9 tháng). */
  | 'NINE_MONTHS'
  /** A master plan horizon (e.g. 2021–2030, vision to 2050). */
  | 'PLANNING_HORIZON'
  /** A quarter of a year (quý). */
  | 'QUARTER'
  /** One calendar year. */
  | 'YEAR';

/** Narrows `plans`. Every field is optional; given fields must all match. */
export type PlanFilter = {
  /** Only plans for the area with this code (e.g. `bac-kan`). */
  area?: string | null | undefined;
  /** Only plans of this kind. */
  kind?: PlanKind | null | undefined;
  /** Only plans at this level. */
  level?: AreaLevel | null | undefined;
  /** Only plans whose period includes this year. Between 1900 and 2200. */
  year?: number | null | undefined;
};

/** What kind of plan. */
export type PlanKind =
  /** Yearly socio-economic development plan (kế hoạch phát triển KT-XH năm). */
  | 'ANNUAL_SOCIO_ECONOMIC'
  /** Five-year socio-economic development plan (kế hoạch 5 năm). */
  | 'FIVE_YEAR_SOCIO_ECONOMIC'
  /** Provincial master plan (quy hoạch tỉnh). */
  | 'MASTER_PLAN';

/** Where a plan stands, as a source states it. */
export type PlanStatus =
  /** Adopted by the competent body. */
  | 'ADOPTED'
  /** Its period is over. */
  | 'COMPLETED'
  /** Being drafted. */
  | 'DRAFT'
  /** Being rolled out or carried out (triển khai, thực hiện). */
  | 'IN_IMPLEMENTATION'
  /** Completed and announced (công bố). */
  | 'PUBLISHED';

/** Where a fact comes from: a source PlanHub holds, and the exact passage of its text that states the fact. */
export type ProvenanceInput = {
  /** The passage, copied from the source (white space and Unicode normalisation may differ; nothing else). It is found in the text and stored verbatim with its offsets; one that is not there is QUOTE_NOT_IN_SOURCE. */
  quote: string;
  /** The source’s code (`sources { code }`); its text must be on file. */
  source: string;
};

/** What kind of range a RANGE target is. */
export type RangeKind =
  /** Met inside the range and beyond its better end ("2–2.5 pp poverty reduction": 3 pp meets it). */
  | 'OR_BETTER'
  /** A band, met only inside it: overshooting misses it too ("inflation 3–4 %": 5 % misses it, and so does 2 %). */
  | 'WITHIN';

/** A result to record. A revised figure (a final one after an estimate) is recorded as a result of its own source; the earlier stays as its revision. */
export type RecordResultInput = {
  /** The day an estimate speaks as of ("ước cả năm" stated on 13 December). */
  asOf?: string | null | undefined;
  /** EXACT (default), or the kind of bound ("over 50" is MORE_THAN 50). */
  bound?: ValueBound | null | undefined;
  /** The series, as `<definition>@<area>`: `economic-growth-rate@bac-kan`. */
  indicator: string;
  /** What `value` measures (default LEVEL): the level in the period, or the change over the previous period. */
  measure?: ResultMeasure | null | undefined;
  /** The figure as a percentage of the plan, when stated. */
  percentOfPlan?: number | null | undefined;
  /** The period’s code: `2024`, `2024-h1`, `2024-9m`. */
  period: string;
  /** The code of the plan the result is reported against, when stated (needed for `percentOfPlan`). */
  plan?: string | null | undefined;
  /** The source and the exact passage that state the figure. */
  provenance: ProvenanceInput;
  /** For a rank: places moved up (+) or down (−), when stated. */
  rankChange?: number | null | undefined;
  /** Why, when worth saying; kept in the audit trail. */
  reason?: string | null | undefined;
  /** How settled the figure is. */
  reliability: Reliability;
  /** When the figure was reported, when stated. */
  reportedOn?: string | null | undefined;
  /** The result this one revises, when the source says it replaces it. */
  supersedes?: string | null | undefined;
  /** The unit’s code, as the source states the figure: it must measure what the indicator measures. */
  unit: string;
  /** The figure, in `unit`; leave it out when the source states only a comparison. */
  value?: number | null | undefined;
  /** The change over the previous period in percent, when stated. */
  yoyChangePercent?: number | null | undefined;
  /** The figure as a multiple of the previous period’s ("doubled" is 2), when stated. */
  yoyFactor?: number | null | undefined;
};

/** How settled a figure is. */
export type Reliability =
  /** Estimated before the period closed ("ước đạt", "dự ước"). */
  | 'ESTIMATE'
  /** Final (chính thức). */
  | 'FINAL'
  /** Preliminary (sơ bộ), subject to revision. */
  | 'PRELIMINARY';

/** What results can be grouped by. */
export type ResultGroupKey =
  /** The agencies responsible for their indicator, directly or through a linked solution: a figure counts once in each of its agencies’ groups, and in a group with no agency when none is assigned. */
  | 'AGENCY'
  /** Their series' area (a province). */
  | 'AREA'
  /** Their indicator definition. */
  | 'DEFINITION'
  /** What they measure: a level, or a change over the previous period. */
  | 'MEASURE'
  /** Their period. */
  | 'PERIOD'
  /** The plan they are reported against; null where none is stated. */
  | 'PLAN'
  /** How settled they are: FINAL, PRELIMINARY, ESTIMATE. */
  | 'RELIABILITY'
  /** Their indicator definition's sector. */
  | 'SECTOR'
  /** The calendar year of their period; null for a period spanning years (2021–2025). */
  | 'YEAR';

/** What a result’s value measures. */
export type ResultMeasure =
  /** The change over the previous period (20 new OCOP products; 12 more communes). */
  | 'CHANGE'
  /** The indicator's level in the period (150 OCOP products in all; growth of 6.33 %). */
  | 'LEVEL';

/** Narrows `resultStats`. Every field is optional; given fields must all match. Retired figures and series are never counted. */
export type ResultStatsFilter = {
  /** Only figures of indicators this agency is responsible for, directly or through a linked solution. */
  agency?: string | null | undefined;
  /** Only figures of the area with this code (e.g. `bac-kan`). */
  area?: string | null | undefined;
  /** Only figures of the indicator definition with this code (e.g. `economic-growth-rate`), in every area that measures it. */
  definition?: string | null | undefined;
  /** Count every live figure, a period's earlier reports too; by default only each period's current figure (the most settled, then the latest reported) counts. */
  includeRevisions?: boolean | null | undefined;
  /** Only figures of areas at this level (PROVINCE to compare provinces). */
  level?: AreaLevel | null | undefined;
  /** Only figures of this measure (levels, or changes). */
  measure?: ResultMeasure | null | undefined;
  /** Only figures of the period with this code (e.g. `2024`, `2021-2025`). */
  period?: string | null | undefined;
  /** Only figures of this plan. */
  plan?: string | null | undefined;
  /** Only figures this settled (among the current ones, unless `includeRevisions`). */
  reliability?: Reliability | null | undefined;
  /** Only figures of indicators of the sector with this code, or of its sub-sectors. */
  sector?: string | null | undefined;
  /** Only figures of this year and its parts (half-years, quarters, nine months). Between 1900 and 2200. */
  year?: number | null | undefined;
};

/** An assignment to retire (the agency is no longer responsible). */
export type RetireAssignmentInput = {
  /** The ID of the assignment. */
  id: string;
  /** Why; kept in the audit trail. */
  reason: string;
  /** The assignment’s version as read (its `version` field): a stale one is refused with CONFLICT. */
  version: number;
};

/** A record to retire: an assessment, an office, an event, a source, a plan, an indicator definition, a series, an agency or a person. */
export type RetireRecordInput = {
  /** The ID of the record. */
  id: string;
  /** Why; kept in the audit trail. */
  reason: string;
  /** The record’s version as read (its `version` field): a stale one is refused with CONFLICT. */
  version: number;
};

/** A result to retire: it stays in history and leaves every list and status. */
export type RetireResultInput = {
  /** The ID of the result. */
  id: string;
  /** Why; kept in the audit trail. */
  reason: string;
  /** The result’s version as read (its `version` field): a stale one is refused with CONFLICT. */
  version: number;
};

/** A solution to retire. */
export type RetireSolutionInput = {
  /** The ID of the solution. */
  id: string;
  /** Why; kept in the audit trail. */
  reason: string;
  /** The solution’s version as read (its `version` field): a stale one is refused with CONFLICT. */
  version: number;
};

/** A target to retire: it stays in history and leaves every list and status count. */
export type RetireTargetInput = {
  /** The ID of the target. */
  id: string;
  /** Why; kept in the audit trail. */
  reason: string;
  /** The target’s version as read (its `version` field): a stale one is refused with CONFLICT. */
  version: number;
};

/** What `search` looks through. */
export type SearchKind =
  /** Agencies, by name and abbreviation. */
  | 'AGENCY'
  /** Indicators (each area's series), by their definition's name and description. */
  | 'INDICATOR'
  /** Solutions and directives, by text. */
  | 'SOLUTION';

/** A target a plan sets. */
export type SetTargetInput = {
  /** When these values were adopted, when a source says. */
  adoptedOn?: string | null | undefined;
  /** How a result is compared with `value`. */
  comparator: Comparator;
  /** The series, as `<definition>@<area>`. */
  indicator: string;
  /** Whether it is one of the plan’s main (headline) targets (default false). */
  isMain?: boolean | null | undefined;
  /** What the target measures: the level, an increase, or a move up a ranking. */
  kind: TargetKind;
  /** The period’s code. */
  period: string;
  /** The plan’s code: a plan of the series’ own area. */
  plan: string;
  /** The source and the exact passage that state the values. */
  provenance: ProvenanceInput;
  /** For a RANGE: whether beyond its better end meets it too (OR_BETTER) or misses it (WITHIN). */
  rangeKind?: RangeKind | null | undefined;
  /** Why, when worth saying; kept in the audit trail. */
  reason?: string | null | undefined;
  /** The unit’s code: it must measure what the indicator measures. */
  unit: string;
  /** The value, or the lower end of a RANGE. */
  value: number;
  /** The upper end of a RANGE; leave it out otherwise. */
  valueMax?: number | null | undefined;
};

/** Narrows `solutions`. Every field is optional; given fields must all match. */
export type SolutionFilter = {
  /** Only solutions this agency is assigned to. */
  agency?: string | null | undefined;
  /** Only solutions linked to this indicator. */
  indicator?: string | null | undefined;
  /** Only solutions, or only directives. */
  kind?: SolutionKind | null | undefined;
  /** Only solutions of this plan. */
  plan?: string | null | undefined;
  /** Only solutions of the sector with this code, or of its sub-sectors. */
  sector?: string | null | undefined;
  /** Only solutions whose text contains this, ignoring case and Vietnamese diacritics. At least 2 and at most 200 characters. */
  text?: string | null | undefined;
};

/** A measure set out by a plan or conference, or a leader’s directive. */
export type SolutionKind =
  /** A directive or request by a named leader (chỉ đạo, đề nghị). */
  | 'DIRECTIVE'
  /** A solution or measure (giải pháp). */
  | 'SOLUTION';

/** Ascending or descending. */
export type SortDirection =
  /** Smallest (or A) first. */
  | 'ASC'
  /** Largest (or Z) first. */
  | 'DESC';

/** What kind of document a source is. */
export type SourceKind =
  /** A decision (quyết định), e.g. of a People's Committee. */
  | 'DECISION'
  /** A news article (e.g. in the provincial newspaper). */
  | 'NEWS_ARTICLE'
  /** A plan document itself (kế hoạch). */
  | 'PLAN_DOCUMENT'
  /** A report (báo cáo), e.g. on a year’s results. */
  | 'REPORT'
  /** A resolution (nghị quyết), e.g. of a People's Council adopting a plan. */
  | 'RESOLUTION'
  /** A statistical publication (niên giám, báo cáo thống kê). */
  | 'STATISTICAL_PUBLICATION'
  /** Generated load-test data, not a real document: its facts are never real. */
  | 'SYNTHETIC';

/** The order of a stats query’s groups. */
export type StatsOrder = {
  /** Ascending (default) or descending. */
  direction?: SortDirection | null | undefined;
  /** What to order by. */
  field: StatsOrderField;
};

/** What to order groups by. */
export type StatsOrderField =
  /** The average the stats centre on: targets' achievement percent, results' value in the base unit. Groups without one last. */
  | 'AVERAGE'
  /** How many rows each group counts; ties in the keys’ order. */
  | 'COUNT'
  /** The keys, in the order of `groupBy`: statuses and reliabilities as their enums list them, years and periods by time, the rest by code; a null key last. */
  | 'KEYS';

/** What targets can be grouped by. */
export type TargetGroupKey =
  /** The agencies responsible for their indicator, directly or through a linked solution: a target counts once in each of its agencies’ groups (so groups may add up to more than the total), and in a group with no agency when none is assigned. */
  | 'AGENCY'
  /** Their series' area (a province). */
  | 'AREA'
  /** Their indicator definition (what is measured, shared across areas). */
  | 'DEFINITION'
  /** Their period (a year, a half-year, a five-year term …). */
  | 'PERIOD'
  /** The plan that sets them. */
  | 'PLAN'
  /** Their indicator definition's sector. */
  | 'SECTOR'
  /** Their computed status (MET, NOT_MET, …). */
  | 'STATUS'
  /** The calendar year of their period; null for a period spanning years (2021–2025). */
  | 'YEAR';

/** What a target measures. */
export type TargetKind =
  /** An addition during the period (12 more communes, 20 new products): judged against a change, stated or derived from two levels. */
  | 'INCREASE'
  /** The indicator's own level in the period (growth ≥ 8%): judged against a level. */
  | 'LEVEL'
  /** A move up a ranking by a number of places; judged against places moved, stated or derived from two ranks. */
  | 'RANK_CHANGE';

/** Narrows `targetStats`. Every field is optional; given fields must all match. Retired targets are never counted. */
export type TargetStatsFilter = {
  /** Only targets of indicators this agency is responsible for, directly or through a linked solution. */
  agency?: string | null | undefined;
  /** Only targets of the area with this code (e.g. `bac-kan`). */
  area?: string | null | undefined;
  /** Only targets of the indicator definition with this code (e.g. `economic-growth-rate`), in every area that measures it. */
  definition?: string | null | undefined;
  /** Only targets of areas at this level (PROVINCE to compare provinces). */
  level?: AreaLevel | null | undefined;
  /** Only a plan's main (headline) targets. */
  mainOnly?: boolean | null | undefined;
  /** Only targets of the period with this code (e.g. `2024`, `2021-2025`). */
  period?: string | null | undefined;
  /** Only targets of this plan. */
  plan?: string | null | undefined;
  /** Only targets of indicators of the sector with this code, or of its sub-sectors. */
  sector?: string | null | undefined;
  /** Only targets of this computed status. */
  status?: TargetStatus | null | undefined;
  /** Only targets of this year and its parts (half-years, quarters, nine months). Between 1900 and 2200. */
  year?: number | null | undefined;
};

/** A target judged against the results of its indicator, computed by PlanHub. */
export type TargetStatus =
  /** A final figure meets the target. */
  | 'MET'
  /** A final figure falls short of the target. */
  | 'NOT_MET'
  /** Nothing to judge by: no result recorded, only a comparison, a level where a change is needed (or a change where a level is), units that do not convert, or a bound that neither proves nor rules out the target. */
  | 'NO_DATA'
  /** An estimated or preliminary figure falls short of the target. */
  | 'OFF_TRACK'
  /** An estimated or preliminary figure meets the target. */
  | 'ON_TRACK';

/** A link of a solution to an indicator, to retire. */
export type UnlinkSolutionInput = {
  /** The series, as `<definition>@<area>`. */
  indicator: string;
  /** Why; kept in the audit trail. */
  reason: string;
  /** The solution’s code. */
  solution: string;
  /** The link’s version read: a stale one is refused with CONFLICT. */
  version: number;
};

/** A correction of an agency: the fields given replace the agency’s (null clears an optional one). Its area stays. */
export type UpdateAgencyInput = {
  /** Its abbreviation. */
  abbreviation?: string | null | undefined;
  /** The ID of the agency. */
  id: string;
  /** What kind of organisation. */
  kind?: AgencyKind | null | undefined;
  /** The level it works at. */
  level?: AgencyLevel | null | undefined;
  /** Its name in English. */
  nameEn?: string | null | undefined;
  /** Its name in Vietnamese. */
  nameVi?: string | null | undefined;
  /** The code of the agency it belongs to. */
  parent?: string | null | undefined;
  /** Why; kept in the audit trail. */
  reason: string;
  /** Since when it exists. */
  validFrom?: string | null | undefined;
  /** Until when it existed. */
  validTo?: string | null | undefined;
  /** The agency’s version as read (its `version` field): a stale one is refused with CONFLICT. */
  version: number;
};

/** A correction of an assessment: the fields given replace the assessment’s (null clears an optional one). Its plan stays. */
export type UpdateAssessmentInput = {
  /** The count it states; required but for QUALITATIVE. */
  count?: number | null | undefined;
  /** The ID of the assessment. */
  id: string;
  /** What it says. */
  kind?: AssessmentKind | null | undefined;
  /** Out of how many, when stated. */
  outOf?: number | null | undefined;
  /** A passage that states it better, replacing the one recorded. */
  provenance?: ProvenanceInput | null | undefined;
  /** Why; kept in the audit trail. */
  reason: string;
  /** How settled it is. */
  reliability?: Reliability | null | undefined;
  /** The same in English. */
  statementEn?: string | null | undefined;
  /** The statement, in Vietnamese. */
  statementVi?: string | null | undefined;
  /** The assessment’s version as read (its `version` field): a stale one is refused with CONFLICT. */
  version: number;
};

/** A correction of an event: the fields given replace the event’s (null clears an optional one); participants are withdrawn, then added. Its code and area stay. */
export type UpdateEventInput = {
  /** People who took part, to add (those recorded stay); each quoted. One withdrawn before comes back. */
  addParticipants?: Array<EventParticipantInput> | null | undefined;
  /** When it took place. */
  date?: string | null | undefined;
  /** The ID of the event. */
  id: string;
  /** What kind of event. */
  kind?: EventKind | null | undefined;
  /** The organising agency’s code. */
  organizer?: string | null | undefined;
  /** The code of the plan it is about, of the same area. */
  plan?: string | null | undefined;
  /** A passage that reports it better, replacing the one recorded. */
  provenance?: ProvenanceInput | null | undefined;
  /** Why; kept in the audit trail. */
  reason: string;
  /** Participants recorded wrongly, to withdraw, by their person’s code (kept in history). */
  removeParticipants?: Array<string> | null | undefined;
  /** The same in English. */
  titleEn?: string | null | undefined;
  /** Its title, in Vietnamese. */
  titleVi?: string | null | undefined;
  /** The event’s version as read (its `version` field): a stale one is refused with CONFLICT. */
  version: number;
};

/** A correction of a catalogue definition (admins). Its code and dimension stay: every series and figure depends on them. */
export type UpdateIndicatorDefinitionInput = {
  /** What it measures, in English (null clears it). */
  descriptionEn?: string | null | undefined;
  /** What it measures, in Vietnamese (null clears it). */
  descriptionVi?: string | null | undefined;
  /** Which way it improves (every target of it is judged again). */
  direction?: Direction | null | undefined;
  /** The ID of the definition. */
  id: string;
  /** Its name in English (null clears it). */
  nameEn?: string | null | undefined;
  /** Its name in Vietnamese. */
  nameVi?: string | null | undefined;
  /** Its national statistical code (null clears it). */
  nationalCode?: string | null | undefined;
  /** Why; kept in the audit trail. */
  reason: string;
  /** The sector’s code. */
  sector?: string | null | undefined;
  /** The definition’s version as read (its `version` field): a stale one is refused with CONFLICT. */
  version: number;
};

/** A correction of a person’s name (admins: a person is every area’s). */
export type UpdatePersonInput = {
  /** The full name, as sources write it. */
  fullName: string;
  /** The ID of the person. */
  id: string;
  /** Why; kept in the audit trail. */
  reason: string;
  /** The person’s version as read (its `version` field): a stale one is refused with CONFLICT. */
  version: number;
};

/** A correction of a plan’s titles: the fields given replace the plan’s. */
export type UpdatePlanInput = {
  /** The ID of the plan. */
  id: string;
  /** Why; kept in the audit trail. */
  reason: string;
  /** Its title in English (null clears it). */
  titleEn?: string | null | undefined;
  /** Its title in Vietnamese. */
  titleVi?: string | null | undefined;
  /** The plan’s version as read (its `version` field): a stale one is refused with CONFLICT. */
  version: number;
};

/** A correction of an office: the fields given replace the office’s (null clears an optional one). Its person and agency stay: another is another office. */
export type UpdatePositionInput = {
  /** The date the source shows the person in the office. */
  attestedOn?: string | null | undefined;
  /** Until when: the date it ended. */
  endDate?: string | null | undefined;
  /** The ID of the office. */
  id: string;
  /** A passage that shows it better, replacing the one recorded. */
  provenance?: ProvenanceInput | null | undefined;
  /** Why; kept in the audit trail. */
  reason: string;
  /** The office’s role in its agency. */
  role?: OfficeRole | null | undefined;
  /** Since when. */
  startDate?: string | null | undefined;
  /** The same in English. */
  titleEn?: string | null | undefined;
  /** The title, in Vietnamese. */
  titleVi?: string | null | undefined;
  /** The office’s version as read (its `version` field): a stale one is refused with CONFLICT. */
  version: number;
};

/** A correction of a result: the fields given replace the result’s, the others stay. A field given as null is cleared. */
export type UpdateResultInput = {
  /** The day an estimate speaks as of ("ước cả năm" stated on 13 December). */
  asOf?: string | null | undefined;
  /** EXACT (default), or the kind of bound ("over 50" is MORE_THAN 50). */
  bound?: ValueBound | null | undefined;
  /** The ID of the result. */
  id: string;
  /** The series, as `<definition>@<area>`: `economic-growth-rate@bac-kan`. */
  indicator?: string | null | undefined;
  /** What `value` measures (default LEVEL): the level in the period, or the change over the previous period. */
  measure?: ResultMeasure | null | undefined;
  /** The figure as a percentage of the plan, when stated. */
  percentOfPlan?: number | null | undefined;
  /** The period’s code: `2024`, `2024-h1`, `2024-9m`. */
  period?: string | null | undefined;
  /** The code of the plan the result is reported against, when stated (needed for `percentOfPlan`). */
  plan?: string | null | undefined;
  /** The source and the exact passage that state the figure. */
  provenance?: ProvenanceInput | null | undefined;
  /** For a rank: places moved up (+) or down (−), when stated. */
  rankChange?: number | null | undefined;
  /** Why; kept in the audit trail. */
  reason: string;
  /** How settled the figure is. */
  reliability?: Reliability | null | undefined;
  /** When the figure was reported, when stated. */
  reportedOn?: string | null | undefined;
  /** The result this one revises, when the source says it replaces it. */
  supersedes?: string | null | undefined;
  /** The unit’s code, as the source states the figure: it must measure what the indicator measures. */
  unit?: string | null | undefined;
  /** The figure, in `unit`; leave it out when the source states only a comparison. */
  value?: number | null | undefined;
  /** The result’s version as read (its `version` field): a stale one is refused with CONFLICT. */
  version: number;
  /** The change over the previous period in percent, when stated. */
  yoyChangePercent?: number | null | undefined;
  /** The figure as a multiple of the previous period’s ("doubled" is 2), when stated. */
  yoyFactor?: number | null | undefined;
};

/** A correction of an area’s series: the unit its figures are usually stated in. */
export type UpdateSeriesInput = {
  /** The ID of the series. */
  id: string;
  /** Why; kept in the audit trail. */
  reason: string;
  /** The unit’s code: one of the definition’s dimension. */
  unit: string;
  /** The series’s version as read (its `version` field): a stale one is refused with CONFLICT. */
  version: number;
};

/** A correction of a solution: the fields given replace the solution’s. */
export type UpdateSolutionInput = {
  /** The ID of the solution. */
  id: string;
  /** A measure, or a leader’s directive. */
  kind?: SolutionKind | null | undefined;
  /** Its order within the source passage. */
  position?: number | null | undefined;
  /** The passage that states it, when it was quoted wrongly. */
  provenance?: ProvenanceInput | null | undefined;
  /** Why; kept in the audit trail. */
  reason: string;
  /** The sector’s code (null clears it). */
  sector?: string | null | undefined;
  /** The same in English (null clears it). */
  textEn?: string | null | undefined;
  /** What will be done, in Vietnamese. */
  textVi?: string | null | undefined;
  /** The solution’s version as read (its `version` field): a stale one is refused with CONFLICT. */
  version: number;
};

/** A correction of how a source is described (admins). Its text cannot change: every quote’s offsets index it; register a corrected document as a source of its own. */
export type UpdateSourceInput = {
  /** Its number (null clears it). */
  documentNumber?: string | null | undefined;
  /** The ID of the source. */
  id: string;
  /** What kind of document it is. */
  kind?: SourceKind | null | undefined;
  /** Its language. */
  language?: string | null | undefined;
  /** When it was published: `2023`, `2023-12` or `2023-12-13`. */
  publishedOn?: string | null | undefined;
  /** The publishing agency’s code (null clears it). */
  publisher?: string | null | undefined;
  /** Who published it, as the document names them. */
  publisherName?: string | null | undefined;
  /** Why; kept in the audit trail. */
  reason: string;
  /** Its title. */
  title?: string | null | undefined;
  /** Where it can be read (null clears it). */
  url?: string | null | undefined;
  /** The source’s version as read (its `version` field): a stale one is refused with CONFLICT. */
  version: number;
};

/** A correction of a target recorded wrongly: the fields given replace the target’s, the others stay. For a later decision that changes it, use `adjustTarget`. */
export type UpdateTargetInput = {
  /** When these values were adopted, when a source says. */
  adoptedOn?: string | null | undefined;
  /** How a result is compared with `value`. */
  comparator?: Comparator | null | undefined;
  /** The ID of the target. */
  id: string;
  /** The series, as `<definition>@<area>`. */
  indicator?: string | null | undefined;
  /** Whether it is one of the plan’s main (headline) targets (default false). */
  isMain?: boolean | null | undefined;
  /** What the target measures: the level, an increase, or a move up a ranking. */
  kind?: TargetKind | null | undefined;
  /** The period’s code. */
  period?: string | null | undefined;
  /** The plan’s code: a plan of the series’ own area. */
  plan?: string | null | undefined;
  /** The source and the exact passage that state the values. */
  provenance?: ProvenanceInput | null | undefined;
  /** For a RANGE: whether beyond its better end meets it too (OR_BETTER) or misses it (WITHIN). */
  rangeKind?: RangeKind | null | undefined;
  /** Why; kept in the audit trail. */
  reason: string;
  /** The unit’s code: it must measure what the indicator measures. */
  unit?: string | null | undefined;
  /** The value, or the lower end of a RANGE. */
  value?: number | null | undefined;
  /** The upper end of a RANGE; leave it out otherwise. */
  valueMax?: number | null | undefined;
  /** The target’s version as read (its `version` field): a stale one is refused with CONFLICT. */
  version: number;
};

/** What is wrong with a write’s input. Stable: clients may switch on it. */
export type UserErrorCode =
  /** The record changed since it was read: `currentVersion` is its version now. */
  | 'CONFLICT'
  /** A record with the same natural key exists: `existingId` names it; update it instead. */
  | 'DUPLICATE'
  /** One or more fields break the data’s rules; `issues` lists each with its field. */
  | 'INVALID_INPUT'
  /** The quote is not a passage of the source’s text; `closestMatch` is where the text comes nearest. */
  | 'QUOTE_NOT_IN_SOURCE'
  /** Another record depends on this one, so it cannot be retired first. */
  | 'RECORD_IN_USE'
  /** The record is retired: it can be read, not changed. */
  | 'RECORD_RETIRED'
  /** A code or ID names nothing. */
  | 'REFERENCE_NOT_FOUND'
  /** The source’s text is not on file, so no quote can be checked against it. */
  | 'SOURCE_TEXT_MISSING';

/** Whether a result is an exact figure or a bound. */
export type ValueBound =
  /** At least the figure. */
  | 'AT_LEAST'
  /** At most the figure. */
  | 'AT_MOST'
  /** The figure itself (possibly an estimate). */
  | 'EXACT'
  /** Less than the figure. */
  | 'LESS_THAN'
  /** More than the figure ("trên", "hơn"). */
  | 'MORE_THAN';

export type AgencyTreePageQueryVariables = Exact<{
  filter?: AgencyFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AgencyTreePageQuery = { agencies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { kind: AgencyKind, level: AgencyLevel, validFrom: string | null, validTo: string | null, id: string, code: string, name: string, abbreviation: string | null, parent: { id: string } | null, officeHolders: Array<{ id: string, role: OfficeRole, title: string, startDate: string | null, endDate: string | null, attestedOn: string, person: { id: string, fullName: string } }> } }> } };

export type CreateIndicatorDefinitionMutationVariables = Exact<{
  input: CreateIndicatorDefinitionInput;
}>;


export type CreateIndicatorDefinitionMutation = { createIndicatorDefinition:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'IndicatorDefinitionWrite', definition: { id: string, code: string, version: number }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type UpdateIndicatorDefinitionMutationVariables = Exact<{
  input: UpdateIndicatorDefinitionInput;
}>;


export type UpdateIndicatorDefinitionMutation = { updateIndicatorDefinition:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'IndicatorDefinitionWrite', definition: { id: string, code: string, version: number }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type UpdateSeriesMutationVariables = Exact<{
  input: UpdateSeriesInput;
}>;


export type UpdateSeriesMutation = { updateSeries:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'IndicatorWrite', indicator: { id: string, code: string, version: number }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type UpdateSourceMutationVariables = Exact<{
  input: UpdateSourceInput;
}>;


export type UpdateSourceMutation = { updateSource:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceWrite', source: { id: string, code: string, version: number, title: string }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
   };

export type CreateAssessmentMutationVariables = Exact<{
  input: CreateAssessmentInput;
}>;


export type CreateAssessmentMutation = { createAssessment:
    | { __typename: 'AssessmentWrite', assessment: { id: string, version: number, kind: AssessmentKind, count: number | null, outOf: number | null }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type UpdateAssessmentMutationVariables = Exact<{
  input: UpdateAssessmentInput;
}>;


export type UpdateAssessmentMutation = { updateAssessment:
    | { __typename: 'AssessmentWrite', assessment: { id: string, version: number, kind: AssessmentKind, count: number | null, outOf: number | null }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type CreateAgencyMutationVariables = Exact<{
  input: CreateAgencyInput;
}>;


export type CreateAgencyMutation = { createAgency:
    | { __typename: 'AgencyWrite', agency: { id: string, code: string, version: number }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type UpdateAgencyMutationVariables = Exact<{
  input: UpdateAgencyInput;
}>;


export type UpdateAgencyMutation = { updateAgency:
    | { __typename: 'AgencyWrite', agency: { id: string, code: string, version: number }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type CreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type CreatePersonMutation = { createPerson:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'PersonWrite', person: { id: string, fullName: string, version: number }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type UpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { updatePerson:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'PersonWrite', person: { id: string, fullName: string, version: number }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type CreatePositionMutationVariables = Exact<{
  input: CreatePositionInput;
}>;


export type CreatePositionMutation = { createPosition:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'PositionWrite', position: { id: string, version: number, role: OfficeRole, attestedOn: string }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type UpdatePositionMutationVariables = Exact<{
  input: UpdatePositionInput;
}>;


export type UpdatePositionMutation = { updatePosition:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'PositionWrite', position: { id: string, version: number, role: OfficeRole, attestedOn: string }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type CreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type CreateEventMutation = { createEvent:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'EventWrite', event: { id: string, version: number, date: string, participants: Array<{ person: { id: string } }> }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type UpdateEventMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type UpdateEventMutation = { updateEvent:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'EventWrite', event: { id: string, version: number, date: string, participants: Array<{ person: { id: string } }> }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type UnitFieldsFragment = { code: string, label: string, symbol: string | null, dimension: string, multiplier: number };

export type PeriodFieldsFragment = { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number };

export type SourceFieldsFragment = { id: string, title: string, kind: SourceKind, documentNumber: string | null, publisher: string, published: string, publishedOn: string, datePrecision: DatePrecision, url: string | null, language: string };

export type ProvenanceFieldsFragment = { quote: string, offset: number | null, end: number | null, source: { id: string, title: string, kind: SourceKind, documentNumber: string | null, publisher: string, published: string, publishedOn: string, datePrecision: DatePrecision, url: string | null, language: string } };

export type ResultFieldsFragment = { id: string, measure: ResultMeasure, value: number | null, valueInBaseUnit: number | null, bound: ValueBound, reliability: Reliability, percentOfPlan: number | null, yoyChangePercent: number | null, yoyFactor: number | null, rankChange: number | null, reportedOn: string | null, asOf: string | null, isCurrent: boolean, unit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number }, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number } };

export type TargetFieldsFragment = { id: string, kind: TargetKind, comparator: Comparator, rangeKind: RangeKind | null, value: number, valueMax: number | null, valueInBaseUnit: number, isMain: boolean, adoptedOn: string | null, status: TargetStatus, statusReason: string, achievementPercent: number | null, judgementBasis: JudgementBasis | null, unit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number }, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number }, plan: { id: string, code: string } };

export type AreaRefFragment = { id: string, code: string, name: string, level: AreaLevel };

export type AgencyRefFragment = { id: string, code: string, name: string, abbreviation: string | null };

export type PageInfoFieldsFragment = { hasNextPage: boolean, endCursor: string | null };

export type NumberStatsFieldsFragment = { count: number, sum: number | null, average: number | null, min: number | null, max: number | null };

export type ValueStatsFieldsFragment = { dimension: string | null, dimensions: Array<string>, count: number, sum: number | null, average: number | null, min: number | null, max: number | null, baseUnit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number } | null };

export type TargetGroupFieldsFragment = { status: TargetStatus | null, year: number | null, count: number, sector: { id: string, code: string, name: string } | null, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number } | null, area: { id: string, code: string, name: string, level: AreaLevel } | null, plan: { id: string, code: string, title: string } | null, agency: { id: string, code: string, name: string, abbreviation: string | null } | null, definition: { id: string, code: string, name: string, direction: Direction } | null, byStatus: Array<{ status: TargetStatus, count: number }>, achievementPercent: { count: number, sum: number | null, average: number | null, min: number | null, max: number | null }, value: { dimension: string | null, dimensions: Array<string>, count: number, sum: number | null, average: number | null, min: number | null, max: number | null, baseUnit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number } | null } };

export type ResultGroupFieldsFragment = { reliability: Reliability | null, measure: ResultMeasure | null, year: number | null, count: number, sector: { id: string, code: string, name: string } | null, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number } | null, area: { id: string, code: string, name: string, level: AreaLevel } | null, plan: { id: string, code: string, title: string } | null, agency: { id: string, code: string, name: string, abbreviation: string | null } | null, definition: { id: string, code: string, name: string, direction: Direction } | null, byReliability: Array<{ reliability: Reliability, count: number }>, value: { dimension: string | null, dimensions: Array<string>, count: number, sum: number | null, average: number | null, min: number | null, max: number | null, baseUnit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number } | null }, percentOfPlan: { count: number, sum: number | null, average: number | null, min: number | null, max: number | null }, yoyChangePercent: { count: number, sum: number | null, average: number | null, min: number | null, max: number | null } };

export type ListIndicatorsQueryVariables = Exact<{
  filter?: IndicatorFilter | null | undefined;
  orderBy?: IndicatorOrder | null | undefined;
  targetsOfPlan?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ListIndicatorsQuery = { indicators: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string, name: string, direction: Direction, area: { id: string, code: string, name: string, level: AreaLevel }, sector: { code: string, name: string }, unit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number }, targets: { totalCount: number, edges: Array<{ node: { id: string, kind: TargetKind, comparator: Comparator, rangeKind: RangeKind | null, value: number, valueMax: number | null, valueInBaseUnit: number, isMain: boolean, adoptedOn: string | null, status: TargetStatus, statusReason: string, achievementPercent: number | null, judgementBasis: JudgementBasis | null, unit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number }, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number }, plan: { id: string, code: string } } }> }, latestResult: { id: string, measure: ResultMeasure, value: number | null, valueInBaseUnit: number | null, bound: ValueBound, reliability: Reliability, percentOfPlan: number | null, yoyChangePercent: number | null, yoyFactor: number | null, rankChange: number | null, reportedOn: string | null, asOf: string | null, isCurrent: boolean, unit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number }, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number } } | null, assignments: Array<{ role: AssignmentRole, agency: { id: string, code: string, name: string, abbreviation: string | null } }> } }> } };

export type GetIndicatorQueryVariables = Exact<{
  area: string;
  code: string;
}>;


export type GetIndicatorQuery = { indicator: { id: string, code: string, name: string, nameVi: string, nameEn: string | null, description: string | null, direction: Direction, area: { id: string, code: string, name: string, level: AreaLevel }, definition: { id: string, code: string, dimension: string, nationalCode: string | null }, sector: { code: string, name: string }, unit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number }, timeSeries: Array<{ id: string, measure: ResultMeasure, value: number | null, valueInBaseUnit: number | null, bound: ValueBound, reliability: Reliability, percentOfPlan: number | null, yoyChangePercent: number | null, yoyFactor: number | null, rankChange: number | null, reportedOn: string | null, asOf: string | null, isCurrent: boolean, plan: { id: string, code: string } | null, provenance: { quote: string, offset: number | null, end: number | null, source: { id: string, title: string, kind: SourceKind, documentNumber: string | null, publisher: string, published: string, publishedOn: string, datePrecision: DatePrecision, url: string | null, language: string } }, unit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number }, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number } }>, targets: { totalCount: number, edges: Array<{ node: { id: string, kind: TargetKind, comparator: Comparator, rangeKind: RangeKind | null, value: number, valueMax: number | null, valueInBaseUnit: number, isMain: boolean, adoptedOn: string | null, status: TargetStatus, statusReason: string, achievementPercent: number | null, judgementBasis: JudgementBasis | null, result: { id: string } | null, provenance: { quote: string, offset: number | null, end: number | null, source: { id: string, title: string, kind: SourceKind, documentNumber: string | null, publisher: string, published: string, publishedOn: string, datePrecision: DatePrecision, url: string | null, language: string } }, unit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number }, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number }, plan: { id: string, code: string } } }> }, assignments: Array<{ role: AssignmentRole, agency: { id: string, code: string, name: string, abbreviation: string | null } }> } };

export type GetIndicatorRevisionsQueryVariables = Exact<{
  area: string;
  code: string;
  followSuccession?: boolean | null | undefined;
}>;


export type GetIndicatorRevisionsQuery = { indicator: { id: string, code: string, name: string, area: { id: string, code: string, name: string, level: AreaLevel }, timeSeries: Array<{ id: string, measure: ResultMeasure, value: number | null, valueInBaseUnit: number | null, bound: ValueBound, reliability: Reliability, percentOfPlan: number | null, yoyChangePercent: number | null, yoyFactor: number | null, rankChange: number | null, reportedOn: string | null, asOf: string | null, isCurrent: boolean, indicator: { id: string, area: { id: string, code: string, name: string, level: AreaLevel } }, provenance: { quote: string, offset: number | null, end: number | null, source: { id: string, title: string, kind: SourceKind, documentNumber: string | null, publisher: string, published: string, publishedOn: string, datePrecision: DatePrecision, url: string | null, language: string } }, supersedes: { id: string } | null, revisions: Array<{ id: string, measure: ResultMeasure, value: number | null, valueInBaseUnit: number | null, bound: ValueBound, reliability: Reliability, percentOfPlan: number | null, yoyChangePercent: number | null, yoyFactor: number | null, rankChange: number | null, reportedOn: string | null, asOf: string | null, isCurrent: boolean, supersedes: { id: string } | null, provenance: { quote: string, offset: number | null, end: number | null, source: { id: string, title: string, kind: SourceKind, documentNumber: string | null, publisher: string, published: string, publishedOn: string, datePrecision: DatePrecision, url: string | null, language: string } }, unit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number }, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number } }>, unit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number }, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number } }>, targets: { edges: Array<{ node: { id: string, kind: TargetKind, comparator: Comparator, rangeKind: RangeKind | null, value: number, valueMax: number | null, valueInBaseUnit: number, isMain: boolean, adoptedOn: string | null, status: TargetStatus, statusReason: string, achievementPercent: number | null, judgementBasis: JudgementBasis | null, revisions: Array<{ comparator: Comparator, value: number, valueMax: number | null, rangeKind: RangeKind | null, adoptedOn: string | null, replacedOn: string | null, unit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number }, provenance: { quote: string, offset: number | null, end: number | null, source: { id: string, title: string, kind: SourceKind, documentNumber: string | null, publisher: string, published: string, publishedOn: string, datePrecision: DatePrecision, url: string | null, language: string } } }>, unit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number }, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number }, plan: { id: string, code: string } } }> } } };

export type GetIndicatorDefinitionQueryVariables = Exact<{
  code: string;
}>;


export type GetIndicatorDefinitionQuery = { indicatorDefinition: { id: string, code: string, name: string, nameVi: string, nameEn: string | null, description: string | null, direction: Direction, dimension: string, nationalCode: string | null, sector: { code: string, name: string }, series: Array<{ id: string, area: { id: string, code: string, name: string, level: AreaLevel }, unit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number } }> } };

export type CompareIndicatorQueryVariables = Exact<{
  code: string;
  period: string;
  measure?: ResultMeasure | null | undefined;
  level?: AreaLevel | null | undefined;
  first?: number | null | undefined;
}>;


export type CompareIndicatorQuery = { compareIndicator: { totalCount: number, measure: ResultMeasure, definition: { id: string, code: string, name: string, direction: Direction, dimension: string }, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number }, previousPeriod: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number } | null, entries: Array<{ rank: number | null, valueInBaseUnit: number | null, change: number | null, changePercent: number | null, area: { id: string, code: string, name: string, level: AreaLevel }, indicator: { id: string }, result: { id: string, measure: ResultMeasure, value: number | null, valueInBaseUnit: number | null, bound: ValueBound, reliability: Reliability, percentOfPlan: number | null, yoyChangePercent: number | null, yoyFactor: number | null, rankChange: number | null, reportedOn: string | null, asOf: string | null, isCurrent: boolean, provenance: { quote: string, offset: number | null, end: number | null, source: { id: string, title: string, kind: SourceKind, documentNumber: string | null, publisher: string, published: string, publishedOn: string, datePrecision: DatePrecision, url: string | null, language: string } }, unit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number }, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number } } | null, previousResult: { id: string, measure: ResultMeasure, value: number | null, valueInBaseUnit: number | null, bound: ValueBound, reliability: Reliability, percentOfPlan: number | null, yoyChangePercent: number | null, yoyFactor: number | null, rankChange: number | null, reportedOn: string | null, asOf: string | null, isCurrent: boolean, unit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number }, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number } } | null }> } };

export type CompareTargetsQueryVariables = Exact<{
  code: string;
  period: string;
  kind?: TargetKind | null | undefined;
  level?: AreaLevel | null | undefined;
  first?: number | null | undefined;
}>;


export type CompareTargetsQuery = { compareTargets: { totalCount: number, kind: TargetKind, definition: { id: string, code: string, name: string, direction: Direction, dimension: string }, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number }, entries: Array<{ rank: number | null, status: TargetStatus | null, achievementPercent: number | null, area: { id: string, code: string, name: string, level: AreaLevel }, indicator: { id: string }, target: { id: string, kind: TargetKind, comparator: Comparator, rangeKind: RangeKind | null, value: number, valueMax: number | null, valueInBaseUnit: number, isMain: boolean, adoptedOn: string | null, status: TargetStatus, statusReason: string, achievementPercent: number | null, judgementBasis: JudgementBasis | null, provenance: { quote: string, offset: number | null, end: number | null, source: { id: string, title: string, kind: SourceKind, documentNumber: string | null, publisher: string, published: string, publishedOn: string, datePrecision: DatePrecision, url: string | null, language: string } }, result: { id: string, measure: ResultMeasure, value: number | null, valueInBaseUnit: number | null, bound: ValueBound, reliability: Reliability, percentOfPlan: number | null, yoyChangePercent: number | null, yoyFactor: number | null, rankChange: number | null, reportedOn: string | null, asOf: string | null, isCurrent: boolean, unit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number }, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number } } | null, unit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number }, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number }, plan: { id: string, code: string } } | null }> } };

export type TargetStatsQueryVariables = Exact<{
  filter?: TargetStatsFilter | null | undefined;
  groupBy?: Array<TargetGroupKey> | TargetGroupKey | null | undefined;
  first?: number | null | undefined;
  orderBy?: StatsOrder | null | undefined;
}>;


export type TargetStatsQuery = { targetStats: { groupBy: Array<TargetGroupKey>, groupCount: number, total: { status: TargetStatus | null, year: number | null, count: number, sector: { id: string, code: string, name: string } | null, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number } | null, area: { id: string, code: string, name: string, level: AreaLevel } | null, plan: { id: string, code: string, title: string } | null, agency: { id: string, code: string, name: string, abbreviation: string | null } | null, definition: { id: string, code: string, name: string, direction: Direction } | null, byStatus: Array<{ status: TargetStatus, count: number }>, achievementPercent: { count: number, sum: number | null, average: number | null, min: number | null, max: number | null }, value: { dimension: string | null, dimensions: Array<string>, count: number, sum: number | null, average: number | null, min: number | null, max: number | null, baseUnit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number } | null } }, groups: Array<{ status: TargetStatus | null, year: number | null, count: number, sector: { id: string, code: string, name: string } | null, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number } | null, area: { id: string, code: string, name: string, level: AreaLevel } | null, plan: { id: string, code: string, title: string } | null, agency: { id: string, code: string, name: string, abbreviation: string | null } | null, definition: { id: string, code: string, name: string, direction: Direction } | null, byStatus: Array<{ status: TargetStatus, count: number }>, achievementPercent: { count: number, sum: number | null, average: number | null, min: number | null, max: number | null }, value: { dimension: string | null, dimensions: Array<string>, count: number, sum: number | null, average: number | null, min: number | null, max: number | null, baseUnit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number } | null } }> } };

export type ResultStatsQueryVariables = Exact<{
  filter?: ResultStatsFilter | null | undefined;
  groupBy?: Array<ResultGroupKey> | ResultGroupKey | null | undefined;
  first?: number | null | undefined;
  orderBy?: StatsOrder | null | undefined;
}>;


export type ResultStatsQuery = { resultStats: { groupBy: Array<ResultGroupKey>, groupCount: number, total: { reliability: Reliability | null, measure: ResultMeasure | null, year: number | null, count: number, sector: { id: string, code: string, name: string } | null, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number } | null, area: { id: string, code: string, name: string, level: AreaLevel } | null, plan: { id: string, code: string, title: string } | null, agency: { id: string, code: string, name: string, abbreviation: string | null } | null, definition: { id: string, code: string, name: string, direction: Direction } | null, byReliability: Array<{ reliability: Reliability, count: number }>, value: { dimension: string | null, dimensions: Array<string>, count: number, sum: number | null, average: number | null, min: number | null, max: number | null, baseUnit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number } | null }, percentOfPlan: { count: number, sum: number | null, average: number | null, min: number | null, max: number | null }, yoyChangePercent: { count: number, sum: number | null, average: number | null, min: number | null, max: number | null } }, groups: Array<{ reliability: Reliability | null, measure: ResultMeasure | null, year: number | null, count: number, sector: { id: string, code: string, name: string } | null, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number } | null, area: { id: string, code: string, name: string, level: AreaLevel } | null, plan: { id: string, code: string, title: string } | null, agency: { id: string, code: string, name: string, abbreviation: string | null } | null, definition: { id: string, code: string, name: string, direction: Direction } | null, byReliability: Array<{ reliability: Reliability, count: number }>, value: { dimension: string | null, dimensions: Array<string>, count: number, sum: number | null, average: number | null, min: number | null, max: number | null, baseUnit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number } | null }, percentOfPlan: { count: number, sum: number | null, average: number | null, min: number | null, max: number | null }, yoyChangePercent: { count: number, sum: number | null, average: number | null, min: number | null, max: number | null } }> } };

export type YearResultsQueryVariables = Exact<{
  year: number;
  period: string;
  area?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type YearResultsQuery = { indicators: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, name: string, area: { id: string, code: string, name: string, level: AreaLevel }, unit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number }, resultFor: { id: string, measure: ResultMeasure, value: number | null, valueInBaseUnit: number | null, bound: ValueBound, reliability: Reliability, percentOfPlan: number | null, yoyChangePercent: number | null, yoyFactor: number | null, rankChange: number | null, reportedOn: string | null, asOf: string | null, isCurrent: boolean, provenance: { quote: string, offset: number | null, end: number | null, source: { id: string, title: string, kind: SourceKind, documentNumber: string | null, publisher: string, published: string, publishedOn: string, datePrecision: DatePrecision, url: string | null, language: string } }, unit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number }, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number } } | null } }> } };

export type NodeQueryVariables = Exact<{
  id: string;
}>;


export type NodeQuery = { node:
    | { __typename: 'Agency', code: string, name: string, id: string }
    | { __typename: 'Area', code: string, name: string, id: string }
    | { __typename: 'Assessment', statement: string, id: string }
    | { __typename: 'Assignment', id: string, assignmentRole: AssignmentRole }
    | { __typename: 'Change', id: string }
    | { __typename: 'Event', title: string, date: string, id: string }
    | { __typename: 'Indicator', code: string, name: string, id: string }
    | { __typename: 'IndicatorDefinition', id: string }
    | { __typename: 'Person', fullName: string, id: string }
    | { __typename: 'Plan', code: string, title: string, id: string, planKind: PlanKind, period: { code: string } }
    | { __typename: 'Position', title: string, id: string, officeRole: OfficeRole }
    | { __typename: 'Result', reliability: Reliability, id: string, resultValue: number | null, indicator: { code: string }, period: { code: string } }
    | { __typename: 'Sector', code: string, name: string, id: string }
    | { __typename: 'Solution', text: string, id: string, solutionKind: SolutionKind }
    | { __typename: 'Source', title: string, published: string, id: string }
    | { __typename: 'Target', valueMax: number | null, comparator: Comparator, status: TargetStatus, id: string, targetValue: number, indicator: { code: string }, period: { code: string } }
   | null };

export type ListPlansQueryVariables = Exact<{
  filter?: PlanFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ListPlansQuery = { plans: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string, title: string, kind: PlanKind, level: AreaLevel, status: PlanStatus | null, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number }, area: { code: string, name: string } } }> } };

export type PlanSummaryQueryVariables = Exact<{
  code: string;
}>;


export type PlanSummaryQuery = { plan: { id: string, code: string, title: string, kind: PlanKind, level: AreaLevel, status: PlanStatus | null, statusProvenance: { quote: string, offset: number | null, end: number | null, source: { id: string, title: string, kind: SourceKind, documentNumber: string | null, publisher: string, published: string, publishedOn: string, datePrecision: DatePrecision, url: string | null, language: string } } | null, period: { visionYear: number | null, code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number }, area: { code: string, name: string }, parent: { id: string, code: string } | null, summary: { targetCount: number, byStatus: Array<{ status: TargetStatus, count: number }>, statedAssessments: Array<{ id: string, kind: AssessmentKind, count: number | null, outOf: number | null, statement: string, reliability: Reliability, provenance: { quote: string, offset: number | null, end: number | null, source: { id: string, title: string, kind: SourceKind, documentNumber: string | null, publisher: string, published: string, publishedOn: string, datePrecision: DatePrecision, url: string | null, language: string } } }> } } };

export type PlanTargetsQueryVariables = Exact<{
  code: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PlanTargetsQuery = { plan: { id: string, code: string, title: string, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number }, targets: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: TargetKind, comparator: Comparator, rangeKind: RangeKind | null, value: number, valueMax: number | null, valueInBaseUnit: number, isMain: boolean, adoptedOn: string | null, status: TargetStatus, statusReason: string, achievementPercent: number | null, judgementBasis: JudgementBasis | null, indicator: { id: string, code: string, name: string, area: { id: string, code: string, name: string, level: AreaLevel } }, result: { id: string, measure: ResultMeasure, value: number | null, valueInBaseUnit: number | null, bound: ValueBound, reliability: Reliability, percentOfPlan: number | null, yoyChangePercent: number | null, yoyFactor: number | null, rankChange: number | null, reportedOn: string | null, asOf: string | null, isCurrent: boolean, unit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number }, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number } } | null, provenance: { quote: string, offset: number | null, end: number | null, source: { id: string, title: string, kind: SourceKind, documentNumber: string | null, publisher: string, published: string, publishedOn: string, datePrecision: DatePrecision, url: string | null, language: string } }, unit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number }, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number }, plan: { id: string, code: string } } }> } } };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<SearchKind> | SearchKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
        | { __typename: 'Agency', id: string, code: string, name: string, abbreviation: string | null }
        | { __typename: 'Indicator', id: string, code: string, name: string, unit: { symbol: string | null, label: string } }
        | { __typename: 'Solution', id: string, kind: SolutionKind, text: string, plan: { id: string, code: string } }
       }> } };

export type ListSolutionsQueryVariables = Exact<{
  filter?: SolutionFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ListSolutionsQuery = { solutions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: SolutionKind, position: number, text: string, plan: { id: string, code: string }, sector: { code: string, name: string } | null, issuedBy: { id: string, fullName: string } | null, event: { id: string, title: string, date: string } | null, assignments: Array<{ role: AssignmentRole, agency: { id: string, code: string, name: string, abbreviation: string | null } }>, indicatorLinks: Array<{ basis: LinkBasis, rationale: string, indicator: { id: string, code: string, name: string } }>, provenance: { quote: string, offset: number | null, end: number | null, source: { id: string, title: string, kind: SourceKind, documentNumber: string | null, publisher: string, published: string, publishedOn: string, datePrecision: DatePrecision, url: string | null, language: string } } } }> } };

export type GetSourceQueryVariables = Exact<{
  id: string;
}>;


export type GetSourceQuery = { node:
    | { __typename: 'Agency' }
    | { __typename: 'Area' }
    | { __typename: 'Assessment' }
    | { __typename: 'Assignment' }
    | { __typename: 'Change' }
    | { __typename: 'Event' }
    | { __typename: 'Indicator' }
    | { __typename: 'IndicatorDefinition' }
    | { __typename: 'Person' }
    | { __typename: 'Plan' }
    | { __typename: 'Position' }
    | { __typename: 'Result' }
    | { __typename: 'Sector' }
    | { __typename: 'Solution' }
    | { __typename: 'Source', text: string | null, id: string, title: string, kind: SourceKind, documentNumber: string | null, publisher: string, published: string, publishedOn: string, datePrecision: DatePrecision, url: string | null, language: string }
    | { __typename: 'Target' }
   | null };

type UserErrorFields_ConflictError_Fragment = { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_DuplicateRecordError_Fragment = { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_InvalidInputError_Fragment = { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> };

type UserErrorFields_QuoteNotInSourceError_Fragment = { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null };

type UserErrorFields_RecordInUseError_Fragment = { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_RecordRetiredError_Fragment = { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_ReferenceNotFoundError_Fragment = { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string };

type UserErrorFields_SourceTextMissingError_Fragment = { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string };

export type UserErrorFieldsFragment =
  | UserErrorFields_ConflictError_Fragment
  | UserErrorFields_DuplicateRecordError_Fragment
  | UserErrorFields_InvalidInputError_Fragment
  | UserErrorFields_QuoteNotInSourceError_Fragment
  | UserErrorFields_RecordInUseError_Fragment
  | UserErrorFields_RecordRetiredError_Fragment
  | UserErrorFields_ReferenceNotFoundError_Fragment
  | UserErrorFields_SourceTextMissingError_Fragment
;

export type ChangeFieldsFragment = { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null };

export type WrittenResultFieldsFragment = { id: string, version: number, value: number | null, bound: ValueBound, measure: ResultMeasure, reliability: Reliability, isCurrent: boolean, retiredAt: string | null, period: { code: string }, unit: { code: string }, provenance: { quote: string, offset: number | null, end: number | null } };

export type WrittenTargetFieldsFragment = { id: string, version: number, kind: TargetKind, comparator: Comparator, value: number, valueMax: number | null, rangeKind: RangeKind | null, status: TargetStatus, retiredAt: string | null, revisions: Array<{ value: number, valueMax: number | null, comparator: Comparator }> };

export type CreateSourceMutationVariables = Exact<{
  input: CreateSourceInput;
}>;


export type CreateSourceMutation = { createSource:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceWrite', source: { id: string, title: string }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
   };

export type RecordResultMutationVariables = Exact<{
  input: RecordResultInput;
}>;


export type RecordResultMutation = { recordResult:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ResultWrite', result: { id: string, version: number, value: number | null, bound: ValueBound, measure: ResultMeasure, reliability: Reliability, isCurrent: boolean, retiredAt: string | null, period: { code: string }, unit: { code: string }, provenance: { quote: string, offset: number | null, end: number | null } }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type UpdateResultMutationVariables = Exact<{
  input: UpdateResultInput;
}>;


export type UpdateResultMutation = { updateResult:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ResultWrite', result: { id: string, version: number, value: number | null, bound: ValueBound, measure: ResultMeasure, reliability: Reliability, isCurrent: boolean, retiredAt: string | null, period: { code: string }, unit: { code: string }, provenance: { quote: string, offset: number | null, end: number | null } }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type RetireResultMutationVariables = Exact<{
  input: RetireResultInput;
}>;


export type RetireResultMutation = { retireResult:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ResultWrite', result: { id: string, version: number, value: number | null, bound: ValueBound, measure: ResultMeasure, reliability: Reliability, isCurrent: boolean, retiredAt: string | null, period: { code: string }, unit: { code: string }, provenance: { quote: string, offset: number | null, end: number | null } }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type SetTargetMutationVariables = Exact<{
  input: SetTargetInput;
}>;


export type SetTargetMutation = { setTarget:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'TargetWrite', target: { id: string, version: number, kind: TargetKind, comparator: Comparator, value: number, valueMax: number | null, rangeKind: RangeKind | null, status: TargetStatus, retiredAt: string | null, revisions: Array<{ value: number, valueMax: number | null, comparator: Comparator }> }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
   };

export type UpdateTargetMutationVariables = Exact<{
  input: UpdateTargetInput;
}>;


export type UpdateTargetMutation = { updateTarget:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'TargetWrite', target: { id: string, version: number, kind: TargetKind, comparator: Comparator, value: number, valueMax: number | null, rangeKind: RangeKind | null, status: TargetStatus, retiredAt: string | null, revisions: Array<{ value: number, valueMax: number | null, comparator: Comparator }> }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
   };

export type AdjustTargetMutationVariables = Exact<{
  input: AdjustTargetInput;
}>;


export type AdjustTargetMutation = { adjustTarget:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'TargetWrite', target: { id: string, version: number, kind: TargetKind, comparator: Comparator, value: number, valueMax: number | null, rangeKind: RangeKind | null, status: TargetStatus, retiredAt: string | null, revisions: Array<{ value: number, valueMax: number | null, comparator: Comparator }> }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
   };

export type RetireTargetMutationVariables = Exact<{
  input: RetireTargetInput;
}>;


export type RetireTargetMutation = { retireTarget:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'TargetWrite', target: { id: string, version: number, kind: TargetKind, comparator: Comparator, value: number, valueMax: number | null, rangeKind: RangeKind | null, status: TargetStatus, retiredAt: string | null, revisions: Array<{ value: number, valueMax: number | null, comparator: Comparator }> }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
   };

export type ChangesOfAreaSubscriptionVariables = Exact<{
  area: string;
}>;


export type ChangesOfAreaSubscription = { changes: { after: Record<string, unknown> | null, id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } };

export type CreatePlanMutationVariables = Exact<{
  input: CreatePlanInput;
}>;


export type CreatePlanMutation = { createPlan:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'PlanWrite', plan: { id: string, code: string, kind: PlanKind, level: AreaLevel }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type CreateSeriesMutationVariables = Exact<{
  input: CreateSeriesInput;
}>;


export type CreateSeriesMutation = { createSeries:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'IndicatorWrite', indicator: { id: string, code: string, area: { code: string } }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type CreateSolutionMutationVariables = Exact<{
  input: CreateSolutionInput;
}>;


export type CreateSolutionMutation = { createSolution:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SolutionWrite', solution: { id: string, kind: SolutionKind, textVi: string }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type LinkSolutionToIndicatorMutationVariables = Exact<{
  input: LinkSolutionInput;
}>;


export type LinkSolutionToIndicatorMutation = { linkSolutionToIndicator:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SolutionLinkWrite', link: { basis: LinkBasis, rationale: string }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type CreateAssignmentMutationVariables = Exact<{
  input: CreateAssignmentInput;
}>;


export type CreateAssignmentMutation = { createAssignment:
    | { __typename: 'AssignmentWrite', assignment: { id: string, role: AssignmentRole }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type UpdatePlanMutationVariables = Exact<{
  input: UpdatePlanInput;
}>;


export type UpdatePlanMutation = { updatePlan:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'PlanWrite', plan: { id: string, code: string, version: number }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type UpdateSolutionMutationVariables = Exact<{
  input: UpdateSolutionInput;
}>;


export type UpdateSolutionMutation = { updateSolution:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SolutionWrite', solution: { id: string, version: number, textVi: string }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type RetireSolutionMutationVariables = Exact<{
  input: RetireSolutionInput;
}>;


export type RetireSolutionMutation = { retireSolution:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SolutionWrite', solution: { id: string, version: number, retiredAt: string | null }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type UnlinkSolutionFromIndicatorMutationVariables = Exact<{
  input: UnlinkSolutionInput;
}>;


export type UnlinkSolutionFromIndicatorMutation = { unlinkSolutionFromIndicator:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SolutionLinkWrite', link: { basis: LinkBasis, retiredAt: string | null }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type RetireAssignmentMutationVariables = Exact<{
  input: RetireAssignmentInput;
}>;


export type RetireAssignmentMutation = { retireAssignment:
    | { __typename: 'AssignmentWrite', assignment: { id: string, retiredAt: string | null }, change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export type RetireRecordMutationVariables = Exact<{
  input: RetireRecordInput;
}>;


export type RetireRecordMutation = { retireRecord:
    | { __typename: 'ConflictError', currentVersion: number, yourVersion: number, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'DuplicateRecordError', existingId: string, existingVersion: number | null, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'InvalidInputError', code: UserErrorCode, field: string | null, message: string, issues: Array<{ field: string, message: string, rule: string | null }> }
    | { __typename: 'QuoteNotInSourceError', sourceCode: string, code: UserErrorCode, field: string | null, message: string, closestMatch: { start: number, end: number, text: string } | null }
    | { __typename: 'RecordInUseError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'RecordRetired', change: { id: string, changeSet: string, at: string, actor: string | null, actorKind: ActorKind, operation: ChangeOperation, recordType: string, recordId: string, reason: string | null } }
    | { __typename: 'RecordRetiredError', code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'ReferenceNotFoundError', reference: string, code: UserErrorCode, field: string | null, message: string }
    | { __typename: 'SourceTextMissingError', code: UserErrorCode, field: string | null, message: string }
   };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SourceFieldsFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment SourceFields on Source {
  id
  title
  kind
  documentNumber
  publisher
  published
  publishedOn
  datePrecision
  url
  language
}
    `, {"fragmentName":"SourceFields"}) as unknown as TypedDocumentString<SourceFieldsFragment, unknown>;
export const ProvenanceFieldsFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment ProvenanceFields on Provenance {
  quote
  offset
  end
  source {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  id
  title
  kind
  documentNumber
  publisher
  published
  publishedOn
  datePrecision
  url
  language
}`, {"fragmentName":"ProvenanceFields"}) as unknown as TypedDocumentString<ProvenanceFieldsFragment, unknown>;
export const UnitFieldsFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment UnitFields on Unit {
  code
  label
  symbol
  dimension
  multiplier
}
    `, {"fragmentName":"UnitFields"}) as unknown as TypedDocumentString<UnitFieldsFragment, unknown>;
export const PeriodFieldsFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment PeriodFields on Period {
  code
  label
  kind
  startYear
  startMonth
  endYear
  endMonth
}
    `, {"fragmentName":"PeriodFields"}) as unknown as TypedDocumentString<PeriodFieldsFragment, unknown>;
export const ResultFieldsFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment ResultFields on Result {
  id
  measure
  value
  valueInBaseUnit
  bound
  reliability
  percentOfPlan
  yoyChangePercent
  yoyFactor
  rankChange
  reportedOn
  asOf
  isCurrent
  unit {
    ...UnitFields
  }
  period {
    ...PeriodFields
  }
}
    fragment UnitFields on Unit {
  code
  label
  symbol
  dimension
  multiplier
}
fragment PeriodFields on Period {
  code
  label
  kind
  startYear
  startMonth
  endYear
  endMonth
}`, {"fragmentName":"ResultFields"}) as unknown as TypedDocumentString<ResultFieldsFragment, unknown>;
export const TargetFieldsFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment TargetFields on Target {
  id
  kind
  comparator
  rangeKind
  value
  valueMax
  valueInBaseUnit
  isMain
  adoptedOn
  status
  statusReason
  achievementPercent
  judgementBasis
  unit {
    ...UnitFields
  }
  period {
    ...PeriodFields
  }
  plan {
    id
    code
  }
}
    fragment UnitFields on Unit {
  code
  label
  symbol
  dimension
  multiplier
}
fragment PeriodFields on Period {
  code
  label
  kind
  startYear
  startMonth
  endYear
  endMonth
}`, {"fragmentName":"TargetFields"}) as unknown as TypedDocumentString<TargetFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
    `, {"fragmentName":"PageInfoFields"}) as unknown as TypedDocumentString<PageInfoFieldsFragment, unknown>;
export const AreaRefFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment AreaRef on Area {
  id
  code
  name
  level
}
    `, {"fragmentName":"AreaRef"}) as unknown as TypedDocumentString<AreaRefFragment, unknown>;
export const AgencyRefFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment AgencyRef on Agency {
  id
  code
  name
  abbreviation
}
    `, {"fragmentName":"AgencyRef"}) as unknown as TypedDocumentString<AgencyRefFragment, unknown>;
export const NumberStatsFieldsFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment NumberStatsFields on NumberStats {
  count
  sum
  average
  min
  max
}
    `, {"fragmentName":"NumberStatsFields"}) as unknown as TypedDocumentString<NumberStatsFieldsFragment, unknown>;
export const ValueStatsFieldsFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment ValueStatsFields on ValueStats {
  dimension
  dimensions
  baseUnit {
    ...UnitFields
  }
  count
  sum
  average
  min
  max
}
    fragment UnitFields on Unit {
  code
  label
  symbol
  dimension
  multiplier
}`, {"fragmentName":"ValueStatsFields"}) as unknown as TypedDocumentString<ValueStatsFieldsFragment, unknown>;
export const TargetGroupFieldsFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment TargetGroupFields on TargetGroup {
  status
  year
  sector {
    id
    code
    name
  }
  period {
    ...PeriodFields
  }
  area {
    ...AreaRef
  }
  plan {
    id
    code
    title
  }
  agency {
    ...AgencyRef
  }
  definition {
    id
    code
    name
    direction
  }
  count
  byStatus {
    status
    count
  }
  achievementPercent {
    ...NumberStatsFields
  }
  value {
    ...ValueStatsFields
  }
}
    fragment UnitFields on Unit {
  code
  label
  symbol
  dimension
  multiplier
}
fragment PeriodFields on Period {
  code
  label
  kind
  startYear
  startMonth
  endYear
  endMonth
}
fragment AreaRef on Area {
  id
  code
  name
  level
}
fragment AgencyRef on Agency {
  id
  code
  name
  abbreviation
}
fragment NumberStatsFields on NumberStats {
  count
  sum
  average
  min
  max
}
fragment ValueStatsFields on ValueStats {
  dimension
  dimensions
  baseUnit {
    ...UnitFields
  }
  count
  sum
  average
  min
  max
}`, {"fragmentName":"TargetGroupFields"}) as unknown as TypedDocumentString<TargetGroupFieldsFragment, unknown>;
export const ResultGroupFieldsFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment ResultGroupFields on ResultGroup {
  reliability
  measure
  year
  sector {
    id
    code
    name
  }
  period {
    ...PeriodFields
  }
  area {
    ...AreaRef
  }
  plan {
    id
    code
    title
  }
  agency {
    ...AgencyRef
  }
  definition {
    id
    code
    name
    direction
  }
  count
  byReliability {
    reliability
    count
  }
  value {
    ...ValueStatsFields
  }
  percentOfPlan {
    ...NumberStatsFields
  }
  yoyChangePercent {
    ...NumberStatsFields
  }
}
    fragment UnitFields on Unit {
  code
  label
  symbol
  dimension
  multiplier
}
fragment PeriodFields on Period {
  code
  label
  kind
  startYear
  startMonth
  endYear
  endMonth
}
fragment AreaRef on Area {
  id
  code
  name
  level
}
fragment AgencyRef on Agency {
  id
  code
  name
  abbreviation
}
fragment NumberStatsFields on NumberStats {
  count
  sum
  average
  min
  max
}
fragment ValueStatsFields on ValueStats {
  dimension
  dimensions
  baseUnit {
    ...UnitFields
  }
  count
  sum
  average
  min
  max
}`, {"fragmentName":"ResultGroupFields"}) as unknown as TypedDocumentString<ResultGroupFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const ChangeFieldsFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}
    `, {"fragmentName":"ChangeFields"}) as unknown as TypedDocumentString<ChangeFieldsFragment, unknown>;
export const WrittenResultFieldsFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment WrittenResultFields on Result {
  id
  version
  value
  bound
  measure
  reliability
  isCurrent
  retiredAt
  period {
    code
  }
  unit {
    code
  }
  provenance {
    quote
    offset
    end
  }
}
    `, {"fragmentName":"WrittenResultFields"}) as unknown as TypedDocumentString<WrittenResultFieldsFragment, unknown>;
export const WrittenTargetFieldsFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment WrittenTargetFields on Target {
  id
  version
  kind
  comparator
  value
  valueMax
  rangeKind
  status
  retiredAt
  revisions {
    value
    valueMax
    comparator
  }
}
    `, {"fragmentName":"WrittenTargetFields"}) as unknown as TypedDocumentString<WrittenTargetFieldsFragment, unknown>;
export const AgencyTreePageDocument = /* @__PURE__ */ new TypedDocumentString(`
    query AgencyTreePage($filter: AgencyFilter, $first: Int, $after: String) {
  agencies(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...AgencyRef
        kind
        level
        validFrom
        validTo
        parent {
          id
        }
        officeHolders {
          id
          role
          title
          startDate
          endDate
          attestedOn
          person {
            id
            fullName
          }
        }
      }
    }
  }
}
    fragment AgencyRef on Agency {
  id
  code
  name
  abbreviation
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`, {"hash":"sha256:11cecabed4e63d2b15686b29895fdaf92d0b963456d499d5c67578fd2bdba1df"}) as unknown as TypedDocumentString<AgencyTreePageQuery, AgencyTreePageQueryVariables>;
export const CreateIndicatorDefinitionDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation CreateIndicatorDefinition($input: CreateIndicatorDefinitionInput!) {
  createIndicatorDefinition(input: $input) {
    __typename
    ... on IndicatorDefinitionWrite {
      definition {
        id
        code
        version
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:9e276dc52287b29e3ec3ae6075bad3f142436555103e0190b646f7eb1a099c52"}) as unknown as TypedDocumentString<CreateIndicatorDefinitionMutation, CreateIndicatorDefinitionMutationVariables>;
export const UpdateIndicatorDefinitionDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation UpdateIndicatorDefinition($input: UpdateIndicatorDefinitionInput!) {
  updateIndicatorDefinition(input: $input) {
    __typename
    ... on IndicatorDefinitionWrite {
      definition {
        id
        code
        version
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:3ab7b03820f57ce2b7b64db4616fc0061c6622a38e020a63cdb36d0a97cd0183"}) as unknown as TypedDocumentString<UpdateIndicatorDefinitionMutation, UpdateIndicatorDefinitionMutationVariables>;
export const UpdateSeriesDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation UpdateSeries($input: UpdateSeriesInput!) {
  updateSeries(input: $input) {
    __typename
    ... on IndicatorWrite {
      indicator {
        id
        code
        version
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:f8bca3f9de3650d7eab727f5898b87d6dad49d2676dafd705da3cb1eb6a48baa"}) as unknown as TypedDocumentString<UpdateSeriesMutation, UpdateSeriesMutationVariables>;
export const UpdateSourceDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation UpdateSource($input: UpdateSourceInput!) {
  updateSource(input: $input) {
    __typename
    ... on SourceWrite {
      source {
        id
        code
        version
        title
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:7e70aebf36f46bb7ae832d1f4dc392a10373aa5355dfc217bde09d0e1e03b39c"}) as unknown as TypedDocumentString<UpdateSourceMutation, UpdateSourceMutationVariables>;
export const CreateAssessmentDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation CreateAssessment($input: CreateAssessmentInput!) {
  createAssessment(input: $input) {
    __typename
    ... on AssessmentWrite {
      assessment {
        id
        version
        kind
        count
        outOf
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:65d0126d9e5eda00f53317e90cfc71323d66f4369a477c954f6bb8597dbce527"}) as unknown as TypedDocumentString<CreateAssessmentMutation, CreateAssessmentMutationVariables>;
export const UpdateAssessmentDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation UpdateAssessment($input: UpdateAssessmentInput!) {
  updateAssessment(input: $input) {
    __typename
    ... on AssessmentWrite {
      assessment {
        id
        version
        kind
        count
        outOf
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:e3264a241224193ed85531cc6f60bd3032c8b471aa6dbdf91ecdaa960fd75bb9"}) as unknown as TypedDocumentString<UpdateAssessmentMutation, UpdateAssessmentMutationVariables>;
export const CreateAgencyDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation CreateAgency($input: CreateAgencyInput!) {
  createAgency(input: $input) {
    __typename
    ... on AgencyWrite {
      agency {
        id
        code
        version
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:39e5e2fd14904937cf1da634d01263048a1648cac6374877e52bd77eb3be36cb"}) as unknown as TypedDocumentString<CreateAgencyMutation, CreateAgencyMutationVariables>;
export const UpdateAgencyDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation UpdateAgency($input: UpdateAgencyInput!) {
  updateAgency(input: $input) {
    __typename
    ... on AgencyWrite {
      agency {
        id
        code
        version
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:53ddfc21a25be8123568587b2731ba56bb281fe934dcad450dbe6a99f56f923a"}) as unknown as TypedDocumentString<UpdateAgencyMutation, UpdateAgencyMutationVariables>;
export const CreatePersonDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation CreatePerson($input: CreatePersonInput!) {
  createPerson(input: $input) {
    __typename
    ... on PersonWrite {
      person {
        id
        fullName
        version
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:40edd1a4880d4a7cf381aa21527fa8fa0129811f21be925c1108dd10d4a75392"}) as unknown as TypedDocumentString<CreatePersonMutation, CreatePersonMutationVariables>;
export const UpdatePersonDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation UpdatePerson($input: UpdatePersonInput!) {
  updatePerson(input: $input) {
    __typename
    ... on PersonWrite {
      person {
        id
        fullName
        version
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:05dc5dd3a4498d370e194d362d606f1f0a9b723298f530505e9f1f8018b988c5"}) as unknown as TypedDocumentString<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const CreatePositionDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation CreatePosition($input: CreatePositionInput!) {
  createPosition(input: $input) {
    __typename
    ... on PositionWrite {
      position {
        id
        version
        role
        attestedOn
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:1d3f84b5d7081d19da2a4f22aea859d25e5ae59ec48405737fbeadceb3006023"}) as unknown as TypedDocumentString<CreatePositionMutation, CreatePositionMutationVariables>;
export const UpdatePositionDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation UpdatePosition($input: UpdatePositionInput!) {
  updatePosition(input: $input) {
    __typename
    ... on PositionWrite {
      position {
        id
        version
        role
        attestedOn
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:c684cce6b12fee290f37124bbf91787c9da552e5d4b0645b29a5012d4062d0f4"}) as unknown as TypedDocumentString<UpdatePositionMutation, UpdatePositionMutationVariables>;
export const CreateEventDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation CreateEvent($input: CreateEventInput!) {
  createEvent(input: $input) {
    __typename
    ... on EventWrite {
      event {
        id
        version
        date
        participants {
          person {
            id
          }
        }
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:5c548197a7def04f656e6a0fd3005a1a5ada4333bf7c77983a0de28da06dd572"}) as unknown as TypedDocumentString<CreateEventMutation, CreateEventMutationVariables>;
export const UpdateEventDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation UpdateEvent($input: UpdateEventInput!) {
  updateEvent(input: $input) {
    __typename
    ... on EventWrite {
      event {
        id
        version
        date
        participants {
          person {
            id
          }
        }
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:54c3f7b55733a8e821d8c271b1e10614d7068084f79c71f3578f993b8cd3ef75"}) as unknown as TypedDocumentString<UpdateEventMutation, UpdateEventMutationVariables>;
export const ListIndicatorsDocument = /* @__PURE__ */ new TypedDocumentString(`
    query ListIndicators($filter: IndicatorFilter, $orderBy: IndicatorOrder, $targetsOfPlan: ID, $first: Int, $after: String) {
  indicators(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        id
        code
        name
        direction
        area {
          ...AreaRef
        }
        sector {
          code
          name
        }
        unit {
          ...UnitFields
        }
        targets(plan: $targetsOfPlan, first: 100) {
          totalCount
          edges {
            node {
              ...TargetFields
            }
          }
        }
        latestResult {
          ...ResultFields
        }
        assignments {
          role
          agency {
            ...AgencyRef
          }
        }
      }
    }
  }
}
    fragment UnitFields on Unit {
  code
  label
  symbol
  dimension
  multiplier
}
fragment PeriodFields on Period {
  code
  label
  kind
  startYear
  startMonth
  endYear
  endMonth
}
fragment ResultFields on Result {
  id
  measure
  value
  valueInBaseUnit
  bound
  reliability
  percentOfPlan
  yoyChangePercent
  yoyFactor
  rankChange
  reportedOn
  asOf
  isCurrent
  unit {
    ...UnitFields
  }
  period {
    ...PeriodFields
  }
}
fragment TargetFields on Target {
  id
  kind
  comparator
  rangeKind
  value
  valueMax
  valueInBaseUnit
  isMain
  adoptedOn
  status
  statusReason
  achievementPercent
  judgementBasis
  unit {
    ...UnitFields
  }
  period {
    ...PeriodFields
  }
  plan {
    id
    code
  }
}
fragment AreaRef on Area {
  id
  code
  name
  level
}
fragment AgencyRef on Agency {
  id
  code
  name
  abbreviation
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`, {"hash":"sha256:377a3e1c21ef5f3ee0a17fa9928ea4d9acc3226d6167bc5ac420ac91912f8bb1"}) as unknown as TypedDocumentString<ListIndicatorsQuery, ListIndicatorsQueryVariables>;
export const GetIndicatorDocument = /* @__PURE__ */ new TypedDocumentString(`
    query GetIndicator($area: String!, $code: String!) {
  indicator(area: $area, code: $code) {
    id
    code
    name
    nameVi
    nameEn
    description
    direction
    area {
      ...AreaRef
    }
    definition {
      id
      code
      dimension
      nationalCode
    }
    sector {
      code
      name
    }
    unit {
      ...UnitFields
    }
    timeSeries {
      ...ResultFields
      plan {
        id
        code
      }
      provenance {
        ...ProvenanceFields
      }
    }
    targets(first: 100) {
      totalCount
      edges {
        node {
          ...TargetFields
          result {
            id
          }
          provenance {
            ...ProvenanceFields
          }
        }
      }
    }
    assignments {
      role
      agency {
        ...AgencyRef
      }
    }
  }
}
    fragment UnitFields on Unit {
  code
  label
  symbol
  dimension
  multiplier
}
fragment PeriodFields on Period {
  code
  label
  kind
  startYear
  startMonth
  endYear
  endMonth
}
fragment SourceFields on Source {
  id
  title
  kind
  documentNumber
  publisher
  published
  publishedOn
  datePrecision
  url
  language
}
fragment ProvenanceFields on Provenance {
  quote
  offset
  end
  source {
    ...SourceFields
  }
}
fragment ResultFields on Result {
  id
  measure
  value
  valueInBaseUnit
  bound
  reliability
  percentOfPlan
  yoyChangePercent
  yoyFactor
  rankChange
  reportedOn
  asOf
  isCurrent
  unit {
    ...UnitFields
  }
  period {
    ...PeriodFields
  }
}
fragment TargetFields on Target {
  id
  kind
  comparator
  rangeKind
  value
  valueMax
  valueInBaseUnit
  isMain
  adoptedOn
  status
  statusReason
  achievementPercent
  judgementBasis
  unit {
    ...UnitFields
  }
  period {
    ...PeriodFields
  }
  plan {
    id
    code
  }
}
fragment AreaRef on Area {
  id
  code
  name
  level
}
fragment AgencyRef on Agency {
  id
  code
  name
  abbreviation
}`, {"hash":"sha256:20e20fdd4c9ce6111d63b0db0703babe2617d241be656d879eca7b937d2def14"}) as unknown as TypedDocumentString<GetIndicatorQuery, GetIndicatorQueryVariables>;
export const GetIndicatorRevisionsDocument = /* @__PURE__ */ new TypedDocumentString(`
    query GetIndicatorRevisions($area: String!, $code: String!, $followSuccession: Boolean = false) {
  indicator(area: $area, code: $code) {
    id
    code
    name
    area {
      ...AreaRef
    }
    timeSeries(followSuccession: $followSuccession) {
      ...ResultFields
      indicator {
        id
        area {
          ...AreaRef
        }
      }
      provenance {
        ...ProvenanceFields
      }
      supersedes {
        id
      }
      revisions {
        ...ResultFields
        supersedes {
          id
        }
        provenance {
          ...ProvenanceFields
        }
      }
    }
    targets(first: 100) {
      edges {
        node {
          ...TargetFields
          revisions {
            comparator
            value
            valueMax
            rangeKind
            adoptedOn
            replacedOn
            unit {
              ...UnitFields
            }
            provenance {
              ...ProvenanceFields
            }
          }
        }
      }
    }
  }
}
    fragment UnitFields on Unit {
  code
  label
  symbol
  dimension
  multiplier
}
fragment PeriodFields on Period {
  code
  label
  kind
  startYear
  startMonth
  endYear
  endMonth
}
fragment SourceFields on Source {
  id
  title
  kind
  documentNumber
  publisher
  published
  publishedOn
  datePrecision
  url
  language
}
fragment ProvenanceFields on Provenance {
  quote
  offset
  end
  source {
    ...SourceFields
  }
}
fragment ResultFields on Result {
  id
  measure
  value
  valueInBaseUnit
  bound
  reliability
  percentOfPlan
  yoyChangePercent
  yoyFactor
  rankChange
  reportedOn
  asOf
  isCurrent
  unit {
    ...UnitFields
  }
  period {
    ...PeriodFields
  }
}
fragment TargetFields on Target {
  id
  kind
  comparator
  rangeKind
  value
  valueMax
  valueInBaseUnit
  isMain
  adoptedOn
  status
  statusReason
  achievementPercent
  judgementBasis
  unit {
    ...UnitFields
  }
  period {
    ...PeriodFields
  }
  plan {
    id
    code
  }
}
fragment AreaRef on Area {
  id
  code
  name
  level
}`, {"hash":"sha256:5e9a26ae93aa1a488c96801f3d692499652f992fad4b86ddafad86c598a95193"}) as unknown as TypedDocumentString<GetIndicatorRevisionsQuery, GetIndicatorRevisionsQueryVariables>;
export const GetIndicatorDefinitionDocument = /* @__PURE__ */ new TypedDocumentString(`
    query GetIndicatorDefinition($code: String!) {
  indicatorDefinition(code: $code) {
    id
    code
    name
    nameVi
    nameEn
    description
    direction
    dimension
    nationalCode
    sector {
      code
      name
    }
    series {
      id
      area {
        ...AreaRef
      }
      unit {
        ...UnitFields
      }
    }
  }
}
    fragment UnitFields on Unit {
  code
  label
  symbol
  dimension
  multiplier
}
fragment AreaRef on Area {
  id
  code
  name
  level
}`, {"hash":"sha256:7b4784ef82fe5045086387be4cd0790530549940c2fcf3b33ba6dc7458e42fc8"}) as unknown as TypedDocumentString<GetIndicatorDefinitionQuery, GetIndicatorDefinitionQueryVariables>;
export const CompareIndicatorDocument = /* @__PURE__ */ new TypedDocumentString(`
    query CompareIndicator($code: String!, $period: String!, $measure: ResultMeasure, $level: AreaLevel, $first: Int) {
  compareIndicator(code: $code, period: $period, measure: $measure, level: $level) {
    totalCount
    measure
    definition {
      id
      code
      name
      direction
      dimension
    }
    period {
      ...PeriodFields
    }
    previousPeriod {
      ...PeriodFields
    }
    entries(first: $first) {
      rank
      valueInBaseUnit
      change
      changePercent
      area {
        ...AreaRef
      }
      indicator {
        id
      }
      result {
        ...ResultFields
        provenance {
          ...ProvenanceFields
        }
      }
      previousResult {
        ...ResultFields
      }
    }
  }
}
    fragment UnitFields on Unit {
  code
  label
  symbol
  dimension
  multiplier
}
fragment PeriodFields on Period {
  code
  label
  kind
  startYear
  startMonth
  endYear
  endMonth
}
fragment SourceFields on Source {
  id
  title
  kind
  documentNumber
  publisher
  published
  publishedOn
  datePrecision
  url
  language
}
fragment ProvenanceFields on Provenance {
  quote
  offset
  end
  source {
    ...SourceFields
  }
}
fragment ResultFields on Result {
  id
  measure
  value
  valueInBaseUnit
  bound
  reliability
  percentOfPlan
  yoyChangePercent
  yoyFactor
  rankChange
  reportedOn
  asOf
  isCurrent
  unit {
    ...UnitFields
  }
  period {
    ...PeriodFields
  }
}
fragment AreaRef on Area {
  id
  code
  name
  level
}`, {"hash":"sha256:320386ba541ba7fef0ecd64e3e7bf34478a523df50d46c83af041c8873b2024e"}) as unknown as TypedDocumentString<CompareIndicatorQuery, CompareIndicatorQueryVariables>;
export const CompareTargetsDocument = /* @__PURE__ */ new TypedDocumentString(`
    query CompareTargets($code: String!, $period: String!, $kind: TargetKind, $level: AreaLevel, $first: Int) {
  compareTargets(code: $code, period: $period, kind: $kind, level: $level) {
    totalCount
    kind
    definition {
      id
      code
      name
      direction
      dimension
    }
    period {
      ...PeriodFields
    }
    entries(first: $first) {
      rank
      status
      achievementPercent
      area {
        ...AreaRef
      }
      indicator {
        id
      }
      target {
        ...TargetFields
        provenance {
          ...ProvenanceFields
        }
        result {
          ...ResultFields
        }
      }
    }
  }
}
    fragment UnitFields on Unit {
  code
  label
  symbol
  dimension
  multiplier
}
fragment PeriodFields on Period {
  code
  label
  kind
  startYear
  startMonth
  endYear
  endMonth
}
fragment SourceFields on Source {
  id
  title
  kind
  documentNumber
  publisher
  published
  publishedOn
  datePrecision
  url
  language
}
fragment ProvenanceFields on Provenance {
  quote
  offset
  end
  source {
    ...SourceFields
  }
}
fragment ResultFields on Result {
  id
  measure
  value
  valueInBaseUnit
  bound
  reliability
  percentOfPlan
  yoyChangePercent
  yoyFactor
  rankChange
  reportedOn
  asOf
  isCurrent
  unit {
    ...UnitFields
  }
  period {
    ...PeriodFields
  }
}
fragment TargetFields on Target {
  id
  kind
  comparator
  rangeKind
  value
  valueMax
  valueInBaseUnit
  isMain
  adoptedOn
  status
  statusReason
  achievementPercent
  judgementBasis
  unit {
    ...UnitFields
  }
  period {
    ...PeriodFields
  }
  plan {
    id
    code
  }
}
fragment AreaRef on Area {
  id
  code
  name
  level
}`, {"hash":"sha256:d286ba8406d21a797d9a601b8b86e331f6b9b297ed13a1bfe3f956fc5c5fb27f"}) as unknown as TypedDocumentString<CompareTargetsQuery, CompareTargetsQueryVariables>;
export const TargetStatsDocument = /* @__PURE__ */ new TypedDocumentString(`
    query TargetStats($filter: TargetStatsFilter, $groupBy: [TargetGroupKey!], $first: Int, $orderBy: StatsOrder) {
  targetStats(filter: $filter, groupBy: $groupBy) {
    groupBy
    groupCount
    total {
      ...TargetGroupFields
    }
    groups(first: $first, orderBy: $orderBy) {
      ...TargetGroupFields
    }
  }
}
    fragment UnitFields on Unit {
  code
  label
  symbol
  dimension
  multiplier
}
fragment PeriodFields on Period {
  code
  label
  kind
  startYear
  startMonth
  endYear
  endMonth
}
fragment AreaRef on Area {
  id
  code
  name
  level
}
fragment AgencyRef on Agency {
  id
  code
  name
  abbreviation
}
fragment NumberStatsFields on NumberStats {
  count
  sum
  average
  min
  max
}
fragment ValueStatsFields on ValueStats {
  dimension
  dimensions
  baseUnit {
    ...UnitFields
  }
  count
  sum
  average
  min
  max
}
fragment TargetGroupFields on TargetGroup {
  status
  year
  sector {
    id
    code
    name
  }
  period {
    ...PeriodFields
  }
  area {
    ...AreaRef
  }
  plan {
    id
    code
    title
  }
  agency {
    ...AgencyRef
  }
  definition {
    id
    code
    name
    direction
  }
  count
  byStatus {
    status
    count
  }
  achievementPercent {
    ...NumberStatsFields
  }
  value {
    ...ValueStatsFields
  }
}`, {"hash":"sha256:abbcb504f75162c84605451a06a6d522782cec6edaddf510ac320c5557cbab38"}) as unknown as TypedDocumentString<TargetStatsQuery, TargetStatsQueryVariables>;
export const ResultStatsDocument = /* @__PURE__ */ new TypedDocumentString(`
    query ResultStats($filter: ResultStatsFilter, $groupBy: [ResultGroupKey!], $first: Int, $orderBy: StatsOrder) {
  resultStats(filter: $filter, groupBy: $groupBy) {
    groupBy
    groupCount
    total {
      ...ResultGroupFields
    }
    groups(first: $first, orderBy: $orderBy) {
      ...ResultGroupFields
    }
  }
}
    fragment UnitFields on Unit {
  code
  label
  symbol
  dimension
  multiplier
}
fragment PeriodFields on Period {
  code
  label
  kind
  startYear
  startMonth
  endYear
  endMonth
}
fragment AreaRef on Area {
  id
  code
  name
  level
}
fragment AgencyRef on Agency {
  id
  code
  name
  abbreviation
}
fragment NumberStatsFields on NumberStats {
  count
  sum
  average
  min
  max
}
fragment ValueStatsFields on ValueStats {
  dimension
  dimensions
  baseUnit {
    ...UnitFields
  }
  count
  sum
  average
  min
  max
}
fragment ResultGroupFields on ResultGroup {
  reliability
  measure
  year
  sector {
    id
    code
    name
  }
  period {
    ...PeriodFields
  }
  area {
    ...AreaRef
  }
  plan {
    id
    code
    title
  }
  agency {
    ...AgencyRef
  }
  definition {
    id
    code
    name
    direction
  }
  count
  byReliability {
    reliability
    count
  }
  value {
    ...ValueStatsFields
  }
  percentOfPlan {
    ...NumberStatsFields
  }
  yoyChangePercent {
    ...NumberStatsFields
  }
}`, {"hash":"sha256:ea3f20c95d6ea090db09aabcaf2615b45aa67200e3403f98bcbda3f7c5f84284"}) as unknown as TypedDocumentString<ResultStatsQuery, ResultStatsQueryVariables>;
export const YearResultsDocument = /* @__PURE__ */ new TypedDocumentString(`
    query YearResults($year: Int!, $period: String!, $area: String, $first: Int, $after: String) {
  indicators(
    filter: {year: $year, area: $area}
    orderBy: {field: NAME}
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      node {
        id
        code
        name
        area {
          ...AreaRef
        }
        unit {
          ...UnitFields
        }
        resultFor(period: $period) {
          ...ResultFields
          provenance {
            ...ProvenanceFields
          }
        }
      }
    }
  }
}
    fragment UnitFields on Unit {
  code
  label
  symbol
  dimension
  multiplier
}
fragment PeriodFields on Period {
  code
  label
  kind
  startYear
  startMonth
  endYear
  endMonth
}
fragment SourceFields on Source {
  id
  title
  kind
  documentNumber
  publisher
  published
  publishedOn
  datePrecision
  url
  language
}
fragment ProvenanceFields on Provenance {
  quote
  offset
  end
  source {
    ...SourceFields
  }
}
fragment ResultFields on Result {
  id
  measure
  value
  valueInBaseUnit
  bound
  reliability
  percentOfPlan
  yoyChangePercent
  yoyFactor
  rankChange
  reportedOn
  asOf
  isCurrent
  unit {
    ...UnitFields
  }
  period {
    ...PeriodFields
  }
}
fragment AreaRef on Area {
  id
  code
  name
  level
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`, {"hash":"sha256:9de9405536b2628290b1ae9ee5f16f52196b7551f85cb65cbfdc781004b38a86"}) as unknown as TypedDocumentString<YearResultsQuery, YearResultsQueryVariables>;
export const NodeDocument = /* @__PURE__ */ new TypedDocumentString(`
    query Node($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Plan {
      code
      title
      planKind: kind
      period {
        code
      }
    }
    ... on Indicator {
      code
      name
    }
    ... on Target {
      targetValue: value
      valueMax
      comparator
      status
      indicator {
        code
      }
      period {
        code
      }
    }
    ... on Result {
      resultValue: value
      reliability
      indicator {
        code
      }
      period {
        code
      }
    }
    ... on Solution {
      solutionKind: kind
      text
    }
    ... on Agency {
      code
      name
    }
    ... on Area {
      code
      name
    }
    ... on Sector {
      code
      name
    }
    ... on Person {
      fullName
    }
    ... on Position {
      title
      officeRole: role
    }
    ... on Event {
      title
      date
    }
    ... on Source {
      title
      published
    }
    ... on Assessment {
      statement
    }
    ... on Assignment {
      assignmentRole: role
    }
  }
}
    `, {"hash":"sha256:df5f8801404b949bb729063e4a0dc5cb7c1b8ab65c426b586fc5b9bc1ed6d094"}) as unknown as TypedDocumentString<NodeQuery, NodeQueryVariables>;
export const ListPlansDocument = /* @__PURE__ */ new TypedDocumentString(`
    query ListPlans($filter: PlanFilter, $first: Int, $after: String) {
  plans(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        id
        code
        title
        kind
        level
        status
        period {
          ...PeriodFields
        }
        area {
          code
          name
        }
      }
    }
  }
}
    fragment PeriodFields on Period {
  code
  label
  kind
  startYear
  startMonth
  endYear
  endMonth
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`, {"hash":"sha256:0fab0a77eb2278f4cbb593c28aff2085e102aecb936797c3ae576633e0147b02"}) as unknown as TypedDocumentString<ListPlansQuery, ListPlansQueryVariables>;
export const PlanSummaryDocument = /* @__PURE__ */ new TypedDocumentString(`
    query PlanSummary($code: String!) {
  plan(code: $code) {
    id
    code
    title
    kind
    level
    status
    statusProvenance {
      ...ProvenanceFields
    }
    period {
      ...PeriodFields
      visionYear
    }
    area {
      code
      name
    }
    parent {
      id
      code
    }
    summary {
      targetCount
      byStatus {
        status
        count
      }
      statedAssessments {
        id
        kind
        count
        outOf
        statement
        reliability
        provenance {
          ...ProvenanceFields
        }
      }
    }
  }
}
    fragment PeriodFields on Period {
  code
  label
  kind
  startYear
  startMonth
  endYear
  endMonth
}
fragment SourceFields on Source {
  id
  title
  kind
  documentNumber
  publisher
  published
  publishedOn
  datePrecision
  url
  language
}
fragment ProvenanceFields on Provenance {
  quote
  offset
  end
  source {
    ...SourceFields
  }
}`, {"hash":"sha256:3b1f044e1100e06588fcf75aa6360314700674c9db83ee1a6087f022aac3c207"}) as unknown as TypedDocumentString<PlanSummaryQuery, PlanSummaryQueryVariables>;
export const PlanTargetsDocument = /* @__PURE__ */ new TypedDocumentString(`
    query PlanTargets($code: String!, $first: Int, $after: String) {
  plan(code: $code) {
    id
    code
    title
    period {
      ...PeriodFields
    }
    targets(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          ...TargetFields
          indicator {
            id
            code
            name
            area {
              ...AreaRef
            }
          }
          result {
            ...ResultFields
          }
          provenance {
            ...ProvenanceFields
          }
        }
      }
    }
  }
}
    fragment UnitFields on Unit {
  code
  label
  symbol
  dimension
  multiplier
}
fragment PeriodFields on Period {
  code
  label
  kind
  startYear
  startMonth
  endYear
  endMonth
}
fragment SourceFields on Source {
  id
  title
  kind
  documentNumber
  publisher
  published
  publishedOn
  datePrecision
  url
  language
}
fragment ProvenanceFields on Provenance {
  quote
  offset
  end
  source {
    ...SourceFields
  }
}
fragment ResultFields on Result {
  id
  measure
  value
  valueInBaseUnit
  bound
  reliability
  percentOfPlan
  yoyChangePercent
  yoyFactor
  rankChange
  reportedOn
  asOf
  isCurrent
  unit {
    ...UnitFields
  }
  period {
    ...PeriodFields
  }
}
fragment TargetFields on Target {
  id
  kind
  comparator
  rangeKind
  value
  valueMax
  valueInBaseUnit
  isMain
  adoptedOn
  status
  statusReason
  achievementPercent
  judgementBasis
  unit {
    ...UnitFields
  }
  period {
    ...PeriodFields
  }
  plan {
    id
    code
  }
}
fragment AreaRef on Area {
  id
  code
  name
  level
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`, {"hash":"sha256:a50eaf805adadc018bf8a2188515beb1983330cb41b4e655e8c8eda085269289"}) as unknown as TypedDocumentString<PlanTargetsQuery, PlanTargetsQueryVariables>;
export const SearchDocument = /* @__PURE__ */ new TypedDocumentString(`
    query Search($text: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
  search(text: $text, kinds: $kinds, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        __typename
        ... on Indicator {
          id
          code
          name
          unit {
            symbol
            label
          }
        }
        ... on Solution {
          id
          kind
          text
          plan {
            id
            code
          }
        }
        ... on Agency {
          ...AgencyRef
        }
      }
    }
  }
}
    fragment AgencyRef on Agency {
  id
  code
  name
  abbreviation
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`, {"hash":"sha256:584d964b92ffe2154fa7f3cb27f80dcd8bfde66dc946e1a3ffeac8753055b6b4"}) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const ListSolutionsDocument = /* @__PURE__ */ new TypedDocumentString(`
    query ListSolutions($filter: SolutionFilter, $first: Int, $after: String) {
  solutions(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        id
        kind
        position
        text
        plan {
          id
          code
        }
        sector {
          code
          name
        }
        issuedBy {
          id
          fullName
        }
        event {
          id
          title
          date
        }
        assignments {
          role
          agency {
            ...AgencyRef
          }
        }
        indicatorLinks {
          basis
          rationale
          indicator {
            id
            code
            name
          }
        }
        provenance {
          ...ProvenanceFields
        }
      }
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  kind
  documentNumber
  publisher
  published
  publishedOn
  datePrecision
  url
  language
}
fragment ProvenanceFields on Provenance {
  quote
  offset
  end
  source {
    ...SourceFields
  }
}
fragment AgencyRef on Agency {
  id
  code
  name
  abbreviation
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}`, {"hash":"sha256:bd541780a0b0d7e172113384e219d19280391db0d771939024b3e5500207e1a9"}) as unknown as TypedDocumentString<ListSolutionsQuery, ListSolutionsQueryVariables>;
export const GetSourceDocument = /* @__PURE__ */ new TypedDocumentString(`
    query GetSource($id: ID!) {
  node(id: $id) {
    __typename
    ... on Source {
      ...SourceFields
      text
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  kind
  documentNumber
  publisher
  published
  publishedOn
  datePrecision
  url
  language
}`, {"hash":"sha256:6beb8c2b6d77b3ff91538092988a691b538f8b03b7fc497b4d7576e12b239ad3"}) as unknown as TypedDocumentString<GetSourceQuery, GetSourceQueryVariables>;
export const CreateSourceDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation CreateSource($input: CreateSourceInput!) {
  createSource(input: $input) {
    __typename
    ... on SourceWrite {
      source {
        id
        title
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:be96a07edf2fe0e325cc90f944e8e8f513e6b80011862e0668a856af608c3bfa"}) as unknown as TypedDocumentString<CreateSourceMutation, CreateSourceMutationVariables>;
export const RecordResultDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation RecordResult($input: RecordResultInput!) {
  recordResult(input: $input) {
    __typename
    ... on ResultWrite {
      result {
        ...WrittenResultFields
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}
fragment WrittenResultFields on Result {
  id
  version
  value
  bound
  measure
  reliability
  isCurrent
  retiredAt
  period {
    code
  }
  unit {
    code
  }
  provenance {
    quote
    offset
    end
  }
}`, {"hash":"sha256:1465aca61dbe4c885b677f15ea3e85e2ae27d9053da22ab01342a58cf155b158"}) as unknown as TypedDocumentString<RecordResultMutation, RecordResultMutationVariables>;
export const UpdateResultDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation UpdateResult($input: UpdateResultInput!) {
  updateResult(input: $input) {
    __typename
    ... on ResultWrite {
      result {
        ...WrittenResultFields
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}
fragment WrittenResultFields on Result {
  id
  version
  value
  bound
  measure
  reliability
  isCurrent
  retiredAt
  period {
    code
  }
  unit {
    code
  }
  provenance {
    quote
    offset
    end
  }
}`, {"hash":"sha256:0dab8c8120ed0a4976ada4e11c53dfc8f0d1dca79493a2a197af2c8a1df71a8c"}) as unknown as TypedDocumentString<UpdateResultMutation, UpdateResultMutationVariables>;
export const RetireResultDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation RetireResult($input: RetireResultInput!) {
  retireResult(input: $input) {
    __typename
    ... on ResultWrite {
      result {
        ...WrittenResultFields
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}
fragment WrittenResultFields on Result {
  id
  version
  value
  bound
  measure
  reliability
  isCurrent
  retiredAt
  period {
    code
  }
  unit {
    code
  }
  provenance {
    quote
    offset
    end
  }
}`, {"hash":"sha256:44d406084a0bcb73c7ccd6d02db76569c9c7c4fa6865585f0c731709fd9596d2"}) as unknown as TypedDocumentString<RetireResultMutation, RetireResultMutationVariables>;
export const SetTargetDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation SetTarget($input: SetTargetInput!) {
  setTarget(input: $input) {
    __typename
    ... on TargetWrite {
      target {
        ...WrittenTargetFields
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}
fragment WrittenTargetFields on Target {
  id
  version
  kind
  comparator
  value
  valueMax
  rangeKind
  status
  retiredAt
  revisions {
    value
    valueMax
    comparator
  }
}`, {"hash":"sha256:fd547f297777c5a461eaabe1448371ef0627f84d7403149c00f21a7f73217c55"}) as unknown as TypedDocumentString<SetTargetMutation, SetTargetMutationVariables>;
export const UpdateTargetDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation UpdateTarget($input: UpdateTargetInput!) {
  updateTarget(input: $input) {
    __typename
    ... on TargetWrite {
      target {
        ...WrittenTargetFields
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}
fragment WrittenTargetFields on Target {
  id
  version
  kind
  comparator
  value
  valueMax
  rangeKind
  status
  retiredAt
  revisions {
    value
    valueMax
    comparator
  }
}`, {"hash":"sha256:9522a757881bde558c13b0d248e4140424b48a041c0a9f752ab4f7eadea230e4"}) as unknown as TypedDocumentString<UpdateTargetMutation, UpdateTargetMutationVariables>;
export const AdjustTargetDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation AdjustTarget($input: AdjustTargetInput!) {
  adjustTarget(input: $input) {
    __typename
    ... on TargetWrite {
      target {
        ...WrittenTargetFields
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}
fragment WrittenTargetFields on Target {
  id
  version
  kind
  comparator
  value
  valueMax
  rangeKind
  status
  retiredAt
  revisions {
    value
    valueMax
    comparator
  }
}`, {"hash":"sha256:cc757fcf0ecc4bd5d3c8d083f34be903fe72be03e97a78ca29ce3cb4684efab6"}) as unknown as TypedDocumentString<AdjustTargetMutation, AdjustTargetMutationVariables>;
export const RetireTargetDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation RetireTarget($input: RetireTargetInput!) {
  retireTarget(input: $input) {
    __typename
    ... on TargetWrite {
      target {
        ...WrittenTargetFields
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}
fragment WrittenTargetFields on Target {
  id
  version
  kind
  comparator
  value
  valueMax
  rangeKind
  status
  retiredAt
  revisions {
    value
    valueMax
    comparator
  }
}`, {"hash":"sha256:28729d4d4a2f1735f0255a3f386ea3c836fa9aca9ba6a984feb6fd83854ff7fb"}) as unknown as TypedDocumentString<RetireTargetMutation, RetireTargetMutationVariables>;
export const ChangesOfAreaDocument = /* @__PURE__ */ new TypedDocumentString(`
    subscription ChangesOfArea($area: String!) {
  changes(filter: {area: $area}) {
    ...ChangeFields
    after
  }
}
    fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:a4c1b2740aa017daa3566b0240d9a9e248997d9546ec6b52d94f8f0157d302e3"}) as unknown as TypedDocumentString<ChangesOfAreaSubscription, ChangesOfAreaSubscriptionVariables>;
export const CreatePlanDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation CreatePlan($input: CreatePlanInput!) {
  createPlan(input: $input) {
    __typename
    ... on PlanWrite {
      plan {
        id
        code
        kind
        level
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:8aeeab643f202e00f8b8fdb46a479c45357b05e1335ae519b4db6a4f14645fe3"}) as unknown as TypedDocumentString<CreatePlanMutation, CreatePlanMutationVariables>;
export const CreateSeriesDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation CreateSeries($input: CreateSeriesInput!) {
  createSeries(input: $input) {
    __typename
    ... on IndicatorWrite {
      indicator {
        id
        code
        area {
          code
        }
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:8c326663f99041b6f0733d401482dc1d280648d293cd20cc036240d4cd3024eb"}) as unknown as TypedDocumentString<CreateSeriesMutation, CreateSeriesMutationVariables>;
export const CreateSolutionDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation CreateSolution($input: CreateSolutionInput!) {
  createSolution(input: $input) {
    __typename
    ... on SolutionWrite {
      solution {
        id
        kind
        textVi
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:f3fc8fc09c714516eb342f71246c3ac9a9ef1e4ce8459e607fb7cdb4191ccfa3"}) as unknown as TypedDocumentString<CreateSolutionMutation, CreateSolutionMutationVariables>;
export const LinkSolutionToIndicatorDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation LinkSolutionToIndicator($input: LinkSolutionInput!) {
  linkSolutionToIndicator(input: $input) {
    __typename
    ... on SolutionLinkWrite {
      link {
        basis
        rationale
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:750c4f5f782c10e0d988891a760cef95631773f58cfc8c8b7e32b563c45e0e2c"}) as unknown as TypedDocumentString<LinkSolutionToIndicatorMutation, LinkSolutionToIndicatorMutationVariables>;
export const CreateAssignmentDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation CreateAssignment($input: CreateAssignmentInput!) {
  createAssignment(input: $input) {
    __typename
    ... on AssignmentWrite {
      assignment {
        id
        role
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:30104090a85b1773207d165cf931bed4fe497a2b9176b58de928a604a11febdd"}) as unknown as TypedDocumentString<CreateAssignmentMutation, CreateAssignmentMutationVariables>;
export const UpdatePlanDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation UpdatePlan($input: UpdatePlanInput!) {
  updatePlan(input: $input) {
    __typename
    ... on PlanWrite {
      plan {
        id
        code
        version
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:0e994d93f9beae731f11209c158e9f591c78b6bf80bb4483a25cad98d6ce984b"}) as unknown as TypedDocumentString<UpdatePlanMutation, UpdatePlanMutationVariables>;
export const UpdateSolutionDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation UpdateSolution($input: UpdateSolutionInput!) {
  updateSolution(input: $input) {
    __typename
    ... on SolutionWrite {
      solution {
        id
        version
        textVi
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:d45a36a50f1fdf1cfa9bc5b6cb9a0681ee3af5500808b943ee0b89898d4503bb"}) as unknown as TypedDocumentString<UpdateSolutionMutation, UpdateSolutionMutationVariables>;
export const RetireSolutionDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation RetireSolution($input: RetireSolutionInput!) {
  retireSolution(input: $input) {
    __typename
    ... on SolutionWrite {
      solution {
        id
        version
        retiredAt
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:0fedbb83d4527ffc228fba7f17a795d137c45bc4f276b552cd16d8127bdd376e"}) as unknown as TypedDocumentString<RetireSolutionMutation, RetireSolutionMutationVariables>;
export const UnlinkSolutionFromIndicatorDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation UnlinkSolutionFromIndicator($input: UnlinkSolutionInput!) {
  unlinkSolutionFromIndicator(input: $input) {
    __typename
    ... on SolutionLinkWrite {
      link {
        basis
        retiredAt
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:5ab22eef8420615fc47bda094a69f0323e3cea7a6209d8b8ec5aece5992df1ba"}) as unknown as TypedDocumentString<UnlinkSolutionFromIndicatorMutation, UnlinkSolutionFromIndicatorMutationVariables>;
export const RetireAssignmentDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation RetireAssignment($input: RetireAssignmentInput!) {
  retireAssignment(input: $input) {
    __typename
    ... on AssignmentWrite {
      assignment {
        id
        retiredAt
      }
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:9037c14d676a9eb347245931fc126b0f92172a3a0f0e720c3ff8648476e15423"}) as unknown as TypedDocumentString<RetireAssignmentMutation, RetireAssignmentMutationVariables>;
export const RetireRecordDocument = /* @__PURE__ */ new TypedDocumentString(`
    mutation RetireRecord($input: RetireRecordInput!) {
  retireRecord(input: $input) {
    __typename
    ... on RecordRetired {
      change {
        ...ChangeFields
      }
    }
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  __typename
  code
  field
  message
  ... on InvalidInputError {
    issues {
      field
      message
      rule
    }
  }
  ... on QuoteNotInSourceError {
    sourceCode
    closestMatch {
      start
      end
      text
    }
  }
  ... on ConflictError {
    currentVersion
    yourVersion
  }
  ... on DuplicateRecordError {
    existingId
    existingVersion
  }
  ... on ReferenceNotFoundError {
    reference
  }
}
fragment ChangeFields on Change {
  id
  changeSet
  at
  actor
  actorKind
  operation
  recordType
  recordId
  reason
}`, {"hash":"sha256:05e2017b76e12e99e27d96faea8aa56a4bea795b08ec688bcbdf7c5cc9e12333"}) as unknown as TypedDocumentString<RetireRecordMutation, RetireRecordMutationVariables>;