import { builder } from '../../builder.ts';

// Enums mirror the Prisma enums value for value; each value says what it means.

export const LanguageEnum = builder.enumType('Language', {
  description: 'A language that names and texts are available in.',
  values: {
    VI: { value: 'vi', description: 'Vietnamese: the source language, always present.' },
    EN: { value: 'en', description: 'English: may be missing, in which case Vietnamese is returned.' },
  } as const,
});

export const LevelEnum = builder.enumType('Level', {
  description: 'An administrative level.',
  values: {
    CENTRAL: { description: 'National (central) level.' },
    PROVINCE: { description: 'Province level (cấp tỉnh).' },
    DISTRICT: { description: 'District level (cấp huyện).' },
    COMMUNE: { description: 'Commune level (cấp xã).' },
    ALL_LEVELS: { description: 'Bodies at every level, named together by a source ("UBND các cấp").' },
  } as const,
});

export const PeriodKindEnum = builder.enumType('PeriodKind', {
  description: 'What kind of span a period is.',
  values: {
    YEAR: { description: 'One calendar year.' },
    FIVE_YEAR: { description: 'A five-year plan term (e.g. 2021–2025).' },
    PLANNING_HORIZON: { description: 'A master plan horizon (e.g. 2021–2030, vision to 2050).' },
  } as const,
});

export const PlanKindEnum = builder.enumType('PlanKind', {
  description: 'What kind of plan.',
  values: {
    ANNUAL_SOCIO_ECONOMIC: { description: 'Yearly socio-economic development plan (kế hoạch phát triển KT-XH năm).' },
    FIVE_YEAR_SOCIO_ECONOMIC: { description: 'Five-year socio-economic development plan (kế hoạch 5 năm).' },
    MASTER_PLAN: { description: 'Provincial master plan (quy hoạch tỉnh).' },
  } as const,
});

export const PlanStatusEnum = builder.enumType('PlanStatus', {
  description: 'Where a plan stands, as a source states it.',
  values: {
    DRAFT: { description: 'Being drafted.' },
    ADOPTED: { description: 'Adopted by the competent body.' },
    PUBLISHED: { description: 'Completed and announced (công bố).' },
    IN_IMPLEMENTATION: { description: 'Being rolled out or carried out (triển khai, thực hiện).' },
    COMPLETED: { description: 'Its period is over.' },
  } as const,
});

export const DirectionEnum = builder.enumType('Direction', {
  description: 'Which way an indicator improves.',
  values: {
    HIGHER_IS_BETTER: { description: 'A larger value is better (growth, revenue).' },
    LOWER_IS_BETTER: { description: 'A smaller value is better (poverty rate).' },
    RANK: { description: 'A position in a ranking of provinces: a smaller number is better.' },
  } as const,
});

export const TargetKindEnum = builder.enumType('TargetKind', {
  description: 'What a target measures.',
  values: {
    LEVEL: { description: "The indicator's own level in the period (growth ≥ 8%)." },
    INCREASE: { description: 'An addition during the period (12 more communes, 20 new products).' },
    RANK_CHANGE: { description: 'A move up a ranking by a number of places; not a quantity of the indicator.' },
  } as const,
});

export const ComparatorEnum = builder.enumType('Comparator', {
  description: 'How a target compares a result with its value(s).',
  values: {
    AT_LEAST: { description: '≥ value ("trở lên", "ít nhất").' },
    AT_MOST: { description: '≤ value.' },
    EQUAL: {
      description:
        'Reach the value ("đạt"). Met when the result reaches it in the better direction (reaching or exceeding where higher is better).',
    },
    RANGE: { description: 'Between value and valueMax ("2 - 2,5%"); beyond the better end also meets it.' },
  } as const,
});

export const ValueBoundEnum = builder.enumType('ValueBound', {
  description: 'Whether a result is an exact figure or a bound.',
  values: {
    EXACT: { description: 'The figure itself (possibly an estimate).' },
    MORE_THAN: { description: 'More than the figure ("trên", "hơn").' },
    AT_LEAST: { description: 'At least the figure.' },
    LESS_THAN: { description: 'Less than the figure.' },
    AT_MOST: { description: 'At most the figure.' },
  } as const,
});

export const ReliabilityEnum = builder.enumType('Reliability', {
  description: 'How settled a figure is.',
  values: {
    ESTIMATE: { description: 'Estimated before the period closed ("ước đạt", "dự ước").' },
    PRELIMINARY: { description: 'Preliminary (sơ bộ), subject to revision.' },
    FINAL: { description: 'Final (chính thức).' },
  } as const,
});

