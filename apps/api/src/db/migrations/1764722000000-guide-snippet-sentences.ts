import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search snippet quotes the body around the first sentence that has the searched words.
 * `ts_headline` over a whole body parses all of it for every result (most of a search's cost);
 * with each sentence's words stored, finding that sentence costs no parsing, and the headline
 * parses only it and the next. Generated from `body_text`, so every way a guide is written keeps
 * them current, and adding the columns fills them for the guides already there.
 */
export class GuideSnippetSentences1764722000000 implements MigrationInterface {
  name = 'GuideSnippetSentences1764722000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Sentences end at . ! or ? before a space, and at every line break (headings, list items).
    await queryRunner.query(`
      CREATE FUNCTION guide_sentences(body_text text) RETURNS text[]
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT coalesce(array_agg(sentence ORDER BY number) FILTER (WHERE sentence ~ '\\S'), '{}')
            FROM regexp_split_to_table(body_text, '(?<=[.!?])\\s+|\\n+') WITH ORDINALITY AS s(sentence, number)
        $$`);
    await queryRunner.query(`
      CREATE FUNCTION guide_sentence_vectors(body_text text) RETURNS tsvector[]
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT coalesce(array_agg(to_tsvector('danish', sentence) ORDER BY number), '{}')
            FROM unnest(guide_sentences(body_text)) WITH ORDINALITY AS s(sentence, number)
        $$`);
    await queryRunner.query(`
      ALTER TABLE guides
        ADD COLUMN body_sentences text[] GENERATED ALWAYS AS (guide_sentences(body_text)) STORED,
        ADD COLUMN sentence_vectors tsvector[] GENERATED ALWAYS AS (guide_sentence_vectors(body_text)) STORED`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE guides DROP COLUMN sentence_vectors, DROP COLUMN body_sentences`);
    await queryRunner.query(`DROP FUNCTION guide_sentence_vectors(text)`);
    await queryRunner.query(`DROP FUNCTION guide_sentences(text)`);
  }
}
