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
import { date, int, key, note, num, optDate, optInt, optNum, optRef, optText, orNull, ref, text } from './fields.ts';

// The records of facts, each pointing to the quote it comes from: targets, results,
// assessments, solutions and their links to indicators, positions, assignments, and
// events with their participants.

export const targetRecord = z
  .strictObject({
    key,
    indicator: ref,
    plan: ref,
    period: ref,
    kind: z.enum(TargetKind),
    comparator: z.enum(Comparator),
    value: num,
    valueMax: optNum,
    rangeKind: orNull(z.enum(RangeKind)),
    unit: ref,
    isMain: z.boolean().default(false),
    quote: ref,
    note,
  })
  .superRefine((t, ctx) => {
    if (t.comparator === 'RANGE' && (t.valueMax === null || t.valueMax <= t.value))
      ctx.addIssue({ code: 'custom', path: ['valueMax'], message: 'a RANGE needs a valueMax above value' });
    if (t.comparator !== 'RANGE' && t.valueMax !== null)
      ctx.addIssue({ code: 'custom', path: ['valueMax'], message: 'only a RANGE has a valueMax' });
    if (t.comparator === 'RANGE' && t.rangeKind === null)
      ctx.addIssue({ code: 'custom', path: ['rangeKind'], message: 'a RANGE needs a rangeKind: OR_BETTER (met beyond its better end too) or WITHIN (a band)' });
    if (t.comparator !== 'RANGE' && t.rangeKind !== null)
      ctx.addIssue({ code: 'custom', path: ['rangeKind'], message: 'only a RANGE has a rangeKind' });
  });

export const resultRecord = z
  .strictObject({
    key,
    indicator: ref,
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
    quote: ref,
    note,
  })
  .superRefine((r, ctx) => {
    if (r.value === null && r.percentOfPlan === null && r.yoyChangePercent === null && r.yoyFactor === null && r.rankChange === null)
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a result without a value must state a comparison' });
    if (r.percentOfPlan !== null && r.plan === null)
      ctx.addIssue({ code: 'custom', path: ['plan'], message: 'percentOfPlan needs the plan it is measured against' });
  });

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
  .superRefine((a, ctx) => {
    if (a.kind !== 'QUALITATIVE' && a.count === null)
      ctx.addIssue({ code: 'custom', path: ['count'], message: `a ${a.kind} assessment needs a count` });
    if (a.count !== null && a.outOf !== null && a.count > a.outOf)
      ctx.addIssue({ code: 'custom', path: ['count'], message: 'must not exceed outOf' });
  });

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
  indicator: ref,
  basis: z.enum(LinkBasis),
  rationale: text,
  note,
});
export const positionRecord = z.strictObject({
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
});

export const assignmentRecord = z
  .strictObject({
    key,
    agency: ref,
    solution: optRef,
    indicator: optRef,
    role: z.enum(AssignmentRole),
    quote: ref,
    note,
  })
  .superRefine((a, ctx) => {
    if (a.solution === null && a.indicator === null)
      ctx.addIssue({ code: 'custom', path: ['solution'], message: 'an assignment needs a solution or an indicator' });
  });

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
