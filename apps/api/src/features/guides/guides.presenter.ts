import type {
  GuideContent,
  GuideDetail,
  GuideRevision,
  GuideRevisionSummary,
  RelatedGuide,
} from '@digihjaelp/contract';
import { guideHandout, renderGuide } from '@digihjaelp/markdown';
import type { StaffAccountEntity } from '../staff/staff-account.entity';
import type { GuideContentColumns } from './guide-content.columns';
import type { GuideRevisionEntity } from './guide-revision.entity';
import type { GuideEntity } from './guide.entity';

/** Today as `YYYY-MM-DD` in the server's time zone: the day a review-by date is compared with. */
export function today(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** A guide past its review-by date is flagged wherever it is shown. */
export const isPastReviewBy = (reviewBy: string, day = today()) => reviewBy < day;

export const presentStaffRef = (staff: StaffAccountEntity) => ({ id: staff.id, displayName: staff.displayName });

export function contentOf(columns: GuideContentColumns): GuideContent {
  return {
    title: columns.title,
    summary: columns.summary,
    body: columns.body,
    categoryKey: columns.categoryKey,
    tags: columns.tags,
    audience: columns.audience,
    sources: columns.sources,
    reviewBy: columns.reviewBy,
    related: columns.relatedSlugs,
  };
}

export interface GuideDetailExtras {
  relatedGuides: RelatedGuide[];
  readByMe: boolean;
  feedback: { helpful: number; notHelpful: number };
}

/** Expects `owner` and `updatedBy` loaded. */
export function presentGuideDetail(guide: GuideEntity, extras: GuideDetailExtras): GuideDetail {
  return {
    id: guide.id,
    slug: guide.slug,
    ...contentOf(guide.content),
    status: guide.status,
    version: guide.version,
    needsReview: isPastReviewBy(guide.content.reviewBy),
    bodyHtml: renderGuide(guide.content.body, { audience: 'staff' }),
    handout: guideHandout(guide.content) !== null,
    owner: presentStaffRef(guide.owner),
    updatedBy: presentStaffRef(guide.updatedBy),
    createdAt: guide.createdAt.toISOString(),
    updatedAt: guide.updatedAt.toISOString(),
    ...extras,
  };
}

/** Expects `author` loaded. */
export function presentRevisionSummary(revision: GuideRevisionEntity): GuideRevisionSummary {
  return {
    number: revision.number,
    status: revision.status,
    author: presentStaffRef(revision.author),
    createdAt: revision.createdAt.toISOString(),
    changeNote: revision.changeNote,
    changedFields: revision.changedFields,
  };
}

export function presentRevision(revision: GuideRevisionEntity): GuideRevision {
  return { ...presentRevisionSummary(revision), content: contentOf(revision.content) };
}
