import { In, type DataSource } from 'typeorm';
import { findListItems } from '../admin-lists/admin-list.service';
import { guideContentDir, loadGuideFiles } from '../guides/guide-files';
import { importGuides } from '../guides/guide-import.service';
import { StaffAccountEntity } from '../staff/staff-account.entity';
import { loadCardFile, loadTranslationFiles } from '../translations/translation-files';
import { importCards, importTranslations } from '../translations/translation-import.service';
import { ensureStaffAccount } from '../staff/staff.service';
import { DEMO_PASSWORD, demoAccounts } from './demo-accounts';
import { seedDemoCases } from './demo-cases';
import { seedDemoGoals } from './demo-goals';

/**
 * Fills a demo installation with its accounts and content. Idempotent: runs at every demo start
 * and only adds what is missing, so nothing a user changed is overwritten.
 */
export async function seedDemo(
  dataSource: DataSource,
  options: { guideDir?: string /** The demo's today (tests); its visits end the day before. */; now?: Date } = {},
): Promise<void> {
  const guideFiles = await loadGuideFiles(options.guideDir ?? guideContentDir);
  // The translations in content/ belong to content/guides; a fixture folder of guides has none.
  const translationFiles = options.guideDir ? [] : await loadTranslationFiles();
  const cards = await loadCardFile();
  await dataSource.transaction(async (manager) => {
    const [firstBranch] = (await findListItems(manager, 'branch')).filter((branch) => branch.active);
    for (const account of demoAccounts) {
      await ensureStaffAccount(manager, { ...account, password: DEMO_PASSWORD, defaultBranchKey: firstBranch?.key });
    }
    // The demo team lead owns the published demo guides and sets the year's goals.
    const lead = await manager.findOneByOrFail(StaffAccountEntity, { username: 'leder' });
    await importGuides(manager, guideFiles, lead);
    await importTranslations(manager, translationFiles, guideFiles, lead);
    await importCards(manager, cards);
    await seedDemoGoals(manager, lead.id, options.now);
  });
  // A year of visits for the case list and statistics, logged by the counter and lead accounts.
  const loggers = await dataSource.manager.findBy(StaffAccountEntity, {
    username: In(demoAccounts.filter((account) => account.role !== 'admin').map((account) => account.username)),
  });
  await seedDemoCases(
    dataSource,
    loggers.map((account) => account.id),
    options.now,
  );
}
