import { Router, type Response } from 'express';
import type { DataSource } from 'typeorm';
import {
  guideParamsSchema,
  languageCodeSchema,
  pathFor,
  serverPages,
  type CitizenLanguage,
} from '@digihjaelp/contract';
import { BranchEntity } from '../admin-lists/admin-list-item.entity';
import { StaffAccountEntity } from '../staff/staff-account.entity';
import { GuideEntity } from './guide.entity';
import { findTranslation, translationStaleness } from '../translations/translations.service';
import { escapeHtml, HANDOUT_PRINT_SCRIPT, renderHandoutPage, type HandoutTranslation } from './handout.page';

function notice(response: Response, status: number, message: string, danishHandout?: string): void {
  const danishLink = danishHandout ? `<a href="${escapeHtml(danishHandout)}">Den danske udlevering</a> · ` : '';
  response
    .status(status)
    .type('html')
    .send(
      `<!doctype html><html lang="da"><meta charset="utf-8"><title>Digihjælp</title><p>${escapeHtml(message)}</p><p>${danishLink}<a href="/login">Log ind</a> · <a href="/vejledninger">Vejledninger</a></p></html>`,
    );
}

const danishHandout = (slug: string) => pathFor({ path: serverPages.handout }, { slug });

/** The name of the staff member's own branch, if they have one. */
async function branchOf(dataSource: DataSource, staffId: string): Promise<string | undefined> {
  const staff = await dataSource.manager.findOneBy(StaffAccountEntity, { id: staffId });
  if (!staff?.defaultBranchKey) return undefined;
  return (await dataSource.manager.findOneBy(BranchEntity, { key: staff.defaultBranchKey }))?.nameDa;
}

/**
 * `GET /guides/:slug/handout`: the citizen handout as a server-rendered page, for staff to print.
 * Mounted before the web app's client routes, which would otherwise answer with the app shell.
 */
export function handoutRouter(
  dataSource: DataSource,
  options: { organisationName: string; languages: readonly CitizenLanguage[] },
): Router {
  const router = Router();

  /**
   * `?lang=xx`: the published translation in that language, or null with the page to answer
   * instead. Without `lang` (or `lang=da`) the Danish handout.
   */
  async function translationFor(
    guide: GuideEntity,
    lang: unknown,
  ): Promise<{ translation?: HandoutTranslation; problem?: string }> {
    if (lang === undefined || lang === 'da') return {};
    const code = languageCodeSchema.safeParse(lang);
    const language = code.success ? options.languages.find((candidate) => candidate.code === code.data) : undefined;
    if (!language) return { problem: `Udleveringer findes ikke på sproget "${String(lang)}".` };
    const translation = await findTranslation(dataSource.manager, guide.id, language.code);
    if (translation?.status !== 'published') {
      return {
        problem: `Der er ingen udgivet oversættelse til ${language.nameDa} af "${guide.content.title}". Brug den danske udlevering, eller bed en teamleder om at udgive en oversættelse.`,
      };
    }
    const { stale } = await translationStaleness(dataSource.manager, guide, translation);
    return {
      translation: {
        language,
        title: translation.title,
        summary: translation.summary,
        body: translation.body,
        stale,
        danishUrl: danishHandout(guide.slug),
      },
    };
  }

  router.get(serverPages.handoutPrintScript, (_request, response) => {
    response.type('application/javascript').set('Cache-Control', 'no-cache').send(HANDOUT_PRINT_SCRIPT);
  });

  router.get(serverPages.handout, async (request, response) => {
    if (!request.staff) return notice(response, 401, 'Log ind for at se og udskrive udleveringen.');
    // A page, not an API endpoint: a malformed address is the same "no such guide" page as an unknown one.
    const params = guideParamsSchema.safeParse(request.params);
    const guide = params.success ? await dataSource.manager.findOneBy(GuideEntity, { slug: params.data.slug }) : null;
    if (!guide) return notice(response, 404, 'Vejledningen findes ikke.');
    const { translation, problem } = await translationFor(guide, request.query.lang);
    if (problem) return notice(response, 404, problem, danishHandout(guide.slug));
    const page = await renderHandoutPage(guide, {
      organisation: options.organisationName,
      branch: await branchOf(dataSource, request.staff.id),
      translation,
    });
    if (!page) return notice(response, 404, 'Denne vejledning har ingen udlevering til borgeren.');
    response.set('Cache-Control', 'no-store').type('html').send(page);
  });

  return router;
}
