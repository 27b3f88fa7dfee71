import type { MigrationInterface, QueryRunner } from 'typeorm';

const quoted = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

// Copied here, not imported from the contract: a migration must keep meaning what it meant when
// it landed, even after the contract's lists grow.
const outcomes = ['solved', 'partly_solved', 'not_solved', 'referred', 'refused_not_permitted'];
const referralTargets = [
  'mitid-support',
  'bank',
  'tax-authority',
  'police',
  'borgerservice',
  'udbetaling-danmark',
  'familieretshuset',
  'volunteer-it-help',
  'library-course',
  'other-authority',
];
const ageBands = ['15-24', '25-44', '45-64', '65-79', '80+'];

/**
 * The case log: one row per visit (never a person) and its audit trail. Indexes serve the lists
 * (newest first; own cases; by branch; by category) and the retention job.
 */
export class Cases1764400100000 implements MigrationInterface {
  name = 'Cases1764400100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1 CHECK (version >= 1),
        staff_id uuid NOT NULL REFERENCES staff_accounts(id),
        branch_key text NOT NULL REFERENCES branches(key),
        channel_key text NOT NULL REFERENCES channels(key),
        category_keys text[] NOT NULL CHECK (
          cardinality(category_keys) BETWEEN 1 AND 2
          AND array_position(category_keys, NULL) IS NULL
          AND (cardinality(category_keys) = 1 OR category_keys[1] <> category_keys[2])
        ),
        flow_version int CHECK (flow_version >= 1),
        triage_answers jsonb CHECK (jsonb_typeof(triage_answers) = 'object'),
        recommended_level smallint CHECK (recommended_level BETWEEN 1 AND 5),
        recommended_referral text CHECK (recommended_referral IN (${quoted(referralTargets)})),
        recommended_not_permitted boolean NOT NULL DEFAULT false,
        level_given smallint NOT NULL CHECK (level_given BETWEEN 1 AND 5),
        outcome text NOT NULL CHECK (outcome IN (${quoted(outcomes)})),
        referral_target text CHECK (referral_target IN (${quoted(referralTargets)})),
        minutes smallint NOT NULL CHECK (minutes BETWEEN 1 AND 480),
        guide_slugs text[] NOT NULL DEFAULT '{}' CHECK (cardinality(guide_slugs) <= 10),
        repeat_visit boolean NOT NULL DEFAULT false,
        age_band text CHECK (age_band IN (${quoted(ageBands)})),
        note text CHECK (char_length(note) BETWEEN 1 AND 500),
        deviation_reason text CHECK (char_length(deviation_reason) BETWEEN 1 AND 500),
        notes_erased_at timestamptz,
        CONSTRAINT cases_triage_complete CHECK ((flow_version IS NULL) = (triage_answers IS NULL)),
        CONSTRAINT cases_one_recommendation CHECK (
          num_nonnulls(recommended_level, recommended_referral, nullif(recommended_not_permitted, false))
            = CASE WHEN flow_version IS NULL THEN 0 ELSE 1 END
        ),
        CONSTRAINT cases_referral_target CHECK ((outcome = 'referred') = (referral_target IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX cases_created_at_idx ON cases (created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX cases_staff_created_at_idx ON cases (staff_id, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX cases_branch_created_at_idx ON cases (branch_key, created_at)`);
    await queryRunner.query(`CREATE INDEX cases_category_keys_idx ON cases USING gin (category_keys)`);
    // Only rows still holding free text: the retention job's daily scan stays small.
    await queryRunner.query(
      `CREATE INDEX cases_free_text_created_at_idx ON cases (created_at) WHERE note IS NOT NULL OR deviation_reason IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE case_audit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        -- No foreign key: the trail outlives a deleted case.
        case_id uuid NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        -- Null when the system acted (the retention job).
        staff_id uuid REFERENCES staff_accounts(id),
        action text NOT NULL CHECK (action IN ('created', 'updated', 'deleted', 'notes_erased')),
        changes jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(changes) = 'array')
      )`);
    await queryRunner.query(`CREATE INDEX case_audit_case_id_idx ON case_audit (case_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE case_audit');
    await queryRunner.query('DROP TABLE cases');
  }
}
