import type { EntityManager } from 'typeorm';
import type { GuideReaders, ReadingOverview } from '@digihjaelp/contract';
import { AppError } from '../../kernel/app-error';
import { GuideReadEntity } from './guide-read.entity';
import type { GuideEntity } from './guide.entity';
import {
  presentReaders,
  presentReadingOverview,
  type GuideReaderRow,
  type ReadingOverviewRow,
} from './guides.presenter';

/** "I have read this version". Only the current version can be confirmed: an older one is stale. */
export async function confirmRead(manager: EntityManager, guide: GuideEntity, staffId: string, version: number) {
  if (version !== guide.version) {
    throw new AppError(
      'conflict',
      `Der er kommet en nyere udgave af vejledningen (version ${guide.version}). Læs den, og bekræft igen.`,
      { currentVersion: guide.version },
    );
  }
  await manager
    .createQueryBuilder()
    .insert()
    .into(GuideReadEntity)
    .values({ guideId: guide.id, staffId, version })
    .orIgnore()
    .execute();
  return manager.findOneByOrFail(GuideReadEntity, { guideId: guide.id, staffId, version });
}

export async function hasReadCurrentVersion(manager: EntityManager, guide: GuideEntity, staffId: string) {
  return manager.existsBy(GuideReadEntity, { guideId: guide.id, staffId, version: guide.version });
}

/** Every active staff member and the latest version of this guide they confirmed. */
export async function findReaders(manager: EntityManager, guide: GuideEntity): Promise<GuideReaders> {
  const rows = await manager.query<GuideReaderRow[]>(
    `SELECT s.id, s.display_name, s.role, r.version, r.confirmed_at
         FROM staff_accounts s
         LEFT JOIN LATERAL (
           SELECT version, confirmed_at FROM guide_reads
            WHERE guide_id = $1 AND staff_id = s.id ORDER BY version DESC LIMIT 1
         ) r ON true
        WHERE s.active
        ORDER BY s.display_name`,
    [guide.id],
  );
  return presentReaders(guide, rows);
}

/** Per active staff member: how many published guides they have read in the current version, and which not. */
export async function readingOverview(manager: EntityManager): Promise<ReadingOverview> {
  const rows = await manager.query<ReadingOverviewRow[]>(
    `SELECT s.id, s.display_name, s.role,
            count(g.id)::int AS published,
            count(r.staff_id)::int AS read_current,
            coalesce(
              json_agg(json_build_object('slug', g.slug, 'title', g.title) ORDER BY g.title)
                FILTER (WHERE g.id IS NOT NULL AND r.staff_id IS NULL),
              '[]') AS unread
       FROM staff_accounts s
       LEFT JOIN guides g ON g.status = 'published'
       LEFT JOIN guide_reads r ON r.guide_id = g.id AND r.staff_id = s.id AND r.version = g.version
      WHERE s.active
      GROUP BY s.id
      ORDER BY s.display_name`,
  );
  return presentReadingOverview(rows);
}
