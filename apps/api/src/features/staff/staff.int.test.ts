import { authEndpoints, staffEndpoints } from '@digihjaelp/contract';
import { anonymousCall, type Call } from '../../../test/support/api-client';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';

let testApp: TestApp;
let admin: SignedIn;
let anonymous: Call;
beforeAll(async () => {
  testApp = await startTestApp();
  admin = await signInAs(testApp, 'admin', 'chefen');
  anonymous = anonymousCall(testApp.app);
});
afterAll(() => testApp.close());

const createStaff = (body: object) => admin.call(staffEndpoints.create, { body });
const updateStaff = (id: string, body: object) => admin.call(staffEndpoints.update, { params: { id }, body });
const logInWith = (username: string, password: string) =>
  anonymous(authEndpoints.login, { body: { username, password } });

describe('staff accounts (admin)', () => {
  it('creates an account that can then log in, and lists it', async () => {
    const created = await createStaff({
      username: 'Mette.H',
      displayName: 'Mette Hansen',
      role: 'lead',
      password: 'ten or more chars',
    }).expect(201);
    expect(created.body.data).toMatchObject({
      username: 'mette.h',
      displayName: 'Mette Hansen',
      role: 'lead',
      active: true,
    });
    expect(created.body.data).not.toHaveProperty('passwordHash');

    await logInWith('mette.h', 'ten or more chars').expect(200);
    const list = await admin.call(staffEndpoints.list).expect(200);
    expect(list.body.page).toMatchObject({ page: 1, total: expect.any(Number) });
    expect(list.body.data.map((account: { username: string }) => account.username)).toContain('mette.h');
  });

  it('refuses a taken username with 409 and a short password with 400, creating nothing', async () => {
    await createStaff({ username: 'dup', displayName: 'A', role: 'counter', password: 'ten or more chars' }).expect(
      201,
    );
    const clash = await createStaff({
      username: 'dup',
      displayName: 'B',
      role: 'counter',
      password: 'ten or more chars',
    });
    expect(clash.status).toBe(409);
    const short = await createStaff({ username: 'shorty', displayName: 'C', role: 'counter', password: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.error.details.fields.map((field: { path: string }) => field.path)).toEqual(['password']);
    const count = await testApp.dataSource.query(
      `SELECT count(*)::int AS n FROM staff_accounts WHERE username IN ('dup','shorty')`,
    );
    expect(count[0].n).toBe(1);
  });

  it('refuses a password from the common-password list for a new account and a reset, creating nothing', async () => {
    const common = await createStaff({ username: 'qwerty', displayName: 'Q', role: 'counter', password: 'qwertyuiop' });
    expect(common.status).toBe(400);
    expect(common.body.error.details.fields).toEqual([{ path: 'password', message: expect.stringMatching(/oftest/) }]);
    expect(await testApp.dataSource.query(`SELECT 1 FROM staff_accounts WHERE username = 'qwerty'`)).toEqual([]);
    const worker = await signInAs(testApp, 'counter', 'almindelig');
    await admin
      .call(staffEndpoints.resetPassword, { params: { id: worker.user.id }, body: { password: 'Password123' } })
      .expect(400);
    await worker.call(authEndpoints.me).expect(200);
  });

  it("shows an admin the sign-ins, failures and logouts of one staff member, never another's", async () => {
    const worker = await signInAs(testApp, 'counter', 'spor');
    await logInWith('spor', 'not the password').expect(401);
    await worker.call(authEndpoints.logout).expect(200);
    const other = await signInAs(testApp, 'counter', 'anden');
    const { body } = await admin.call(staffEndpoints.signIns, { params: { id: worker.user.id } }).expect(200);
    expect(body.data.map((event: { event: string; method: string }) => `${event.event}/${event.method}`)).toEqual([
      'logout/password',
      'failure/password',
      'sign-in/password',
    ]);
    for (const event of body.data) expect(event.addressPrefix).toMatch(/^(127\.0\.0|0:0:0|ffff)/);
    await other.call(staffEndpoints.signIns, { params: { id: worker.user.id } }).expect(403);
  });

  it('deactivating an account ends its sessions and blocks login', async () => {
    const worker = await signInAs(testApp, 'counter', 'vikar');
    await updateStaff(worker.user.id, { active: false }).expect(200);
    await worker.call(authEndpoints.me).expect(401);
    await logInWith('vikar', 'correct horse battery').expect(401);
    await updateStaff(worker.user.id, { active: true }).expect(200);
    await logInWith('vikar', 'correct horse battery').expect(200);
  });

  it('resets a password: the old one stops working, the new one works', async () => {
    const worker = await signInAs(testApp, 'counter', 'glemsom');
    await admin
      .call(staffEndpoints.resetPassword, { params: { id: worker.user.id }, body: { password: 'a fresh password' } })
      .expect(200);
    await worker.call(authEndpoints.me).expect(401);
    await logInWith('glemsom', 'correct horse battery').expect(401);
    await logInWith('glemsom', 'a fresh password').expect(200);
  });

  it('an admin cannot lock themselves out', async () => {
    const response = await updateStaff(admin.user.id, { active: false }).expect(409);
    expect(response.body.error.code).toBe('conflict');
    await updateStaff(admin.user.id, { role: 'lead' }).expect(409);
    await admin.call(authEndpoints.me).expect(200);
  });

  it('unknown or malformed ids: 404 and 400 naming id', async () => {
    await updateStaff('00000000-0000-4000-8000-000000000000', { active: false }).expect(404);
    const malformed = await updateStaff('not-a-uuid', { active: false }).expect(400);
    expect(malformed.body.error.details.fields[0].path).toBe('id');
  });

  it('is refused to counter and lead accounts', async () => {
    for (const role of ['counter', 'lead'] as const) {
      const user = await signInAs(testApp, role);
      await user
        .call(staffEndpoints.create, {
          body: { username: 'sneaky', displayName: 'S', role: 'admin', password: 'ten or more chars' },
        })
        .expect(403);
    }
  });
});
