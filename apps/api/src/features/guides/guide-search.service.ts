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

interface SearchRow extends GuideSummaryRow {
  /** How many guides match in all (a bigint, so text). */
  total: string;
}

/**
 * One page of guides: filtered, matched against `tsquery` (if any), ranked by title and summary
 * (weights A, B; guides matching only in the body after them), with a snippet of the body.
 */
function pageSql(query: GuideListQuery, tsquery: string | undefined, day: string) {
  const parameters: unknown[] = [];
  const parameter = (value: unknown) => `$${parameters.push(value)}`;
  const conditions = [`g.status = ${parameter(query.status ?? 'published')}`];
  if (query.category) conditions.push(`g.category_key = ${parameter(query.category)}`);
  if (query.tag) conditions.push(`g.tags @> ARRAY[${parameter(query.tag)}]::text[]`);
  if (query.audience) conditions.push(`g.audience = ${parameter(query.audience)}`);
  if (query.needsReview !== undefined) {
    conditions.push(`${query.needsReview ? '' : 'NOT '}(g.review_by < ${parameter(day)}::date)`);
  }
  let rank = '0';
  let headline = 'NULL::text';
  if (tsquery) {
    const matching = `to_tsquery('danish', ${parameter(tsquery)})`;
    conditions.push(`g.search_vector @@ ${matching}`);
    rank = `ts_rank(g.head_vector, ${matching})`;
    headline = `ts_headline('danish', ${escapedBodyText}, ${matching}, '${headlineOptions}')`;
  }
  const limit = parameter(query.pageSize);
  const offset = parameter((query.page - 1) * query.pageSize);
  // The page is chosen without the bodies; only its rows get a snippet.
  const sql = `
    WITH page AS (
      SELECT g.id, ${rank} AS rank, count(*) OVER () AS total
        FROM guides g
       WHERE ${conditions.join(' AND ')}
       ORDER BY rank DESC, g.title, g.id
       LIMIT ${limit} OFFSET ${offset}
    )
    SELECT g.id, g.slug, g.title, g.summary, g.category_key, g.tags, g.audience, g.status, g.review_by::text,
           g.updated_at, page.total, ${headline} AS snippet
      FROM page JOIN guides g ON g.id = page.id
     ORDER BY page.rank DESC, g.title, g.id`;
  return { sql, parameters };
}

/**
 * Runs a search. With words to search for, call it inside a transaction: it turns off sequential
 * scans for that transaction only, because the planner does not count the cost of unpacking
 * every guide's body vector, and would otherwise scan them all instead of using the GIN index
 * (measured: 10-70× slower on 10,000 guides).
 */
export async function searchGuides(client: SqlClient, query: GuideListQuery, day = danishToday()) {
  const terms = await searchTerms(client, query.q);
  let rows: SearchRow[];
  if (terms) {
    await client.query(`SET LOCAL enable_seqscan = off`);
    rows = await runPage(client, query, terms.allWords, day);
    const noGuideHasAllWords =
      rows.length === 0 &&
      (query.page === 1 ||
        (await runPage(client, { ...query, page: 1, pageSize: 1 }, terms.allWords, day)).length === 0);
    if (noGuideHasAllWords && terms.anyWord !== terms.allWords) rows = await runPage(client, query, terms.anyWord, day);
  } else {
    rows = await runPage(client, query, undefined, day);
  }
  const [first] = rows;
  return { guides: rows.map((row) => presentGuideSummary(row, day)), total: first ? Number(first.total) : 0 };
}

function runPage(client: SqlClient, query: GuideListQuery, tsquery: string | undefined, day: string) {
  const { sql, parameters } = pageSql(query, tsquery, day);
  return rowsOf<SearchRow>(client, sql, parameters);
}
