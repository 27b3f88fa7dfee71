import fs from 'node:fs/promises';

export default async function globalTeardown(): Promise<void> {
  const embedded = globalThis.embeddedTestDatabase;
  if (!embedded) return;
  await embedded.server.stop();
  await fs.rm(embedded.dataDir, { recursive: true, force: true });
}
