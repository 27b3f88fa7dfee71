import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import {
  cardKeySchema,
  cardTextsSchema,
  guideSlugSchema,
  languageCodeSchema,
  translationContentSchema,
} from '@digihjaelp/contract';
import { describeIssues, GuideFileError, readFrontMatter } from '../guides/guide-files';

/** content/ at the repository root: translations in content/translations, cards in content/citizen-cards.json. */
const contentDir = path.resolve(__dirname, '../../../../../content');
export const translationContentDir = path.join(contentDir, 'translations');
export const cardsFile = path.join(contentDir, 'citizen-cards.json');
const root = path.resolve(contentDir, '..');

export interface TranslationFile {
  slug: string;
  language: string;
  file: string;
  content: z.infer<typeof translationContentSchema>;
}

const frontMatterSchema = translationContentSchema.omit({ body: true }).strict();

/** `content/translations/<slug>/<language>.md`: JSON front matter (title, summary, needsNativeCheck), then the text. */
export function parseTranslationFile(file: string, text: string): TranslationFile {
  const slug = path.basename(path.dirname(file));
  const language = path.basename(file, '.md');
  if (!guideSlugSchema.safeParse(slug).success) throw new GuideFileError(file, 'the folder name is not a guide slug');
  if (!languageCodeSchema.safeParse(language).success)
    throw new GuideFileError(file, 'the file name is not a language code such as "en.md"');
  const { frontMatter, body } = readFrontMatter(file, text);
  const fields = frontMatterSchema.safeParse(frontMatter);
  if (!fields.success) throw new GuideFileError(file, describeIssues(fields.error));
  const content = translationContentSchema.safeParse({ ...fields.data, body });
  if (!content.success) throw new GuideFileError(file, describeIssues(content.error));
  return { slug, language, file, content: content.data };
}

/** Every translation file, sorted; any bad file stops the load with one error listing every bad file. */
export async function loadTranslationFiles(dir: string = translationContentDir): Promise<TranslationFile[]> {
  const folders = await fs.readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const files: TranslationFile[] = [];
  const problems: string[] = [];
  for (const folder of folders.sort()) {
    const folderPath = path.join(dir, folder);
    if (!(await fs.stat(folderPath)).isDirectory()) continue;
    for (const name of (await fs.readdir(folderPath)).filter((entry) => entry.endsWith('.md')).sort()) {
      const fullPath = path.join(folderPath, name);
      try {
        files.push(parseTranslationFile(path.relative(root, fullPath), await fs.readFile(fullPath, 'utf8')));
      } catch (error) {
        if (!(error instanceof GuideFileError)) throw error;
        problems.push(error.message);
      }
    }
  }
  if (problems.length > 0) throw new Error(`Translation files with errors:\n  ${problems.join('\n  ')}`);
  return files;
}

const cardFileSchema = z.array(z.object({ key: cardKeySchema, texts: cardTextsSchema }).strict());
export type CardFile = z.infer<typeof cardFileSchema>;

/** The seeded show-the-citizen cards, in the order the chooser lists them. */
export async function loadCardFile(file: string = cardsFile): Promise<CardFile> {
  const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '[]';
    throw error;
  });
  const parsed = cardFileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new GuideFileError(path.relative(root, file), describeIssues(parsed.error));
  return parsed.data;
}
