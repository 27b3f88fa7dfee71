import type { DataSource } from 'typeorm';
import { danishToday, type GuideListQuery } from '@digihjaelp/contract';
import { presentGuideSummary, type GuideSummaryRow } from './guides.presenter';

/** What the vocabulary needs from a database connection: TypeORM's EntityManager and a `pg` client both fit. */
export interface SqlClient {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** A `pg` client (not TypeORM's manager, which cannot name a statement). */
export interface SearchClient {
  query(statement: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

const MAX_WORDS = 12;

/** Letters and digits only, lower-cased: how both queries and the vocabulary are split into words. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Adds a guide's words to the search vocabulary (stop words and words under three letters are
 * not worth correcting to). Words are never removed: an old word only ever finds nothing.
 */
export async function recordGuideWords(client: SqlClient, texts: string[]): Promise<void> {
  const words = [...new Set(texts.flatMap(wordsOf))].filter((word) => word.length >= 3);
  await client.query(
    `INSERT INTO guide_words (word)
     SELECT word FROM unnest($1::text[]) AS word WHERE to_tsvector('danish', word) <> ''::tsvector
     ON CONFLICT DO NOTHING`,
    [words],
  );
}

/**
 * Each typed word as a tsquery lexeme (`lexemes`): a known word, a stop word or a short one as
 * typed; the last word as a prefix (`word:*`) when known words start with it (the user is still
 * typing); a new form of a known word ("fritagelser") as typed, for its stem finds guides;
 * otherwise the closest known word by trigram similarity ("mitd" → "mitid"), if any is close
 * enough. Each check runs only when the ones before it failed, so a known word costs one lookup
 * in the primary key. Only letters and digits reach the tsquery text (the typed words are
 * `wordsOf`, and so are the vocabulary's), so its syntax cannot be injected.
 */
const lexemesSql = (typed: string, last: string) => `
    typed AS MATERIALIZED (
      SELECT t.word COLLATE "C" AS word, t.position,
             length(t.word) < 3 OR to_tsvector('danish', t.word) = ''::tsvector AS short,
             -- The first known word from the typed one on, in byte order: itself, or one it begins.
             coalesce((SELECT w.word FROM guide_words w WHERE w.word >= t.word COLLATE "C" ORDER BY w.word LIMIT 1),
                      '') AS following
        -- The words behind a subquery: counted, they would make each plan look cheaper than the
        -- shared one, and PostgreSQL would plan every search anew (see statementName).
        FROM unnest((SELECT ${typed}::text[])) WITH ORDINALITY AS t(word, position)
    ), lexemes AS MATERIALIZED (
      SELECT position,
             CASE WHEN short OR following = word THEN word
                  WHEN position = ${last} AND starts_with(following, word) THEN word || ':*'
                  WHEN EXISTS (SELECT 1 FROM guides g WHERE g.search_vector @@ to_tsquery('danish', word)) THEN word
                  ELSE coalesce((SELECT w.word FROM guide_words w WHERE w.word % typed.word
                                  ORDER BY w.word <-> typed.word, w.word LIMIT 1), word)
             END AS lexeme
        FROM typed
    )`;

// Escaped before ts_headline, so the snippet is safe HTML in which only <mark> is markup.
const escapedHtml = (text: string) => `replace(replace(replace(${text}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
// One excerpt: several fragments cost about twice as much to find.
const headlineOptions = 'StartSel=<mark>, StopSel=</mark>, MaxWords=26, MinWords=10';

/** A search counts its matches up to here; beyond, the total reads "more than 100". */
export const SEARCH_TOTAL_CAP = 100;
/**
 * Ranked candidates: the first guides whose title, summary or tags match (a word in them all
 * ranks no better among 500 than among 10,000). Guides that match in the body only follow them,
 * by title, from the first `SEARCH_TOTAL_CAP` found: the pages reach no further than the total.
 */
const HEAD_CANDIDATES = 500;

interface SearchRow extends GuideSummaryRow {
  /** How many guides match, counted up to one past the cap (a bigint, so text). */
  total: string;
}

interface Filters {
  conditions: string[];
  parameter: (value: unknown) => string;
  parameters: unknown[];
}

function filtersOf(query: GuideListQuery, day: string): Filters {
  const parameters: unknown[] = [];
  const parameter = (value: unknown) => `$${parameters.push(value)}`;
  const conditions = [`g.status = ${parameter(query.status ?? 'published')}`];
  if (query.category) conditions.push(`g.category_key = ${parameter(query.category)}`);
  if (query.tag) conditions.push(`g.tags @> ARRAY[${parameter(query.tag)}]::text[]`);
  if (query.audience) conditions.push(`g.audience = ${parameter(query.audience)}`);
  if (query.needsReview !== undefined) {
    conditions.push(`${query.needsReview ? '' : 'NOT '}(g.review_by < ${parameter(day)}::date)`);
  }
  return { conditions, parameter, parameters };
}

const summaryColumns = `g.id, g.slug, g.title, g.summary, g.category_key, g.tags, g.audience, g.status, g.review_by::text, g.updated_at`;

/** One page of the list without words: every guide the filters keep, by title. */
function listSql(query: GuideListQuery, day: string) {
  const { conditions, parameter, parameters } = filtersOf(query, day);
  const sql = `
    SELECT ${summaryColumns}, count(*) OVER () AS total, NULL::text AS snippet
      FROM guides g
     WHERE ${conditions.join(' AND ')}
     ORDER BY g.title, g.id
     LIMIT ${parameter(query.pageSize)} OFFSET ${parameter((query.page - 1) * query.pageSize)}`;
  return { sql, parameters };
}

/** The ranked candidates for one tsquery (see HEAD_CANDIDATES). */
const headCandidatesSql = (filtered: string, tsquery: string) => `
      SELECT h.id, h.title, ts_rank(h.head_vector, ${tsquery}) AS rank
        FROM (SELECT g.id, g.title, g.head_vector FROM guides g
               WHERE ${filtered} AND g.head_vector @@ ${tsquery} LIMIT ${HEAD_CANDIDATES}) h`;

/**
 * One page of a search in one statement, from a bounded candidate set (see HEAD_CANDIDATES), so
 * a common word costs about what a rare one does: the typed words corrected (`lexemesSql`), all
 * of them searched for, or any of them when no guide has them all (Danish compounds); ranked by
 * title and summary (weights A, B), guides matching only in the body after them; the matches
 * counted only up to one past the cap (and not at all when the title and summary matches
 * already pass it); a snippet for the page's rows only.
 *
 * The planner cannot see the words (they are computed in the statement), so it expects the
 * few matches a text search usually has and asks the GIN indexes; shown the words, it would
 * scan every guide for a common one, not counting the cost of unpacking each body vector
 * (measured: 10-70× slower on 10,000 guides).
 */
function searchSql(query: GuideListQuery, typed: string[], day: string) {
  const { conditions, parameter, parameters } = filtersOf(query, day);
  const filtered = conditions.join(' AND ');
  const matchCount = (tsquery: string) =>
    `(SELECT count(*) FROM (SELECT 1 FROM guides g WHERE ${filtered} AND g.search_vector @@ ${tsquery}
                            LIMIT ${SEARCH_TOTAL_CAP + 1}) m)`;
  const matching = '(SELECT matching FROM chosen)';
  const everyWord = '(SELECT every_word FROM chosen)';
  const end = parameter(query.page * query.pageSize);
  const sql = `
    WITH ${lexemesSql(parameter(typed), parameter(typed.length))}, terms AS MATERIALIZED (
      SELECT to_tsquery('danish', string_agg(lexeme, ' & ' ORDER BY position)) AS all_words,
             to_tsquery('danish', string_agg(lexeme, ' | ' ORDER BY position)) AS any_word
        FROM lexemes
    ), head_all AS MATERIALIZED (${headCandidatesSql(filtered, '(SELECT all_words FROM terms)')}
    ), with_all AS MATERIALIZED (
      SELECT terms.*, CASE WHEN (SELECT count(*) FROM head_all) > ${SEARCH_TOTAL_CAP} THEN ${SEARCH_TOTAL_CAP + 1}
                           ELSE ${matchCount('terms.all_words')} END AS total
        FROM terms
    ), chosen AS MATERIALIZED (
      -- Any of the words only when no guide has them all; only then are they counted.
      SELECT total > 0 AS every_word, CASE WHEN total > 0 THEN all_words ELSE any_word END AS matching, any_word,
             CASE WHEN total > 0 THEN total ELSE ${matchCount('with_all.any_word')} END AS total
        FROM with_all
    ), head AS MATERIALIZED (
      SELECT * FROM head_all WHERE ${everyWord}
      UNION ALL
      SELECT * FROM (${headCandidatesSql(filtered, '(SELECT any_word FROM chosen)')}) h WHERE NOT ${everyWord}
    ), body AS (
      SELECT g.id, g.title, 0::real AS rank
        FROM guides g
       WHERE ${filtered} AND g.search_vector @@ ${matching} AND NOT g.head_vector @@ ${matching}
       -- Only when the ranked candidates cannot fill the page.
       LIMIT CASE WHEN (SELECT count(*) FROM head) >= ${end} THEN 0 ELSE ${SEARCH_TOTAL_CAP} END
    ), page AS (
      SELECT * FROM head UNION ALL SELECT * FROM body
       ORDER BY rank DESC, title, id
       LIMIT ${parameter(query.pageSize)} OFFSET ${parameter((query.page - 1) * query.pageSize)}
    )
    SELECT ${summaryColumns}, chosen.total,
           ts_headline('danish', ${escapedHtml(`array_to_string(g.body_sentences[quoted.sentence : quoted.sentence + 1], ' ')`)},
                       chosen.matching, '${headlineOptions}') AS snippet
      FROM chosen
      LEFT JOIN (
        page JOIN guides g ON g.id = page.id
        -- The snippet quotes the first sentence with all the words (else any of them, else the
        -- first) and the one after it, as the whole body's headline would.
        CROSS JOIN LATERAL (
          SELECT coalesce((SELECT s.number FROM unnest(g.sentence_vectors) WITH ORDINALITY AS s(vector, number)
                            WHERE s.vector @@ (SELECT any_word FROM chosen)
                            ORDER BY s.vector @@ ${matching} DESC, s.number LIMIT 1), 1) AS sentence
        ) quoted
      ) ON true
     ORDER BY page.rank DESC, page.title, page.id`;
  return { sql, parameters };
}

/**
 * Each distinct statement text gets a name, so `pg` prepares it once per connection and
 * PostgreSQL stops planning it after a few runs (planning was a third of a search's time). The
 * texts differ only by which filters are set, so there are a few dozen at most.
 */
const statementNames = new Map<string, string>();
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (name === undefined) {
    name = `guide-search-${statementNames.size + 1}`;
    statementNames.set(sql, name);
  }
  return name;
}

/** Runs a search (or, without words, the list) as one statement; no transaction needed. */
export async function searchGuides(client: SearchClient, query: GuideListQuery, day = danishToday()) {
  const typed = wordsOf(query.q ?? '').slice(0, MAX_WORDS);
  const { sql, parameters } = typed.length > 0 ? searchSql(query, typed, day) : listSql(query, day);
  const { rows } = await client.query({ name: statementName(sql), text: sql, values: parameters });
  const found = rows as SearchRow[];
  const matches = Number(found[0]?.total ?? 0);
  return {
    // A search that matches nothing still returns one row, with the total and NULL for the rest.
    guides: found.filter((row) => row.id !== null).map((row) => presentGuideSummary(row, day)),
    total: Math.min(matches, SEARCH_TOTAL_CAP),
    capped: matches > SEARCH_TOTAL_CAP,
  };
}

/** A search on a connection of the app's pool. */
export async function searchGuidesIn(dataSource: DataSource, query: GuideListQuery) {
  const runner = dataSource.createQueryRunner();
  try {
    return await searchGuides(await runner.connect(), query);
  } finally {
    await runner.release();
  }
}
