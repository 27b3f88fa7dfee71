import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import { openDatabase } from '../../db/database';
import { createLogger } from '../../logger';
import { insertCasesInBulk } from '../cases/bulk-insert-cases';
import { StaffAccountEntity } from '../staff/staff-account.entity';
import { generateCases } from './case-generator';
import { loadCaseCatalogue } from './demo-cases';

const usage = `npm run seed:cases -- [--count N] [--seed S] [--end YYYY-MM-DD]

Adds about N realistic cases (default: one natural year, about 12,000) over the 365 days up to
--end (default: yesterday), logged by the active staff accounts, at the active branches, channels
and categories (with the published guides). The same seed and lists give the same cases.`;

function progressBar(done: number, total: number, startedAt: number): string {
  const width = 30;
  const share = Math.min(1, total > 0 ? done / total : 1);
  const filled = Math.round(share * width);
  const perSecond = done / Math.max(0.001, (Date.now() - startedAt) / 1000);
  return `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}%  ${done.toLocaleString('da-DK')} sager  ${Math.round(perSecond).toLocaleString('da-DK')}/s `;
}

async function seedCases(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      seed: { type: 'string', default: '1' },
      end: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return console.log(usage);
  const count = values.count === undefined ? undefined : Number(values.count);
  if (count !== undefined && (!Number.isInteger(count) || count < 1))
    throw new Error(`--count must be a positive whole number\n\n${usage}`);
  const end = values.end ? new Date(`${values.end}T00:00:00Z`) : new Date(Date.now() - 24 * 3_600_000);
  if (Number.isNaN(end.getTime())) throw new Error(`--end must be a date like 2026-06-30\n\n${usage}`);

  // A command-line tool: no statement timeout (the one for requests would cancel a large load's fold).
  const database = await openDatabase({ ...loadConfig(), queryTimeoutMs: undefined, logger: createLogger('warn') });
  try {
    const staff = await database.dataSource.manager.findBy(StaffAccountEntity, { active: true });
    if (staff.length === 0)
      throw new Error('No active staff accounts to log the cases: create one first (npm run create-admin).');
    const startedAt = Date.now();
    const expected = count ?? 12_000;
    const catalogue = await loadCaseCatalogue(database.dataSource.manager);
    const inserted = await insertCasesInBulk(
      database.dataSource,
      generateCases({ seed: Number(values.seed), end, count, staffIds: staff.map((account) => account.id), catalogue }),
      {
        onProgress: (done) => process.stderr.write(progressBar(done, expected, startedAt)),
        rebuildIndexes: expected > 100_000,
      },
    );
    process.stderr.write(`${progressBar(inserted, inserted, startedAt)}\n`);
    console.log(`${inserted} cases added in ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);
  } finally {
    await database.close();
  }
}

seedCases().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
