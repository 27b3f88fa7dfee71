import { startEmbeddedPostgres } from '../../src/db/embedded';

/**
 * Runs the embedded PostgreSQL in a process of its own, as `npm start` does, so tests can stop it
 * cleanly (SIGTERM) or kill it hard (SIGKILL) and start again. Arguments: the data folder, and
 * optionally the shared folder root uses for what the postgres account cannot reach.
 */
function main() {
  const started = startEmbeddedPostgres({
    dataDir: process.argv[2] as string,
    sharedDir: process.argv[3],
    databaseName: 'digihjaelp',
    log: (message) => console.error(message),
  });
  // Before READY is printed, so a test that stops us the moment it reads READY is always heard.
  process.on('SIGTERM', () => {
    void started.then((server) => server.stop()).finally(() => process.exit(0));
  });
  started.then(
    (server) => console.log(`READY ${server.url}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

main();
