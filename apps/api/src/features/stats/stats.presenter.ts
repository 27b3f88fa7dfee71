import type { Goal, MonthlyReportResponse } from '@digihjaelp/contract';
import type { MeasuredGoal } from './goals.service';
import type { ReportCommentEntity } from './report-comment.entity';

export function presentGoal({ goal, progress }: MeasuredGoal): Goal {
  return {
    id: goal.id,
    year: goal.year,
    measure: goal.measure,
    target: goal.target,
    title: goal.title,
    branchKey: goal.branchKey,
    progress,
  };
}

/** Expects `updatedBy` loaded. */
export function presentMonthlyReport(
  month: string,
  organisationName: string,
  comment: ReportCommentEntity | null,
): MonthlyReportResponse['data'] {
  return {
    month,
    organisationName,
    comment: comment?.comment ?? null,
    commentBy: comment ? { id: comment.updatedBy.id, displayName: comment.updatedBy.displayName } : null,
    commentAt: comment?.updatedAt.toISOString() ?? null,
  };
}
