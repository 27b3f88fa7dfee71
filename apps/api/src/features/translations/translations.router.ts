import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { citizenCardEndpoints, translationEndpoints, type CitizenLanguage } from '@digihjaelp/contract';
import { route } from '../../http/route';
import { findGuideWithPeople } from '../guides/guides.service';
import { findCards, updateCard } from './citizen-cards.service';
import {
  presentCard,
  presentDanishText,
  presentLanguage,
  presentTranslationDetail,
  presentTranslationRevision,
  presentTranslationSummary,
} from './translations.presenter';
import {
  changeTranslationStatus,
  findAllTranslations,
  findTranslationOrFail,
  findTranslationRevisions,
  offeredLanguage,
  saveTranslation,
  translationStaleness,
  translationsWithStaleness,
} from './translations.service';
import type { GuideTranslationEntity } from './guide-translation.entity';

/** Translations of guides' citizen text, and the show-the-citizen cards, in the configured languages. */
export function translationsRouter(dataSource: DataSource, languages: readonly CitizenLanguage[]): Router {
  const router = Router();
  const { manager } = dataSource;
  const offered = new Set(languages.map((language) => language.code));

  async function detail(slug: string, language: CitizenLanguage, translation?: GuideTranslationEntity) {
    const guide = await findGuideWithPeople(manager, slug);
    const current = translation ?? (await findTranslationOrFail(manager, guide, language));
    return presentTranslationDetail(guide, current, language, await translationStaleness(manager, guide, current));
  }

  route(router, translationEndpoints.overview, async () => {
    const all = await findAllTranslations(manager);
    return {
      data: {
        languages: languages.map(presentLanguage),
        translations: all
          .filter(({ translation }) => offered.has(translation.language))
          .map(({ guide, translation, stale }) => presentTranslationSummary(guide, translation, stale)),
      },
    };
  });

  route(router, translationEndpoints.list, async ({ params }) => {
    const guide = await findGuideWithPeople(manager, params.slug);
    const all = await translationsWithStaleness(manager, [guide]);
    return {
      data: {
        danish: presentDanishText(guide),
        translations: all
          .filter(({ translation }) => offered.has(translation.language))
          .map(({ translation, stale }) => presentTranslationSummary(guide, translation, stale)),
      },
    };
  });

  route(router, translationEndpoints.get, async ({ params }) => ({
    data: await detail(params.slug, offeredLanguage(languages, params.language)),
  }));

  route(router, translationEndpoints.save, async ({ params, body, staff }) => {
    const language = offeredLanguage(languages, params.language);
    const saved = await dataSource.transaction((transaction) =>
      saveTranslation(transaction, params.slug, language, body, staff),
    );
    return { data: await detail(params.slug, language, saved) };
  });

  route(router, translationEndpoints.changeStatus, async ({ params, body, staff }) => {
    const language = offeredLanguage(languages, params.language);
    const saved = await dataSource.transaction((transaction) =>
      changeTranslationStatus(transaction, params.slug, language, body, staff),
    );
    return { data: await detail(params.slug, language, saved) };
  });

  route(router, translationEndpoints.revisions, async ({ params }) => {
    const language = offeredLanguage(languages, params.language);
    const guide = await findGuideWithPeople(manager, params.slug);
    const translation = await findTranslationOrFail(manager, guide, language);
    return { data: (await findTranslationRevisions(manager, translation.id)).map(presentTranslationRevision) };
  });

  route(router, citizenCardEndpoints.list, async () => ({
    data: { languages: languages.map(presentLanguage), cards: (await findCards(manager)).map(presentCard) },
  }));

  route(router, citizenCardEndpoints.update, async ({ params, body, staff }) => {
    const card = await dataSource.transaction((transaction) =>
      updateCard(transaction, params.key, body, languages, staff),
    );
    return { data: presentCard(card) };
  });

  return router;
}
