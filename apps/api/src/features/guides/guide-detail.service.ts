import type { EntityManager } from 'typeorm';
import type { GuideDetail, RelatedGuide } from '@digihjaelp/contract';
import type { GuideEntity } from './guide.entity';
import { countFeedback } from './guide-feedback.service';
import { hasReadCurrentVersion } from './guide-reads.service';
import { presentGuideDetail } from './guides.presenter';

const SUGGESTIONS = 3;

/** The editor's choices (in their order, archived ones left out), then published guides from the same category. */
export async function findRelatedGuides(manager: EntityManager, guide: GuideEntity): Promise<RelatedGuide[]> {
  const chosen: Omit<RelatedGuide, 'chosen'>[] = await manager.query(
    `SELECT slug, title, summary FROM guides
      WHERE slug = ANY($1) AND status <> 'archived'
      ORDER BY array_position($1, slug)`,
    [guide.content.relatedSlugs],
  );
  const suggested: Omit<RelatedGuide, 'chosen'>[] = await manager.query(
    `SELECT slug, title, summary FROM guides
      WHERE category_key = $1 AND status = 'published' AND id <> $2 AND NOT (slug = ANY($3))
      ORDER BY title LIMIT ${SUGGESTIONS}`,
    [guide.content.categoryKey, guide.id, guide.content.relatedSlugs],
  );
  return [
    ...chosen.map((related) => ({ ...related, chosen: true })),
    ...suggested.map((related) => ({ ...related, chosen: false })),
  ];
}

/** Expects `owner` and `updatedBy` loaded. */
export async function guideDetail(manager: EntityManager, guide: GuideEntity, staffId: string): Promise<GuideDetail> {
  const [relatedGuides, readByMe, feedback] = await Promise.all([
    findRelatedGuides(manager, guide),
    hasReadCurrentVersion(manager, guide, staffId),
    countFeedback(manager, guide.id),
  ]);
  return presentGuideDetail(guide, { relatedGuides, readByMe, feedback });
}
