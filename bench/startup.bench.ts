import { healthEndpoints } from '@digihjaelp/contract';
import type { BenchGroup } from './support/context';
import { figure } from './support/figures';
import { freePort, startServer } from './support/processes';
import { medianRound, oneMinuteLoad } from './support/rounds';

/**
 * A second `npm start` (the data folder and database already there, as every start after the
 * first) until /readyz answers, beside `npm run serve` alone (no web build) on the same data,
 * in alternating rounds. Both run through npm exactly as a person types them.
 */
const startup: BenchGroup = {
  name: 'startup',
  description: 'second `npm start` to /readyz vs `npm run serve` alone',
  async run(context) {
    const dataDir = await context.tempDir('startup-data');
    // On the embedded PostgreSQL, as `npm start` on a fresh clone; with DATABASE_URL, a database of its own there.
    const databaseUrl = process.env.DATABASE_URL
      ? await (await context.postgres()).createDatabase('startup')
      : undefined;
    const start = async (script: 'start' | 'serve') => {
      const server = await startServer({
        label: `npm run ${script}`,
        command: ['npm', 'run', '--silent', script],
        env: { DATA_DIR: dataDir, DATABASE_URL: databaseUrl },
        port: await freePort(),
        readyPath: healthEndpoints.readyz.path,
        group: true,
      });
      await server.stop();
      return { seconds: server.readyAfterMs / 1000, loadAverage: oneMinuteLoad() };
    };
    // The first start creates the cluster, migrates and seeds the demo; not measured.
    await start('start');
    const rounds: { start: number; serve: number; loadAverage: number }[] = [];
    for (let round = 0; round < context.options.rounds; round += 1) {
      const npmStart = await start('start');
      const serve = await start('serve');
      rounds.push({ start: npmStart.seconds, serve: serve.seconds, loadAverage: npmStart.loadAverage });
      console.log(
        `  round ${round + 1}/${context.options.rounds}: npm start ${npmStart.seconds.toFixed(1)} s | serve ${serve.seconds.toFixed(1)} s`,
      );
    }
    const median = medianRound(rounds, (round) => round.start / round.serve);
    return [
      figure({
        name: 'startup: second `npm start` to /readyz vs `npm run serve`',
        value: median.start,
        unit: 's',
        baseline: median.serve,
        target: 'value < 5',
        loadAverage: median.loadAverage,
      }),
    ];
  },
};

export default startup;
