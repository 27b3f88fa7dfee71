import request from 'supertest';
import { authEndpoints } from '@digihjaelp/contract';
import { createApp } from '../../app';
import { pino } from 'pino';
import { anonymousCall, contractCall } from '../../../test/support/api-client';
import { buildStaffAccount } from '../../../test/support/factories';
import { startTestApp, type TestApp } from '../../../test/support/test-app';

// Three free failures, then 10 s, 20 s, 40 s … up to 60 s: long enough that a test never waits it out by accident.
const throttle = { freeFailures: 3, firstDelayMs: 10_000, maxDelayMs: 60_000 };
const PASSWORD = 'a good long password';

let testApp: TestApp;
beforeAll(async () => {
  // Behind a proxy, so each test can speak from the address it names in X-Forwarded-For.
  testApp = await startTestApp({ throttle, trustProxy: true });
});
afterAll(() => testApp.close());

const from = (address: string) => ({
  logIn: (username: string, password: string) =>
    anonymousCall(testApp.app)(authEndpoints.login, { body: { username, password } }).set('X-Forwarded-For', address),
});
const library = from('10.1.2.3');

/** Lets the account's current wait run out, as if the time had passed. */
const waitIsOver = () => testApp.dataSource.query(`UPDATE sign_in_failures SET next_attempt_at = now()`);
const failuresCounted = async () => {
  const rows: { failures: number }[] = await testApp.dataSource.query(`SELECT failures FROM sign_in_failures`);
  return rows.reduce((sum, row) => sum + row.failures, 0);
};

beforeEach(() => testApp.dataSource.query(`DELETE FROM sign_in_failures`));

describe('failed logins are counted per account, however the username is typed', () => {
  it('" Leder " gets no fresh tries while "leder" must wait', async () => {
    await buildStaffAccount(testApp.dataSource, { username: 'leder', password: PASSWORD });
    for (let attempt = 0; attempt < throttle.freeFailures; attempt += 1)
      await library.logIn('leder', 'wrong').expect(401);
    const limited = await library.logIn(' Leder ', PASSWORD).expect(429);
    expect(limited.body.error.code).toBe('rate_limited');
  });

  it('adds up failures from different addresses for one account', async () => {
    await buildStaffAccount(testApp.dataSource, { username: 'roaming', password: PASSWORD });
    await from('192.0.2.1').logIn('roaming', 'wrong').expect(401);
    await from('198.51.100.7').logIn('roaming', 'wrong').expect(401);
    await from('203.0.113.9').logIn('roaming', 'wrong').expect(401);
    await from('203.0.113.10').logIn('roaming', PASSWORD).expect(429);
  });

  it('keeps the count in PostgreSQL: another instance on the same database sees it', async () => {
    await buildStaffAccount(testApp.dataSource, { username: 'shared', password: PASSWORD });
    for (let attempt = 0; attempt < throttle.freeFailures; attempt += 1)
      await library.logIn('shared', 'wrong').expect(401);
    const otherInstance = createApp({
      dataSource: testApp.dataSource,
      logger: pino({ level: 'silent' }),
      demoMode: false,
      sessionHours: 12,
      trustProxy: true,
      throttle,
    });
    await contractCall(request(otherInstance))(authEndpoints.login, {
      body: { username: 'shared', password: PASSWORD },
    })
      .set('X-Forwarded-For', '10.1.2.3')
      .expect(429);
  });
});

describe('a growing delay, never a lock', () => {
  it('doubles the wait with each further failure, and the right password works once the wait is over', async () => {
    await buildStaffAccount(testApp.dataSource, { username: 'patient', password: PASSWORD });
    for (let attempt = 0; attempt < throttle.freeFailures; attempt += 1)
      await library.logIn('patient', 'wrong').expect(401);
    const first = await library.logIn('patient', PASSWORD).expect(429);
    expect(Number(first.headers['retry-after'])).toBe(10);
    await waitIsOver();
    await library.logIn('patient', 'wrong').expect(401);
    const second = await library.logIn('patient', PASSWORD).expect(429);
    expect(Number(second.headers['retry-after'])).toBe(20);
    await waitIsOver();
    await library.logIn('patient', PASSWORD).expect(200);
    // A success clears the count: the next mistake is a free one again.
    await library.logIn('patient', 'wrong').expect(401);
    await library.logIn('patient', PASSWORD).expect(200);
  });

  it('cannot keep a colleague out of the browser they have signed in with before', async () => {
    await buildStaffAccount(testApp.dataSource, { username: 'kollega', password: PASSWORD });
    const colleaguesPc = request.agent(testApp.app);
    const logInAtPc = (password: string) =>
      contractCall(colleaguesPc)(authEndpoints.login, { body: { username: 'kollega', password } }).set(
        'X-Forwarded-For',
        '10.1.2.50',
      );
    const signedIn = await logInAtPc(PASSWORD).expect(200);
    await contractCall(colleaguesPc, signedIn.body.csrfToken)(authEndpoints.logout).expect(200);

    // Someone elsewhere guesses until the account must wait.
    for (let attempt = 0; attempt < throttle.freeFailures; attempt += 1) {
      await from('203.0.113.66').logIn('kollega', 'guess').expect(401);
    }
    await from('203.0.113.66').logIn('kollega', PASSWORD).expect(429);
    await logInAtPc(PASSWORD).expect(200);
  });

  it('100 failures from one address do not keep the others at that address out', async () => {
    await buildStaffAccount(testApp.dataSource, { username: 'bibliotekar', password: PASSWORD });
    const attempts = Array.from({ length: 100 }, (_, index) => library.logIn(`gaet-${index % 20}`, 'wrong'));
    const statuses = await Promise.all(attempts.map((attempt) => attempt.then((response) => response.status)));
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
    await library.logIn('bibliotekar', PASSWORD).expect(200);
  });
});

describe('only finished failures count', () => {
  it('30 simultaneous correct logins all succeed, and leave no count behind', async () => {
    await buildStaffAccount(testApp.dataSource, { username: 'travl', password: PASSWORD });
    const responses = await Promise.all(Array.from({ length: 30 }, () => library.logIn('travl', PASSWORD)));
    expect(responses.map((response) => response.status)).toEqual(Array(30).fill(200));
    expect(await failuresCounted()).toBe(0);
    await library.logIn('travl', 'wrong').expect(401);
  });

  it('parallel wrong guesses: the free ones fail, the rest wait; a 429 is never counted', async () => {
    await buildStaffAccount(testApp.dataSource, { username: 'burst', password: PASSWORD });
    const responses = await Promise.all(Array.from({ length: 10 }, () => library.logIn('burst', 'wrong')));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([...Array(3).fill(401), ...Array(7).fill(429)]);
    expect(await failuresCounted()).toBe(throttle.freeFailures);
    await library.logIn('burst', 'wrong').expect(429);
    expect(await failuresCounted()).toBe(throttle.freeFailures);
  });
});
