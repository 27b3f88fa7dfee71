import type { EntityManager } from 'typeorm';
import type { GuideFeedbackRequest, PageQuery } from '@digihjaelp/contract';
import { assertNoPersonalData } from '../../kernel/personal-data';
import { GuideFeedbackEntity } from './guide-feedback.entity';
import type { GuideEntity } from './guide.entity';

/** Helpful or not, on the version the staff member saw; the comment passes the CPR guard. */
export async function giveFeedback(
  manager: EntityManager,
  guide: GuideEntity,
  staffId: string,
  request: GuideFeedbackRequest,
): Promise<void> {
  assertNoPersonalData({ comment: request.comment });
  await manager.insert(GuideFeedbackEntity, {
    guideId: guide.id,
    version: guide.version,
    staffId,
    helpful: request.helpful,
    comment: request.comment || null,
  });
}

export async function findFeedback(manager: EntityManager, guideId: string, { page, pageSize }: PageQuery) {
  const [feedback, total] = await manager.findAndCount(GuideFeedbackEntity, {
    where: { guideId },
    relations: { staff: true },
    order: { createdAt: 'DESC' },
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  return { feedback, total };
}

export async function countFeedback(manager: EntityManager, guideId: string) {
  const [row]: { helpful: number; not_helpful: number }[] = await manager.query(
    `SELECT count(*) FILTER (WHERE helpful)::int AS helpful, count(*) FILTER (WHERE NOT helpful)::int AS not_helpful
       FROM guide_feedback WHERE guide_id = $1`,
    [guideId],
  );
  // An aggregate without GROUP BY always returns its one row.
  return { helpful: row?.helpful ?? 0, notHelpful: row?.not_helpful ?? 0 };
}
