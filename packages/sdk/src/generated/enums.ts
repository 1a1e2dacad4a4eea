/* eslint-disable */
/** How the writer signed in. */
export const ActorKind = {
  /** At the server’s console (`npm run token`); the actor is `cli:` and the operating-system user. */
  CLI: 'CLI',
  /** With an identity provider’s token; the actor is its subject. */
  JWT: 'JWT',
  /** With a PlanHub API token; the actor is its name. */
  TOKEN: 'TOKEN'
} as const;

export type ActorKind = typeof ActorKind[keyof typeof ActorKind];
/** What kind of organisation an agency is. */
export const AgencyKind = {
  /** A department, board or office (sở, ban, ngành). */
  DEPARTMENT: 'DEPARTMENT',
  /** A collective a source names together ("sở, ban, ngành, đoàn thể"), not one body. */
  GROUP: 'GROUP',
  /** A province's National Assembly delegation (Đoàn ĐBQH). */
  NATIONAL_ASSEMBLY_DELEGATION: 'NATIONAL_ASSEMBLY_DELEGATION',
  /** A Party committee (Tỉnh ủy, Ban Chấp hành Trung ương). */
  PARTY_COMMITTEE: 'PARTY_COMMITTEE',
  /** A People's Committee (UBND): the executive. */
  PEOPLES_COMMITTEE: 'PEOPLES_COMMITTEE',
  /** A People's Council (HĐND): adopts plans by resolution. */
  PEOPLES_COUNCIL: 'PEOPLES_COUNCIL'
} as const;

export type AgencyKind = typeof AgencyKind[keyof typeof AgencyKind];
/** The administrative level an agency works at. */
export const AgencyLevel = {
  /** Bodies at every level, named together by a source ("UBND các cấp"). */
  ALL_LEVELS: 'ALL_LEVELS',
  /** National (central) level. */
  CENTRAL: 'CENTRAL',
  /** Commune level (cấp xã). */
  COMMUNE: 'COMMUNE',
  /** District level (cấp huyện; abolished in 2025). */
  DISTRICT: 'DISTRICT',
  /** Province level (cấp tỉnh). */
  PROVINCE: 'PROVINCE'
} as const;

export type AgencyLevel = typeof AgencyLevel[keyof typeof AgencyLevel];
/** The administrative level of an area or of a plan. */
export const AreaLevel = {
  /** National (central) level. */
  CENTRAL: 'CENTRAL',
  /** Commune level (cấp xã). */
  COMMUNE: 'COMMUNE',
  /** District level (cấp huyện; abolished in 2025). */
  DISTRICT: 'DISTRICT',
  /** Province level (cấp tỉnh). */
  PROVINCE: 'PROVINCE'
} as const;

export type AreaLevel = typeof AreaLevel[keyof typeof AreaLevel];
/** What a source-stated assessment says. */
export const AssessmentKind = {
  /** `count` of `outOf` indicators met or exceeded the plan. */
  INDICATORS_MET: 'INDICATORS_MET',
  /** `count` of `outOf` indicators did not meet the plan. */
  INDICATORS_NOT_MET: 'INDICATORS_NOT_MET',
  /** The plan has `count` main indicators (chỉ tiêu chủ yếu). */
  MAIN_INDICATOR_COUNT: 'MAIN_INDICATOR_COUNT',
  /** A judgement in words only. */
  QUALITATIVE: 'QUALITATIVE'
} as const;

export type AssessmentKind = typeof AssessmentKind[keyof typeof AssessmentKind];
/** The part an agency plays for a solution or indicator. */
export const AssignmentRole = {
  /** Coordinates with the lead (phối hợp). */
  COORDINATE: 'COORDINATE',
  /** Is asked to carry it out (thực hiện, triển khai). */
  IMPLEMENT: 'IMPLEMENT',
  /** Leads and answers for it (chủ trì). */
  LEAD: 'LEAD'
} as const;

export type AssignmentRole = typeof AssignmentRole[keyof typeof AssignmentRole];
/** What a change did to its record. */
export const ChangeOperation = {
  /** Created it. */
  CREATE: 'CREATE',
  /** Retired it: it stays in history and leaves every list. */
  RETIRE: 'RETIRE',
  /** Changed it: a correction, an adjustment, or bringing back a retired record. */
  UPDATE: 'UPDATE'
} as const;

