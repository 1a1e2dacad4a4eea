// The data's own rules: what makes a row meaningful whoever writes it. Each is a CHECK
// constraint of the same name on both databases (written by hand in the migrations;
// test/constraints.test.ts holds every one to a row that breaks it), and the same rule
// here, so the seed, and later mutations and imports, report a broken rule before
// writing and say what to fix. `holds` sees a row with the model's field names; a field
// the row does not give counts as null.

export interface Rule {
  /** The CHECK constraint's name on both databases. */
  name: string;
  model: string;
  /** The field a problem is reported on. */
  field: string;
  /** What is wrong and how to fix it, for a row that breaks the rule. */
  message: string;
  holds(row: Readonly<Record<string, unknown>>): boolean;
}


const given = (v: unknown): boolean => v !== null && v !== undefined;
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
/** Dates compare as instants; a row may hold a Date or its ISO text. */
const time = (v: unknown): number => (v instanceof Date ? v.getTime() : Date.parse(String(v)));
const notBefore = (later: unknown, earlier: unknown): boolean => !given(later) || !given(earlier) || time(later) >= time(earlier);

const range = (model: string): Rule[] => [
  {
    name: `${model}_range_check`,
    model,
    field: 'valueMax',
    message: 'a RANGE needs a valueMax above its value, and only a RANGE has a valueMax',
    holds: (r) => (r.comparator === 'RANGE' ? given(r.valueMax) && num(r.valueMax) > num(r.value) : !given(r.valueMax)),
  },
  {
    name: `${model}_range_kind_check`,
    model,
    field: 'rangeKind',
    message: 'a RANGE needs a rangeKind (OR_BETTER: met beyond its better end too; WITHIN: a band), and only a RANGE has one',
    holds: (r) => (r.comparator === 'RANGE') === given(r.rangeKind),
  },
];

const validity = (model: string): Rule => ({
  name: `${model}_validity_check`,
  model,
  field: 'validTo',
  message: 'validTo must not be before validFrom',
  holds: (r) => notBefore(r.validTo, r.validFrom),
});

const distinct = (model: string): Rule => ({
  name: `${model}_distinct_check`,
  model,
  field: 'successorId',
  message: 'a successor must be another record than its predecessor',
  holds: (r) => !given(r.predecessorId) || r.predecessorId !== r.successorId,
});

export const RULES: readonly Rule[] = [
  {
    name: 'Quote_offsets_check',
    model: 'Quote',
    field: 'end',
    message: "a quote's start and end are both given (end after start, start from 0) or neither is",
    holds: (r) => (!given(r.start) && !given(r.end)) || (given(r.start) && given(r.end) && num(r.start) >= 0 && num(r.end) > num(r.start)),
  },
  {
    name: 'Quote_text_check',
    model: 'Quote',
    field: 'text',
    message: 'a quote must not be empty',
    holds: (r) => typeof r.text === 'string' && r.text.length > 0,
  },
  {
    name: 'Unit_multiplier_check',
    model: 'Unit',
    field: 'multiplier',
    message: "a unit's multiplier (its factor to the dimension's base unit) must be above 0",
    holds: (r) => num(r.multiplier) > 0,
  },
  {
    name: 'Period_months_check',
    model: 'Period',
    field: 'startMonth',
    message: 'startMonth and endMonth must be months, 1 to 12',
    holds: (r) => [r.startMonth ?? 1, r.endMonth ?? 12].every((m) => Number.isInteger(num(m)) && num(m) >= 1 && num(m) <= 12),
  },
  {
    name: 'Period_order_check',
    model: 'Period',
    field: 'endYear',
    message: 'a period must not end before it starts',
    holds: (r) => num(r.endYear) * 12 + num(r.endMonth ?? 12) >= num(r.startYear) * 12 + num(r.startMonth ?? 1),
  },
  {
    name: 'Period_year_check',
    model: 'Period',
    field: 'kind',
    message: 'a YEAR runs from January to December of one year',
    holds: (r) => r.kind !== 'YEAR' || (r.startYear === r.endYear && num(r.startMonth ?? 1) === 1 && num(r.endMonth ?? 12) === 12),
  },
  {
    name: 'Period_vision_check',
    model: 'Period',
    field: 'visionYear',
    message: 'visionYear must not be before endYear',
    holds: (r) => !given(r.visionYear) || num(r.visionYear) >= num(r.endYear),
  },
  validity('Area'),
  validity('Agency'),
  distinct('AreaSuccession'),
  distinct('AgencySuccession'),
  {
    name: 'Plan_status_check',
    model: 'Plan',
    field: 'statusQuoteId',
    message: 'a status needs the quote that states it, and a status quote needs a status',
    holds: (r) => given(r.status) === given(r.statusQuoteId),
  },
  ...range('Target'),
  ...range('TargetRevision'),
  {
    name: 'TargetRevision_dates_check',
    model: 'TargetRevision',
    field: 'replacedOn',
    message: 'a revision must not be replaced before it was adopted',
    holds: (r) => notBefore(r.replacedOn, r.adoptedOn),
  },
  {
    name: 'Result_statement_check',
    model: 'Result',
    field: 'value',
    message: 'a result without a value must state a comparison (percentOfPlan, yoyChangePercent, yoyFactor or rankChange)',
    holds: (r) => [r.value, r.percentOfPlan, r.yoyChangePercent, r.yoyFactor, r.rankChange].some(given),
  },
  {
    name: 'Result_percent_of_plan_check',
    model: 'Result',
    field: 'planId',
    message: 'percentOfPlan needs the plan it is measured against',
    holds: (r) => !given(r.percentOfPlan) || given(r.planId),
  },
  {
    name: 'Assessment_count_check',
    model: 'Assessment',
    field: 'count',
    message: 'an assessment other than QUALITATIVE needs a count',
    holds: (r) => r.kind === 'QUALITATIVE' || given(r.count),
  },
  {
    name: 'Assessment_out_of_check',
    model: 'Assessment',
    field: 'count',
    message: 'count must be 0 or more and must not exceed outOf',
    holds: (r) => !given(r.count) || (num(r.count) >= 0 && (!given(r.outOf) || num(r.count) <= num(r.outOf))),
  },
  {
    name: 'Position_dates_check',
    model: 'Position',
    field: 'endDate',
    message: 'endDate must not be before startDate',
    holds: (r) => notBefore(r.endDate, r.startDate),
  },
  {
    name: 'Assignment_subject_check',
    model: 'Assignment',
    field: 'solutionId',
    message: 'an assignment is for exactly one thing: a solution or an indicator, not both and not neither',
    holds: (r) => given(r.solutionId) !== given(r.indicatorId),
  },
  {
    name: 'Assignment_scope_check',
    model: 'Assignment',
    field: 'planId',
    message: 'an assignment holds within a plan or a period: give planId, periodId or both',
    holds: (r) => given(r.planId) || given(r.periodId),
  },
];
