import type { Server } from 'node:http';
import { destination } from 'pino';
import type { DataSource } from 'typeorm';
import { createApp } from './app';
import { loadConfig } from './config';
import { openDatabase } from './db/database';
import { EmbeddedPostgresError } from './db/embedded';
import { DEMO_PASSWORD, demoAccounts } from './features/demo/demo-accounts';
import { listenForSessionChanges } from './features/auth/session-listener';
import { scheduleNoteRetention } from './features/cases/note-retention';
import { seedDemo } from './features/demo/seed-demo';
import { scheduleStatsFold } from './features/stats/stats-fold';
import { ensureStaffAccount } from './features/staff/staff.service';
import { seedTriageFlows } from './features/triage/triage.service';
import { createLogger, withoutPersonalData } from './logger';
import { version } from '../package.json';

/** How long a log line may wait for others before it is written anyway. */
const LOG_FLUSH_MS = 1000;

/**
 * Standard output in batches of 4 kB, or every second: a line per request would otherwise cost a
 * system call per request. Pino writes what is left when the process exits.
 */
function batchedStandardOutput() {
  const stream = destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => stream.flush(), LOG_FLUSH_MS).unref();
  return stream;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logOutput = batchedStandardOutput();
  const logger = createLogger(config.logLevel, logOutput);
  // Under the migration lock, so two instances starting together on a fresh database seed once.
  const seed = async (dataSource: DataSource) => {
    if (config.demoMode) await seedDemo(dataSource);
    // Every installation, demo or real, starts with a triage flow for each category.
    await seedTriageFlows(dataSource.manager);
    if (config.initialAdmin) {
      const created = await ensureStaffAccount(dataSource.manager, {
        ...config.initialAdmin,
        displayName: 'Administrator',
        role: 'admin',
      });
      if (created) logger.info({ username: config.initialAdmin.username }, 'first admin account created');
    }
  };
  const database = await openDatabase({ ...config, logger, seed }).catch((error: unknown) => {
    if (error instanceof EmbeddedPostgresError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  });
  const { dataSource } = database;

  const noteRetention = scheduleNoteRetention({ dataSource, retentionDays: config.caseNoteRetentionDays, logger });
  const statsFold = scheduleStatsFold({ dataSource, logger });
  const sessionListener = listenForSessionChanges(dataSource, logger);

  const app = createApp({
    dataSource,
    logger,
    demoMode: config.demoMode,
    sessionHours: config.sessionHours,
    trustProxy: config.trustProxy,
    webDist: config.webDist,
    organisationName: config.organisationName,
    oidc: config.oidc,
    passwordLogin: config.passwordLogin,
    totpRequired: config.totpRequired,
    citizenLanguages: config.citizenLanguages,
    version,
  });
  const server: Server = app.listen(config.port, () => {
    // What start-up logged (migrations, the first admin) is out before the server says it is up.
    logOutput.flush();
    const url = `http://localhost:${config.port}`;
    const lines = [`Digihjælp is running at ${url}`];
    if (config.demoMode) {
      lines.push('Demo mode: demo accounts and content. Log in as:');
      for (const account of demoAccounts) lines.push(`  ${account.username} / ${DEMO_PASSWORD}  (${account.role})`);
    }
    console.log(`\n${lines.join('\n')}\n`);
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close();
    server.closeAllConnections();
    noteRetention.stop();
    await statsFold.stop();
    await sessionListener.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  // The stack, not the whole error: a failed query carries its parameters (hashes, note text).
  console.error(error instanceof Error ? withoutPersonalData(error.stack ?? error.message) : error);
  process.exit(1);
});
