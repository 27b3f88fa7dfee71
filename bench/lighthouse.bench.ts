import fs from 'node:fs/promises';
import path from 'node:path';
import { baselinePaths } from './support/baseline-server';
import type { BenchGroup } from './support/context';
import { type Figure, figure } from './support/figures';
import { repositoryRoot, runCommand, tsxCommand } from './support/processes';
import { medianRound, oneMinuteLoad } from './support/rounds';

const REPORTS = path.join(repositoryRoot, 'bench/results/lighthouse');
/**
 * Lighthouse 12.2.3 (the last that runs on Node 20 here) lives in a package of its own with its own
 * lock file: its 110 MB would otherwise come with every `npm ci` of the project, for one bench group.
 */
const LIGHTHOUSE_PACKAGE = path.join(repositoryRoot, 'bench/lighthouse');
const LIGHTHOUSE = path.join(LIGHTHOUSE_PACKAGE, 'node_modules/.bin/lighthouse');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
type Category = (typeof CATEGORIES)[number];
const TARGETS: Record<Category, string> = {
  performance: 'value >= 95',
  accessibility: 'value >= 100',
  'best-practices': 'value >= 95',
};

interface Scores {
  scores: Record<Category, number>;
  lcpMs: number;
  loadAverage: number;
}

/**
 * One Lighthouse run (its CLI, its own process, Debian's chromium headless), mobile profile (the
 * default: simulated slow 4G and a 4× slower CPU), scores 0–100.
 */
async function lighthouse(url: string, output: string, headers?: Record<string, string>): Promise<Scores> {
  const args = [
    url,
    '--quiet',
    '--output=json',
    `--output-path=${output}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    // As root, chromium runs only without its sandbox.
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ...(headers ? [`--extra-headers=${JSON.stringify(headers)}`] : []),
  ];
  await runCommand([LIGHTHOUSE, ...args], { CHROME_PATH: CHROMIUM });
  const report = JSON.parse(await fs.readFile(output, 'utf8')) as {
    runtimeError?: { message: string };
    finalDisplayedUrl: string;
    categories: Record<Category, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
  };
  if (report.runtimeError) throw new Error(`Lighthouse on ${url}: ${report.runtimeError.message}`);
  // A signed-in page that ends on /login would score the login page instead.
  if (new URL(report.finalDisplayedUrl).pathname !== new URL(url).pathname)
    throw new Error(`Lighthouse on ${url} ended on ${report.finalDisplayedUrl}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, Math.round((report.categories[category]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  return {
    scores,
    lcpMs: report.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    loadAverage: oneMinuteLoad(),
  };
}

/**
 * Lighthouse on the login page, the counter screen (/henvendelse) and the statistics page
 * (/statistik, signed in as a lead, a year of cases behind it), beside a constant HTML page from
 * a bare `http` server (the best a page can score here). The runs alternate page by page; for
 * each page the median run by performance score is reported, as Lighthouse itself advises.
 */
const lighthouseGroup: BenchGroup = {
  name: 'lighthouse',
  description: 'Lighthouse (mobile) on /login, the counter screen and /statistik vs a constant page',
  async run(context) {
    const installed = await fs.access(LIGHTHOUSE).then(
      () => true,
      () => false,
    );
    if (!installed) {
      console.log('installing Lighthouse (npm ci in bench/lighthouse, once)');
      await runCommand(['npm', 'ci', '--prefix', LIGHTHOUSE_PACKAGE, '--no-audit', '--no-fund']);
    }
    const app = await context.startApp('lighthouse');
    await app.createStaff([{ username: 'bench-lead', role: 'lead', defaultBranchKey: 'hovedbiblioteket' }]);
    // A natural year of cases (the seed:cases default), so the statistics page has figures to draw.
    await runCommand(tsxCommand('apps/api/src/features/demo/seed-cases.cli.ts'), { DATABASE_URL: app.databaseUrl });
    const { Cookie } = await app.signIn('bench-lead');
    const constant = await context.startBaseline('http');
    // The last reports stay for a closer look (not committed): which audits cost the points.
    await fs.mkdir(REPORTS, { recursive: true });
    const pages = [
      { name: 'constant HTML page', url: constant.baseUrl + baselinePaths.page },
      { name: '/login', url: `${app.baseUrl}/login` },
      { name: 'counter screen /henvendelse', url: `${app.baseUrl}/henvendelse`, headers: { Cookie } },
      { name: '/statistik', url: `${app.baseUrl}/statistik`, headers: { Cookie } },
    ];
    const runs = pages.map((page) => ({ page, scores: [] as Scores[] }));
    for (let round = 0; round < context.options.lighthouseRuns; round += 1) {
      for (const { page, scores } of runs) {
        const report = path.join(REPORTS, `${page.name.replace(/\W+/g, '-').replace(/^-|-$/g, '')}-${round + 1}.json`);
        const result = await lighthouse(page.url, report, page.headers);
        scores.push(result);
        console.log(
          `  run ${round + 1}/${context.options.lighthouseRuns} ${page.name}: ` +
            `${CATEGORIES.map((c) => `${c} ${result.scores[c]}`).join(', ')}, LCP ${(result.lcpMs / 1000).toFixed(2)} s`,
        );
      }
    }
    const [baseline, ...measured] = runs.map(({ page, scores }) => ({
      page,
      result: medianRound(scores, (run) => run.scores.performance),
    }));
    if (!baseline) throw new Error('lighthouse: no constant page to compare with');
    return measured.flatMap(({ page, result }): Figure[] => {
      const name = `lighthouse: ${page.name}`;
      return [
        ...CATEGORIES.map((category) =>
          figure({
            name: `${name}, ${category} vs a constant page`,
            value: result.scores[category],
            unit: 'score',
            baseline: baseline.result.scores[category],
            target: TARGETS[category],
            loadAverage: result.loadAverage,
          }),
        ),
        figure({
          name: `${name}, largest contentful paint vs a constant page`,
          value: result.lcpMs / 1000,
          unit: 's',
          baseline: baseline.result.lcpMs / 1000,
          loadAverage: result.loadAverage,
        }),
      ];
    });
  },
};

export default lighthouseGroup;
