import { Client } from 'pg';
import {
  caseEndpoints,
  guideEndpoints,
  pathFor,
  staffEndpoints,
  statsEndpoints,
  triageEndpoints,
  type Role,
} from '@digihjaelp/contract';
import { enumeratePaths, seededFlows } from '@digihjaelp/triage';
import { caseBodies } from './cases.bench';
import type { App, BenchGroup, Session } from './support/context';
import { figure, type Figure } from './support/figures';
import { runCommand, tsxCommand } from './support/processes';
import { oneMinuteLoad } from './support/rounds';

/*
 * The whole product under a day's worst hour: 50 staff signed in at once, each going through the
 * journeys of their role as fast as answers come, for --seconds × --rounds (60 s by default).
 * Nothing may answer 5xx, every case acknowledged must be stored with its audit row, and each
 * endpoint's p95 is recorded.
 */

const SESSIONS = 50;
/** Who is signed in: mostly counter staff, some team leads, an admin or two. */
const ROLES: Role[] = Array.from({ length: SESSIONS }, (_, n) =>
  n % 10 === 9 ? 'admin' : n % 5 === 4 ? 'lead' : 'counter',
);
const SEARCHES = ['glemt kode mitid', 'digital post fritagelse', 'fuldmagt', 'mitid app ny telefon', 'svindel sms'];

interface Answer {
  endpoint: string;
  status: number;
  ms: number;
}

class Journeys {
  readonly answers: Answer[] = [];
  readonly acknowledged = new Set<string>();
  private readonly evaluations = Object.entries(seededFlows).flatMap(([categoryKey, flow]) =>
    enumeratePaths(flow)
      .slice(0, 5)
      .map((path) => JSON.stringify({ categoryKey, answers: path.answers })),
  );
  private readonly cases = caseBodies();

  constructor(
    private readonly baseUrl: string,
    private readonly guideSlugs: string[],
  ) {}

  /** One request, timed and counted under its endpoint's path (not the filled-in address). */
  private async send(endpoint: { method: string; path: string }, session: Session, address: string, body?: string) {
    const startedAt = performance.now();
    const response = await fetch(this.baseUrl + address, {
      method: endpoint.method.toUpperCase(),
      headers: session,
      body,
      signal: AbortSignal.timeout(30_000),
    }).catch(() => undefined);
    const text = (await response?.text().catch(() => '')) ?? '';
    this.answers.push({
      endpoint: `${endpoint.method.toUpperCase()} ${endpoint.path}`,
      status: response?.status ?? 0,
      ms: performance.now() - startedAt,
    });
    return { status: response?.status ?? 0, text };
  }

  private pick<T>(list: T[], n: number): T {
    return list[n % list.length] as T;
  }

  /** A visit at the counter: the flows (cached by the web app, so now and then), a recommendation, the case, the list. */
  private async counterVisit(session: Session, n: number): Promise<void> {
    if (n % 10 === 0) await this.send(triageEndpoints.flows, session, triageEndpoints.flows.path);
    await this.send(triageEndpoints.evaluate, session, triageEndpoints.evaluate.path, this.pick(this.evaluations, n));
    const logged = await this.send(caseEndpoints.create, session, caseEndpoints.create.path, this.pick(this.cases, n));
    if (logged.status === 201) this.acknowledged.add((JSON.parse(logged.text) as { data: { id: string } }).data.id);
    await this.send(caseEndpoints.list, session, `${caseEndpoints.list.path}?pageSize=25`);
  }

  /** Looking something up: search, open a guide. */
  private async readGuide(session: Session, n: number): Promise<void> {
    const q = encodeURIComponent(this.pick(SEARCHES, n));
    await this.send(guideEndpoints.list, session, `${guideEndpoints.list.path}?q=${q}`);
    if (this.guideSlugs.length === 0) return;
    const slug = this.pick(this.guideSlugs, n);
    await this.send(guideEndpoints.get, session, pathFor(guideEndpoints.get, { slug }));
  }

  /** A team lead's look at the month: key figures and the visits over time. */
  private async leadDashboard(session: Session): Promise<void> {
    await this.send(statsEndpoints.keyFigures, session, statsEndpoints.keyFigures.path);
    await this.send(statsEndpoints.visitsOverTime, session, statsEndpoints.visitsOverTime.path);
  }

