import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The team lead's comment on a month's report, written before printing and kept with the month,
 * so a reprint says the same. One per month for the whole organisation; who wrote it last is kept.
 */
export class MonthlyReportComments1764700000000 implements MigrationInterface {
  name = 'MonthlyReportComments1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE stats_report_comments (
        month date PRIMARY KEY CHECK (extract(day FROM month) = 1),
        comment text NOT NULL CHECK (char_length(comment) <= 1500),
        updated_by uuid NOT NULL REFERENCES staff_accounts(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE stats_report_comments');
  }
}
