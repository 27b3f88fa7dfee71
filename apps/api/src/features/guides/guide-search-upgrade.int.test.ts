import { guideListQuerySchema } from '@digihjaelp/contract';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { buildStaffAccount } from '../../../test/support/factories';
import { recordGuideWords, searchGuidesIn } from './guide-search.service';

let database: TestDatabase;
afterAll(() => database.drop());

/** The guides of a database made before the snippet's sentences were stored. */
beforeAll(async () => {
  database = await createTestDatabase();
  const { dataSource } = database;
  while ((await dataSource.query(`SELECT 1 FROM migrations WHERE name = 'GuideSnippetSentences1764722000000'`)).length)
    await dataSource.undoLastMigration({ transaction: 'each' });
  const owner = await buildStaffAccount(dataSource, { role: 'lead' });
  const body = 'Borgeren skal ikke selv gøre noget. Et nyt sundhedskort bestilles på borger.dk. Det kommer med posten.';
  await dataSource.query(
    `INSERT INTO guides (slug, title, summary, body, body_text, category_key, tags, audience, review_by,
                         status, version, owner_id, updated_by_id)
     VALUES ('sundhedskort', 'Sundhedskort', 'Et nyt kort.', $1, $1, 'other', '{}', 'staff', '2099-01-01', 'published', 1, $2, $2)`,
    [body, owner.id],
  );
  await recordGuideWords(dataSource, ['Sundhedskort', 'Et nyt kort.', body]);
  await dataSource.runMigrations({ transaction: 'each' });
});

it('an upgraded database quotes its guides as soon as it is migrated', async () => {
  const { guides } = await searchGuidesIn(database.dataSource, guideListQuerySchema.parse({ q: 'bestilles' }));
  expect(guides.map((guide) => guide.slug)).toEqual(['sundhedskort']);
  expect(guides[0]?.snippet).toContain('<mark>bestilles</mark> på borger.dk.');
});

it('still corrects typos after the vocabulary index is rebuilt', async () => {
  const { guides } = await searchGuidesIn(database.dataSource, guideListQuerySchema.parse({ q: 'sundhedskrot' }));
  expect(guides.map((guide) => guide.slug)).toEqual(['sundhedskort']);
});
