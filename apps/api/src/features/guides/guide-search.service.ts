import type { EntityManager } from 'typeorm';
import type { GuideListQuery, GuideStatus, GuideSummary } from '@digihjaelp/contract';
import { isPastReviewBy, today } from './guides.presenter';

export interface SearchTerms {
  /** Every word must occur (stemmed): ranks highest. */
  allWords: string;
  /** Any word may occur: what matches, so Danish compounds ("adgangskode") do not hide a guide. */
  anyWord: string;
  /** The words as typed, for trigram (typo) matching. */
  typed: string;
}

const MAX_WORDS = 12;

/**
 * Turns what a user typed into tsquery text. Only letters and digits survive, so the query
 * syntax cannot be injected; the last word is a prefix, so results follow the typing.
 */
export function searchTerms(q: string | undefined): SearchTerms | undefined {
  const words = (q?.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
  if (words.length === 0) return undefined;
  const last = words.length - 1;
  const lexemes = words.map((word, index) => (index === last && word.length >= 2 ? `${word}:*` : word));
  return { allWords: lexemes.join(' & '), anyWord: lexemes.join(' | '), typed: words.join(' ') };
}

// Escaped before ts_headline, so the snippet is safe HTML in which only <mark> is markup.
const escapedBodyText = `replace(replace(replace(m.body_text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
const headlineOptions = `StartSel=<mark>, StopSel=</mark>, MaxWords=24, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "`;

interface SearchRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  category_key: string;
  tags: string[];
  audience: GuideSummary['audience'];
  status: GuideStatus;
  review_by: string;
  updated_at: Date;
  snippet: string | null;
  total: string;
}

/** The SQL and its parameters, shared with the benchmark's bare-`pg` baseline. */
export function guideSearchQuery(query: GuideListQuery, day = today()): { sql: string; parameters: unknown[] } {
  const parameters: unknown[] = [];
  const parameter = (value: unknown) => `$${parameters.push(value)}`;
  const conditions = [`g.status = ${parameter(query.status ?? 'published')}`];
  if (query.category) conditions.push(`g.category_key = ${parameter(query.category)}`);
  if (query.tag) conditions.push(`g.tags @> ARRAY[${parameter(query.tag)}]::text[]`);
  if (query.audience) conditions.push(`g.audience = ${parameter(query.audience)}`);
  if (query.needsReview !== undefined) {
    conditions.push(`${query.needsReview ? '' : 'NOT '}(g.review_by < ${parameter(day)}::date)`);
  }

  const terms = searchTerms(query.q);
  let score = '0';
  let headline = 'NULL::text';
  if (terms) {
    const allWords = `to_tsquery('danish', ${parameter(terms.allWords)})`;
    const anyWord = `to_tsquery('danish', ${parameter(terms.anyWord)})`;
    const typed = `${parameter(terms.typed)}::text`;
    conditions.push(`(g.search_vector @@ ${anyWord} OR ${typed} <% g.typo_text)`);
    // All words beat some words; a close spelling in title, summary or tags counts a little.
    score = `2 * ts_rank(g.search_vector, ${allWords}) + ts_rank(g.search_vector, ${anyWord}) + 0.3 * word_similarity(${typed}, g.typo_text)`;
    headline = `ts_headline('danish', ${escapedBodyText}, ${anyWord}, '${headlineOptions}')`;
  }
  const limit = parameter(query.pageSize);
  const offset = parameter((query.page - 1) * query.pageSize);
  const sql = `
    WITH matches AS (
      SELECT g.id, g.slug, g.title, g.summary, g.category_key, g.tags, g.audience, g.status, g.review_by::text,
             g.updated_at, g.body_text, ${score} AS score, count(*) OVER () AS total
        FROM guides g
       WHERE ${conditions.join(' AND ')}
       ORDER BY score DESC, g.title
       LIMIT ${limit} OFFSET ${offset}
    )
    SELECT m.id, m.slug, m.title, m.summary, m.category_key, m.tags, m.audience, m.status, m.review_by,
           m.updated_at, m.total, ${headline} AS snippet
      FROM matches m
     ORDER BY m.score DESC, m.title`;
  return { sql, parameters };
}

export async function findGuides(manager: EntityManager, query: GuideListQuery) {
  const day = today();
  const { sql, parameters } = guideSearchQuery(query, day);
  const rows: SearchRow[] = await manager.query(sql, parameters);
  const guides: GuideSummary[] = rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    categoryKey: row.category_key,
    tags: row.tags,
    audience: row.audience,
    status: row.status,
    reviewBy: row.review_by,
    needsReview: isPastReviewBy(row.review_by, day),
    updatedAt: row.updated_at.toISOString(),
    snippet: row.snippet,
  }));
  return { guides, total: rows.length > 0 ? Number(rows[0].total) : 0 };
}