export type ChangeOperation = typeof ChangeOperation[keyof typeof ChangeOperation];
/** How a target compares a figure with its value(s). On a RANK indicator they speak of standing, as sources do: "at least 30th" is 30th or better. */
export const Comparator = {
  /** ≥ value ("trở lên", "ít nhất"); on a RANK indicator, this place or better. */
  AT_LEAST: 'AT_LEAST',
  /** ≤ value; on a RANK indicator, this place or worse. */
  AT_MOST: 'AT_MOST',
  /** Reach the value ("đạt"): met when the figure reaches it in the better direction (reaching or exceeding where higher is better; this place or better on a RANK indicator). */
  EQUAL: 'EQUAL',
  /** Between value and valueMax ("2 - 2,5%"); `rangeKind` says whether beyond the better end meets it too. */
  RANGE: 'RANGE'
} as const;

export type Comparator = typeof Comparator[keyof typeof Comparator];
/** How precisely a date is known. */
export const DatePrecision = {
  /** The day is known. */
  DAY: 'DAY',
  /** Only the month is known; the date is the first of that month. */
  MONTH: 'MONTH',
  /** Only the year is known; the date is 1 January of that year. */
  YEAR: 'YEAR'
} as const;

export type DatePrecision = typeof DatePrecision[keyof typeof DatePrecision];
/** Which way an indicator improves. */
export const Direction = {
  /** A larger value is better (growth, revenue). */
  HIGHER_IS_BETTER: 'HIGHER_IS_BETTER',
  /** A smaller value is better (poverty rate). */
  LOWER_IS_BETTER: 'LOWER_IS_BETTER',
  /** A position in a ranking of provinces: a smaller number is better. */
  RANK: 'RANK'
} as const;

export type Direction = typeof Direction[keyof typeof Direction];
/** What kind of event. */
export const EventKind = {
  /** A conference (hội nghị). */
  CONFERENCE: 'CONFERENCE'
} as const;

export type EventKind = typeof EventKind[keyof typeof EventKind];
/** What an import does (or, in a dry run, would do) with a row. */
export const ImportAction = {
  /** A new record. */
  CREATE: 'CREATE',
  /** A row with a problem (see `problems`): nothing of the file is written. */
  ERROR: 'ERROR',
  /** A recorded one the row matches exactly. */
  UNCHANGED: 'UNCHANGED',
  /** A recorded one (matched by its natural key) with values that differ, or retired and brought back. */
  UPDATE: 'UPDATE'
} as const;

export type ImportAction = typeof ImportAction[keyof typeof ImportAction];
/** The kind of records a file holds. */
export const ImportKind = {
  /** Agencies of an area, under their parents. */
  AGENCIES: 'AGENCIES',
  /** Results: figures reported for an indicator and period. */
  RESULTS: 'RESULTS',
  /** Solutions and directives of a plan, each quoted. */
  SOLUTIONS: 'SOLUTIONS',
  /** Sources with their full texts, which the facts of the same file may quote. */
  SOURCES: 'SOURCES',
  /** Targets: what a plan sets for an indicator and period. */
  TARGETS: 'TARGETS'
} as const;

export type ImportKind = typeof ImportKind[keyof typeof ImportKind];
/** What to order indicators by. */
export const IndicatorOrderField = {
  /** Their definition's code, then the order recorded (one series per area). */
  CODE: 'CODE',
  /** The order they were recorded in. */
  CREATED: 'CREATED',
  /** Their definition's Vietnamese name, ignoring diacritics first (as a reader sorts), then with them. */
  NAME: 'NAME'
} as const;

export type IndicatorOrderField = typeof IndicatorOrderField[keyof typeof IndicatorOrderField];
/** How the figure a target is compared with was obtained. */
export const JudgementBasis = {
  /** A change PlanHub derived from the levels of the target's period and the previous one, of the same reliability. */
  DERIVED_CHANGE: 'DERIVED_CHANGE',
  /** A level the source states for the target's period. */
  LEVEL: 'LEVEL',
  /** A change (an increase, places moved) the source states for the period. */
  STATED_CHANGE: 'STATED_CHANGE'
} as const;

export type JudgementBasis = typeof JudgementBasis[keyof typeof JudgementBasis];
/** A language that names and texts are available in. */
export const Language = {
  /** English: may be missing, in which case Vietnamese is returned. */
  EN: 'EN',
  /** Vietnamese: the source language, always present. */
  VI: 'VI'
} as const;

export type Language = typeof Language[keyof typeof Language];
/** Why a solution is linked to an indicator. */
export const LinkBasis = {
  /** PlanHub's editors linked them, with a stated rationale; the source does not. */
  EDITORIAL: 'EDITORIAL',
  /** The source itself ties the solution to the indicator. */
  SOURCE_STATED: 'SOURCE_STATED'
} as const;

