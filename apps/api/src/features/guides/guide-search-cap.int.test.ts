import { guideEndpoints } from '@digihjaelp/contract';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';
import { recordGuideWords, SEARCH_TOTAL_CAP } from './guide-search.service';

let testApp: TestApp;
let staff: SignedIn;

/** 130 guides with "kommunekontor" in the body; in the title of only the 3 "rigtige" ones. */
beforeAll(async () => {
  testApp = await startTestApp();
  staff = await signInAs(testApp, 'lead');
  const guides = Array.from({ length: 130 }, (_, index) => {
    const inTitle = index % 50 === 7;
    const number = String(index).padStart(3, '0');
    return {
      slug: `vejledning-${number}`,
      title: inTitle ? `Det rigtige kommunekontor ${number}` : `Vejledning ${number}`,
      body: `Borgeren kan også få hjælp på et kommunekontor. Afsnit ${number}.`,
    };
  });
  await testApp.dataSource.query(
    `INSERT INTO guides (slug, title, summary, body, body_text, category_key, tags, audience, review_by,
                         status, version, owner_id, updated_by_id)
     SELECT slug, title, 'Et resumé.', body, body, 'mitid-login', '{}', 'staff', '2099-01-01', 'published', 1, $4, $4
       FROM unnest($1::text[], $2::text[], $3::text[]) AS t(slug, title, body)`,
    [
      guides.map((guide) => guide.slug),
      guides.map((guide) => guide.title),
      guides.map((guide) => guide.body),
      staff.user.id,
    ],
  );
  await recordGuideWords(
    testApp.dataSource,
    guides.flatMap((guide) => [guide.title, guide.body]),
  );
});
afterAll(() => testApp.close());

const search = async (query: Record<string, string | number>) =>
  (await staff.call(guideEndpoints.list, { query }).expect(200)).body as {
    data: { slug: string; title: string }[];
    page: { total: number; capped?: true };
  };

describe('a search matching more guides than it counts', () => {
  it('says "more than 100" instead of counting every match', async () => {
    const { page } = await search({ q: 'kommunekontor' });
    expect(page).toMatchObject({ total: SEARCH_TOTAL_CAP, capped: true });
  });

  it('still ranks the title matches first', async () => {
    const { data } = await search({ q: 'kommunekontor', pageSize: 5 });
    expect(data.slice(0, 3).map((guide) => guide.title)).toEqual([
      'Det rigtige kommunekontor 007',
      'Det rigtige kommunekontor 057',
      'Det rigtige kommunekontor 107',
    ]);
  });

  it('pages through the 100 it offers without repeating or skipping a guide', async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((page) => search({ q: 'kommunekontor', pageSize: 25, page })));
    const slugs = pages.flatMap(({ data }) => data.map((guide) => guide.slug));
    expect(slugs).toHaveLength(100);
    expect(new Set(slugs).size).toBe(100);
    // Body-only matches follow the ranked ones by title.
    const bodyOnly = slugs.slice(3);
    expect(bodyOnly).toEqual([...bodyOnly].sort());
  });

  it('counts exactly when fewer match than the cap', async () => {
    const { page, data } = await search({ q: 'rigtige' });
    expect(page).toEqual({ page: 1, pageSize: 25, total: 3 });
    expect(data).toHaveLength(3);
  });
});
