import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The typo correction finds the closest known word among those sharing enough trigrams with the
 * typed one. A GIN index answers that 2-5× faster than the GiST index it replaces (measured on the
 * bench's 14,000 words: 0.3-0.8 ms against 1.2-1.9 ms); the closest is then picked from the few
 * dozen it finds. Exact and prefix lookups use the primary key, as before.
 */
export class GuideWordsTrigramGin1764722000001 implements MigrationInterface {
  name = 'GuideWordsTrigramGin1764722000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX guide_words_trigram_gin_idx ON guide_words USING gin (word gin_trgm_ops)`);
    await queryRunner.query(`DROP INDEX guide_words_trigram_idx`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX guide_words_trigram_idx ON guide_words USING gist (word gist_trgm_ops)`);
    await queryRunner.query(`DROP INDEX guide_words_trigram_gin_idx`);
  }
}
