import fs from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { categoryKeySchema, guideContentSchema, guideSlugSchema, type GuideContent } from '@digihjaelp/contract';

/** content/guides at the repository root: the demo content, also loaded by `npm run seed:guides`. */
export const guideContentDir = path.resolve(__dirname, '../../../../../content/guides');

/**
 * A guide file's front matter: the editor's fields (the body follows the block). Unknown keys are
 * refused, so a misspelt "reviewby" is caught instead of silently ignored.
 */
const frontMatterSchema = guideContentSchema
  .omit({ body: true, categoryKey: true })
  .extend({ category: categoryKeySchema })
  .strict();

export interface GuideFile {
  /** The file name without `.md`. */
  slug: string;
  /** Relative to the repository root, for error messages. */
  file: string;
  content: GuideContent;
}

/** Names the file and what is wrong, so an editor can fix it without reading code. */
export class GuideFileError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'GuideFileError';
  }
}

const frontMatterBlock = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(front matter)'}: ${issue.message}`).join('; ');
}

/** JSON front matter between two `---` lines, then the Markdown body. */
export function parseGuideFile(file: string, text: string): GuideFile {
  const slug = path.basename(file, '.md');
  const slugCheck = guideSlugSchema.safeParse(slug);
  if (!slugCheck.success)
    throw new GuideFileError(file, `the file name is not a valid slug (${describeIssues(slugCheck.error)})`);

  const block = frontMatterBlock.exec(text.replace(/^\uFEFF/, ''));
  if (!block) throw new GuideFileError(file, 'must start with a JSON front matter block between two "---" lines');
  // Both groups of the pattern always take part in a match.
  const [, frontMatterText = '', body = ''] = block;
  let frontMatter: unknown;
  try {
    frontMatter = JSON.parse(frontMatterText);
  } catch (error) {
    throw new GuideFileError(file, `the front matter is not valid JSON (${(error as Error).message})`);
  }
  const parsed = frontMatterSchema.safeParse(frontMatter);
  if (!parsed.success) throw new GuideFileError(file, describeIssues(parsed.error));
  const { category, ...fields } = parsed.data;
  const content = guideContentSchema.safeParse({ ...fields, categoryKey: category, body: body.trim() });
  if (!content.success) throw new GuideFileError(file, describeIssues(content.error));
  return { slug, file, content: content.data };
}

/**
 * Every `<slug>.md` in `dir` (README.md is for editors and skipped), sorted by slug. A missing
 * folder is no guides; any bad file stops the load with one error listing every bad file.
 */
export async function loadGuideFiles(dir: string = guideContentDir): Promise<GuideFile[]> {
  const names = await fs.readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const root = path.resolve(__dirname, '../../../../..');
  const guides: GuideFile[] = [];
  const problems: string[] = [];
  for (const name of names.filter((entry) => entry.endsWith('.md') && entry !== 'README.md').sort()) {
    const fullPath = path.join(dir, name);
    try {
      guides.push(parseGuideFile(path.relative(root, fullPath), await fs.readFile(fullPath, 'utf8')));
    } catch (error) {
      if (!(error instanceof GuideFileError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new Error(`Guide files with errors:\n  ${problems.join('\n  ')}`);
  return guides;
}
