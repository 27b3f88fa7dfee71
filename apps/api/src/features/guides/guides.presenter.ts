import {
  danishToday,
  type GuideContent,
  type GuideDetail,
  type GuideDiff,
  type GuideProposal,
  type ProposalSummary,
  type GuideReaders,
  type GuideRevision,
  type GuideRevisionSummary,
  type GuideSummary,
  type ReadingOverview,
  type RelatedGuide,
  type Role,
} from '@digihjaelp/contract';
import { guideHandout, renderGuide } from '@digihjaelp/markdown';
import type { StaffAccountEntity } from '../staff/staff-account.entity';
import type { GuideContentColumns } from './guide-content.columns';
import type { GuideFeedbackEntity } from './guide-feedback.entity';
import { diffContents } from './guide-fields';
import type { GuideProposalEntity } from './guide-proposal.entity';
import type { GuideReadEntity } from './guide-read.entity';
import type { GuideRevisionEntity } from './guide-revision.entity';
import type { GuideEntity } from './guide.entity';

/** A guide past its review-by date (a Danish calendar day) is flagged wherever it is shown. */
export const isPastReviewBy = (reviewBy: string, day = danishToday()) => reviewBy < day;

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

/** A search hit as the search query returns it (see guide-search.service.ts). */
export interface GuideSummaryRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  category_key: string;
  tags: string[];
  audience: GuideSummary['audience'];
  status: GuideSummary['status'];
  review_by: string;
  updated_at: Date;
  snippet: string | null;
}

/** `day`: the Danish day the search compared review-by dates with. */
export function presentGuideSummary(row: GuideSummaryRow, day: string): GuideSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    categoryKey: row.category_key,
    tags: row.tags,
    audience: row.audience,
    status: row.status,
    reviewBy: row.review_by,
    needsReview: isPastReviewBy(row.review_by, day),
    updatedAt: row.updated_at.toISOString(),
    snippet: row.snippet,
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

/** What changed from one revision to another. */
export function presentRevisionDiff(from: GuideRevisionEntity, to: GuideRevisionEntity): GuideDiff {
  const fields = diffContents(
    { ...contentOf(from.content), status: from.status },
    { ...contentOf(to.content), status: to.status },
  );
  return { from: from.number, to: to.number, fields };
}

/** Expects `author` loaded; the diff is against the guide as it is now. */
export function presentProposal(proposal: GuideProposalEntity, guide: GuideEntity): GuideProposal {
  const status = guide.status;
  return {
    id: proposal.id,
    baseVersion: proposal.baseVersion,
    status: proposal.status,
    author: presentStaffRef(proposal.author),
    createdAt: proposal.createdAt.toISOString(),
    changeNote: proposal.changeNote,
    content: contentOf(proposal.content),
    diff: diffContents({ ...contentOf(guide.content), status }, { ...contentOf(proposal.content), status }),
  };
}

/** Expects `author`, `guide` and `decidedBy` loaded. */
export function presentProposalSummary(proposal: GuideProposalEntity): ProposalSummary {
  return {
    id: proposal.id,
    guide: { slug: proposal.guide.slug, title: proposal.guide.content.title },
    status: proposal.status,
    author: presentStaffRef(proposal.author),
    createdAt: proposal.createdAt.toISOString(),
    changeNote: proposal.changeNote,
    decidedBy: proposal.decidedBy ? presentStaffRef(proposal.decidedBy) : null,
    decidedAt: proposal.decidedAt?.toISOString() ?? null,
  };
}

/** Expects `staff` loaded. */
export function presentFeedback(feedback: GuideFeedbackEntity) {
  return {
    id: feedback.id,
    version: feedback.version,
    helpful: feedback.helpful,
    comment: feedback.comment,
    staff: presentStaffRef(feedback.staff),
    createdAt: feedback.createdAt.toISOString(),
  };
}

export function presentRead(read: GuideReadEntity) {
  return { version: read.version, confirmedAt: read.confirmedAt.toISOString() };
}

/** A staff member as the reading queries return them. */
interface ReaderRow {
  id: string;
  display_name: string;
  role: Role;
}
const staffWithRole = (row: ReaderRow) => ({ id: row.id, displayName: row.display_name, role: row.role });

export interface GuideReaderRow extends ReaderRow {
  version: number | null;
  confirmed_at: Date | null;
}

export function presentReaders(guide: GuideEntity, rows: GuideReaderRow[]): GuideReaders {
  return {
    currentVersion: guide.version,
    staff: rows.map((row) => ({
      staff: staffWithRole(row),
      readVersion: row.version,
      readCurrent: row.version === guide.version,
      confirmedAt: row.confirmed_at?.toISOString() ?? null,
    })),
  };
}

export interface ReadingOverviewRow extends ReaderRow {
  published: number;
  read_current: number;
  unread: { slug: string; title: string }[];
}

export function presentReadingOverview(rows: ReadingOverviewRow[]): ReadingOverview {
  return rows.map((row) => ({
    staff: staffWithRole(row),
    publishedGuides: row.published,
    readCurrent: row.read_current,
    unread: row.unread,
  }));
}
