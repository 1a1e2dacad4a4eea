import { z } from 'zod';
import {
  AssessmentKind,
  AssignmentRole,
  Comparator,
  EventKind,
  LinkBasis,
  OfficeRole,
  RangeKind,
  Reliability,
  ResultMeasure,
  SolutionKind,
  TargetKind,
  ValueBound,
} from '../generated/sqlite/enums.ts';
import { ruleCheck } from './checks.ts';
import { date, int, key, note, num, optDate, optInt, optNum, optRef, optSeriesRef, optText, orNull, ref, seriesRef, text } from './fields.ts';

// The records of facts, each pointing to the quote it comes from: targets (with their
// earlier versions), results, assessments, solutions and their links to indicators,
// positions, assignments, and events with their participants. A fact's `key` is its
// handle in the file, for references and messages; the database identifies it by its
// natural key (a target by plan × indicator × period × kind, a result by indicator ×
// period × measure × source), and the seed upserts by that.

/** A target's values before an adjustment replaced them (điều chỉnh chỉ tiêu). */
const targetRevisionRecord = z
  .strictObject({
    comparator: z.enum(Comparator),
    value: num,
    valueMax: optNum,
    rangeKind: orNull(z.enum(RangeKind)),
    unit: ref,
    adoptedOn: optDate,
    replacedOn: optDate,
    quote: ref,
    note,
  })
  .superRefine(ruleCheck('TargetRevision'));

export const targetRecord = z
  .strictObject({
    key,
    indicator: seriesRef,
    plan: ref,
    period: ref,
    kind: z.enum(TargetKind),
    comparator: z.enum(Comparator),
    value: num,
    valueMax: optNum,
    rangeKind: orNull(z.enum(RangeKind)),
    unit: ref,
    isMain: z.boolean().default(false),
    /** When the values in force were adopted, when a source says. */
    adoptedOn: optDate,
    quote: ref,
    /** Earlier versions, oldest first. */
    revisions: z.array(targetRevisionRecord).default([]),
    note,
  })
  .superRefine(ruleCheck('Target'));

export const resultRecord = z
  .strictObject({
    key,
    indicator: seriesRef,
    period: ref,
    plan: optRef,
    measure: z.enum(ResultMeasure).default('LEVEL'),
    value: optNum,
    bound: z.enum(ValueBound).default('EXACT'),
    unit: ref,
    reliability: z.enum(Reliability),
    percentOfPlan: optNum,
    yoyChangePercent: optNum,
    yoyFactor: optNum,
    rankChange: optInt,
    /** When the figure was reported, when stated. */
    reportedOn: optDate,
    /** The day an estimate speaks as of, when stated. */
    asOf: optDate,
    /** The result (its key) this one revises, when the source says it replaces it. */
    supersedes: optRef,
    quote: ref,
    note,
  })
  .superRefine(ruleCheck('Result', { planId: 'plan' }));

export const assessmentRecord = z
  .strictObject({
    key,
    plan: ref,
    kind: z.enum(AssessmentKind),
    count: optInt,
    outOf: optInt,
    statementVi: text,
    statementEn: optText,
    reliability: z.enum(Reliability),
    quote: ref,
    note,
  })
  .superRefine(ruleCheck('Assessment'));

export const solutionRecord = z.strictObject({
  key,
  kind: z.enum(SolutionKind),
  textVi: text,
  textEn: optText,
  sector: optRef,
  plan: ref,
  event: optRef,
  issuedBy: optRef,
  position: int.min(1),
  quote: ref,
  note,
});

export const solutionIndicatorRecord = z.strictObject({
  solution: ref,
  indicator: seriesRef,
  basis: z.enum(LinkBasis),
  rationale: text,
  note,
});
export const positionRecord = z
  .strictObject({
  key,
  person: ref,
  agency: ref,
  role: z.enum(OfficeRole),
  titleVi: text,
  titleEn: optText,
  startDate: optDate,
  endDate: optDate,
  attestedOn: date,
  quote: ref,
  note,
  })
  .superRefine(ruleCheck('Position'));

export const assignmentRecord = z
  .strictObject({
    key,
    agency: ref,
    solution: optRef,
    indicator: optSeriesRef,
    role: z.enum(AssignmentRole),
    /** The plan the responsibility is part of. */
    plan: optRef,
    /** The period it holds for, where it is not a plan's. */
    period: optRef,
    quote: ref,
    note,
  })
  .superRefine(ruleCheck('Assignment', { solutionId: 'solution', indicatorId: 'indicator', planId: 'plan', periodId: 'period' }));

const participantRecord = z.strictObject({ person: ref, roleVi: text, roleEn: optText, quote: ref, note });

export const eventRecord = z.strictObject({
  key,
  kind: z.enum(EventKind),
  titleVi: text,
  titleEn: optText,
  date,
  area: ref,
  organizer: optRef,
  plan: optRef,
  quote: ref,
  participants: z.array(participantRecord).default([]),
  note,
});
