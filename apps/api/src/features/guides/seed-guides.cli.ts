import { loadConfig } from '../../config';
import { openDatabase } from '../../db/database';
import { createLogger } from '../../logger';
import { loadGuideFiles } from './guide-files';
import { findImportOwner, importGuides } from './guide-import.service';
import { loadCardFile, loadTranslationFiles } from '../translations/translation-files';
import { importCards, importTranslations } from '../translations/translation-import.service';

/**
 * `npm run seed:guides [-- <username>]`: publishes the guides in content/guides that a real
 * deployment does not have yet, owned by the named lead/admin account or the first admin.
 * Guides already there are left as they are, so it is safe to run after every upgrade.
 */
async function seedGuides(): Promise<void> {
  const [username] = process.argv.slice(2);
  const files = await loadGuideFiles();
  const translationFiles = await loadTranslationFiles();
  const cards = await loadCardFile();
  const database = await openDatabase({ ...loadConfig(), logger: createLogger('warn') });
  try {
    const { result, translations } = await database.dataSource.transaction(async (manager) => {
      const owner = await findImportOwner(manager, username);
      const guides = await importGuides(manager, files, owner);
      const added = await importTranslations(manager, translationFiles, files, owner);
      await importCards(manager, cards);
      return { result: guides, translations: added };
    });
    console.log(`${result.created.length} guides published, ${result.kept.length} already there and left unchanged.`);
    console.log(`${translations.created} translations published; show-the-citizen cards added where missing.`);
    for (const slug of result.created) console.log(`  + ${slug}`);
  } finally {
    await database.close();
  }
}

seedGuides().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
