import {
  AgencyKind,
  AgencyLevel,
  AreaLevel,
  AssessmentKind,
  AssignmentRole,
  Comparator,
  DatePrecision,
  Direction,
  EventKind,
  LinkBasis,
  OfficeRole,
  PeriodKind,
  PlanKind,
  PlanStatus,
  RangeKind,
  Reliability,
  ResultMeasure,
  SolutionKind,
  SourceKind,
  SuccessionKind,
  TargetKind,
  ValueBound,
} from '@planhub/db/enums';
import { builder } from '../../builder.ts';
import { JUDGEMENT_BASES, type JudgementBasis, TARGET_STATUSES, type TargetStatus } from '../../domain/status.ts';

// The API's enums take their values from where they are declared: the data's
// vocabularies from the Prisma schema (@planhub/db/enums), the computed ones from the
// domain rules. Each value needs a description, and only the values that exist can
// have one: a value added to the schema without one, or one described that is gone,
// fails to type-check.

type Described<K extends string> = { readonly [P in K]: string };

/** A GraphQL enum of a Prisma enum's values, each with its description. */
function prismaEnum<const E extends Record<string, string>>(name: string, values: E, description: string, described: Described<keyof E & string>) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(Object.keys(values).map((key) => [key, { value: values[key], description: described[key as keyof E & string] }])) as {
      [K in keyof E & string]: { value: E[K]; description: string };
    },
  });
}

/** A GraphQL enum of a domain list of values (computed, not stored), each with its description. */
function domainEnum<const V extends string>(name: string, values: readonly V[], description: string, described: Described<V>) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(values.map((v) => [v, { value: v, description: described[v] }])) as { [K in V]: { value: K; description: string } },
  });
}

export const LanguageEnum = builder.enumType('Language', {
  description: 'A language that names and texts are available in.',
  values: {
  VI: { value: 'vi', description: 'Vietnamese: the source language, always present.' },
  EN: { value: 'en', description: 'English: may be missing, in which case Vietnamese is returned.' },
  } as const,
});

export const AreaLevelEnum = prismaEnum('AreaLevel', AreaLevel, 'The administrative level of an area or of a plan.', {
  CENTRAL: 'National (central) level.',
  PROVINCE: 'Province level (cấp tỉnh).',
  DISTRICT: 'District level (cấp huyện; abolished in 2025).',
  COMMUNE: 'Commune level (cấp xã).',
});

export const AgencyLevelEnum = prismaEnum('AgencyLevel', AgencyLevel, 'The administrative level an agency works at.', {
  CENTRAL: 'National (central) level.',
  PROVINCE: 'Province level (cấp tỉnh).',
  DISTRICT: 'District level (cấp huyện; abolished in 2025).',
  COMMUNE: 'Commune level (cấp xã).',
  ALL_LEVELS: 'Bodies at every level, named together by a source ("UBND các cấp").',
});

export const PeriodKindEnum = prismaEnum('PeriodKind', PeriodKind, 'What kind of span a period is.', {
  YEAR: 'One calendar year.',
  HALF_YEAR: 'Six months: the first or second half of a year (sơ kết 6 tháng).',
  NINE_MONTHS: 'The first nine months of a year (9 tháng).',
  QUARTER: 'A quarter of a year (quý).',
  FIVE_YEAR: 'A five-year plan term (e.g. 2021–2025).',
  PLANNING_HORIZON: 'A master plan horizon (e.g. 2021–2030, vision to 2050).',
});

export const SourceKindEnum = prismaEnum('SourceKind', SourceKind, 'What kind of document a source is.', {
  NEWS_ARTICLE: 'A news article (e.g. in the provincial newspaper).',
  RESOLUTION: "A resolution (nghị quyết), e.g. of a People's Council adopting a plan.",
  DECISION: "A decision (quyết định), e.g. of a People's Committee.",
  REPORT: 'A report (báo cáo), e.g. on a year’s results.',
  PLAN_DOCUMENT: 'A plan document itself (kế hoạch).',
  STATISTICAL_PUBLICATION: 'A statistical publication (niên giám, báo cáo thống kê).',
  SYNTHETIC: 'Generated load-test data, not a real document: its facts are never real.',
});

export const DatePrecisionEnum = prismaEnum('DatePrecision', DatePrecision, 'How precisely a date is known.', {
  DAY: 'The day is known.',
  MONTH: 'Only the month is known; the date is the first of that month.',
  YEAR: 'Only the year is known; the date is 1 January of that year.',
});

