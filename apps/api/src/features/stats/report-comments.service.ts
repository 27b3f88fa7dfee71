import type { EntityManager } from 'typeorm';
import type { AuthUser } from '@digihjaelp/contract';
import { assertNoPersonalData } from '../../kernel/personal-data';
import { ReportCommentEntity } from './report-comment.entity';

const firstDayOf = (month: string) => `${month}-01`;

export function findReportComment(manager: EntityManager, month: string): Promise<ReportCommentEntity | null> {
  return manager.findOne(ReportCommentEntity, { where: { month: firstDayOf(month) }, relations: { updatedBy: true } });
}

/**
 * Writes the month's comment (one per month, the last writer named); an empty comment removes
 * it. Free text a head of department reads: never a citizen's personal data.
 */
export async function saveReportComment(
  manager: EntityManager,
  month: string,
  comment: string,
  lead: Pick<AuthUser, 'id'>,
): Promise<ReportCommentEntity | null> {
  assertNoPersonalData({ comment });
  if (comment === '') {
    await manager.delete(ReportCommentEntity, { month: firstDayOf(month) });
    return null;
  }
  await manager.upsert(
    ReportCommentEntity,
    { month: firstDayOf(month), comment, updatedById: lead.id, updatedAt: new Date() },
    ['month'],
  );
  return findReportComment(manager, month);
}