export type LinkBasis = typeof LinkBasis[keyof typeof LinkBasis];
/** How a file writes its numbers. */
export const NumberLocale = {
  /** English: 2.5 and 8,500. */
  EN: 'EN',
  /** Vietnamese: 2,5 is two and a half; 8.500 is eight thousand five hundred. */
  VI: 'VI'
} as const;

export type NumberLocale = typeof NumberLocale[keyof typeof NumberLocale];
/** The role of an office in its agency. */
export const OfficeRole = {
  /** Chair (Chủ tịch). */
  CHAIR: 'CHAIR',
  /** Deputy Secretary (Phó Bí thư). */
  DEPUTY_SECRETARY: 'DEPUTY_SECRETARY',
  /** Head (Trưởng đoàn, trưởng ban). */
  HEAD: 'HEAD',
  /** Member (Ủy viên). */
  MEMBER: 'MEMBER',
  /** Secretary (Bí thư). */
  SECRETARY: 'SECRETARY',
  /** Standing Deputy Secretary (Phó Bí thư Thường trực). */
  STANDING_DEPUTY_SECRETARY: 'STANDING_DEPUTY_SECRETARY'
} as const;

export type OfficeRole = typeof OfficeRole[keyof typeof OfficeRole];
/** What kind of span a period is. */
export const PeriodKind = {
  /** A five-year plan term (e.g. 2021–2025). */
  FIVE_YEAR: 'FIVE_YEAR',
  /** Six months: the first or second half of a year (sơ kết 6 tháng). */
  HALF_YEAR: 'HALF_YEAR',
  /** The first nine months of a year (9 tháng). */
  NINE_MONTHS: 'NINE_MONTHS',
  /** A master plan horizon (e.g. 2021–2030, vision to 2050). */
  PLANNING_HORIZON: 'PLANNING_HORIZON',
  /** A quarter of a year (quý). */
  QUARTER: 'QUARTER',
  /** One calendar year. */
  YEAR: 'YEAR'
} as const;

export type PeriodKind = typeof PeriodKind[keyof typeof PeriodKind];
/** What kind of plan. */
export const PlanKind = {
  /** Yearly socio-economic development plan (kế hoạch phát triển KT-XH năm). */
  ANNUAL_SOCIO_ECONOMIC: 'ANNUAL_SOCIO_ECONOMIC',
  /** Five-year socio-economic development plan (kế hoạch 5 năm). */
  FIVE_YEAR_SOCIO_ECONOMIC: 'FIVE_YEAR_SOCIO_ECONOMIC',
  /** Provincial master plan (quy hoạch tỉnh). */
  MASTER_PLAN: 'MASTER_PLAN'
} as const;

export type PlanKind = typeof PlanKind[keyof typeof PlanKind];
/** Where a plan stands, as a source states it. */
export const PlanStatus = {
  /** Adopted by the competent body. */
  ADOPTED: 'ADOPTED',
  /** Its period is over. */
  COMPLETED: 'COMPLETED',
  /** Being drafted. */
  DRAFT: 'DRAFT',
  /** Being rolled out or carried out (triển khai, thực hiện). */
  IN_IMPLEMENTATION: 'IN_IMPLEMENTATION',
  /** Completed and announced (công bố). */
  PUBLISHED: 'PUBLISHED'
} as const;

export type PlanStatus = typeof PlanStatus[keyof typeof PlanStatus];
/** What kind of range a RANGE target is. */
export const RangeKind = {
  /** Met inside the range and beyond its better end ("2–2.5 pp poverty reduction": 3 pp meets it). */
  OR_BETTER: 'OR_BETTER',
  /** A band, met only inside it: overshooting misses it too ("inflation 3–4 %": 5 % misses it, and so does 2 %). */
  WITHIN: 'WITHIN'
} as const;

export type RangeKind = typeof RangeKind[keyof typeof RangeKind];
/** How settled a figure is. */
export const Reliability = {
  /** Estimated before the period closed ("ước đạt", "dự ước"). */
  ESTIMATE: 'ESTIMATE',
  /** Final (chính thức). */
  FINAL: 'FINAL',
  /** Preliminary (sơ bộ), subject to revision. */
  PRELIMINARY: 'PRELIMINARY'
} as const;

