import type { EntityManager } from 'typeorm';
import {
  mayChangeGuideStatus,
  mayEditGuide,
  type AuthUser,
  type ChangeGuideStatusRequest,
  type CreateGuideRequest,
  type GuideContent,
  type GuideStatus,
  type UpdateGuideRequest,
} from '@digihjaelp/contract';
import { guidePlainText } from '@digihjaelp/markdown';
import { AppError, notFound } from '../../kernel/app-error';
import { insertUnique } from '../../kernel/unique-keys';
import { assertCategoriesExist } from '../categories/categories.service';
import type { GuideContentColumns } from './guide-content.columns';
import { textOf } from './guide-fields';
import { assertGuideTextAllowed } from './guide-text-rules';
import { GuideRevisionEntity } from './guide-revision.entity';
import { recordGuideWords } from './guide-search.service';
import { GuideEntity } from './guide.entity';
import { StaffAccountEntity } from '../staff/staff-account.entity';
import { contentOf, presentStaffRef } from './guides.presenter';

type Staff = Pick<AuthUser, 'id' | 'role'>;

export async function findGuideWithPeople(manager: EntityManager, slug: string): Promise<GuideEntity> {
  const guide = await manager.findOne(GuideEntity, { where: { slug }, relations: { owner: true, updatedBy: true } });
  if (!guide) throw notFound('Vejledningen');
  return guide;
}

/**
 * Locks the guide's row for the rest of the transaction (without its people, so a save cannot
 * write back a stale `updatedBy`): two saves on the same version queue up here, and the second
 * one sees the first one's version and gets 409.
 */
export async function findGuideForChange(manager: EntityManager, slug: string): Promise<GuideEntity> {
  const guide = await manager.findOne(GuideEntity, { where: { slug }, lock: { mode: 'pessimistic_write' } });
  if (!guide) throw notFound('Vejledningen');
  return guide;
}

export function toColumns(content: GuideContent): GuideContentColumns {
  return {
    title: content.title,
    summary: content.summary,
    body: content.body,
    categoryKey: content.categoryKey,
    tags: [...new Set(content.tags)],
    audience: content.audience,
    sources: content.sources,
    relatedSlugs: [...new Set(content.related)],
    reviewBy: content.reviewBy,
  };
}

/** 400 naming the field when the category is unknown or a related guide does not exist. */
export async function assertReferencesExist(
  manager: EntityManager,
  content: GuideContent,
  ownSlug: string,
  alsoKnown: ReadonlySet<string> = new Set(),
): Promise<void> {
  await assertCategoriesExist(manager, [content.categoryKey], 'categoryKey');
  if (content.related.length === 0) return;
  const rows: { slug: string }[] = await manager.query('SELECT slug FROM guides WHERE slug = ANY($1)', [
    content.related,
  ]);
  const known = new Set([...alsoKnown, ...rows.map((row) => row.slug)]);
  const problems = content.related.flatMap((slug, index) =>
    slug === ownSlug
      ? [{ path: `related.${index}`, message: 'En vejledning kan ikke henvise til sig selv' }]
      : known.has(slug)
        ? []
        : [{ path: `related.${index}`, message: `Vejledningen "${slug}" findes ikke` }],
  );
  if (problems.length > 0) throw new AppError('validation', 'Ukendt relateret vejledning', { fields: problems });
}

/** Counter staff may only change drafts; what is in review, published or archived is for leads. */
export function assertMayEdit(staff: Staff, guide: GuideEntity): void {
  if (!mayEditGuide(staff, guide)) {
    throw new AppError(
      'forbidden',
      'Kun teamledere og administratorer kan ændre en vejledning, der er til gennemsyn, udgivet eller arkiveret. Send din ændring som et forslag, så godkender en teamleder den.',
    );
  }
}

/** 409 with both versions, so the editor can show the conflict instead of overwriting. */
export async function assertCurrentVersion(
  manager: EntityManager,
  guide: GuideEntity,
  expected: number,
  yours: object,
): Promise<void> {
  if (guide.version === expected) return;
  const updatedBy = await manager.findOneByOrFail(StaffAccountEntity, { id: guide.updatedById });
  throw new AppError(
    'conflict',
    `Vejledningen er ændret af en anden, siden du åbnede den (du har version ${expected}, den nyeste er ${guide.version}). Se forskellen, og gem igen.`,
    {
      current: {
        version: guide.version,
        status: guide.status,
        updatedAt: guide.updatedAt.toISOString(),
        updatedBy: presentStaffRef(updatedBy),
        content: contentOf(guide.content),
      },
      yours: { version: expected, ...yours },
    },
  );
}

