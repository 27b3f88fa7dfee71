import type { EntityManager } from 'typeorm';
import type { AuthUser } from '@digihjaelp/contract';
import type { GuideFile } from '../guides/guide-files';
import { GuideFileError } from '../guides/guide-files';
import { GuideRevisionEntity } from '../guides/guide-revision.entity';
import { GuideEntity } from '../guides/guide.entity';
import { CitizenCardEntity } from './citizen-card.entity';
import { GuideTranslationEntity, GuideTranslationRevisionEntity } from './guide-translation.entity';
import type { CardFile, TranslationFile } from './translation-files';
import { danishCitizenText } from './translation-staleness';

/**
 * The Danish version a content file's translation was made from: the newest revision whose citizen
 * text is the one in content/guides (which the translation was written from). When an editor has
 * since changed that text, the oldest revision is the base, so the translation shows as stale.
 */
async function baseVersionFor(
  manager: EntityManager,
  guide: GuideEntity,
  danish: GuideFile | undefined,
): Promise<number> {
  const written = danish ? danishCitizenText(danish.content)?.text : undefined;
  const revisions = await manager.find(GuideRevisionEntity, {
    where: { guideId: guide.id },
    order: { number: 'DESC' },
  });
  const same = revisions.find((revision) => danishCitizenText(revision.content)?.text === written);
  return same?.number ?? revisions.at(-1)?.number ?? 1;
}

/**
 * Publishes every translation file whose guide has none in that language yet, translated by
 * `owner`. Idempotent, and what users have written is never overwritten. A file for a guide that
 * does not exist stops the import (run it in the guides' transaction).
 */
export async function importTranslations(
  manager: EntityManager,
  files: TranslationFile[],
  guideFiles: GuideFile[],
  owner: Pick<AuthUser, 'id'>,
): Promise<{ created: number }> {
  let created = 0;
  for (const file of files) {
    const guide = await manager.findOneBy(GuideEntity, { slug: file.slug });
    if (!guide) throw new GuideFileError(file.file, `no guide "${file.slug}"`);
    if (await manager.existsBy(GuideTranslationEntity, { guideId: guide.id, language: file.language })) continue;
    const baseVersion = await baseVersionFor(
      manager,
      guide,
      guideFiles.find((candidate) => candidate.slug === file.slug),
    );
    const values = {
      ...file.content,
      status: 'published' as const,
      version: 1,
      baseVersion,
    };
    const { identifiers } = await manager.insert(GuideTranslationEntity, {
      ...values,
      guideId: guide.id,
      language: file.language,
      translatedById: owner.id,
      translatedAt: new Date(),
    });
    await manager.insert(GuideTranslationRevisionEntity, {
      ...values,
      number: 1,
      translationId: String(identifiers[0]?.id),
      authorId: owner.id,
      changeNote: 'Indlæst fra content/translations',
    });
    created += 1;
  }
  return { created };
}

/** Adds the cards whose key is not there yet; cards leads have changed stay as they are. */
export async function importCards(manager: EntityManager, cards: CardFile): Promise<void> {
  for (const [position, card] of cards.entries()) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(CitizenCardEntity)
      .values({
        key: card.key,
        position: position + 1,
        texts: card.texts,
        version: 1,
        updatedById: null,
        updatedAt: new Date(),
      })
      .orIgnore()
      .execute();
  }
}
