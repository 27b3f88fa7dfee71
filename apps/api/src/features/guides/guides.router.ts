import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { guideEndpoints } from '@digihjaelp/contract';
import { route } from '../../http/route';
import {
  presentFeedback,
  presentProposal,
  presentProposalSummary,
  presentRead,
  presentRevision,
  presentRevisionDiff,
  presentRevisionSummary,
} from './guides.presenter';
import { guideDetail } from './guide-detail.service';
import { findFeedback, giveFeedback } from './guide-feedback.service';
import {
  decideProposal,
  findOpenProposals,
  findProposalsBy,
  findReviewQueue,
  proposeChange,
} from './guide-proposals.service';
import { confirmRead, findReaders, readingOverview } from './guide-reads.service';
import { findRevision, findRevisions, restoreRevision } from './guide-revisions.service';
import { searchGuidesIn } from './guide-search.service';
import { changeGuideStatus, createGuide, findGuideWithPeople, updateGuide } from './guides.service';

export function guidesRouter(dataSource: DataSource): Router {
  const router = Router();
  const { manager } = dataSource;

  route(router, guideEndpoints.list, async ({ query }) => {
    const { guides, total, capped } = await searchGuidesIn(dataSource, query);
    return { data: guides, page: { page: query.page, pageSize: query.pageSize, total, ...(capped && { capped }) } };
  });

  route(router, guideEndpoints.reviewQueue, async () => ({
    data: (await findReviewQueue(manager)).map(presentProposalSummary),
  }));
  route(router, guideEndpoints.myProposals, async ({ staff }) => ({
    data: (await findProposalsBy(manager, staff.id)).map(presentProposalSummary),
  }));

  route(router, guideEndpoints.readingOverview, async () => ({ data: await readingOverview(manager) }));

  route(router, guideEndpoints.create, async ({ body, staff }) => {
    const guide = await dataSource.transaction((transaction) => createGuide(transaction, body, staff));
    return { data: await guideDetail(manager, guide, staff.id) };
  });

  route(router, guideEndpoints.get, async ({ params, staff }) => {
    const guide = await findGuideWithPeople(manager, params.slug);
    return { data: await guideDetail(manager, guide, staff.id) };
  });

  route(router, guideEndpoints.update, async ({ body, params, staff }) => {
    const guide = await dataSource.transaction((transaction) => updateGuide(transaction, params.slug, body, staff));
    return { data: await guideDetail(manager, guide, staff.id) };
  });

  route(router, guideEndpoints.changeStatus, async ({ body, params, staff }) => {
    const guide = await dataSource.transaction((transaction) =>
      changeGuideStatus(transaction, params.slug, body, staff),
    );
    return { data: await guideDetail(manager, guide, staff.id) };
  });

  route(router, guideEndpoints.revisions, async ({ params }) => {
    const guide = await findGuideWithPeople(manager, params.slug);
    return { data: (await findRevisions(manager, guide.id)).map(presentRevisionSummary) };
  });

  route(router, guideEndpoints.revision, async ({ params }) => {
    const guide = await findGuideWithPeople(manager, params.slug);
    return { data: presentRevision(await findRevision(manager, guide.id, params.number)) };
  });

  route(router, guideEndpoints.diff, async ({ params, query }) => {
    const guide = await findGuideWithPeople(manager, params.slug);
    const [from, to] = await Promise.all([
      findRevision(manager, guide.id, query.from),
      findRevision(manager, guide.id, query.to),
    ]);
    return { data: presentRevisionDiff(from, to) };
  });

  route(router, guideEndpoints.restore, async ({ body, params, staff }) => {
    const guide = await dataSource.transaction((transaction) =>
      restoreRevision(transaction, params.slug, params.number, body, staff),
    );
    return { data: await guideDetail(manager, guide, staff.id) };
  });

  route(router, guideEndpoints.propose, async ({ body, params, staff }) => {
    const { proposal, guide } = await dataSource.transaction((transaction) =>
      proposeChange(transaction, params.slug, body, staff),
    );
    return { data: presentProposal(proposal, guide) };
  });

  route(router, guideEndpoints.proposals, async ({ params }) => {
    const guide = await findGuideWithPeople(manager, params.slug);
    return { data: (await findOpenProposals(manager, guide.id)).map((proposal) => presentProposal(proposal, guide)) };
  });

  route(router, guideEndpoints.decideProposal, async ({ body, params, staff }) => {
    const guide = await dataSource.transaction((transaction) =>
      decideProposal(transaction, params.slug, params.id, body, staff),
    );
    return { data: await guideDetail(manager, guide, staff.id) };
  });

  route(router, guideEndpoints.giveFeedback, async ({ body, params, staff }) => {
    const guide = await findGuideWithPeople(manager, params.slug);
    await giveFeedback(manager, guide, staff.id, body);
    return { ok: true as const };
  });

  route(router, guideEndpoints.feedback, async ({ params, query }) => {
    const guide = await findGuideWithPeople(manager, params.slug);
    const { feedback, total } = await findFeedback(manager, guide.id, query);
    return { data: feedback.map(presentFeedback), page: { page: query.page, pageSize: query.pageSize, total } };
  });

  route(router, guideEndpoints.confirmRead, async ({ body, params, staff }) => {
    const guide = await findGuideWithPeople(manager, params.slug);
    return { data: presentRead(await confirmRead(manager, guide, staff.id, body.version)) };
  });

  route(router, guideEndpoints.readers, async ({ params }) => {
    const guide = await findGuideWithPeople(manager, params.slug);
    return { data: await findReaders(manager, guide) };
  });

  return router;
}