/** Field names as the contract spells them, e.g. `["body", "related"]`. */
function changedFields(before: GuideContentColumns | undefined, after: GuideContentColumns): string[] {
  const next = { ...contentOf(after), status: '' };
  const fields = Object.keys(next).filter((field) => field !== 'status') as (keyof GuideContent)[];
  if (!before) return fields;
  const previous = { ...contentOf(before), status: '' };
  return fields.filter((field) => textOf(field, previous) !== textOf(field, next));
}

interface Change {
  author: Staff;
  note?: string;
  changedFields: string[];
}

/** Saves a changed guide and its new revision; callers run it inside one transaction. */
async function saveWithRevision(manager: EntityManager, guide: GuideEntity, change: Change): Promise<GuideEntity> {
  guide.updatedById = change.author.id;
  guide.updatedAt = new Date();
  guide.bodyText = guidePlainText(guide.content.body);
  return writeRevision(manager, await manager.save(GuideEntity, guide), change);
}

/** The revision (a full snapshot) of the guide as just saved, and its words for search. */
async function writeRevision(manager: EntityManager, saved: GuideEntity, change: Change): Promise<GuideEntity> {
  const { title, summary, tags } = saved.content;
  await recordGuideWords(manager, [title, summary, tags.join(' '), saved.bodyText]);
  await manager.insert(GuideRevisionEntity, {
    guideId: saved.id,
    number: saved.version,
    content: { ...saved.content },
    status: saved.status,
    authorId: change.author.id,
    changeNote: change.note || null,
    changedFields: change.changedFields,
  });
  return findGuideWithPeople(manager, saved.slug);
}

export async function createGuide(
  manager: EntityManager,
  request: CreateGuideRequest,
  author: Staff,
  options: {
    status?: GuideStatus;
    /** Slugs of guides written in the same import, which related links may point to. */
    alsoKnown?: ReadonlySet<string>;
  } = {},
): Promise<GuideEntity> {
  assertGuideTextAllowed(request);
  await assertReferencesExist(manager, request, request.slug, options.alsoKnown);
  const content = toColumns(request);
  const guide = await insertUnique(
    manager,
    GuideEntity,
    {
      slug: request.slug,
      content,
      bodyText: guidePlainText(content.body),
      status: options.status ?? 'draft',
      version: 1,
      ownerId: author.id,
      updatedById: author.id,
      updatedAt: new Date(),
    },
    {
      field: 'slug',
      message: `Adressen "${request.slug}" er allerede i brug`,
      fieldMessage: 'Allerede i brug af en anden vejledning',
    },
  );
  return writeRevision(manager, guide, {
    author,
    note: request.changeNote,
    changedFields: changedFields(undefined, content),
  });
}

export async function updateGuide(
  manager: EntityManager,
  slug: string,
  request: UpdateGuideRequest,
  author: Staff,
): Promise<GuideEntity> {
  const guide = await findGuideForChange(manager, slug);
  const { version, changeNote, ...content } = request;
  await assertCurrentVersion(manager, guide, version, { content });
  assertMayEdit(author, guide);
  await assertReferencesExist(manager, request, slug);
  return replaceContent(manager, guide, toColumns(request), { author, note: changeNote });
}

/** A new revision with `content`; also how restoring works, so nothing is ever overwritten. */
export async function replaceContent(
  manager: EntityManager,
  guide: GuideEntity,
  content: GuideContentColumns,
  change: { author: Staff; note?: string },
): Promise<GuideEntity> {
  assertGuideTextAllowed({ ...content, changeNote: change.note });
  const fields = changedFields(guide.content, content);
  guide.content = content;
  guide.version += 1;
  return saveWithRevision(manager, guide, { ...change, changedFields: fields });
}

/** Counter staff may propose a draft for review or take it back; everything else is for leads. */
function assertMayChangeStatus(staff: Staff, from: GuideStatus, to: GuideStatus): void {
  if (from === to) {
    throw new AppError('validation', 'Vejledningen har allerede den status', {
      fields: [{ path: 'status', message: 'Uændret status' }],
    });
  }
  if (!mayChangeGuideStatus(staff, from, to)) {
    throw new AppError(
      'forbidden',
      'Kun teamledere og administratorer kan udgive, trække tilbage og arkivere vejledninger',
    );
  }
}

export async function changeGuideStatus(
  manager: EntityManager,
  slug: string,
  request: ChangeGuideStatusRequest,
  author: Staff,
): Promise<GuideEntity> {
  const guide = await findGuideForChange(manager, slug);
  await assertCurrentVersion(manager, guide, request.version, { status: request.status });
  assertMayChangeStatus(author, guide.status, request.status);
  assertGuideTextAllowed({ changeNote: request.changeNote });
  guide.status = request.status;
  guide.version += 1;
  return saveWithRevision(manager, guide, { author, note: request.changeNote, changedFields: ['status'] });
}
