import { guideEndpoints } from '@digihjaelp/contract';
import { buildGuide } from '../../../test/support/factories';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';

let testApp: TestApp;
let lead: SignedIn;
let counter: SignedIn;
beforeAll(async () => {
  testApp = await startTestApp();
  lead = await signInAs(testApp, 'lead', 'lise');
  counter = await signInAs(testApp, 'counter', 'carl');
});
afterAll(() => testApp.close());

const decide = (who: SignedIn, slug: string, id: string, body: object) =>
  who.call(guideEndpoints.decideProposal, { params: { slug, id }, body });
const propose = (who: SignedIn, slug: string, body: object) =>
  who.call(guideEndpoints.propose, { params: { slug }, body });
const saveGuide = (who: SignedIn, slug: string, body: object) =>
  who.call(guideEndpoints.update, { params: { slug }, body });

async function publishedGuide(slug: string) {
  await buildGuide(testApp.dataSource, lead.user, {
    slug,
    title: 'Sundhedskort',
    summary: 'Bestil et nyt.',
    body: 'Trin et.\n',
  });
  return (await counter.call(guideEndpoints.get, { params: { slug } }).expect(200)).body.data;
}
const proposalFrom = (guide: Record<string, unknown>, changes: object) => ({
  ...guide,
  ...changes,
  version: guide.version,
});

describe('proposing a change to a published guide (counter staff)', () => {
  it('a counter proposes; the guide is unchanged until a lead accepts; then it is a new revision naming the proposer', async () => {
    const guide = await publishedGuide('forslag-accept');
    // Counter staff cannot edit it directly …
    await saveGuide(counter, 'forslag-accept', proposalFrom(guide, { body: 'Nyt.\n' })).expect(403);
    // … but can propose the change.
    const proposed = await propose(
      counter,
      'forslag-accept',
      proposalFrom(guide, { body: 'Trin et.\nTrin to.\n', changeNote: 'Manglede trin to' }),
    ).expect(201);
    expect(proposed.body.data).toMatchObject({
      status: 'open',
      baseVersion: 1,
      author: { id: counter.user.id },
      changeNote: 'Manglede trin to',
    });
    expect(proposed.body.data.diff).toEqual([
      {
        field: 'body',
        parts: [
          { value: 'Trin et.\n', change: 'same' },
          { value: 'Trin to.\n', change: 'added' },
        ],
      },
    ]);
    expect((await counter.call(guideEndpoints.get, { params: { slug: 'forslag-accept' } })).body.data.body).toBe(
      'Trin et.\n',
    );

    const open = await lead.call(guideEndpoints.proposals, { params: { slug: 'forslag-accept' } }).expect(200);
    expect(open.body.data).toHaveLength(1);
    await decide(counter, 'forslag-accept', proposed.body.data.id, {
      decision: 'accept',
      version: 1,
    }).expect(403);

    const accepted = await decide(lead, 'forslag-accept', proposed.body.data.id, {
      decision: 'accept',
      version: 1,
    }).expect(200);
    expect(accepted.body.data).toMatchObject({
      version: 2,
      body: 'Trin et.\nTrin to.\n',
      status: 'published',
      updatedBy: { id: lead.user.id },
    });
    const history = await lead.call(guideEndpoints.revisions, { params: { slug: 'forslag-accept' } }).expect(200);
    expect(history.body.data[0]).toMatchObject({
      number: 2,
      changedFields: ['body'],
      changeNote: expect.stringContaining('Manglede trin to'),
    });
    expect((await lead.call(guideEndpoints.proposals, { params: { slug: 'forslag-accept' } })).body.data).toEqual([]);
  });

  it('a rejected proposal changes nothing; accepting onto a guide changed since answers 409', async () => {
    const guide = await publishedGuide('forslag-afvis');
    const first = await propose(counter, 'forslag-afvis', proposalFrom(guide, { title: 'Sundhedskort (nyt)' })).expect(
      201,
    );
    const second = await propose(counter, 'forslag-afvis', proposalFrom(guide, { summary: 'Andet.' })).expect(201);
    await decide(lead, 'forslag-afvis', first.body.data.id, {
      decision: 'reject',
      version: 1,
    }).expect(200);
    expect((await lead.call(guideEndpoints.get, { params: { slug: 'forslag-afvis' } })).body.data).toMatchObject({
      version: 1,
      title: 'Sundhedskort',
    });

    await saveGuide(lead, 'forslag-afvis', proposalFrom(guide, { body: 'Lederens rettelse.\n' })).expect(200);
    const stale = await decide(lead, 'forslag-afvis', second.body.data.id, {
      decision: 'accept',
      version: 2,
    }).expect(409);
    expect(stale.body.error.code).toBe('conflict');
    expect((await lead.call(guideEndpoints.get, { params: { slug: 'forslag-afvis' } })).body.data.body).toBe(
      'Lederens rettelse.\n',
    );
  });

  it('refuses a proposal on a stale version (409) or with an unknown category (400)', async () => {
    const guide = await publishedGuide('forslag-fejl');
    await propose(counter, 'forslag-fejl', { ...proposalFrom(guide, {}), version: 7 }).expect(409);
    const unknown = await propose(counter, 'forslag-fejl', proposalFrom(guide, { categoryKey: 'findes-ikke' })).expect(
      400,
    );
    expect(unknown.body.error.details.fields[0].path).toBe('categoryKey');
  });
});

describe('the review queue and the sender’s own proposals', () => {
  it('an open proposal waits in the leads’ queue; once decided it leaves the queue and the sender sees the decision', async () => {
    const guide = await publishedGuide('forslag-koe');
    const sender = await signInAs(testApp, 'counter', 'dorte');
    const proposed = await propose(
      sender,
      'forslag-koe',
      proposalFrom(guide, { summary: 'Bestil et nyt kort.', changeNote: 'Tydeligere' }),
    ).expect(201);
    const id = proposed.body.data.id;

    await sender.call(guideEndpoints.reviewQueue).expect(403);
    const queue = await lead.call(guideEndpoints.reviewQueue).expect(200);
    expect(queue.body.data).toContainEqual(
      expect.objectContaining({
        id,
        guide: { slug: 'forslag-koe', title: 'Sundhedskort' },
        status: 'open',
        author: { id: sender.user.id, displayName: expect.any(String) },
        changeNote: 'Tydeligere',
        decidedBy: null,
      }),
    );
    const mineBefore = await sender.call(guideEndpoints.myProposals).expect(200);
    expect(mineBefore.body.data).toEqual([expect.objectContaining({ id, status: 'open', decidedAt: null })]);
    // Another's proposals are not the sender's.
    expect((await counter.call(guideEndpoints.myProposals).expect(200)).body.data).not.toContainEqual(
      expect.objectContaining({ id }),
    );

    await decide(lead, 'forslag-koe', id, { decision: 'reject', version: 1 }).expect(200);
    const after = await lead.call(guideEndpoints.reviewQueue).expect(200);
    expect(after.body.data.map((proposal: { id: string }) => proposal.id)).not.toContain(id);
    const mine = await sender.call(guideEndpoints.myProposals).expect(200);
    expect(mine.body.data[0]).toMatchObject({
      id,
      status: 'rejected',
      decidedBy: { id: lead.user.id },
      decidedAt: expect.any(String),
    });
  });
});
