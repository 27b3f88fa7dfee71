import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search finds its ranked candidates among the guides whose title, summary or tags match
 * (`head_vector`, small and inline) before it looks at bodies, so a word in every body no longer
 * costs ranking and counting every guide: this index finds those candidates.
 */
export class GuideHeadIndex1764620000001 implements MigrationInterface {
  name = 'GuideHeadIndex1764620000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX guides_head_vector_idx ON guides USING gin (head_vector)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX guides_head_vector_idx');
  }
}
