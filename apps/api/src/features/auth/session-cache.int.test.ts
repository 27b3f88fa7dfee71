import { Client } from 'pg';
import { authEndpoints, staffEndpoints } from '@digihjaelp/contract';
import { buildStaffAccount } from '../../../test/support/factories';
import { codeFor, enrol, passwordLoginAs } from '../../../test/support/second-factor';
import { logIn, signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';
import { SESSION_LISTENER_NAME } from './session-listener';

/*
 * A signed-in request reads its session from memory, and a session still ends at once: in this
 * process because the change forgets it, from anywhere else because the database says so.
 */

let testApp: TestApp;
let admin: SignedIn;
/** Another connection to the database, as another API instance or someone with psql has. */
let elsewhere: Client;
beforeAll(async () => {
  testApp = await startTestApp();
  admin = await signInAs(testApp, 'admin', 'session-admin');
  elsewhere = new Client({ connectionString: testApp.database.url });
  await elsewhere.connect();
});
afterAll(async () => {
  await elsewhere.end();
  await testApp.close();
});

/** Changes by hand without the triggers (superuser only): a change the cache is never told of. */
async function silently(sql: string, values: unknown[], client = elsewhere): Promise<void> {
  await client.query('SET session_replication_role = replica');
  try {
    await client.query(sql, values);
  } finally {
    await client.query('SET session_replication_role = DEFAULT');
  }
}

/** Asks again until `check` holds; a change made elsewhere arrives within moments, not at once. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const me = (signedIn: SignedIn) => signedIn.call(authEndpoints.me);
const displayNameOf = async (signedIn: SignedIn) => (await me(signedIn).expect(200)).body.user.displayName as string;

let renames = 0;
/**
 * Whether this session's next request is answered from memory: after one request (which keeps the
 * session), the name is changed without the cache being told; from memory the old one is seen.
 */
async function answeredFromMemory(signedIn: SignedIn, client = elsewhere): Promise<boolean> {
  const before = await displayNameOf(signedIn);
  renames += 1;
  await silently(
    'UPDATE staff_accounts SET display_name = $2 WHERE id = $1',
    [signedIn.user.id, `Omdøbt ${renames}`],
    client,
  );
  return (await displayNameOf(signedIn)) === before;
}

describe('a signed-in request', () => {
  it('is answered from memory: no round trip reads its session again', async () => {
    const counter = await signInAs(testApp, 'counter', 'fra-hukommelsen');
    expect(await answeredFromMemory(counter)).toBe(true);
  });

  it('ends at its expiry, though nothing told the cache', async () => {
    const shortLived = await startTestApp({ sessionHours: 2 / 3_600 });
    try {
      const counter = await signInAs(shortLived, 'counter', 'udloeber');
      await me(counter).expect(200);
      await eventually(async () => (await me(counter)).status === 401, 10_000);
    } finally {
      await shortLived.close();
    }
  });
});

describe('a change in this process ends or changes the session at once', () => {
  // Without the database's notifications, so only this process's own forgetting can pass.
  beforeAll(async () => {
    await elsewhere.query('ALTER TABLE staff_sessions DISABLE TRIGGER staff_sessions_notify_change');
    await elsewhere.query('ALTER TABLE staff_accounts DISABLE TRIGGER staff_accounts_notify_change');
  });
  afterAll(async () => {
    await elsewhere.query('ALTER TABLE staff_sessions ENABLE TRIGGER staff_sessions_notify_change');
    await elsewhere.query('ALTER TABLE staff_accounts ENABLE TRIGGER staff_accounts_notify_change');
  });

  it('logout', async () => {
    const counter = await signInAs(testApp, 'counter', 'logger-ud');
    await me(counter).expect(200);
    await counter.call(authEndpoints.logout).expect(200);
    await me(counter).expect(401);
  });

  it('deactivation of the account', async () => {
    const counter = await signInAs(testApp, 'counter', 'deaktiveres');
    await me(counter).expect(200);
    await admin.call(staffEndpoints.update, { params: { id: counter.user.id }, body: { active: false } }).expect(200);
    await me(counter).expect(401);
  });

  it('a role or a name changed by an admin', async () => {
    const counter = await signInAs(testApp, 'counter', 'forfremmes');
    await me(counter).expect(200);
    await admin
      .call(staffEndpoints.update, {
        params: { id: counter.user.id },
        body: { role: 'lead', displayName: 'Leder Lis' },
      })
      .expect(200);
    expect((await me(counter).expect(200)).body.user).toMatchObject({ role: 'lead', displayName: 'Leder Lis' });
  });

  it('a password changed by its owner ends the other sessions; reset by an admin, all of them', async () => {
    const here = await signInAs(testApp, 'counter', 'nyt-kodeord');
    const there = await logIn(testApp, 'nyt-kodeord', 'correct horse battery');
    await me(here).expect(200);
    await me(there).expect(200);
    await here
      .call(authEndpoints.changePassword, {
        body: { currentPassword: 'correct horse battery', newPassword: 'a brand new password' },
      })
      .expect(200);
    await me(here).expect(200);
    await me(there).expect(401);

    await admin
      .call(staffEndpoints.resetPassword, { params: { id: here.user.id }, body: { password: 'reset by the admin' } })
      .expect(200);
    await me(here).expect(401);
  });

  it('signing out everywhere', async () => {
    const here = await signInAs(testApp, 'counter', 'alle-steder');
    const there = await logIn(testApp, 'alle-steder', 'correct horse battery');
    await me(here).expect(200);
    await me(there).expect(200);
    await here.call(authEndpoints.logoutEverywhere).expect(200);
    await me(here).expect(401);
    await me(there).expect(401);
  });

  it('the second factor: a session waiting for its code reaches everything once the code is given', async () => {
    const password = 'a good long password';
    await buildStaffAccount(testApp.dataSource, { username: 'to-trin', role: 'lead', password });
    const { enrolment } = await enrol((await passwordLoginAs(testApp, 'to-trin', password)).call);
    const login = await passwordLoginAs(testApp, 'to-trin', password);
    expect(login.next).toBe('second-factor');
    await login.call(authEndpoints.me).expect(401);
    expect((await login.call(authEndpoints.session).expect(200)).body).toEqual({ session: null });
    await login.call(authEndpoints.secondFactor, { body: { code: codeFor(enrolment.secret, 1) } }).expect(200);
    await login.call(authEndpoints.me).expect(200);
  });
});

describe('a change made elsewhere (plain SQL on another connection) reaches the session within moments', () => {
  it('the session deleted', async () => {
    const counter = await signInAs(testApp, 'counter', 'slettet-session');
    await me(counter).expect(200);
    await elsewhere.query('DELETE FROM staff_sessions WHERE staff_id = $1', [counter.user.id]);
    await eventually(async () => (await me(counter)).status === 401);
  });

  it('the account deactivated', async () => {
    const counter = await signInAs(testApp, 'counter', 'deaktiveret-i-sql');
    await me(counter).expect(200);
    await elsewhere.query('UPDATE staff_accounts SET active = false WHERE id = $1', [counter.user.id]);
    await eventually(async () => (await me(counter)).status === 401);
  });

  it('the role changed', async () => {
    const counter = await signInAs(testApp, 'counter', 'ny-rolle-i-sql');
    await me(counter).expect(200);
    await elsewhere.query(`UPDATE staff_accounts SET role = 'admin' WHERE id = $1`, [counter.user.id]);
    await eventually(async () => (await me(counter).expect(200)).body.user.role === 'admin');
  });

  it('every session truncated', async () => {
    const counter = await signInAs(testApp, 'counter', 'truncate');
    await me(counter).expect(200);
    await elsewhere.query('TRUNCATE staff_sessions');
    await eventually(async () => (await me(counter)).status === 401);
    admin = await logIn(testApp, 'session-admin', 'correct horse battery');
  });
});

describe('without its listener the cache is off', () => {
  const listenerBackend = async () =>
    (
      await elsewhere.query(
        'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1',
        [SESSION_LISTENER_NAME],
      )
    ).rows[0]?.pid as number | undefined;

  it('its connection cut (as when the database goes away): emptied, and back once it listens again', async () => {
    const counter = await signInAs(testApp, 'counter', 'afbrudt');
    expect(await answeredFromMemory(counter)).toBe(true);
    await silently(`UPDATE staff_accounts SET display_name = 'Set i databasen' WHERE id = $1`, [counter.user.id]);
    await elsewhere.query('SELECT pg_terminate_backend($1)', [await listenerBackend()]);
    await eventually(async () => (await displayNameOf(counter)) === 'Set i databasen');
    await eventually(() => answeredFromMemory(counter));
  });

  it('stopped: every request reads its session from the database', async () => {
    const stopped = await startTestApp();
    const client = new Client({ connectionString: stopped.database.url });
    await client.connect();
    try {
      const counter = await signInAs(stopped, 'counter', 'uden-lytter');
      await me(counter).expect(200);
      await stopped.sessionListener.stop();
      expect(await answeredFromMemory(counter, client)).toBe(false);
    } finally {
      await client.end();
      await stopped.close();
    }
  });
});
