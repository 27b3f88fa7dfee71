import { startEmbeddedPostgres } from '../../src/db/embedded';

/**
 * Runs the embedded PostgreSQL in a process of its own, as `npm start` does, so tests can stop it
 * cleanly (SIGTERM) or kill it hard (SIGKILL) and start again.
 */
async function main() {
  const server = await startEmbeddedPostgres({
    dataDir: process.argv[2],
    databaseName: 'digihjaelp',
    log: (message) => console.error(message),
  });
  console.log(`READY ${server.url}`);
  process.on('SIGTERM', () => {
    void server.stop().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