export type Reliability = typeof Reliability[keyof typeof Reliability];
/** What results can be grouped by. */
export const ResultGroupKey = {
  /** The agencies responsible for their indicator, directly or through a linked solution: a figure counts once in each of its agencies’ groups, and in a group with no agency when none is assigned. */
  AGENCY: 'AGENCY',
  /** Their series' area (a province). */
  AREA: 'AREA',
  /** Their indicator definition. */
  DEFINITION: 'DEFINITION',
  /** What they measure: a level, or a change over the previous period. */
  MEASURE: 'MEASURE',
  /** Their period. */
  PERIOD: 'PERIOD',
  /** The plan they are reported against; null where none is stated. */
  PLAN: 'PLAN',
  /** How settled they are: FINAL, PRELIMINARY, ESTIMATE. */
  RELIABILITY: 'RELIABILITY',
  /** Their indicator definition's sector. */
  SECTOR: 'SECTOR',
  /** The calendar year of their period; null for a period spanning years (2021–2025). */
  YEAR: 'YEAR'
} as const;

export type ResultGroupKey = typeof ResultGroupKey[keyof typeof ResultGroupKey];
/** What a result’s value measures. */
export const ResultMeasure = {
  /** The change over the previous period (20 new OCOP products; 12 more communes). */
  CHANGE: 'CHANGE',
  /** The indicator's level in the period (150 OCOP products in all; growth of 6.33 %). */
  LEVEL: 'LEVEL'
} as const;

export type ResultMeasure = typeof ResultMeasure[keyof typeof ResultMeasure];
/** What `search` looks through. */
export const SearchKind = {
  /** Agencies, by name and abbreviation. */
  AGENCY: 'AGENCY',
  /** Indicators (each area's series), by their definition's name and description. */
  INDICATOR: 'INDICATOR',
  /** Solutions and directives, by text. */
  SOLUTION: 'SOLUTION'
} as const;

export type SearchKind = typeof SearchKind[keyof typeof SearchKind];
/** A measure set out by a plan or conference, or a leader’s directive. */
export const SolutionKind = {
  /** A directive or request by a named leader (chỉ đạo, đề nghị). */
  DIRECTIVE: 'DIRECTIVE',
  /** A solution or measure (giải pháp). */
  SOLUTION: 'SOLUTION'
} as const;

export type SolutionKind = typeof SolutionKind[keyof typeof SolutionKind];
/** Ascending or descending. */
export const SortDirection = {
  /** Smallest (or A) first. */
  ASC: 'ASC',
  /** Largest (or Z) first. */
  DESC: 'DESC'
} as const;

export type SortDirection = typeof SortDirection[keyof typeof SortDirection];
/** What kind of document a source is. */
export const SourceKind = {
  /** A decision (quyết định), e.g. of a People's Committee. */
  DECISION: 'DECISION',
  /** A news article (e.g. in the provincial newspaper). */
  NEWS_ARTICLE: 'NEWS_ARTICLE',
  /** A plan document itself (kế hoạch). */
  PLAN_DOCUMENT: 'PLAN_DOCUMENT',
  /** A report (báo cáo), e.g. on a year’s results. */
  REPORT: 'REPORT',
  /** A resolution (nghị quyết), e.g. of a People's Council adopting a plan. */
  RESOLUTION: 'RESOLUTION',
  /** A statistical publication (niên giám, báo cáo thống kê). */
  STATISTICAL_PUBLICATION: 'STATISTICAL_PUBLICATION',
  /** Generated load-test data, not a real document: its facts are never real. */
  SYNTHETIC: 'SYNTHETIC'
} as const;

export type SourceKind = typeof SourceKind[keyof typeof SourceKind];
/** What to order groups by. */
export const StatsOrderField = {
  /** The average the stats centre on: targets' achievement percent, results' value in the base unit. Groups without one last. */
  AVERAGE: 'AVERAGE',
  /** How many rows each group counts; ties in the keys’ order. */
  COUNT: 'COUNT',
  /** The keys, in the order of `groupBy`: statuses and reliabilities as their enums list them, years and periods by time, the rest by code; a null key last. */
  KEYS: 'KEYS'
} as const;

export type StatsOrderField = typeof StatsOrderField[keyof typeof StatsOrderField];
/** How one area or agency continues another. */
export const SuccessionKind = {
  /** The predecessor became part of the successor (two provinces into one). */
  MERGED_INTO: 'MERGED_INTO',
  /** The predecessor continues under the successor's name. */
  RENAMED_TO: 'RENAMED_TO',
  /** Part of the predecessor became the successor. */
  SPLIT_INTO: 'SPLIT_INTO'
} as const;

