import type { EntityManager } from 'typeorm';
import { DANISH_TIME_ZONE, type TeamTrainingResponse, type TrainingProgress } from '@digihjaelp/contract';
import {
  presentTeamMonth,
  presentTrainingProgress,
  type AgreementCountsRow,
  type TeamMonthRow,
} from './triage.presenter';

/** Categories named in a trainee's progress: the few to practise next. */
const WEAKEST_CATEGORIES_SHOWN = 3;
const MISSED_NOTES_SHOWN = 5;

/** Counts per group; `agreed` is the attempts that matched the engine. */
const counts = `count(*)::int AS attempts, count(*) FILTER (WHERE agreed)::int AS agreed`;
/** The month of an attempt as a Danish calendar month. */
const monthOf = `to_char(date_trunc('month', created_at AT TIME ZONE $1), 'YYYY-MM-DD')`;
/** Legal notes the engine named and the trainee did not pick, per attempt. */
const missedPerAttempt = `cardinality(ARRAY(SELECT unnest(engine_notes) EXCEPT SELECT unnest(chosen_notes)))`;

/** One trainee's attempts over every session, read from the recorded attempts. */
export async function findTrainingProgress(manager: EntityManager, staffId: string): Promise<TrainingProgress> {
  const [totals, categories, missed, scenarios, months] = await Promise.all([
    manager.query<(AgreementCountsRow & { missed: number })[]>(
      `SELECT ${counts}, coalesce(sum(${missedPerAttempt}), 0)::int AS missed
       FROM triage_training_attempts WHERE staff_id = $1`,
      [staffId],
    ),
    manager.query<(AgreementCountsRow & { category_key: string })[]>(
      `SELECT category_key, ${counts} FROM triage_training_attempts WHERE staff_id = $1
       GROUP BY category_key
       ORDER BY count(*) FILTER (WHERE agreed)::float / count(*), count(*) DESC, category_key
       LIMIT ${WEAKEST_CATEGORIES_SHOWN}`,
      [staffId],
    ),
    manager.query<{ key: string; times: number }[]>(
      `SELECT note AS key, count(*)::int AS times
       FROM triage_training_attempts, unnest(engine_notes) AS note
       WHERE staff_id = $1 AND NOT note = ANY(chosen_notes)
       GROUP BY note ORDER BY count(*) DESC, note LIMIT ${MISSED_NOTES_SHOWN}`,
      [staffId],
    ),
    manager.query<{ scenario_id: string; attempts: number; last_agreed: boolean; last_attempt_at: Date }[]>(
      `SELECT scenario_id, count(*)::int AS attempts,
              (array_agg(agreed ORDER BY created_at DESC))[1] AS last_agreed, max(created_at) AS last_attempt_at
       FROM triage_training_attempts WHERE staff_id = $1
       GROUP BY scenario_id ORDER BY scenario_id`,
      [staffId],
    ),
    manager.query<(AgreementCountsRow & { month: string })[]>(
      `SELECT ${monthOf} AS month, ${counts} FROM triage_training_attempts WHERE staff_id = $2
       GROUP BY 1 ORDER BY 1`,
      [DANISH_TIME_ZONE, staffId],
    ),
  ]);
  return presentTrainingProgress({
    totals: totals[0] ?? { attempts: 0, agreed: 0, missed: 0 },
    categories,
    missed,
    scenarios,
    months,
  });
}

/** The whole team's practice month by month (Danish months), oldest first. */
export async function findTeamTraining(manager: EntityManager): Promise<TeamTrainingResponse['data']> {
  const rows = await manager.query<TeamMonthRow[]>(
    `SELECT ${monthOf} AS month, count(DISTINCT staff_id)::int AS trainees, ${counts},
            coalesce(sum(${missedPerAttempt}), 0)::int AS missed
     FROM triage_training_attempts GROUP BY 1 ORDER BY 1`,
    [DANISH_TIME_ZONE],
  );
  return rows.map(presentTeamMonth);
}
