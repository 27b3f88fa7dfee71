import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { guideEndpoints, guideSlugSchema, idSchema } from '@digihjaelp/contract';
import { route } from '../../http/route';
import { parseOrThrow } from '../../http/validate';
import { presentStaffRef, presentRevision, presentRevisionSummary } from './guides.presenter';
import { guideDetail } from './guide-detail.service';
import { findFeedback, giveFeedback } from './guide-feedback.service';
import { decideProposal, findOpenProposals, presentProposal, proposeChange } from './guide-proposals.service';
import { confirmRead, findReaders, readingOverview } from './guide-reads.service';
import { diffRevisions, findRevision, findRevisions, restoreRevision } from './guide-revisions.service';
import { searchGuides } from './guide-search.service';
import { changeGuideStatus, createGuide, findGuideWithPeople, updateGuide } from './guides.service';

const slugParams = z.object({ slug: guideSlugSchema });
const revisionParams = slugParams.extend({ number: z.coerce.number().int().min(1) });
const proposalParams = slugParams.extend({ id: idSchema });

/** The `:slug` path parameter (400 naming `slug` when malformed). */
export const slugParam = (params: Record<string, string>) => parseOrThrow(slugParams, params).slug;

export function guidesRouter(dataSource: DataSource): Router {
  const router = Router();
  const { manager } = dataSource;

  route(router, guideEndpoints.list, async ({ query }) => {
    const { guides, total } = await dataSource.transaction((transaction) => searchGuides(transaction, query));
    return { data: guides, page: { page: query.page, pageSize: query.pageSize, total } };
  });

  route(router, guideEndpoints.readingOverview, async () => ({ data: await readingOverview(manager) }));

  route(router, guideEndpoints.create, async ({ body, staff }) => {
    const guide = await dataSource.transaction((transaction) => createGuide(transaction, body, staff));
    return { data: await guideDetail(manager, guide, staff.id) };
  });

  route(router, guideEndpoints.get, async ({ params, staff }) => {
    const guide = await findGuideWithPeople(manager, slugParam(params));
    return { data: await guideDetail(manager, guide, staff.id) };
  });

  route(router, guideEndpoints.update, async ({ body, params, staff }) => {
    const slug = slugParam(params);
    const guide = await dataSource.transaction((transaction) => updateGuide(transaction, slug, body, staff));
    return { data: await guideDetail(manager, guide, staff.id) };
  });

  route(router, guideEndpoints.changeStatus, async ({ body, params, staff }) => {
    const slug = slugParam(params);
    const guide = await dataSource.transaction((transaction) => changeGuideStatus(transaction, slug, body, staff));
    return { data: await guideDetail(manager, guide, staff.id) };
  });

  route(router, guideEndpoints.revisions, async ({ params }) => {
    const guide = await findGuideWithPeople(manager, slugParam(params));
    return { data: (await findRevisions(manager, guide.id)).map(presentRevisionSummary) };
  });

  route(router, guideEndpoints.revision, async ({ params }) => {
    const { slug, number } = parseOrThrow(revisionParams, params);
    const guide = await findGuideWithPeople(manager, slug);
    return { data: presentRevision(await findRevision(manager, guide.id, number)) };
  });

  route(router, guideEndpoints.diff, async ({ params, query }) => {
    const guide = await findGuideWithPeople(manager, slugParam(params));
    const [from, to] = await Promise.all([
      findRevision(manager, guide.id, query.from),
      findRevision(manager, guide.id, query.to),
    ]);
    return { data: diffRevisions(from, to) };
  });

  route(router, guideEndpoints.restore, async ({ body, params, staff }) => {
    const { slug, number } = parseOrThrow(revisionParams, params);
    const guide = await dataSource.transaction((transaction) =>
      restoreRevision(transaction, slug, number, body, staff),
    );
    return { data: await guideDetail(manager, guide, staff.id) };
  });

  route(router, guideEndpoints.propose, async ({ body, params, staff }) => {
    const slug = slugParam(params);
    const { proposal, guide } = await dataSource.transaction((transaction) =>
      proposeChange(transaction, slug, body, staff),
    );
    return { data: presentProposal(proposal, guide) };
  });

  route(router, guideEndpoints.proposals, async ({ params }) => {
    const guide = await findGuideWithPeople(manager, slugParam(params));
    return { data: (await findOpenProposals(manager, guide.id)).map((proposal) => presentProposal(proposal, guide)) };
  });

  route(router, guideEndpoints.decideProposal, async ({ body, params, staff }) => {
    const { slug, id } = parseOrThrow(proposalParams, params);
    const guide = await dataSource.transaction((transaction) => decideProposal(transaction, slug, id, body, staff));
    return { data: await guideDetail(manager, guide, staff.id) };
  });

  route(router, guideEndpoints.giveFeedback, async ({ body, params, staff }) => {
    const guide = await findGuideWithPeople(manager, slugParam(params));
    await giveFeedback(manager, guide, staff.id, body);
    return { ok: true as const };
  });

  route(router, guideEndpoints.feedback, async ({ params, query }) => {
    const guide = await findGuideWithPeople(manager, slugParam(params));
    const { feedback, total } = await findFeedback(manager, guide.id, query);
    return {
      data: feedback.map((item) => ({
        id: item.id,
        version: item.version,
        helpful: item.helpful,
        comment: item.comment,
        staff: presentStaffRef(item.staff),
        createdAt: item.createdAt.toISOString(),
      })),
      page: { page: query.page, pageSize: query.pageSize, total },
    };
  });

  route(router, guideEndpoints.confirmRead, async ({ body, params, staff }) => {
    const guide = await findGuideWithPeople(manager, slugParam(params));
    const read = await confirmRead(manager, guide, staff.id, body.version);
    return { data: { version: read.version, confirmedAt: read.confirmedAt.toISOString() } };
  });

  route(router, guideEndpoints.readers, async ({ params }) => {
    const guide = await findGuideWithPeople(manager, slugParam(params));
    return { data: await findReaders(manager, guide) };
  });

  return router;
}
