/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** What kind of range a RANGE target is. */
export type RangeKind =
  /** Met inside the range and beyond its better end ("2–2.5 pp poverty reduction": 3 pp meets it). */
  | 'OR_BETTER'
  /** A band, met only inside it: overshooting misses it too ("inflation 3–4 %": 5 % misses it, and so does 2 %). */
  | 'WITHIN';

/** How settled a figure is. */
export type Reliability =
  /** Estimated before the period closed ("ước đạt", "dự ước"). */
  | 'ESTIMATE'
  /** Final (chính thức). */
  | 'FINAL'
  /** Preliminary (sơ bộ), subject to revision. */
  | 'PRELIMINARY';

/** What a result’s value measures. */
export type ResultMeasure =
  /** The change over the previous period (20 new OCOP products; 12 more communes). */
  | 'CHANGE'
  /** The indicator's level in the period (150 OCOP products in all; growth of 6.33 %). */
  | 'LEVEL';

/** What `search` looks through. */
export type SearchKind =
  /** Agencies, by name and abbreviation. */
  | 'AGENCY'
  /** Indicators (each area's series), by their definition's name and description. */
  | 'INDICATOR'
  /** Solutions and directives, by text. */
  | 'SOLUTION';

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

/** What a target measures. */
export type TargetKind =
  /** An addition during the period (12 more communes, 20 new products): judged against a change, stated or derived from two levels. */
  | 'INCREASE'
  /** The indicator's own level in the period (growth ≥ 8%): judged against a level. */
  | 'LEVEL'
  /** A move up a ranking by a number of places; judged against places moved, stated or derived from two ranks. */
  | 'RANK_CHANGE';

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

export type UnitFieldsFragment = { code: string, label: string, symbol: string | null, dimension: string, multiplier: number };

export type PeriodFieldsFragment = { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number };

export type SourceFieldsFragment = { id: string, title: string, kind: SourceKind, documentNumber: string | null, publisher: string, published: string, publishedOn: string, datePrecision: DatePrecision, url: string | null, language: string };

export type ProvenanceFieldsFragment = { quote: string, offset: number | null, end: number | null, source: { id: string, title: string, kind: SourceKind, documentNumber: string | null, publisher: string, published: string, publishedOn: string, datePrecision: DatePrecision, url: string | null, language: string } };

export type ResultFieldsFragment = { id: string, measure: ResultMeasure, value: number | null, valueInBaseUnit: number | null, bound: ValueBound, reliability: Reliability, percentOfPlan: number | null, yoyChangePercent: number | null, yoyFactor: number | null, rankChange: number | null, reportedOn: string | null, asOf: string | null, isCurrent: boolean, unit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number }, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number } };

export type TargetFieldsFragment = { id: string, kind: TargetKind, comparator: Comparator, rangeKind: RangeKind | null, value: number, valueMax: number | null, valueInBaseUnit: number, isMain: boolean, adoptedOn: string | null, status: TargetStatus, statusReason: string, achievementPercent: number | null, judgementBasis: JudgementBasis | null, unit: { code: string, label: string, symbol: string | null, dimension: string, multiplier: number }, period: { code: string, label: string, kind: PeriodKind, startYear: number, startMonth: number, endYear: number, endMonth: number }, plan: { id: string, code: string } };

export type AreaRefFragment = { id: string, code: string, name: string, level: AreaLevel };

export type AgencyRefFragment = { id: string, code: string, name: string, abbreviation: string | null };

export type PageInfoFieldsFragment = { hasNextPage: boolean, endCursor: string | null };

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
export const PageInfoFieldsFragmentDoc = /* @__PURE__ */ new TypedDocumentString(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
    `, {"fragmentName":"PageInfoFields"}) as unknown as TypedDocumentString<PageInfoFieldsFragment, unknown>;
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