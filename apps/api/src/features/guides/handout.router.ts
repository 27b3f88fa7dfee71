import { Router, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { guideParamsSchema, serverPages } from '@digihjaelp/contract';
import { BranchEntity } from '../admin-lists/admin-list-item.entity';
import { StaffAccountEntity } from '../staff/staff-account.entity';
import { GuideEntity } from './guide.entity';
import { escapeHtml, HANDOUT_PRINT_SCRIPT, renderHandoutPage } from './handout.page';

function notice(response: Response, status: number, message: string): void {
  response
    .status(status)
    .type('html')
    .send(
      `<!doctype html><html lang="da"><meta charset="utf-8"><title>Digihjælp</title><p>${escapeHtml(message)}</p><p><a href="/login">Log ind</a> · <a href="/vejledninger">Vejledninger</a></p></html>`,
    );
}

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
export function handoutRouter(dataSource: DataSource, organisationName: string): Router {
  const router = Router();

  router.get(serverPages.handoutPrintScript, (_request, response) => {
    response.type('application/javascript').set('Cache-Control', 'no-cache').send(HANDOUT_PRINT_SCRIPT);
  });

  router.get(serverPages.handout, async (request, response) => {
    if (!request.staff) return notice(response, 401, 'Log ind for at se og udskrive udleveringen.');
    // A page, not an API endpoint: a malformed address is the same "no such guide" page as an unknown one.
    const params = guideParamsSchema.safeParse(request.params);
    const guide = params.success ? await dataSource.manager.findOneBy(GuideEntity, { slug: params.data.slug }) : null;
    if (!guide) return notice(response, 404, 'Vejledningen findes ikke.');
    const page = await renderHandoutPage(guide, {
      organisation: organisationName,
      branch: await branchOf(dataSource, request.staff.id),
    });
    if (!page) return notice(response, 404, 'Denne vejledning har ingen udlevering til borgeren.');
    response.set('Cache-Control', 'no-store').type('html').send(page);
  });

  return router;
}
