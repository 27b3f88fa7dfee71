import type { DataSource } from 'typeorm';

/** A case row as statistics see it; `at` carries its own UTC offset, e.g. '2025-03-03T10:15:00+01:00'. */
export interface CaseRow {
  at: string;
  staffId: string;
  branchKey?: string;
  channelKey?: string;
  categoryKeys?: string[];
  recommended?: { level: number } | { notPermitted: true } | null;
  levelGiven?: number;
  outcome?: 'solved' | 'partly_solved' | 'not_solved' | 'referred' | 'refused_not_permitted';
  referralTarget?: string | null;
  minutes?: number;
  guideSlugs?: string[];
  repeatVisit?: boolean;
  note?: string | null;
  deviationReason?: string | null;
}

/**
 * Inserts cases straight into the case log with a chosen time (the API always logs "now"), in
 * for hand-computed statistics.
 */
export async function insertCaseRows(dataSource: DataSource, rows: CaseRow[]): Promise<void> {
  for (const row of rows) {
    const recommended = row.recommended ?? null;
    await dataSource.query(
      `INSERT INTO cases (created_at, updated_at, staff_id, branch_key, channel_key, category_keys, flow_version, triage_answers,
                          recommended_level, recommended_not_permitted, level_given, outcome, referral_target, minutes,
                          guide_slugs, repeat_visit, note, deviation_reason)
       VALUES ($1, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
      [
        row.at,
        row.staffId,
        row.branchKey ?? 'hovedbiblioteket',
        row.channelKey ?? 'walk-in',
        row.categoryKeys ?? ['mitid-login'],
        recommended ? 1 : null,
        recommended ? '{}' : null,
        recommended && 'level' in recommended ? recommended.level : null,
        Boolean(recommended && 'notPermitted' in recommended),
        row.levelGiven ?? 2,
        row.outcome ?? 'solved',
        row.referralTarget ?? null,
        row.minutes ?? 10,
        row.guideSlugs ?? [],
        row.repeatVisit ?? false,
        row.note ?? null,
        row.deviationReason ?? null,
      ],
    );
  }
}
