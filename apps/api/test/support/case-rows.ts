import type { DataSource } from 'typeorm';
import type { CaseOutcome, CaseRecommendation, HelpLevel, ReferralTarget } from '@digihjaelp/contract';
import { caseValues, timedCaseColumnNames } from '../../src/features/cases/case-columns';

/** A case row as statistics see it; `at` carries its own UTC offset, e.g. '2025-03-03T10:15:00+01:00'. */
export interface CaseRow {
  at: string;
  staffId: string;
  branchKey?: string;
  channelKey?: string;
  categoryKeys?: string[];
  recommended?: CaseRecommendation | null;
  levelGiven?: HelpLevel | null;
  outcome?: CaseOutcome;
  referralTarget?: ReferralTarget | null;
  minutes?: number;
  guideSlugs?: string[];
  repeatVisit?: boolean;
  note?: string | null;
  deviationReason?: string | null;
}

const placeholders = timedCaseColumnNames.map((_, index) => `$${index + 1}`).join(', ');

/**
 * Inserts cases straight into the case log with a chosen time (the API always logs "now"), for
 * hand-computed statistics. Written through the case log's own column list.
 */
export async function insertCaseRows(dataSource: DataSource, rows: CaseRow[]): Promise<void> {
  for (const row of rows) {
    const values = caseValues({
      staffId: row.staffId,
      branchKey: row.branchKey ?? 'hovedbiblioteket',
      channelKey: row.channelKey ?? 'walk-in',
      categoryKeys: row.categoryKeys ?? ['mitid-login'],
      triage: row.recommended ? { flowVersion: 1, answers: {}, recommended: row.recommended } : null,
      levelGiven: row.levelGiven === undefined ? 2 : row.levelGiven,
      outcome: row.outcome ?? 'solved',
      referralTarget: row.referralTarget ?? null,
      minutes: row.minutes ?? 10,
      guideSlugs: row.guideSlugs ?? [],
      repeatVisit: row.repeatVisit ?? false,
      ageBand: null,
      note: row.note ?? null,
      deviationReason: row.deviationReason ?? null,
    });
    await dataSource.query(`INSERT INTO cases (${timedCaseColumnNames.join(', ')}) VALUES (${placeholders})`, [
      row.at,
      row.at,
      ...values,
    ]);
  }
}
