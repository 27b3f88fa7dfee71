import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import bundle from './bundle.bench';
import cases from './cases.bench';
import floor from './floor.bench';
import lighthouse from './lighthouse.bench';
import load from './load.bench';
import search from './search.bench';
import startup from './startup.bench';
import stats from './stats.bench';
import triage from './triage.bench';
import { type BenchGroup, BenchContext, type BenchOptions } from './support/context';
import { type Figure, mergeFigures, recordJson, summaryTable } from './support/figures';
import { repositoryRoot } from './support/processes';

/** Every group, in the order a full run takes them (and the record lists them). */
const groups: BenchGroup[] = [floor, triage, cases, search, stats, bundle, startup, lighthouse, load];

const usage = `npm run bench [-- <group>…] [--rounds N] [--seconds S] [--warm-up S] [--stats-cases N] [--lighthouse-runs N]

Groups: ${groups.map((group) => group.name).join(', ')} (default: all).
Each endpoint alternates with its baseline in rounds of --seconds (default 5), --rounds times
(default 3), after a warm-up of --warm-up seconds (default 2); the median round is reported.
Writes bench/results/latest.json (figures of groups not run are kept) and the summary in
docs/PERFORMANCE.md.`;

const resultsFile = path.join(repositoryRoot, 'bench/results/latest.json');
const performanceDoc = path.join(repositoryRoot, 'docs/PERFORMANCE.md');
const summaryStart = '<!-- bench:summary:start -->';
const summaryEnd = '<!-- bench:summary:end -->';

function parseOptions() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      rounds: { type: 'string', default: '3' },
      seconds: { type: 'string', default: '5' },
      'warm-up': { type: 'string', default: '2' },
      'stats-cases': { type: 'string', default: '100000' },
      'lighthouse-runs': { type: 'string', default: '3' },
      help: { type: 'boolean' },
    },
  });
  const number = (name: keyof typeof values, min: number) => {
    const value = Number(values[name]);
    if (!Number.isFinite(value) || value < min) throw new Error(`--${name} must be a number ≥ ${min}\n\n${usage}`);
    return value;
  };
  const unknown = positionals.filter((name) => !groups.some((group) => group.name === name));
  if (unknown.length > 0) throw new Error(`unknown group ${unknown.join(', ')}\n\n${usage}`);
  const options: BenchOptions = {
    rounds: Math.round(number('rounds', 1)),
    seconds: number('seconds', 1),
    warmUpSeconds: number('warm-up', 0),
    statsCases: Math.round(number('stats-cases', 1)),
    lighthouseRuns: Math.round(number('lighthouse-runs', 1)),
  };
  return {
    help: values.help ?? false,
    options,
    chosen: positionals.length > 0 ? groups.filter((group) => positionals.includes(group.name)) : groups,
  };
}

async function readRecord(): Promise<Figure[]> {
  return JSON.parse(await fs.readFile(resultsFile, 'utf8').catch(() => '[]')) as Figure[];
}

/** Where and when the figures were taken, above the table in docs/PERFORMANCE.md. */
function machineLine(): string {
  const cpu = os.cpus();
  const database = process.env.DATABASE_URL ? 'PostgreSQL at DATABASE_URL' : 'the embedded PostgreSQL';
  return (
    `Last written ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpu.length} × ${cpu[0]?.model.trim()}, ` +
    `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${database}.`
  );
}

async function writeSummary(record: Figure[]): Promise<void> {
  const doc = await fs.readFile(performanceDoc, 'utf8');
  const start = doc.indexOf(summaryStart);
  const end = doc.indexOf(summaryEnd);
  if (start === -1 || end === -1)
    throw new Error(`${performanceDoc} lacks the ${summaryStart} … ${summaryEnd} markers`);
  const section = `${summaryStart}\n${machineLine()}\n\n${summaryTable(record)}\n`;
  await fs.writeFile(performanceDoc, doc.slice(0, start) + section + doc.slice(end));
}

async function main(): Promise<number> {
  const { help, options, chosen } = parseOptions();
  if (help) {
    console.log(usage);
    return 0;
  }
  const context = new BenchContext(options);
  const failed: string[] = [];
  try {
    for (const group of chosen) {
      console.log(`\n=== ${group.name}: ${group.description}`);
      try {
        const figures = await group.run(context);
        console.log(`\n${summaryTable(figures)}`);
        const record = mergeFigures(
          await readRecord(),
          figures,
          groups.map((g) => g.name),
        );
        await fs.mkdir(path.dirname(resultsFile), { recursive: true });
        await fs.writeFile(resultsFile, recordJson(record));
      } catch (error) {
        console.error(`\n${group.name} failed:`, error);
        failed.push(group.name);
      } finally {
        await context.stopServers();
      }
    }
  } finally {
    await context.close();
  }
  const record = await readRecord();
  await writeSummary(record);
  console.log(`\n=== all figures (${path.relative(repositoryRoot, resultsFile)})\n\n${summaryTable(record)}`);
  if (failed.length > 0) console.error(`\nfailed: ${failed.join(', ')}`);
  return failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
