import type { EntityManager } from 'typeorm';
import type { AuthUser, DecideProposalRequest, UpdateGuideRequest } from '@digihjaelp/contract';
import { AppError, notFound } from '../../kernel/app-error';
import { GuideProposalEntity } from './guide-proposal.entity';
import { assertGuideTextAllowed } from './guide-text-rules';
import type { GuideEntity } from './guide.entity';
import {
  assertCurrentVersion,
  assertReferencesExist,
  findGuideForChange,
  findGuideWithPeople,
  replaceContent,
  toColumns,
} from './guides.service';

type Staff = Pick<AuthUser, 'id' | 'role'>;

/** Anyone may propose a change on the current version; nothing changes until a lead accepts it. */
export async function proposeChange(manager: EntityManager, slug: string, request: UpdateGuideRequest, author: Staff) {
  const guide = await findGuideWithPeople(manager, slug);
  const { version, changeNote, ...content } = request;
  await assertCurrentVersion(manager, guide, version, { content });
  assertGuideTextAllowed(request);
  await assertReferencesExist(manager, request, slug);
  const {
    identifiers: [inserted],
  } = await manager.insert(GuideProposalEntity, {
    guideId: guide.id,
    baseVersion: version,
    content: toColumns(request),
    authorId: author.id,
    changeNote: changeNote || null,
    status: 'open',
  });
  if (!inserted) throw new Error('An insert returns the new row’s identifier');
  const proposal = await manager.findOneOrFail(GuideProposalEntity, {
    where: { id: inserted.id },
    relations: { author: true },
  });
  return { proposal, guide };
}

export function findOpenProposals(manager: EntityManager, guideId: string) {
  return manager.find(GuideProposalEntity, {
    where: { guideId, status: 'open' },
    relations: { author: true },
    order: { createdAt: 'ASC' },
  });
}

/**
 * Accepting writes the proposal as a new revision (by the lead, naming the proposer); it needs
 * the guide unchanged since the proposal was made, else 409, so no one's later change is lost.
 */
export async function decideProposal(
  manager: EntityManager,
  slug: string,
  id: string,
  request: DecideProposalRequest,
  lead: Staff,
): Promise<GuideEntity> {
  const guide = await findGuideForChange(manager, slug);
  await assertCurrentVersion(manager, guide, request.version, { proposal: id });
  const proposal = await manager.findOne(GuideProposalEntity, {
    where: { id, guideId: guide.id, status: 'open' },
    relations: { author: true },
  });
  if (!proposal) throw notFound('Forslaget');
  Object.assign(proposal, { decidedById: lead.id, decidedAt: new Date() });
  if (request.decision === 'reject') {
    await manager.save(GuideProposalEntity, { ...proposal, status: 'rejected' });
    return findGuideWithPeople(manager, slug);
  }
  if (proposal.baseVersion !== guide.version) {
    throw new AppError(
      'conflict',
      `Vejledningen er ændret siden forslaget (forslaget bygger på version ${proposal.baseVersion}, den nyeste er ${guide.version}). Indarbejd forslaget ved at redigere vejledningen.`,
    );
  }
  await manager.save(GuideProposalEntity, { ...proposal, status: 'accepted' });
  const note = `Forslag fra ${proposal.author.displayName}${proposal.changeNote ? `: ${proposal.changeNote}` : ''}`;
  return replaceContent(manager, guide, { ...proposal.content }, { author: lead, note });
}
