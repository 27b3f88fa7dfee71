import { diffLines, diffWords } from 'diff';
import type { EntityManager } from 'typeorm';
import type { AuthUser, DiffPart, GuideContent, GuideDiff, RestoreRevisionRequest } from '@digihjaelp/contract';
import { notFound } from '../../http/app-error';
import { GuideRevisionEntity } from './guide-revision.entity';
import type { GuideEntity } from './guide.entity';
import { contentOf } from './guides.presenter';
import { assertCurrentVersion, assertMayEdit, findGuideForChange, replaceContent } from './guides.service';

export function findRevisions(manager: EntityManager, guideId: string): Promise<GuideRevisionEntity[]> {
  return manager.find(GuideRevisionEntity, { where: { guideId }, relations: { author: true }, order: { number: 'DESC' } });
}

export async function findRevision(manager: EntityManager, guideId: string, number: number): Promise<GuideRevisionEntity> {
  const revision = await manager.findOne(GuideRevisionEntity, { where: { guideId, number }, relations: { author: true } });
  if (!revision) throw notFound(`Version ${number}`);
  return revision;
}

type Comparable = GuideContent & { status: string };

/** How each field reads in a diff: the body line by line, everything else word by word. */
const asText: { [field in keyof Comparable]: (value: Comparable[field]) => string } = {
  title: String,
  summary: String,
  body: String,
  categoryKey: String,
  audience: String,
  reviewBy: String,
  status: String,
  tags: (tags) => tags.join(', '),
  related: (slugs) => slugs.join(', '),
  sources: (sources) => sources.map((source) => `${source.title} – ${source.url}\n`).join(''),
};
const lineByLine = new Set<keyof Comparable>(['body', 'sources']);

function diffField(field: keyof Comparable, before: string, after: string): DiffPart[] {
  const changes = lineByLine.has(field) ? diffLines(before, after) : diffWords(before, after);
  return changes.map((change) => ({
    value: change.value,
    change: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }));
}

export function diffRevisions(from: GuideRevisionEntity, to: GuideRevisionEntity): GuideDiff {
  const before: Comparable = { ...contentOf(from.content), status: from.status };
  const after: Comparable = { ...contentOf(to.content), status: to.status };
  const fields = (Object.keys(asText) as (keyof Comparable)[]).flatMap((field) => {
    const format = asText[field] as (value: unknown) => string;
    const [old, next] = [format(before[field]), format(after[field])];
    return old === next ? [] : [{ field, parts: diffField(field, old, next) }];
  });
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
  return replaceContent(manager, guide, { ...revision.content }, {
    author,
    note: request.changeNote || `Gendannet fra version ${number}`,
  });
}
