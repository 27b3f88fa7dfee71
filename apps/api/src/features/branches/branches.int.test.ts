import request from 'supertest';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';

let testApp: TestApp;
let admin: SignedIn;
beforeAll(async () => {
  testApp = await startTestApp();
  admin = await signInAs(testApp, 'admin', 'chefen');
});
afterAll(() => testApp.close());

const send = (method: 'post' | 'patch', path: string, body: object, as: SignedIn = admin) =>
  as.agent[method](path).set('X-CSRF-Token', as.csrfToken).send(body);

describe('branches and channels', () => {
  it('are seeded: a main library and four village branches; walk-in, appointment, phone, outreach', async () => {
    const counter = await signInAs(testApp, 'counter');
    const branches = await counter.agent.get('/api/branches').expect(200);
    expect(branches.body.data.map((branch: { nameDa: string }) => branch.nameDa)).toEqual([
      'Hovedbiblioteket',
      'Fensmark Bibliotek',
      'Glumsø Bibliotek',
      'Herlufmagle Bibliotek',
      'Fuglebjerg Bibliotek',
    ]);
    const channels = await counter.agent.get('/api/channels').expect(200);
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
    const created = await send('post', '/api/branches', {
      key: 'holme-olstrup',
      nameDa: 'Holme-Olstrup',
      nameEn: 'Holme-Olstrup',
    }).expect(201);
    expect(created.body.data).toEqual({
      key: 'holme-olstrup',
      nameDa: 'Holme-Olstrup',
      nameEn: 'Holme-Olstrup',
      sortOrder: 60,
      active: true,
    });
    const updated = await send('patch', '/api/branches/holme-olstrup', {
      nameDa: 'Holme-Olstrup Bibliotek',
      active: false,
    }).expect(200);
    expect(updated.body.data).toMatchObject({ key: 'holme-olstrup', nameDa: 'Holme-Olstrup Bibliotek', active: false });
    const list = await admin.agent.get('/api/branches').expect(200);
    expect(list.body.data.at(-1)).toMatchObject({ key: 'holme-olstrup', active: false });
  });

  it('refuses a taken key with 409, a malformed key with 400 naming it, an unknown key with 404', async () => {
    await send('post', '/api/channels', { key: 'phone', nameDa: 'Telefon 2', nameEn: 'Phone 2' }).expect(409);
    const malformed = await send('post', '/api/channels', {
      key: 'Video Møde',
      nameDa: 'Video',
      nameEn: 'Video',
    }).expect(400);
    expect(malformed.body.error.details.fields.map((field: { path: string }) => field.path)).toEqual(['key']);
    await send('patch', '/api/channels/no-such-channel', { active: false }).expect(404);
  });

  it('only admins change them', async () => {
    for (const role of ['counter', 'lead'] as const) {
      const user = await signInAs(testApp, role);
      await send('post', '/api/branches', { key: 'sneaky', nameDa: 'S', nameEn: 'S' }, user).expect(403);
      await send('patch', '/api/channels/phone', { active: false }, user).expect(403);
    }
    await request(testApp.app).get('/api/branches').expect(401);
  });
});

describe('a staff account’s default branch', () => {
  it('is set by an admin, shown in the staff list and in the signed-in user', async () => {
    const worker = await signInAs(testApp, 'counter', 'glumsoe-medarbejder');
    expect(worker.user).toMatchObject({ defaultBranchKey: null });
    const updated = await send('patch', `/api/staff/${worker.user.id}`, { defaultBranchKey: 'glumsoe' }).expect(200);
    expect(updated.body.data.defaultBranchKey).toBe('glumsoe');
    const me = await worker.agent.get('/api/auth/me').expect(200);
    expect(me.body.user.defaultBranchKey).toBe('glumsoe');
    await send('patch', `/api/staff/${worker.user.id}`, { defaultBranchKey: null }).expect(200);
  });

  it('can be given at creation; an unknown or closed branch is 400 naming defaultBranchKey', async () => {
    const created = await send('post', '/api/staff', {
      username: 'fensmark1',
      displayName: 'F',
      role: 'counter',
      password: 'ten or more chars',
      defaultBranchKey: 'fensmark',
    }).expect(201);
    expect(created.body.data.defaultBranchKey).toBe('fensmark');
    const unknown = await send('post', '/api/staff', {
      username: 'nowhere1',
      displayName: 'N',
      role: 'counter',
      password: 'ten or more chars',
      defaultBranchKey: 'atlantis',
    }).expect(400);
    expect(unknown.body.error.details.fields[0].path).toBe('defaultBranchKey');
    await send('post', '/api/branches', { key: 'lukket', nameDa: 'Lukket', nameEn: 'Closed' }).expect(201);
    await send('patch', '/api/branches/lukket', { active: false }).expect(200);
    const closed = await send('patch', `/api/staff/${created.body.data.id}`, { defaultBranchKey: 'lukket' }).expect(
      400,
    );
    expect(closed.body.error.details.fields[0].path).toBe('defaultBranchKey');
  });
});