export const SuccessionKindEnum = prismaEnum('SuccessionKind', SuccessionKind, 'How one area or agency continues another.', {
  MERGED_INTO: 'The predecessor became part of the successor (two provinces into one).',
  SPLIT_INTO: 'Part of the predecessor became the successor.',
  RENAMED_TO: "The predecessor continues under the successor's name.",
});

export const PlanKindEnum = prismaEnum('PlanKind', PlanKind, 'What kind of plan.', {
  ANNUAL_SOCIO_ECONOMIC: 'Yearly socio-economic development plan (kế hoạch phát triển KT-XH năm).',
  FIVE_YEAR_SOCIO_ECONOMIC: 'Five-year socio-economic development plan (kế hoạch 5 năm).',
  MASTER_PLAN: 'Provincial master plan (quy hoạch tỉnh).',
});

export const PlanStatusEnum = prismaEnum('PlanStatus', PlanStatus, 'Where a plan stands, as a source states it.', {
  DRAFT: 'Being drafted.',
  ADOPTED: 'Adopted by the competent body.',
  PUBLISHED: 'Completed and announced (công bố).',
  IN_IMPLEMENTATION: 'Being rolled out or carried out (triển khai, thực hiện).',
  COMPLETED: 'Its period is over.',
});

export const DirectionEnum = prismaEnum('Direction', Direction, 'Which way an indicator improves.', {
  HIGHER_IS_BETTER: 'A larger value is better (growth, revenue).',
  LOWER_IS_BETTER: 'A smaller value is better (poverty rate).',
  RANK: 'A position in a ranking of provinces: a smaller number is better.',
});

export const TargetKindEnum = prismaEnum('TargetKind', TargetKind, 'What a target measures.', {
  LEVEL: "The indicator's own level in the period (growth ≥ 8%): judged against a level.",
  INCREASE: 'An addition during the period (12 more communes, 20 new products): judged against a change, stated or derived from two levels.',
  RANK_CHANGE: 'A move up a ranking by a number of places; judged against places moved, stated or derived from two ranks.',
});

export const ComparatorEnum = prismaEnum(
  'Comparator',
  Comparator,
  'How a target compares a figure with its value(s). On a RANK indicator they speak of standing, as sources do: "at least 30th" is 30th or better.',
  {
    AT_LEAST: '≥ value ("trở lên", "ít nhất"); on a RANK indicator, this place or better.',
    AT_MOST: '≤ value; on a RANK indicator, this place or worse.',
    EQUAL: 'Reach the value ("đạt"): met when the figure reaches it in the better direction (reaching or exceeding where higher is better; this place or better on a RANK indicator).',
    RANGE: 'Between value and valueMax ("2 - 2,5%"); `rangeKind` says whether beyond the better end meets it too.',
  },
);

export const RangeKindEnum = prismaEnum('RangeKind', RangeKind, 'What kind of range a RANGE target is.', {
  OR_BETTER: 'Met inside the range and beyond its better end ("2–2.5 pp poverty reduction": 3 pp meets it).',
  WITHIN: 'A band, met only inside it: overshooting misses it too ("inflation 3–4 %": 5 % misses it, and so does 2 %).',
});

export const ResultMeasureEnum = prismaEnum('ResultMeasure', ResultMeasure, 'What a result’s value measures.', {
  LEVEL: "The indicator's level in the period (150 OCOP products in all; growth of 6.33 %).",
  CHANGE: 'The change over the previous period (20 new OCOP products; 12 more communes).',
});

export const ValueBoundEnum = prismaEnum('ValueBound', ValueBound, 'Whether a result is an exact figure or a bound.', {
  EXACT: 'The figure itself (possibly an estimate).',
  MORE_THAN: 'More than the figure ("trên", "hơn").',
  AT_LEAST: 'At least the figure.',
  LESS_THAN: 'Less than the figure.',
  AT_MOST: 'At most the figure.',
});

export const ReliabilityEnum = prismaEnum('Reliability', Reliability, 'How settled a figure is.', {
  ESTIMATE: 'Estimated before the period closed ("ước đạt", "dự ước").',
  PRELIMINARY: 'Preliminary (sơ bộ), subject to revision.',
  FINAL: 'Final (chính thức).',
});

