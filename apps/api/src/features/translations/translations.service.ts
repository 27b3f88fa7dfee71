import type { EntityManager } from 'typeorm';
import { findDisallowedContent, type HandoutSource } from '@digihjaelp/markdown';
import {
  mayEditGuide,
  type AuthUser,
  type ChangeTranslationStatusRequest,
  type CitizenLanguage,
  type SaveTranslationRequest,
} from '@digihjaelp/contract';
import { AppError, notFound } from '../../kernel/app-error';
import { insertUnique } from '../../kernel/unique-keys';
import { GuideRevisionEntity } from '../guides/guide-revision.entity';
import { GuideEntity } from '../guides/guide.entity';
import { findGuideWithPeople } from '../guides/guides.service';
import { GuideTranslationEntity, GuideTranslationRevisionEntity } from './guide-translation.entity';
import { danishCitizenText, staleness, type Staleness } from './translation-staleness';

type Staff = Pick<AuthUser, 'id' | 'role'>;

/** A configured language, or 404 naming the code: a page or endpoint for a language not offered does not exist. */
export function offeredLanguage(languages: readonly CitizenLanguage[], code: string): CitizenLanguage {
  const language = languages.find((candidate) => candidate.code === code);
  if (!language) throw new AppError('not_found', `Sproget "${code}" tilbydes ikke her`);
  return language;
}

export function findTranslation(
  manager: EntityManager,
  guideId: string,
  language: string,
): Promise<GuideTranslationEntity | null> {
  return manager.findOne(GuideTranslationEntity, { where: { guideId, language }, relations: { translatedBy: true } });
}

export async function findTranslationOrFail(
  manager: EntityManager,
  guide: GuideEntity,
  language: CitizenLanguage,
): Promise<GuideTranslationEntity> {
  const translation = await findTranslation(manager, guide.id, language.code);
  if (!translation) throw notFound(`Oversættelsen til ${language.nameDa}`);
  return translation;
}

/** The Danish guide's citizen text at each of the given versions, for comparing translations with. */
async function baseTexts(
  manager: EntityManager,
  guideId: string,
  versions: number[],
): Promise<Map<number, HandoutSource>> {
  if (versions.length === 0) return new Map();
  const rows: GuideRevisionEntity[] = await manager.find(GuideRevisionEntity, {
    where: versions.map((number) => ({ guideId, number })),
  });
  return new Map(rows.map((row) => [row.number, row.content]));
}

/** Whether the Danish citizen text has moved on since the translation's base version, and how. */
export async function translationStaleness(
  manager: EntityManager,
  guide: GuideEntity,
  translation: Pick<GuideTranslationEntity, 'baseVersion'>,
): Promise<Staleness> {
  if (translation.baseVersion === guide.version) return { stale: false, changes: [] };
  const base = (await baseTexts(manager, guide.id, [translation.baseVersion])).get(translation.baseVersion);
  return staleness(base ?? null, guide.content);
}

/** Every translation of the given guides, with whether each is stale. */
export async function translationsWithStaleness(
  manager: EntityManager,
  guides: GuideEntity[],
): Promise<{ guide: GuideEntity; translation: GuideTranslationEntity; stale: boolean }[]> {
  if (guides.length === 0) return [];
  const translations = await manager.find(GuideTranslationEntity, {
    where: guides.map((guide) => ({ guideId: guide.id })),
    relations: { translatedBy: true },
    order: { language: 'ASC' },
  });
  const result: { guide: GuideEntity; translation: GuideTranslationEntity; stale: boolean }[] = [];
  for (const guide of guides) {
    const own = translations.filter((translation) => translation.guideId === guide.id);
    const bases = await baseTexts(
      manager,
      guide.id,
      [...new Set(own.map((translation) => translation.baseVersion))].filter((version) => version !== guide.version),
    );
    for (const translation of own) {
      const stale =
        translation.baseVersion !== guide.version &&
        staleness(bases.get(translation.baseVersion) ?? null, guide.content).stale;
      result.push({ guide, translation, stale });
    }
  }
  return result;
}

function assertTranslatable(guide: GuideEntity, request: SaveTranslationRequest): void {
  if (!danishCitizenText(guide.content)) {
    throw new AppError('validation', 'Vejledningen har ingen tekst til borgeren at oversætte', {
      fields: [{ path: 'body', message: 'Kun vejledninger med en udlevering kan oversættes' }],
    });
  }
  if (request.baseVersion > guide.version) {
    throw new AppError('validation', 'Den danske version findes ikke', {
      fields: [{ path: 'baseVersion', message: `Den danske vejledning er i version ${guide.version}` }],
    });
  }
  const disallowed = findDisallowedContent(request.body);
  if (disallowed.length > 0) {
    throw new AppError('validation', 'Teksten indeholder noget, der ikke kan vises', {
      fields: disallowed.map((problem) => ({ path: 'body', message: problem.message })),
    });
  }
}

