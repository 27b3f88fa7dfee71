import { Pool } from 'pg';
import { guideEndpoints, guideListQuerySchema } from '@digihjaelp/contract';
import { loadGuideFiles } from '../apps/api/src/features/guides/guide-files';
import { recordGuideWords, searchGuides } from '../apps/api/src/features/guides/guide-search.service';
import { appPoolSize, type BenchGroup } from './support/context';
import type { Figure } from './support/figures';
import { type GeneratedGuide, generateGuideCorpus, WORD_IN_EVERY_GUIDE } from './support/guide-corpus';
import { httpContender } from './support/http-load';
import { alternate, compare } from './support/rounds';
import { type SqlWorkloads, sqlLoad } from './support/sql-load';

const GUIDES = 10_000;
const CLIENTS = 20;
const BATCH = 500;
/** What the web app's guide search asks for (`apps/web/src/features/guides/guide-search.tsx`). */
const PAGE_SIZE = 20;
const searchQuery = (q: string) => guideListQuerySchema.parse({ q, pageSize: PAGE_SIZE });

/** What staff type at the counter: word forms, compounds, typos, half-typed words. */
const TYPICAL_QUERIES = [
  'glemt kode mitid',
  'digital post fritagelse',
  'fritagelser',
  'fuldmagt',
  'fuldmat',
  'mitd',
  'ny telefon mitid',
  'spærre mitid',
  'sundhedskort',
  'forskudsopgørelse',
  'phishing sms',
  'nemkonto',
  'kodeviser',
  'værgemål',
  'flytning borger.dk',
  'falske nyheder',
];

/**
 * The search exactly as the API runs it (the same named statement on a connection of its own),
 * over a bare `pg` pool in the SQL load process: the database's share of a search.
 */
export const sqlWorkloads: SqlWorkloads = {
  search:
    ({ queries }: { queries: string[] }) =>
    async (pool, iteration) => {
      const client = await pool.connect();
      try {
        await searchGuides(client, searchQuery(queries[iteration % queries.length] ?? ''));
      } finally {
        client.release();
      }
    },
};

async function insertGuides(pool: Pool, guides: GeneratedGuide[], ownerId: string): Promise<void> {
  for (let start = 0; start < guides.length; start += BATCH) {
    const batch = guides.slice(start, start + BATCH);
    const column = <K extends keyof GeneratedGuide>(key: K) => batch.map((guide) => guide[key]);
    await pool.query(
      `INSERT INTO guides (slug, title, summary, body, body_text, category_key, tags, audience, review_by,
                           status, version, owner_id, updated_by_id)
       SELECT slug, title, summary, body, body_text, category_key, string_to_array(tags, '|'), audience, review_by::date,
              'published', 1, $10, $10
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
           AS t(slug, title, summary, body, body_text, category_key, tags, audience, review_by)`,
      [
        column('slug'),
        column('title'),
        column('summary'),
        column('body'),
        column('bodyText'),
        column('categoryKey'),
        batch.map((guide) => guide.tags.join('|')),
        column('audience'),
        column('reviewBy'),
        ownerId,
      ],
    );
    await recordGuideWords(
      pool,
      batch.flatMap((guide) => [guide.title, guide.summary, guide.tags.join(' '), guide.bodyText]),
    );
  }
  await pool.query('VACUUM ANALYZE guides');
  await pool.query('ANALYZE guide_words');
}

/**
 * Guide search over 10,000 distinct guides generated from the real ones (see guide-corpus.ts), at
 * 20 clients: typical counter queries, and the worst case — a word in every guide — each beside
 * the bare SQL of the same search.
 */
const search: BenchGroup = {
  name: 'search',
  description: `guide search over ${GUIDES.toLocaleString('en')} generated guides at ${CLIENTS} clients vs its bare SQL`,
  async run(context) {
    const app = await context.startApp('search');
    const ownerId = await app.createAccount({ username: 'bench-lead', role: 'lead' });
    const session = await app.signIn('bench-lead');
    const pool = new Pool({ connectionString: app.databaseUrl, max: 4 });
    try {
      const started = Date.now();
      await insertGuides(pool, generateGuideCorpus(await loadGuideFiles(), GUIDES), ownerId);
      const {
        rows: [counts],
      } = await pool.query<{ words: number; everywhere: number }>(
        `SELECT (SELECT count(*) FROM guide_words)::int AS words,
                (SELECT count(*) FROM guides WHERE search_vector @@ plainto_tsquery('danish', $1))::int AS everywhere`,
        [WORD_IN_EVERY_GUIDE],
      );
      if (!counts) throw new Error('counting the words gave no row');
      console.log(
        `${GUIDES} guides, ${counts.words} distinct words, "${WORD_IN_EVERY_GUIDE}" in ${counts.everywhere}; ` +
          `generated and stored in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      if (counts.everywhere !== GUIDES) throw new Error(`the worst-case word is not in every guide`);
    } finally {
      await pool.end();
    }

    const figures: Figure[] = [];
    const cases = [
      { label: 'typical queries', queries: TYPICAL_QUERIES, target: 'value < 15' },
      {
        label: `a word in every guide ("${WORD_IN_EVERY_GUIDE}")`,
        queries: [WORD_IN_EVERY_GUIDE],
        target: 'value < 50',
      },
    ];
    for (const { label, queries, target } of cases) {
      const bareSql = {
        databaseUrl: app.databaseUrl,
        poolSize: appPoolSize(),
        clients: CLIENTS,
        module: __filename,
        workload: 'search',
        args: { queries },
      };
      const rounds = await alternate(
        [
          httpContender('GET /api/guides?q=', app, {
            connections: CLIENTS,
            method: 'GET',
            paths: queries.map((q) => `${guideEndpoints.list.path}?q=${encodeURIComponent(q)}&pageSize=${PAGE_SIZE}`),
            headers: [session],
          }),
          { label: 'bare SQL', run: (seconds) => sqlLoad(bareSql, seconds) },
        ],
        context.options,
      );
      const name = `search: ${GUIDES.toLocaleString('en')} guides, ${CLIENTS} clients, ${label}`;
      figures.push(
        compare({ name: `${name}, p95 vs bare SQL`, metric: 'p95', target, rounds, subject: 0, baseline: 1 }),
        compare({ name: `${name}, throughput vs bare SQL`, metric: 'throughput', rounds, subject: 0, baseline: 1 }),
        compare({ name: `${name}, node CPU per request`, metric: 'cpuMsPerRequest', rounds, subject: 0 }),
      );
    }
    return figures;
  },
};

export default search;
