import { authEndpoints, branchEndpoints, channelEndpoints, staffEndpoints } from '@digihjaelp/contract';
import { anonymousCall } from '../../../test/support/api-client';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';

let testApp: TestApp;
let admin: SignedIn;
beforeAll(async () => {
  testApp = await startTestApp();
  admin = await signInAs(testApp, 'admin', 'chefen');
});
afterAll(() => testApp.close());

describe('branches and channels', () => {
  it('are seeded: a main library and four village branches; walk-in, appointment, phone, outreach', async () => {
    const counter = await signInAs(testApp, 'counter');
    const branches = await counter.call(branchEndpoints.list).expect(200);
    expect(branches.body.data.map((branch: { nameDa: string }) => branch.nameDa)).toEqual([
      'Hovedbiblioteket',
      'Fensmark Bibliotek',
      'Glumsø Bibliotek',
      'Herlufmagle Bibliotek',
      'Fuglebjerg Bibliotek',
    ]);
    const channels = await counter.call(channelEndpoints.list).expect(200);
    expect(channels.body.data.map((channel: { key: string; nameDa: string }) => [channel.key, channel.nameDa])).toEqual(
      [
        ['walk-in', 'Fremmøde'],
        ['appointment', 'Tidsbestilling'],
        ['phone', 'Telefon'],
        ['outreach', 'Opsøgende'],
      ],
    );
  });

  it('an admin adds a branch at the end, renames and closes it; the key stays', async () => {
    const created = await admin
      .call(branchEndpoints.create, {
        body: { key: 'holme-olstrup', nameDa: 'Holme-Olstrup', nameEn: 'Holme-Olstrup' },
      })
      .expect(201);
    expect(created.body.data).toEqual({
      key: 'holme-olstrup',
      nameDa: 'Holme-Olstrup',
      nameEn: 'Holme-Olstrup',
      sortOrder: 60,
      active: true,
    });
    const updated = await admin
      .call(branchEndpoints.update, {
        params: { key: 'holme-olstrup' },
        body: { nameDa: 'Holme-Olstrup Bibliotek', active: false },
      })
      .expect(200);
    expect(updated.body.data).toMatchObject({ key: 'holme-olstrup', nameDa: 'Holme-Olstrup Bibliotek', active: false });
    const list = await admin.call(branchEndpoints.list).expect(200);
    expect(list.body.data.at(-1)).toMatchObject({ key: 'holme-olstrup', active: false });
  });

  it('refuses a taken key with 409, a malformed key with 400 naming it, an unknown key with 404', async () => {
    await admin
      .call(channelEndpoints.create, { body: { key: 'phone', nameDa: 'Telefon 2', nameEn: 'Phone 2' } })
      .expect(409);
    const malformed = await admin
      .call(channelEndpoints.create, { body: { key: 'Video Møde', nameDa: 'Video', nameEn: 'Video' } })
      .expect(400);
    expect(malformed.body.error.details.fields.map((field: { path: string }) => field.path)).toEqual(['key']);
    await admin
      .call(channelEndpoints.update, { params: { key: 'no-such-channel' }, body: { active: false } })
      .expect(404);
  });

  it('only admins change them', async () => {
    for (const role of ['counter', 'lead'] as const) {
      const user = await signInAs(testApp, role);
      await user.call(branchEndpoints.create, { body: { key: 'sneaky', nameDa: 'S', nameEn: 'S' } }).expect(403);
      await user.call(channelEndpoints.update, { params: { key: 'phone' }, body: { active: false } }).expect(403);
    }
    await anonymousCall(testApp.app)(branchEndpoints.list).expect(401);
  });
});

describe('a staff account’s default branch', () => {
  it('is set by an admin, shown in the staff list and in the signed-in user', async () => {
    const worker = await signInAs(testApp, 'counter', 'glumsoe-medarbejder');
    expect(worker.user).toMatchObject({ defaultBranchKey: null });
    const setBranch = (defaultBranchKey: string | null) =>
      admin.call(staffEndpoints.update, { params: { id: worker.user.id }, body: { defaultBranchKey } });
    const updated = await setBranch('glumsoe').expect(200);
    expect(updated.body.data.defaultBranchKey).toBe('glumsoe');
    const me = await worker.call(authEndpoints.me).expect(200);
    expect(me.body.user.defaultBranchKey).toBe('glumsoe');
    await setBranch(null).expect(200);
  });

  it('can be given at creation; an unknown or closed branch is 400 naming defaultBranchKey', async () => {
    const createStaff = (username: string, defaultBranchKey: string) =>
      admin.call(staffEndpoints.create, {
        body: { username, displayName: username, role: 'counter', password: 'ten or more chars', defaultBranchKey },
      });
    const created = await createStaff('fensmark1', 'fensmark').expect(201);
    expect(created.body.data.defaultBranchKey).toBe('fensmark');
    const unknown = await createStaff('nowhere1', 'atlantis').expect(400);
    expect(unknown.body.error.details.fields[0].path).toBe('defaultBranchKey');
    await admin
      .call(branchEndpoints.create, { body: { key: 'lukket', nameDa: 'Lukket', nameEn: 'Closed' } })
      .expect(201);
    await admin.call(branchEndpoints.update, { params: { key: 'lukket' }, body: { active: false } }).expect(200);
    const closed = await admin
      .call(staffEndpoints.update, { params: { id: created.body.data.id }, body: { defaultBranchKey: 'lukket' } })
      .expect(400);
    expect(closed.body.error.details.fields[0].path).toBe('defaultBranchKey');
  });
});