export const TargetStatusEnum = builder.enumType('TargetStatus', {
  description: 'A target against the result for the same indicator and period, computed by PlanHub.',
  values: {
    MET: { description: 'A final result meets the target.' },
    NOT_MET: { description: 'A final result falls short of the target.' },
    ON_TRACK: { description: 'An estimated or preliminary result meets the target.' },
    OFF_TRACK: { description: 'An estimated or preliminary result falls short of the target.' },
    NO_DATA: {
      description:
        'No result to judge by: none recorded, stated only as a comparison, in another unit, or a bound that neither proves nor rules out the target.',
    },
  } as const,
});

export const AssessmentKindEnum = builder.enumType('AssessmentKind', {
  description: 'What a source-stated assessment says.',
  values: {
    INDICATORS_MET: { description: '`count` of `outOf` indicators met or exceeded the plan.' },
    INDICATORS_NOT_MET: { description: '`count` of `outOf` indicators did not meet the plan.' },
    MAIN_INDICATOR_COUNT: { description: 'The plan has `count` main indicators (chỉ tiêu chủ yếu).' },
    QUALITATIVE: { description: 'A judgement in words only.' },
  } as const,
});

export const SolutionKindEnum = builder.enumType('SolutionKind', {
  description: 'A measure set out by a plan or conference, or a leader’s directive.',
  values: {
    SOLUTION: { description: 'A solution or measure (giải pháp).' },
    DIRECTIVE: { description: 'A directive or request by a named leader (chỉ đạo, đề nghị).' },
  } as const,
});

export const LinkBasisEnum = builder.enumType('LinkBasis', {
  description: 'Why a solution is linked to an indicator.',
  values: {
    SOURCE_STATED: { description: 'The source itself ties the solution to the indicator.' },
    EDITORIAL: { description: "PlanHub's editors linked them, with a stated rationale; the source does not." },
  } as const,
});

export const AgencyKindEnum = builder.enumType('AgencyKind', {
  description: 'What kind of organisation an agency is.',
  values: {
    PARTY_COMMITTEE: { description: 'A Party committee (Tỉnh ủy, Ban Chấp hành Trung ương).' },
    PEOPLES_COUNCIL: { description: "A People's Council (HĐND): adopts plans by resolution." },
    PEOPLES_COMMITTEE: { description: "A People's Committee (UBND): the executive." },
    NATIONAL_ASSEMBLY_DELEGATION: { description: "A province's National Assembly delegation (Đoàn ĐBQH)." },
    DEPARTMENT: { description: 'A department, board or office (sở, ban, ngành).' },
    GROUP: { description: 'A collective a source names together ("sở, ban, ngành, đoàn thể"), not one body.' },
  } as const,
});

export const OfficeRoleEnum = builder.enumType('OfficeRole', {
  description: 'The role of an office in its agency.',
  values: {
    SECRETARY: { description: 'Secretary (Bí thư).' },
    STANDING_DEPUTY_SECRETARY: { description: 'Standing Deputy Secretary (Phó Bí thư Thường trực).' },
    DEPUTY_SECRETARY: { description: 'Deputy Secretary (Phó Bí thư).' },
    CHAIR: { description: 'Chair (Chủ tịch).' },
    HEAD: { description: 'Head (Trưởng đoàn, trưởng ban).' },
    MEMBER: { description: 'Member (Ủy viên).' },
  } as const,
});

export const AssignmentRoleEnum = builder.enumType('AssignmentRole', {
  description: 'The part an agency plays for a solution or indicator.',
  values: {
    LEAD: { description: 'Leads and answers for it (chủ trì).' },
    COORDINATE: { description: 'Coordinates with the lead (phối hợp).' },
    IMPLEMENT: { description: 'Is asked to carry it out (thực hiện, triển khai).' },
  } as const,
});

export const EventKindEnum = builder.enumType('EventKind', {
  description: 'What kind of event.',
  values: {
    CONFERENCE: { description: 'A conference (hội nghị).' },
  } as const,
});

export const SortDirectionEnum = builder.enumType('SortDirection', {
  description: 'Ascending or descending.',
  values: {
    ASC: { value: 'asc', description: 'Smallest (or A) first.' },
    DESC: { value: 'desc', description: 'Largest (or Z) first.' },
  } as const,
});