export const TargetStatusEnum = domainEnum<TargetStatus>('TargetStatus', TARGET_STATUSES, 'A target judged against the results of its indicator, computed by PlanHub.', {
  MET: 'A final figure meets the target.',
  NOT_MET: 'A final figure falls short of the target.',
  ON_TRACK: 'An estimated or preliminary figure meets the target.',
  OFF_TRACK: 'An estimated or preliminary figure falls short of the target.',
  NO_DATA:
    'Nothing to judge by: no result recorded, only a comparison, a level where a change is needed (or a change where a level is), units that do not convert, or a bound that neither proves nor rules out the target.',
});

export const JudgementBasisEnum = domainEnum<JudgementBasis>('JudgementBasis', JUDGEMENT_BASES, 'How the figure a target is compared with was obtained.', {
  LEVEL: "A level the source states for the target's period.",
  STATED_CHANGE: 'A change (an increase, places moved) the source states for the period.',
  DERIVED_CHANGE: "A change PlanHub derived from the levels of the target's period and the previous one, of the same reliability.",
});

export const AssessmentKindEnum = prismaEnum('AssessmentKind', AssessmentKind, 'What a source-stated assessment says.', {
  INDICATORS_MET: '`count` of `outOf` indicators met or exceeded the plan.',
  INDICATORS_NOT_MET: '`count` of `outOf` indicators did not meet the plan.',
  MAIN_INDICATOR_COUNT: 'The plan has `count` main indicators (chỉ tiêu chủ yếu).',
  QUALITATIVE: 'A judgement in words only.',
});

export const SolutionKindEnum = prismaEnum('SolutionKind', SolutionKind, 'A measure set out by a plan or conference, or a leader’s directive.', {
  SOLUTION: 'A solution or measure (giải pháp).',
  DIRECTIVE: 'A directive or request by a named leader (chỉ đạo, đề nghị).',
});

export const LinkBasisEnum = prismaEnum('LinkBasis', LinkBasis, 'Why a solution is linked to an indicator.', {
  SOURCE_STATED: 'The source itself ties the solution to the indicator.',
  EDITORIAL: "PlanHub's editors linked them, with a stated rationale; the source does not.",
});

export const AgencyKindEnum = prismaEnum('AgencyKind', AgencyKind, 'What kind of organisation an agency is.', {
  PARTY_COMMITTEE: 'A Party committee (Tỉnh ủy, Ban Chấp hành Trung ương).',
  PEOPLES_COUNCIL: "A People's Council (HĐND): adopts plans by resolution.",
  PEOPLES_COMMITTEE: "A People's Committee (UBND): the executive.",
  NATIONAL_ASSEMBLY_DELEGATION: "A province's National Assembly delegation (Đoàn ĐBQH).",
  DEPARTMENT: 'A department, board or office (sở, ban, ngành).',
  GROUP: 'A collective a source names together ("sở, ban, ngành, đoàn thể"), not one body.',
});

export const OfficeRoleEnum = prismaEnum('OfficeRole', OfficeRole, 'The role of an office in its agency.', {
  SECRETARY: 'Secretary (Bí thư).',
  STANDING_DEPUTY_SECRETARY: 'Standing Deputy Secretary (Phó Bí thư Thường trực).',
  DEPUTY_SECRETARY: 'Deputy Secretary (Phó Bí thư).',
  CHAIR: 'Chair (Chủ tịch).',
  HEAD: 'Head (Trưởng đoàn, trưởng ban).',
  MEMBER: 'Member (Ủy viên).',
});

export const AssignmentRoleEnum = prismaEnum('AssignmentRole', AssignmentRole, 'The part an agency plays for a solution or indicator.', {
  LEAD: 'Leads and answers for it (chủ trì).',
  COORDINATE: 'Coordinates with the lead (phối hợp).',
  IMPLEMENT: 'Is asked to carry it out (thực hiện, triển khai).',
});

export const EventKindEnum = prismaEnum('EventKind', EventKind, 'What kind of event.', {
  CONFERENCE: 'A conference (hội nghị).',
});

export const SortDirectionEnum = builder.enumType('SortDirection', {
  description: 'Ascending or descending.',
  values: {
  ASC: { value: 'asc', description: 'Smallest (or A) first.' },
  DESC: { value: 'desc', description: 'Largest (or Z) first.' },
  } as const,
});