function conflict(translation: GuideTranslationEntity, yours: number | undefined): AppError {
  return new AppError(
    'conflict',
    yours === undefined
      ? 'Der findes allerede en oversættelse til dette sprog. Åbn den, og ret i den.'
      : `Oversættelsen er ændret af en anden, siden du åbnede den (du har version ${yours}, den nyeste er ${translation.version}).`,
    { current: { version: translation.version }, yours: { version: yours ?? null } },
  );
}

async function writeRevision(
  manager: EntityManager,
  translation: GuideTranslationEntity,
  author: Staff,
  changeNote: string | undefined,
): Promise<void> {
  await manager.insert(GuideTranslationRevisionEntity, {
    translationId: translation.id,
    number: translation.version,
    title: translation.title,
    summary: translation.summary,
    body: translation.body,
    status: translation.status,
    baseVersion: translation.baseVersion,
    needsNativeCheck: translation.needsNativeCheck,
    authorId: author.id,
    changeNote: changeNote || null,
  });
}

/**
 * Writes a new translation (a draft) or a new revision of one. A published translation is a
 * reviewer's to change, as a published guide is. Run inside one transaction.
 */
export async function saveTranslation(
  manager: EntityManager,
  slug: string,
  language: CitizenLanguage,
  request: SaveTranslationRequest,
  author: Staff,
): Promise<GuideTranslationEntity> {
  const guide = await findGuideWithPeople(manager, slug);
  assertTranslatable(guide, request);
  const existing = await manager.findOne(GuideTranslationEntity, {
    where: { guideId: guide.id, language: language.code },
    lock: { mode: 'pessimistic_write' },
  });
  const text = {
    title: request.title,
    summary: request.summary,
    body: request.body,
    baseVersion: request.baseVersion,
    needsNativeCheck: request.needsNativeCheck,
    translatedById: author.id,
    translatedAt: new Date(),
  };
  let saved: GuideTranslationEntity;
  if (!existing) {
    if (request.version !== undefined) throw notFound(`Oversættelsen til ${language.nameDa}`);
    saved = await insertUnique(
      manager,
      GuideTranslationEntity,
      { guideId: guide.id, language: language.code, status: 'draft', version: 1, ...text },
      {
        field: 'language',
        message: 'Der findes allerede en oversættelse til dette sprog',
        fieldMessage: 'Findes allerede',
      },
    );
  } else {
    if (existing.version !== request.version) throw conflict(existing, request.version);
    if (!mayEditGuide(author, existing)) {
      throw new AppError(
        'forbidden',
        'Kun teamledere og administratorer kan ændre en udgivet oversættelse. Bed en teamleder om at tage den tilbage til kladde.',
      );
    }
    saved = await manager.save(GuideTranslationEntity, { ...existing, ...text, version: existing.version + 1 });
  }
  await writeRevision(manager, saved, author, request.changeNote);
  return findTranslationOrFail(manager, guide, language);
}

/** Publishing or taking back to draft; the route lets only reviewers in. */
export async function changeTranslationStatus(
  manager: EntityManager,
  slug: string,
  language: CitizenLanguage,
  request: ChangeTranslationStatusRequest,
  author: Staff,
): Promise<GuideTranslationEntity> {
  const guide = await findGuideWithPeople(manager, slug);
  const translation = await manager.findOne(GuideTranslationEntity, {
    where: { guideId: guide.id, language: language.code },
    lock: { mode: 'pessimistic_write' },
  });
  if (!translation) throw notFound(`Oversættelsen til ${language.nameDa}`);
  if (translation.version !== request.version) throw conflict(translation, request.version);
  if (translation.status === request.status) {
    throw new AppError('validation', 'Oversættelsen har allerede den status', {
      fields: [{ path: 'status', message: 'Uændret status' }],
    });
  }
  const saved = await manager.save(GuideTranslationEntity, {
    ...translation,
    status: request.status,
    version: translation.version + 1,
  });
  await writeRevision(manager, saved, author, request.status === 'published' ? 'Udgivet' : 'Taget tilbage til kladde');
  return findTranslationOrFail(manager, guide, language);
}

export function findTranslationRevisions(
  manager: EntityManager,
  translationId: string,
): Promise<GuideTranslationRevisionEntity[]> {
  return manager.find(GuideTranslationRevisionEntity, {
    where: { translationId },
    relations: { author: true },
    order: { number: 'DESC' },
  });
}

/** Every translation of every guide, for the counter's and the guide list's language marks. */
export async function findAllTranslations(manager: EntityManager) {
  const rows: { guide_id: string }[] = await manager.query('SELECT DISTINCT guide_id FROM guide_translations');
  if (rows.length === 0) return [];
  const guides = await manager.find(GuideEntity, { where: rows.map((row) => ({ id: row.guide_id })) });
  return translationsWithStaleness(manager, guides);
}
