import type {
  CitizenCard,
  CitizenLanguage,
  CitizenLanguageInfo,
  DanishCitizenText,
  TranslationDetail,
  TranslationSummary,
} from '@digihjaelp/contract';
import { renderGuide } from '@digihjaelp/markdown';
import type { GuideEntity } from '../guides/guide.entity';
import { presentStaffRef } from '../guides/guides.presenter';
import type { CitizenCardEntity } from './citizen-card.entity';
import type { GuideTranslationEntity, GuideTranslationRevisionEntity } from './guide-translation.entity';
import { danishCitizenText, type Staleness } from './translation-staleness';

export function presentLanguage(language: CitizenLanguage): CitizenLanguageInfo {
  return {
    code: language.code,
    nativeName: language.nativeName,
    nameDa: language.nameDa,
    nameEn: language.nameEn,
    dir: language.dir,
    stepsTitle: language.handout.stepsTitle,
    warningTitle: language.handout.warningTitle,
  };
}

export function presentDanishText(guide: GuideEntity): DanishCitizenText | null {
  const danish = danishCitizenText(guide.content);
  return (
    danish && {
      version: guide.version,
      title: danish.title,
      summary: danish.summary,
      html: danish.html,
      text: danish.text,
    }
  );
}

/** Expects `translatedBy` loaded. */
export function presentTranslationSummary(
  guide: Pick<GuideEntity, 'slug'>,
  translation: GuideTranslationEntity,
  stale: boolean,
): TranslationSummary {
  return {
    slug: guide.slug,
    language: translation.language,
    title: translation.title,
    status: translation.status,
    version: translation.version,
    baseVersion: translation.baseVersion,
    stale,
    needsNativeCheck: translation.needsNativeCheck,
    translatedBy: presentStaffRef(translation.translatedBy),
    translatedAt: translation.translatedAt.toISOString(),
  };
}

export function presentTranslationDetail(
  guide: GuideEntity,
  translation: GuideTranslationEntity,
  language: CitizenLanguage,
  { stale, changes }: Staleness,
): TranslationDetail {
  return {
    ...presentTranslationSummary(guide, translation, stale),
    summary: translation.summary,
    body: translation.body,
    bodyHtml: renderGuide(translation.body, { audience: 'handout' }),
    dir: language.dir,
    danish: presentDanishText(guide) ?? {
      version: guide.version,
      title: guide.content.title,
      summary: null,
      html: '',
      text: '',
    },
    danishChanges: changes,
  };
}

export function presentTranslationRevision(revision: GuideTranslationRevisionEntity) {
  return {
    number: revision.number,
    status: revision.status,
    baseVersion: revision.baseVersion,
    author: presentStaffRef(revision.author),
    createdAt: revision.createdAt.toISOString(),
    changeNote: revision.changeNote,
  };
}

export function presentCard(card: CitizenCardEntity): CitizenCard {
  return {
    key: card.key,
    position: card.position,
    texts: card.texts,
    version: card.version,
    updatedBy: card.updatedBy ? presentStaffRef(card.updatedBy) : null,
    updatedAt: card.updatedAt.toISOString(),
  };
}