export type SuccessionKind = typeof SuccessionKind[keyof typeof SuccessionKind];
/** What targets can be grouped by. */
export const TargetGroupKey = {
  /** The agencies responsible for their indicator, directly or through a linked solution: a target counts once in each of its agencies’ groups (so groups may add up to more than the total), and in a group with no agency when none is assigned. */
  AGENCY: 'AGENCY',
  /** Their series' area (a province). */
  AREA: 'AREA',
  /** Their indicator definition (what is measured, shared across areas). */
  DEFINITION: 'DEFINITION',
  /** Their period (a year, a half-year, a five-year term …). */
  PERIOD: 'PERIOD',
  /** The plan that sets them. */
  PLAN: 'PLAN',
  /** Their indicator definition's sector. */
  SECTOR: 'SECTOR',
  /** Their computed status (MET, NOT_MET, …). */
  STATUS: 'STATUS',
  /** The calendar year of their period; null for a period spanning years (2021–2025). */
  YEAR: 'YEAR'
} as const;

export type TargetGroupKey = typeof TargetGroupKey[keyof typeof TargetGroupKey];
/** What a target measures. */
export const TargetKind = {
  /** An addition during the period (12 more communes, 20 new products): judged against a change, stated or derived from two levels. */
  INCREASE: 'INCREASE',
  /** The indicator's own level in the period (growth ≥ 8%): judged against a level. */
  LEVEL: 'LEVEL',
  /** A move up a ranking by a number of places; judged against places moved, stated or derived from two ranks. */
  RANK_CHANGE: 'RANK_CHANGE'
} as const;

export type TargetKind = typeof TargetKind[keyof typeof TargetKind];
/** A target judged against the results of its indicator, computed by PlanHub. */
export const TargetStatus = {
  /** A final figure meets the target. */
  MET: 'MET',
  /** A final figure falls short of the target. */
  NOT_MET: 'NOT_MET',
  /** Nothing to judge by: no result recorded, only a comparison, a level where a change is needed (or a change where a level is), units that do not convert, or a bound that neither proves nor rules out the target. */
  NO_DATA: 'NO_DATA',
  /** An estimated or preliminary figure falls short of the target. */
  OFF_TRACK: 'OFF_TRACK',
  /** An estimated or preliminary figure meets the target. */
  ON_TRACK: 'ON_TRACK'
} as const;

export type TargetStatus = typeof TargetStatus[keyof typeof TargetStatus];
/** What a token may write. */
export const TokenRole = {
  /** Everything, and tokens. */
  ADMIN: 'ADMIN',
  /** The data of its areas (and the areas within them). */
  EDITOR: 'EDITOR'
} as const;

export type TokenRole = typeof TokenRole[keyof typeof TokenRole];
/** What is wrong with a write’s input. Stable: clients may switch on it. */
export const UserErrorCode = {
  /** The record changed since it was read: `currentVersion` is its version now. */
  CONFLICT: 'CONFLICT',
  /** A record with the same natural key exists: `existingId` names it; update it instead. */
  DUPLICATE: 'DUPLICATE',
  /** One or more fields break the data’s rules; `issues` lists each with its field. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** The quote is not a passage of the source’s text; `closestMatch` is where the text comes nearest. */
  QUOTE_NOT_IN_SOURCE: 'QUOTE_NOT_IN_SOURCE',
  /** Another record depends on this one, so it cannot be retired first. */
  RECORD_IN_USE: 'RECORD_IN_USE',
  /** The record is retired: it can be read, not changed. */
  RECORD_RETIRED: 'RECORD_RETIRED',
  /** A code or ID names nothing. */
  REFERENCE_NOT_FOUND: 'REFERENCE_NOT_FOUND',
  /** The source’s text is not on file, so no quote can be checked against it. */
  SOURCE_TEXT_MISSING: 'SOURCE_TEXT_MISSING'
} as const;

export type UserErrorCode = typeof UserErrorCode[keyof typeof UserErrorCode];
/** Whether a result is an exact figure or a bound. */
export const ValueBound = {
  /** At least the figure. */
  AT_LEAST: 'AT_LEAST',
  /** At most the figure. */
  AT_MOST: 'AT_MOST',
  /** The figure itself (possibly an estimate). */
  EXACT: 'EXACT',
  /** Less than the figure. */
  LESS_THAN: 'LESS_THAN',
  /** More than the figure ("trên", "hơn"). */
  MORE_THAN: 'MORE_THAN'
} as const;

export type ValueBound = typeof ValueBound[keyof typeof ValueBound];