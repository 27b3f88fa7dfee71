import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Guides' citizen text in other languages, each with the Danish version it was translated from
 * (so it knows when it is out of date) and every save as a revision; and the show-the-citizen
 * cards ("Vis til borgeren"), a sentence per language. Nothing existing changes.
 */
export class GuideTranslations1764616000000 implements MigrationInterface {
  name = 'GuideTranslations1764616000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE guide_translations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        guide_id uuid NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
        language text NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        summary text NOT NULL,
        body text NOT NULL,
        status text NOT NULL CHECK (status IN ('draft', 'published')),
        version int NOT NULL CHECK (version >= 1),
        base_version int NOT NULL CHECK (base_version >= 1),
        needs_native_check boolean NOT NULL,
        translated_by_id uuid NOT NULL REFERENCES staff_accounts(id),
        translated_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (guide_id, language)
      )`);
    await queryRunner.query(`
      CREATE TABLE guide_translation_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        translation_id uuid NOT NULL REFERENCES guide_translations(id) ON DELETE CASCADE,
        number int NOT NULL CHECK (number >= 1),
        title text NOT NULL,
        summary text NOT NULL,
        body text NOT NULL,
        status text NOT NULL,
        base_version int NOT NULL,
        needs_native_check boolean NOT NULL,
        author_id uuid NOT NULL REFERENCES staff_accounts(id),
        change_note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (translation_id, number)
      )`);
    await queryRunner.query(`
      CREATE TABLE citizen_cards (
        key text PRIMARY KEY CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        position int NOT NULL,
        texts jsonb NOT NULL CHECK (jsonb_typeof(texts) = 'object' AND texts ? 'da'),
        version int NOT NULL CHECK (version >= 1),
        updated_by_id uuid REFERENCES staff_accounts(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE citizen_cards');
    await queryRunner.query('DROP TABLE guide_translation_revisions');
    await queryRunner.query('DROP TABLE guide_translations');
  }
}
