import { diffLines, diffWords } from 'diff';
import type { EntityManager } from 'typeorm';
import type { AuthUser, DiffPart, GuideDiff, RestoreRevisionRequest } from '@digihjaelp/contract';
import { notFound } from '../../http/app-error';
import { fieldText, textOf, type ComparableGuide } from './guide-fields';
import { GuideRevisionEntity } from './guide-revision.entity';
import type { GuideEntity } from './guide.entity';
import { contentOf } from './guides.presenter';
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

const lineByLine = new Set<keyof ComparableGuide>(['body', 'sources']);

function diffField(field: keyof ComparableGuide, before: string, after: string): DiffPart[] {
  const changes = lineByLine.has(field) ? diffLines(before, after) : diffWords(before, after);
  return changes.map((change) => ({
    value: change.value,
    change: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }));
}

/** Only the fields that differ, each as parts that stayed, went or came. */
export function diffContents(before: ComparableGuide, after: ComparableGuide): GuideDiff['fields'] {
  return (Object.keys(fieldText) as (keyof ComparableGuide)[]).flatMap((field) => {
    const [old, next] = [textOf(field, before), textOf(field, after)];
    return old === next ? [] : [{ field, parts: diffField(field, old, next) }];
  });
}

export function diffRevisions(from: GuideRevisionEntity, to: GuideRevisionEntity): GuideDiff {
  const fields = diffContents(
    { ...contentOf(from.content), status: from.status },
    { ...contentOf(to.content), status: to.status },
  );
  return { from: from.number, to: to.number, fields };
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
