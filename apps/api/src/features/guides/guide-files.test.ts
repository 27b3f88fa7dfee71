import path from 'node:path';
import { GuideFileError, loadGuideFiles, parseGuideFile } from './guide-files';

const fixtures = path.resolve(__dirname, '../../../test/fixtures/guides');

const frontMatter = (fields: object) =>
  JSON.stringify({
    title: 'Titel',
    summary: 'Resumé.',
    category: 'mitid-login',
    tags: ['MitID'],
    audience: 'staff',
    sources: [{ title: 'MitID', url: 'https://www.mitid.dk/' }],
    reviewBy: '2027-05-31',
    related: [],
    ...fields,
  });
const file = (fields: object = {}, body = 'Brødtekst.') => `---\n${frontMatter(fields)}\n---\n${body}\n`;

describe('parseGuideFile', () => {
  it('reads JSON front matter and the Markdown body; the file name is the slug', () => {
    const guide = parseGuideFile('content/guides/min-guide.md', file({}, '## Trin\n\n::: trin\n1. Et\n:::'));
    expect(guide).toEqual({
      slug: 'min-guide',
      file: 'content/guides/min-guide.md',
      content: expect.objectContaining({
        title: 'Titel',
        categoryKey: 'mitid-login',
        tags: ['mitid'],
        body: '## Trin\n\n::: trin\n1. Et\n:::',
      }),
    });
  });

  it.each([
    ['no front matter', 'Bare tekst', /front matter block/],
    ['broken JSON', '---\n{ "title": \n---\nTekst', /not valid JSON/],
    ['an empty title', file({ title: ' ' }), /title: /],
    ['an unknown key', file({ reviewby: '2027-01-01' }), /reviewby/],
    ['a missing review date', file({ reviewBy: undefined }), /reviewBy/],
    ['a bad source address', file({ sources: [{ title: 'x', url: 'javascript:alert(1)' }] }), /sources\.0\.url/],
    ['a bad audience', file({ audience: 'everyone' }), /audience/],
  ])('names the file and the problem for %s', (_label, text, problem) => {
    expect(() => parseGuideFile('content/guides/x.md', text)).toThrow(GuideFileError);
    expect(() => parseGuideFile('content/guides/x.md', text)).toThrow(/^content\/guides\/x\.md: /);
    expect(() => parseGuideFile('content/guides/x.md', text)).toThrow(problem);
  });

  it('refuses a file name that is not a slug', () => {
    expect(() => parseGuideFile('content/guides/Glemt Kode.md', file())).toThrow(
      /Glemt Kode\.md: the file name is not a valid slug/,
    );
  });
});

describe('loadGuideFiles', () => {
  it('loads every guide in a folder, skipping the README, sorted by slug', async () => {
    const guides = await loadGuideFiles(fixtures);
    expect(guides.map((guide) => guide.slug)).toEqual(['fixture-glemt-kode', 'fixture-handout']);
    expect(guides[0]?.file).toBe('apps/api/test/fixtures/guides/fixture-glemt-kode.md');
  });

  it('treats a missing folder as no guides', async () => {
    await expect(loadGuideFiles(path.join(fixtures, 'does-not-exist'))).resolves.toEqual([]);
  });
});
