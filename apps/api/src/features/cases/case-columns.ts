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
 * as and the case's property it holds: logging a visit (cases.service.ts), bulk loads (bulk-insert-cases.ts) and the tests' case
 * rows all write through this list, so a new column is added in one place.
 */
export const caseColumns = [
  ['staff_id', 'uuid', 'staffId'],
  ['branch_key', 'text', 'branchKey'],
  ['channel_key', 'text', 'channelKey'],
  ['category_keys', 'text[]', 'categoryKeys'],
  ['flow_version', 'int', 'flowVersion'],
  ['triage_answers', 'jsonb', 'triageAnswers'],
  ['recommended_level', 'smallint', 'recommendedLevel'],
  ['recommended_referral', 'text', 'recommendedReferral'],
  ['recommended_not_permitted', 'boolean', 'recommendedNotPermitted'],
  ['level_given', 'smallint', 'levelGiven'],
  ['outcome', 'text', 'outcome'],
  ['referral_target', 'text', 'referralTarget'],
  ['minutes', 'smallint', 'minutes'],
  ['guide_slugs', 'text[]', 'guideSlugs'],
  ['repeat_visit', 'boolean', 'repeatVisit'],
  ['age_band', 'text', 'ageBand'],
  ['note', 'text', 'note'],
  ['deviation_reason', 'text', 'deviationReason'],
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

type WrittenProperty = (typeof caseColumns)[number][2];

/** What a case written from these fields holds, property by property (the entity's names). */
function writtenFields(fields: CaseRowFields): Pick<CaseEntity, WrittenProperty> {
  const recommended = recommendationColumns(fields.triage?.recommended);
  return {
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
  };
}

/** The values for `caseColumns`, in their order (a jsonb column's value as its JSON text). */
export function caseValues(fields: CaseRowFields): CaseValue[] {
  const written = writtenFields(fields);
  return caseColumns.map(([, type, property]) => {
    const value = written[property];
    return type === 'jsonb' && value !== null ? JSON.stringify(value) : (value as CaseValue);
  });
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
  return Object.assign(new CaseEntity(), {
    id: row.id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    ...writtenFields(fields),
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
