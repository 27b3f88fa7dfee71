import type {
  AgeBand,
  CaseOutcome,
  CaseRecommendation,
  CaseTriage,
  HelpLevel,
  ReferralTarget,
} from '@digihjaelp/contract';
import { CaseEntity } from './case.entity';

/**
 * The columns a case is written with, once, in this order, with the type each parameter is read
 * as: logging a visit (cases.service.ts), bulk loads (bulk-insert-cases.ts) and the tests' case
 * rows all write through this list, so a new column is added in one place.
 */
export const caseColumns = [
  ['staff_id', 'uuid'],
  ['branch_key', 'text'],
  ['channel_key', 'text'],
  ['category_keys', 'text[]'],
  ['flow_version', 'int'],
  ['triage_answers', 'jsonb'],
  ['recommended_level', 'smallint'],
  ['recommended_referral', 'text'],
  ['recommended_not_permitted', 'boolean'],
  ['level_given', 'smallint'],
  ['outcome', 'text'],
  ['referral_target', 'text'],
  ['minutes', 'smallint'],
  ['guide_slugs', 'text[]'],
  ['repeat_visit', 'boolean'],
  ['age_band', 'text'],
  ['note', 'text'],
  ['deviation_reason', 'text'],
] as const;
export type CaseColumn = (typeof caseColumns)[number][0];

export const caseColumnNames: readonly CaseColumn[] = caseColumns.map(([name]) => name);

/** The columns of a case logged at a given time (bulk loads, tests): both times first. */
export const timedCaseColumnNames = ['created_at', 'updated_at', ...caseColumnNames] as const;

/** What a case row holds, as its writers have it. */
export interface CaseRowFields {
  staffId: string;
  branchKey: string;
  channelKey: string;
  categoryKeys: string[];
  triage?: CaseTriage | null;
  levelGiven: HelpLevel | null;
  outcome: CaseOutcome;
  referralTarget?: ReferralTarget | null;
  minutes: number;
  guideSlugs: string[];
  repeatVisit: boolean;
  ageBand?: AgeBand | null;
  note?: string | null;
  deviationReason?: string | null;
}

export type CaseValue = string | number | boolean | string[] | null;

/** How the triage columns hold the recommendation (none without triage). */
function recommendationColumns(recommended: CaseRecommendation | undefined) {
  return {
    level: recommended && 'level' in recommended ? recommended.level : null,
    referral: recommended && 'referral' in recommended ? recommended.referral : null,
    notPermitted: Boolean(recommended && 'notPermitted' in recommended),
  };
}

/** The values for `caseColumns`, in their order. */
export function caseValues(fields: CaseRowFields): CaseValue[] {
  const recommended = recommendationColumns(fields.triage?.recommended);
  const byColumn: Record<CaseColumn, CaseValue> = {
    staff_id: fields.staffId,
    branch_key: fields.branchKey,
    channel_key: fields.channelKey,
    category_keys: fields.categoryKeys,
    flow_version: fields.triage?.flowVersion ?? null,
    triage_answers: fields.triage ? JSON.stringify(fields.triage.answers) : null,
    recommended_level: recommended.level,
    recommended_referral: recommended.referral,
    recommended_not_permitted: recommended.notPermitted,
    level_given: fields.levelGiven,
    outcome: fields.outcome,
    referral_target: fields.referralTarget ?? null,
    minutes: fields.minutes,
    guide_slugs: fields.guideSlugs,
    repeat_visit: fields.repeatVisit,
    age_band: fields.ageBand ?? null,
    note: fields.note ?? null,
    deviation_reason: fields.deviationReason ?? null,
  };
  return caseColumnNames.map((name) => byColumn[name]);
}

/** What the database decides when a case is inserted; everything else is what `caseValues` wrote. */
export interface InsertedCaseRow {
  id: string;
  created_at: Date;
  updated_at: Date;
  version: number;
}

/**
 * The case just inserted from these fields, without reading it back: the row holds exactly what
 * `caseValues` wrote, so only the columns the database fills in come from the insert.
 */
export function insertedCase(fields: CaseRowFields, row: InsertedCaseRow): CaseEntity {
  const recommended = recommendationColumns(fields.triage?.recommended);
  return Object.assign(new CaseEntity(), {
    id: row.id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    staffId: fields.staffId,
    branchKey: fields.branchKey,
    channelKey: fields.channelKey,
    categoryKeys: fields.categoryKeys,
    flowVersion: fields.triage?.flowVersion ?? null,
    triageAnswers: fields.triage?.answers ?? null,
    recommendedLevel: recommended.level,
    recommendedReferral: recommended.referral,
    recommendedNotPermitted: recommended.notPermitted,
    levelGiven: fields.levelGiven,
    outcome: fields.outcome,
    referralTarget: fields.referralTarget ?? null,
    minutes: fields.minutes,
    guideSlugs: fields.guideSlugs,
    repeatVisit: fields.repeatVisit,
    ageBand: fields.ageBand ?? null,
    note: fields.note ?? null,
    deviationReason: fields.deviationReason ?? null,
    notesErasedAt: null,
  } satisfies Omit<CaseEntity, 'staff'>);
}

/** The recommendation as the triage columns keep it (`caseValues` writes them), or null without triage. */
export function recommendationOf(record: CaseEntity): CaseRecommendation | null {
  if (record.recommendedLevel !== null) return { level: record.recommendedLevel };
  if (record.recommendedReferral !== null) return { referral: record.recommendedReferral };
  if (record.recommendedNotPermitted) return { notPermitted: true as const };
  return null;
}
