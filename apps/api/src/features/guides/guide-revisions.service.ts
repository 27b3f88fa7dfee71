import type { EntityManager } from 'typeorm';
import type { AuthUser, RestoreRevisionRequest } from '@digihjaelp/contract';
import { notFound } from '../../kernel/app-error';
import { GuideRevisionEntity } from './guide-revision.entity';
import type { GuideEntity } from './guide.entity';
import { assertCurrentVersion, assertMayEdit, findGuideForChange, replaceContent } from './guides.service';

export function findRevisions(manager: EntityManager, guideId: string): Promise<GuideRevisionEntity[]> {
  return manager.find(GuideRevisionEntity, {
    where: { guideId },
    relations: { author: true },
    order: { number: 'DESC' },
  });
}

export async function findRevision(
  manager: EntityManager,
  guideId: string,
  number: number,
): Promise<GuideRevisionEntity> {
  const revision = await manager.findOne(GuideRevisionEntity, {
    where: { guideId, number },
    relations: { author: true },
  });
  if (!revision) throw notFound(`Version ${number}`);
  return revision;
}

/** Restoring writes the old content as a new revision; the versions in between stay in the history. */
export async function restoreRevision(
  manager: EntityManager,
  slug: string,
  number: number,
  request: RestoreRevisionRequest,
  author: Pick<AuthUser, 'id' | 'role'>,
): Promise<GuideEntity> {
  const guide = await findGuideForChange(manager, slug);
  await assertCurrentVersion(manager, guide, request.version, { restore: number });
  assertMayEdit(author, guide);
  const revision = await findRevision(manager, guide.id, number);
  return replaceContent(
    manager,
    guide,
    { ...revision.content },
    {
      author,
      note: request.changeNote || `Gendannet fra version ${number}`,
    },
  );
}