  async run(session: Session, role: Role, until: number): Promise<void> {
    for (let n = 0; Date.now() < until; n += 1) {
      if (role === 'counter' || n % 3 === 0) await this.counterVisit(session, n);
      else if (role === 'lead') await this.leadDashboard(session);
      else await this.send(staffEndpoints.list, session, staffEndpoints.list.path);
      if (n % 2 === 0) await this.readGuide(session, n);
    }
  }
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
}

async function storedCases(app: App, ids: Set<string>): Promise<{ stored: number; audited: number }> {
  const client = new Client({ connectionString: app.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ stored: number; audited: number }>(
      `SELECT count(*)::int AS stored,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM case_audit a WHERE a.case_id = c.id AND a.action = 'created'))::int AS audited
         FROM cases c WHERE c.id = ANY($1::uuid[])`,
      [[...ids]],
    );
    return rows[0] ?? { stored: 0, audited: 0 };
  } finally {
    await client.end();
  }
}

const load: BenchGroup = {
  name: 'load',
  description: `${SESSIONS} staff sessions at once going through their journeys against the production build`,
  async run(context) {
    const app = await context.startApp('load');
    // The guides a real installation starts with (content/guides), as `npm run seed:guides` publishes them.
    await runCommand(tsxCommand('apps/api/src/features/guides/seed-guides.cli.ts'), { DATABASE_URL: app.databaseUrl });
    const usernames = ROLES.map((role, n) => `bench-${role}-${n + 1}`);
    await app.createStaff(
      ROLES.map((role, n) => ({ username: usernames[n] as string, role, defaultBranchKey: 'hovedbiblioteket' })),
    );
    const sessions: Session[] = [];
    for (const username of usernames) sessions.push(await app.signIn(username));
    const guides = await fetch(`${app.baseUrl}${guideEndpoints.list.path}?pageSize=50`, { headers: sessions[0] });
    const guideSlugs = ((await guides.json()) as { data: { slug: string }[] }).data.map((guide) => guide.slug);

    const seconds = context.options.seconds * context.options.rounds;
    const journeys = new Journeys(app.baseUrl, guideSlugs);
    const startedAt = Date.now();
    await Promise.all(
      sessions.map((session, n) => journeys.run(session, ROLES[n] as Role, startedAt + seconds * 1000)),
    );
    const elapsed = (Date.now() - startedAt) / 1000;
    const { stored, audited } = await storedCases(app, journeys.acknowledged);

    const loadAverage = oneMinuteLoad();
    const serverErrors = journeys.answers.filter((answer) => answer.status >= 500 || answer.status === 0).length;
    const byEndpoint = new Map<string, number[]>();
    for (const answer of journeys.answers)
      byEndpoint.set(answer.endpoint, [...(byEndpoint.get(answer.endpoint) ?? []), answer.ms]);
    console.log(
      `  ${journeys.answers.length} requests in ${elapsed.toFixed(0)} s by ${SESSIONS} sessions, ${serverErrors} × 5xx or unanswered; ` +
        `${journeys.acknowledged.size} cases acknowledged, ${stored} stored, ${audited} with their audit row`,
    );
    const name = `load: ${SESSIONS} staff sessions`;
    const figures: Figure[] = [
      figure({
        name: `${name}, 5xx or unanswered`,
        value: serverErrors,
        unit: 'requests',
        target: 'value <= 0',
        loadAverage,
      }),
      figure({
        name: `${name}, acknowledged cases not stored with their audit row`,
        value: journeys.acknowledged.size - Math.min(stored, audited),
        unit: 'cases',
        target: 'value <= 0',
        loadAverage,
      }),
      figure({ name: `${name}, throughput`, value: journeys.answers.length / elapsed, unit: 'req/s', loadAverage }),
    ];
    for (const [endpoint, latencies] of [...byEndpoint].sort(([a], [b]) => a.localeCompare(b))) {
      const sorted = latencies.sort((a, b) => a - b);
      console.log(`    ${endpoint}: ${sorted.length} requests, p95 ${percentile(sorted, 0.95).toFixed(0)} ms`);
      figures.push(
        figure({ name: `${name}, p95 ${endpoint}`, value: percentile(sorted, 0.95), unit: 'ms', loadAverage }),
      );
    }
    return figures;
  },
};

export default load;
