import { reportEndpoints } from '@digihjaelp/contract';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';

let testApp: TestApp;
let lead: SignedIn;
let counter: SignedIn;

beforeAll(async () => {
  testApp = await startTestApp({ organisationName: 'Gørlev Bibliotek og Borgerservice' });
  lead = await signInAs(testApp, 'lead', 'lene');
  counter = await signInAs(testApp, 'counter', 'carl');
});
afterAll(() => testApp.close());

const save = (who: SignedIn, month: string, comment: string) =>
  who.call(reportEndpoints.saveComment, { params: { month }, body: { comment } });

describe("the monthly report's comment", () => {
  it('names the organisation and keeps the lead’s comment with its month', async () => {
    const empty = await lead.call(reportEndpoints.get, { params: { month: '2026-11' } }).expect(200);
    expect(empty.body.data).toEqual({
      month: '2026-11',
      organisationName: 'Gørlev Bibliotek og Borgerservice',
      comment: null,
      commentBy: null,
      commentAt: null,
    });

    await save(lead, '2026-11', '  Flere løste selv i november efter MitID-caféerne.  ').expect(200);
    // Saving again replaces it: one comment per month, never two.
    const saved = await save(lead, '2026-11', 'Flere løste selv efter MitID-caféerne.').expect(200);
    expect(saved.body.data).toMatchObject({
      comment: 'Flere løste selv efter MitID-caféerne.',
      commentBy: { id: lead.user.id },
      commentAt: expect.any(String),
    });
    const read = await lead.call(reportEndpoints.get, { params: { month: '2026-11' } }).expect(200);
    expect(read.body.data.comment).toBe('Flere løste selv efter MitID-caféerne.');
    // Another month has its own.
    expect((await lead.call(reportEndpoints.get, { params: { month: '2026-10' } })).body.data.comment).toBeNull();

    await save(lead, '2026-11', '').expect(200);
    expect((await lead.call(reportEndpoints.get, { params: { month: '2026-11' } })).body.data.comment).toBeNull();
  });

  it('refuses personal data, a bad month and counter staff, and changes nothing', async () => {
    await save(lead, '2026-09', 'Godt arbejde.').expect(200);
    const personal = await save(lead, '2026-09', 'Ring til borgeren på 20 30 40 50').expect(422);
    expect(personal.body.error.code).toBe('personal_data');
    const badMonth = await save(lead, '2026-13', 'x').expect(400);
    expect(badMonth.body.error.details.fields[0].path).toBe('month');
    await save(counter, '2026-09', 'Fra skranken').expect(403);
    await counter.call(reportEndpoints.get, { params: { month: '2026-09' } }).expect(403);
    const tooLong = await save(lead, '2026-09', 'a'.repeat(1501)).expect(400);
    expect(tooLong.body.error.details.fields[0].path).toBe('comment');
    expect((await lead.call(reportEndpoints.get, { params: { month: '2026-09' } })).body.data.comment).toBe(
      'Godt arbejde.',
    );
  });
});
