import { danishToday, type GuideListQuery } from '@digihjaelp/contract';
import { presentGuideSummary, type GuideSummaryRow } from './guides.presenter';

/** What search needs from a database connection: TypeORM's EntityManager and a `pg` client both fit. */
export interface SqlClient {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}
const rowsOf = async <T>(client: SqlClient, sql: string, parameters: unknown[]) =>
  (await client.query(sql, parameters)) as T[];

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
 * Each typed word as it will be searched for: a known word, a stop word or a short one as typed;
 * the last word as a prefix when known words start with it (the user is still typing); otherwise
 * the closest known word by trigram similarity ("mitd" → "mitid"), if any is close enough.
 */
const correctWordsSql = `
  SELECT CASE WHEN exact OR short OR prefix THEN t.word ELSE coalesce(closest, t.word) END AS word, prefix
    FROM unnest($1::text[]) WITH ORDINALITY AS t(word, position)
   CROSS JOIN LATERAL (
     SELECT length(t.word) < 3 OR to_tsvector('danish', t.word) = ''::tsvector AS short,
            EXISTS (SELECT 1 FROM guide_words w WHERE w.word = t.word COLLATE "C") AS exact
   ) known
   CROSS JOIN LATERAL (
     SELECT NOT known.exact AND NOT known.short AND t.position = $2 AND EXISTS (
              SELECT 1 FROM guide_words w
               WHERE w.word > t.word COLLATE "C" AND w.word < (t.word || chr(1114111)) COLLATE "C") AS prefix
   ) typing
   LEFT JOIN LATERAL (
     SELECT w.word AS closest FROM guide_words w
      WHERE NOT (known.exact OR known.short OR typing.prefix) AND w.word % t.word
      ORDER BY w.word <-> t.word, w.word LIMIT 1
   ) AS correction ON true
   ORDER BY t.position`;

export interface SearchTerms {
  /** tsquery text with every (corrected) word; a half-typed last word as a prefix. */
  allWords: string;
  /** The same words joined with OR: the fallback when no guide has them all (Danish compounds). */
  anyWord: string;
}

export async function searchTerms(client: SqlClient, q: string | undefined): Promise<SearchTerms | undefined> {
  const typed = wordsOf(q ?? '').slice(0, MAX_WORDS);
  if (typed.length === 0) return undefined;
  const corrected = await rowsOf<{ word: string; prefix: boolean }>(client, correctWordsSql, [typed, typed.length]);
  // Only letters and digits reach the tsquery text, so its syntax cannot be injected.
  const lexemes = corrected.map(({ word, prefix }) => (prefix ? `${word}:*` : word));
  return { allWords: lexemes.join(' & '), anyWord: lexemes.join(' | ') };
}

// Escaped before ts_headline, so the snippet is safe HTML in which only <mark> is markup.
const escapedBodyText = `replace(replace(replace(g.body_text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
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

/**
 * One page of a search, from a bounded candidate set (see HEAD_CANDIDATES), so a common word
 * costs about what a rare one does: ranked by title and summary (weights A, B), guides matching
 * only in the body after them, a snippet of the body for the page's rows only, and the matches
 * counted only up to one past the cap.
 */
function searchSql(query: GuideListQuery, tsquery: string, day: string) {
  const { conditions, parameter, parameters } = filtersOf(query, day);
  const filtered = conditions.join(' AND ');
  const matching = `to_tsquery('danish', ${parameter(tsquery)})`;
  const end = parameter(query.page * query.pageSize);
  const sql = `
    WITH counted AS (
      SELECT count(*) AS total
        FROM (SELECT 1 FROM guides g WHERE ${filtered} AND g.search_vector @@ ${matching} LIMIT ${SEARCH_TOTAL_CAP + 1}) m
    ), head AS MATERIALIZED (
      SELECT h.id, h.title, ts_rank(h.head_vector, ${matching}) AS rank
        FROM (SELECT g.id, g.title, g.head_vector FROM guides g
               WHERE ${filtered} AND g.head_vector @@ ${matching} LIMIT ${HEAD_CANDIDATES}) h
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
    SELECT ${summaryColumns}, counted.total,
           ts_headline('danish', ${escapedBodyText}, ${matching}, '${headlineOptions}') AS snippet
      FROM counted LEFT JOIN (page JOIN guides g ON g.id = page.id) ON true
     ORDER BY page.rank DESC, page.title, page.id`;
  return { sql, parameters };
}

/**
 * Runs a search. With words to search for, call it inside a transaction: it turns off sequential
 * scans for that transaction only, because the planner does not count the cost of unpacking
 * every guide's body vector, and would otherwise scan them all instead of using the GIN indexes
 * (measured: 10-70× slower on 10,000 guides).
 */
export async function searchGuides(client: SqlClient, query: GuideListQuery, day = danishToday()) {
  const terms = await searchTerms(client, query.q);
  let rows: SearchRow[];
  if (terms) {
    await client.query(`SET LOCAL enable_seqscan = off`);
    rows = await runSql(client, searchSql(query, terms.allWords, day));
    // No guide has all the words (Danish compounds): any of them will do.
    if (Number(rows[0]?.total ?? 0) === 0 && terms.anyWord !== terms.allWords) {
      rows = await runSql(client, searchSql(query, terms.anyWord, day));
    }
  } else {
    rows = await runSql(client, listSql(query, day));
  }
  const matches = Number(rows[0]?.total ?? 0);
  return {
    // A search that matches nothing still returns one row, with the total and NULL for the rest.
    guides: rows.filter((row) => row.id !== null).map((row) => presentGuideSummary(row, day)),
    total: Math.min(matches, SEARCH_TOTAL_CAP),
    capped: matches > SEARCH_TOTAL_CAP,
  };
}

const runSql = (client: SqlClient, { sql, parameters }: { sql: string; parameters: unknown[] }) =>
  rowsOf<SearchRow>(client, sql, parameters);
