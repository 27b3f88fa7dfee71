import os from 'node:os';
import { Pool } from 'pg';
import { guideListQuerySchema } from '@digihjaelp/contract';
import { guidePlainText } from '@digihjaelp/markdown';
import { loadGuideFiles } from '../apps/api/src/features/guides/guide-files';
import { recordGuideWords, searchGuides } from '../apps/api/src/features/guides/guide-search.service';
import { ensureStaffAccount } from '../apps/api/src/features/staff/staff.service';
import { startBenchServer, signInForBench } from './support/bench-server';
import { formatLoad, runLoad } from './support/load';

const GUIDES = 10_000;
const CLIENTS = 20;
const SECONDS = 10;
const BATCH = 500;

/** What staff type at the counter: word forms, compounds, typos, half-typed words. */
const queries = [
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

/** A deterministic pseudo-random sequence, so every run searches the same data. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const variants = [
  'trin for trin',
  'kort version',
  'for pårørende',
  'i filialen',
  'ved skranken',
  'på telefonen',
  'for nye medarbejdere',
  'med skærmbilleder',
];
const syllables = ['ka', 'lo', 've', 'stri', 'mu', 'dan', 'ø', 'ber', 'sk', 'å', 'ni', 'gel', 'tor', 'pe'];

/**
 * 10,000 guides built from the real content, so word frequencies look like a real knowledge base:
 * each is a variant of one real guide (most of its paragraphs, a couple from other guides) with a
 * title of its own and a few words no other guide has (local names), which grow the vocabulary.
 */
async function generateGuides() {
  const files = await loadGuideFiles();
  if (files.length === 0) throw new Error('content/guides is empty: the benchmark builds its data from it');
  const next = random(42);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const paragraphsOf = (file: (typeof files)[number]) => file.content.body.split(/\n{2,}/);
  const localWord = () => Array.from({ length: 3 + Math.floor(next() * 3) }, () => pick(syllables)).join('');
  return Array.from({ length: GUIDES }, (_, index) => {
    const template = files[index % files.length];
    const own = paragraphsOf(template).filter(() => next() < 0.7);
    const borrowed = [pick(paragraphsOf(pick(files))), pick(paragraphsOf(pick(files)))].filter(
      (paragraph) => !paragraph.startsWith(':::'),
    );
    const local = `Lokalt: spørg ${localWord()} eller ${localWord()} i ${localWord()}.`;
    const body = [...own, ...borrowed, local].join('\n\n');
    return {
      slug: `${template.slug}-${index}`,
      title: `${template.content.title} – ${pick(variants)} ${index}`,
      summary: template.content.summary,
      body,
      bodyText: guidePlainText(body),
      categoryKey: template.content.categoryKey,
      tags: template.content.tags,
      audience: template.content.audience,
      reviewBy: template.content.reviewBy,
    };
  });
}

async function insertGuides(pool: Pool, ownerId: string) {
  const guides = await generateGuides();
  for (let start = 0; start < guides.length; start += BATCH) {
    const batch = guides.slice(start, start + BATCH);
    const column = <K extends keyof (typeof batch)[number]>(key: K) => batch.map((guide) => guide[key]);
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
  await pool.query('ANALYZE guides');
  await pool.query('ANALYZE guide_words');
  const [{ words }] = (await pool.query('SELECT count(*)::int AS words FROM guide_words')).rows;
  return words as number;
}

/** Runs the search exactly as the API does (same statements, same transaction), over a bare `pg` client. */
async function searchThroughPg(pool: Pool, q: string) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await searchGuides(
      { query: async (sql, parameters) => (await client.query(sql, parameters)).rows },
      guideListQuerySchema.parse({ q }),
    );
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}

export default async function guidesSearchBenchmark(): Promise<void> {
  const server = await startBenchServer();
  const pool = new Pool({ connectionString: server.databaseUrl, max: 10 });
  pool.on('error', (error) => console.error(`bench pool: ${error.message}`));
  try {
    await ensureStaffAccount(server.dataSource.manager, {
      username: 'bench-lead',
      displayName: 'Bench Lead',
      role: 'lead',
      password: 'bench password 1',
    });
    const [owner] = await pool
      .query<{ id: string }>(`SELECT id FROM staff_accounts WHERE username = 'bench-lead'`)
      .then((result) => result.rows);
    const seeded = Date.now();
    const words = await insertGuides(pool, owner.id);
    console.log(
      `${GUIDES} guides (${words} distinct words) generated from content/guides in ${((Date.now() - seeded) / 1000).toFixed(1)} s`,
    );

    const headers = await signInForBench(server.baseUrl, 'bench-lead', 'bench password 1');
    const queryFor = (worker: number, iteration: number) => queries[(worker * 7 + iteration) % queries.length];

    const api = (seconds: number) =>
      runLoad({
        concurrency: CLIENTS,
        seconds,
        request: async (worker, iteration) => {
          const response = await fetch(
            `${server.baseUrl}/api/guides?q=${encodeURIComponent(queryFor(worker, iteration))}`,
            { headers },
          );
          await response.arrayBuffer();
          return response.ok;
        },
      });
    // The same SQL the API runs (word correction, page, snippets), through a pg pool of the app's size.
    const bare = (seconds: number) =>
      runLoad({
        concurrency: CLIENTS,
        seconds,
        request: async (worker, iteration) => {
          await searchThroughPg(pool, queryFor(worker, iteration));
          return true;
        },
      });

    // Warm caches and the JIT first, so both measurements start equal.
    await api(2);
    await bare(2);
    const apiResult = await api(SECONDS);
    const bareResult = await bare(SECONDS);
    console.log(formatLoad(`GET /api/guides?q= (${CLIENTS} clients)`, apiResult));
    console.log(formatLoad(`bare SQL through pg (${CLIENTS} clients)`, bareResult));
    const ratio = apiResult.p95 / bareResult.p95;
    // The machine is shared: a high load average means other work competed for the cores.
    console.log(
      `load average during the run: ${os
        .loadavg()
        .map((load) => load.toFixed(1))
        .join(' / ')} on ${os.cpus().length} cores`,
    );
    console.log(
      `p95 ratio API / bare SQL: ${ratio.toFixed(2)}×  (targets: API p95 < 25 ms → ${apiResult.p95 < 25 ? 'met' : 'NOT met'}; ratio < 3× → ${ratio < 3 ? 'met' : 'NOT met'})`,
    );
  } finally {
    await pool.end();
    await server.stop();
  }
}
