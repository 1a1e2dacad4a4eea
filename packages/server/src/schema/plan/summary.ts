import { builder } from '../../builder.ts';
import { TARGET_STATUSES, type TargetStatus } from '../../domain/status.ts';
import type { StatusTally } from '../../loaders/status-tally.ts';
import { TargetStatusEnum } from '../common/enums.ts';
import { AssessmentRef } from './assessment.ts';

interface StatusCount {
  status: TargetStatus;
  count: number;
}

interface PlanSummary<A> {
  targetCount: number;
  byStatus: StatusCount[];
  statedAssessments: A[];
}

export function summarize<A>(tally: StatusTally, assessments: A[]): PlanSummary<A> {
  const byStatus = TARGET_STATUSES.map((status) => ({ status, count: tally.counts[status] }));
  return { targetCount: byStatus.reduce((n, s) => n + s.count, 0), byStatus, statedAssessments: assessments };
}

export const StatusCountRef = builder.objectRef<StatusCount>('StatusCount').implement({
  description: 'How many targets (of a plan, or of a stats group) have one status.',
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
