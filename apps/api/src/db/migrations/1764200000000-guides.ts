import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The knowledge base: guides, their revisions, feedback and read confirmations.
 *
 * Search: `search_vector` weighs title (A) above summary and tags (B) above the body's plain text
 * (C), stemmed with the `danish` configuration, so "fritagelser" finds "fritagelse"; a GIN index
 * finds the matches. `head_vector` (title and summary/tags only) ranks them: small enough to stay
 * inline, so ranking thousands of matches never unpacks the large body vectors. `guide_words` is
 * the vocabulary of all guides with a trigram index: a typed word it does not know ("mitd",
 * "fuldmat") is replaced by its closest word before searching.
 */
/** A full copy of what an editor writes: revisions and proposals both hold one. */
const snapshotColumns = `
        title text NOT NULL,
        summary text NOT NULL,
        body text NOT NULL,
        category_key text NOT NULL REFERENCES categories(key) ON UPDATE CASCADE,
        tags text[] NOT NULL,
        audience text NOT NULL,
        sources jsonb NOT NULL,
        related_slugs text[] NOT NULL,
        review_by date NOT NULL`;

export class Guides1764200000000 implements MigrationInterface {
  name = 'Guides1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // array_to_string is only STABLE, which a generated column refuses; for text[] it is immutable.
    await queryRunner.query(`
      CREATE FUNCTION guide_tags_text(tags text[]) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string(tags, ' ') $$`);
    await queryRunner.query(`
      CREATE TABLE guides (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        summary text NOT NULL,
        body text NOT NULL,
        body_text text NOT NULL,
        category_key text NOT NULL REFERENCES categories(key) ON UPDATE CASCADE,
        tags text[] NOT NULL DEFAULT '{}',
        audience text NOT NULL CHECK (audience IN ('staff', 'citizen')),
        sources jsonb NOT NULL DEFAULT '[]',
        related_slugs text[] NOT NULL DEFAULT '{}',
        review_by date NOT NULL,
        status text NOT NULL CHECK (status IN ('draft', 'in_review', 'published', 'archived')),
        version int NOT NULL CHECK (version >= 1),
        owner_id uuid NOT NULL REFERENCES staff_accounts(id),
        updated_by_id uuid NOT NULL REFERENCES staff_accounts(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        head_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('danish', title), 'A') ||
          setweight(to_tsvector('danish', summary || ' ' || guide_tags_text(tags)), 'B')
        ) STORED,
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('danish', title), 'A') ||
          setweight(to_tsvector('danish', summary || ' ' || guide_tags_text(tags)), 'B') ||
          setweight(to_tsvector('danish', body_text), 'C')
        ) STORED
      )`);
    await queryRunner.query(`CREATE INDEX guides_search_vector_idx ON guides USING gin (search_vector)`);
    await queryRunner.query(`CREATE INDEX guides_tags_idx ON guides USING gin (tags)`);
    // Deliberately no b-tree on status or category: for a search the planner would scan such an
    // index and test every row's body vector instead of asking the GIN index (measured 3-10× slower).
    // "C" collation: byte order, so a prefix is a simple range on the primary key.
    await queryRunner.query(`CREATE TABLE guide_words (word text COLLATE "C" PRIMARY KEY)`);
    await queryRunner.query(`CREATE INDEX guide_words_trigram_idx ON guide_words USING gist (word gist_trgm_ops)`);

    await queryRunner.query(`
      CREATE TABLE guide_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        guide_id uuid NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
        number int NOT NULL CHECK (number >= 1),
        ${snapshotColumns},
        status text NOT NULL,
        author_id uuid NOT NULL REFERENCES staff_accounts(id),
        change_note text,
        changed_fields text[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (guide_id, number)
      )`);

    // A counter member's proposed change to a guide they may not edit; a lead accepts or rejects it.
    await queryRunner.query(`
      CREATE TABLE guide_proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        guide_id uuid NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
        base_version int NOT NULL,
        ${snapshotColumns},
        author_id uuid NOT NULL REFERENCES staff_accounts(id),
        change_note text,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected')),
        decided_by_id uuid REFERENCES staff_accounts(id),
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX guide_proposals_open_idx ON guide_proposals (guide_id) WHERE status = 'open'`,
    );

    await queryRunner.query(`
      CREATE TABLE guide_feedback (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        guide_id uuid NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
        version int NOT NULL,
        staff_id uuid NOT NULL REFERENCES staff_accounts(id),
        helpful boolean NOT NULL,
        comment text CHECK (length(comment) <= 1000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX guide_feedback_guide_idx ON guide_feedback (guide_id, created_at DESC)`);

    await queryRunner.query(`
      CREATE TABLE guide_reads (
        guide_id uuid NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
        staff_id uuid NOT NULL REFERENCES staff_accounts(id) ON DELETE CASCADE,
        version int NOT NULL,
        confirmed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (guide_id, staff_id, version)
      )`);
    await queryRunner.query(`CREATE INDEX guide_reads_staff_idx ON guide_reads (staff_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE guide_reads`);
    await queryRunner.query(`DROP TABLE guide_feedback`);
    await queryRunner.query(`DROP TABLE guide_proposals`);
    await queryRunner.query(`DROP TABLE guide_revisions`);
    await queryRunner.query(`DROP TABLE guide_words`);
    await queryRunner.query(`DROP TABLE guides`);
    await queryRunner.query(`DROP FUNCTION guide_tags_text(text[])`);
  }
}
