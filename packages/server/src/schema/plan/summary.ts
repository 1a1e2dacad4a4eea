import { builder } from '../../builder.ts';
import { type TargetRow, judge } from '../../domain/matching.ts';
import type { TargetStatus } from '../../domain/status.ts';
import { TargetStatusEnum } from '../common/enums.ts';
import { AssessmentRef } from './assessment.ts';

const STATUSES: TargetStatus[] = ['MET', 'NOT_MET', 'ON_TRACK', 'OFF_TRACK', 'NO_DATA'];

interface StatusCount {
  status: TargetStatus;
  count: number;
}

interface PlanSummary<A> {
  targetCount: number;
  byStatus: StatusCount[];
  statedAssessments: A[];
}

export function summarize<A>(targets: TargetRow[], assessments: A[]): PlanSummary<A> {
  const counts = new Map<TargetStatus, number>(STATUSES.map((s) => [s, 0]));
  for (const target of targets) {
    const { status } = judge(target);
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return {
    targetCount: targets.length,
    byStatus: STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 })),
    statedAssessments: assessments,
  };
}

const StatusCountRef = builder.objectRef<StatusCount>('StatusCount').implement({
  description: 'How many of a plan’s targets have one status.',
  fields: (t) => ({
    status: t.expose('status', { type: TargetStatusEnum, description: 'The status.' }),
    count: t.exposeInt('count', { description: 'Number of targets with it.' }),
  }),
});

export const PlanSummaryRef = builder.objectRef<PlanSummary<typeof AssessmentRef.$inferType>>('PlanSummary').implement({
  description:
    'A plan at a glance. `byStatus` is computed by PlanHub from the recorded targets and results; `statedAssessments` is what the sources say. They are kept apart: a source may count indicators PlanHub does not hold.',
  fields: (t) => ({
    targetCount: t.exposeInt('targetCount', { description: 'Targets recorded for the plan.' }),
    byStatus: t.field({
      type: [StatusCountRef],
      description: 'Recorded targets counted by computed status; every status is listed, zeros included.',
      resolve: (s) => s.byStatus,
    }),
    statedAssessments: t.field({
      type: [AssessmentRef],
      description: 'Assessments stated by the sources, verbatim in meaning and with their quotes.',
      resolve: (s) => s.statedAssessments,
    }),
  }),
});
