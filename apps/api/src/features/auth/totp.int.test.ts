import request from 'supertest';
import { authEndpoints, caseEndpoints, totpEnrolmentResponseSchema } from '@digihjaelp/contract';
import { contractCall } from '../../../test/support/api-client';
import { buildStaffAccount } from '../../../test/support/factories';
import { codeFor, enrol, passwordLoginAs } from '../../../test/support/second-factor';
import { startTestApp, type TestApp } from '../../../test/support/test-app';
import type { TotpRequirement } from './sign-in-policy';

const PASSWORD = 'a good long password';
const throttle = { freeFailures: 3, firstDelayMs: 60_000, maxDelayMs: 60_000 };

/**
 * Waits, if need be, until a new 30-second step has just begun, so a test that counts steps
 * from "now" finishes inside one step and never sees the clock cross into the next.
 */
async function atStartOfStep(): Promise<void> {
  const intoStep = Date.now() % 30_000;
  if (intoStep > 20_000) await new Promise((resolve) => setTimeout(resolve, 30_000 - intoStep + 50));
}

const apps = new Map<TotpRequirement, TestApp>();
async function appWith(totpRequired: TotpRequirement): Promise<TestApp> {
  if (!apps.has(totpRequired)) apps.set(totpRequired, await startTestApp({ totpRequired, throttle }));
  return apps.get(totpRequired) as TestApp;
}
afterAll(async () => {
  for (const app of apps.values()) await app.close();
});

const passwordLogin = (testApp: TestApp, username: string) => passwordLoginAs(testApp, username, PASSWORD);

describe('setting up an authenticator app', () => {
  it('shows a QR code and the secret, needs a right code, and gives 10 recovery codes stored only as hashes', async () => {
    const testApp = await appWith('off');
    await buildStaffAccount(testApp.dataSource, { username: 'mette', role: 'counter', password: PASSWORD });
    const { next, call } = await passwordLogin(testApp, 'mette');
    expect(next).toBe('done');

    const enrolment = totpEnrolmentResponseSchema.parse(
      (await call(authEndpoints.startTotpEnrolment).expect(200)).body,
    );
    expect(enrolment.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(enrolment.qrCode.split(',')[1] ?? '', 'base64').toString()).toMatch(/<svg/);
    expect(enrolment.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Digihj%C3%A6lp:mette\?/);
    expect(new URL(enrolment.otpauthUrl).searchParams.get('secret')).toBe(enrolment.secret);

    const wrong = await call(authEndpoints.confirmTotpEnrolment, {
      body: { code: codeFor(enrolment.secret, 5) },
    }).expect(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    const [pending] = await testApp.dataSource.query(`SELECT totp_secret FROM staff_accounts WHERE username = 'mette'`);
    expect(pending.totp_secret).toBeNull();

    const confirmed = await call(authEndpoints.confirmTotpEnrolment, {
      body: { code: codeFor(enrolment.secret) },
    }).expect(200);
    const codes: string[] = confirmed.body.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const stored: { code_hash: string }[] = await testApp.dataSource.query(
      `SELECT code_hash FROM staff_recovery_codes r JOIN staff_accounts a ON a.id = r.staff_id WHERE a.username = 'mette'`,
    );
    expect(stored).toHaveLength(10);
    for (const { code_hash } of stored) expect(codes.join()).not.toContain(code_hash);
    expect((await call(authEndpoints.sessions).expect(200)).body.secondFactor).toBe(true);
  });
});

describe('logging in with a second factor', () => {
  it('asks for the code after the password; the session reaches nothing until a right code', async () => {
    const testApp = await appWith('off');
    await buildStaffAccount(testApp.dataSource, { username: 'jonas', role: 'lead', password: PASSWORD });
    const { enrolment } = await enrol((await passwordLogin(testApp, 'jonas')).call);

    const login = await passwordLogin(testApp, 'jonas');
    expect(login.next).toBe('second-factor');
    await login.call(authEndpoints.me).expect(401);
    expect((await login.call(authEndpoints.session).expect(200)).body).toEqual({ session: null });
    await login.call(caseEndpoints.list).expect(401);
    // Waiting for its code, the session lasts minutes; once complete, the usual hours.
    const minutesLeft = async () => {
      const [row] = await testApp.dataSource.query(
        `SELECT extract(epoch FROM s.expires_at - now()) / 60 AS minutes
           FROM staff_sessions s JOIN staff_accounts a ON a.id = s.staff_id
          WHERE a.username = 'jonas' ORDER BY s.created_at DESC LIMIT 1`,
      );
      return Number(row.minutes);
    };
    expect(await minutesLeft()).toBeLessThanOrEqual(15);

    await login.call(authEndpoints.secondFactor, { body: { code: '000000' }, csrf: false }).expect(403);
    const wrong = await login.call(authEndpoints.secondFactor, { body: { code: '000000' } }).expect(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    await login.call(authEndpoints.secondFactor, { body: { code: codeFor(enrolment.secret, 1) } }).expect(200);
    await login.call(authEndpoints.me).expect(200);
    expect(await minutesLeft()).toBeGreaterThan(11 * 60);
  });

  it('lets the browser log in afresh after a reload on the code step (no CSRF token left)', async () => {
    const testApp = await appWith('off');
    await buildStaffAccount(testApp.dataSource, { username: 'reload', role: 'counter', password: PASSWORD });
    await enrol((await passwordLogin(testApp, 'reload')).call);
    const browser = request.agent(testApp.app);
    const logInAgain = () =>
      contractCall(browser)(authEndpoints.login, { body: { username: 'reload', password: PASSWORD } }).expect(200);
    expect((await logInAgain()).body.next).toBe('second-factor');
    expect((await logInAgain()).body.next).toBe('second-factor');
  });

  it('refuses a code that was used already, and accepts one step either side of now but not two', async () => {
    const testApp = await appWith('off');
    await buildStaffAccount(testApp.dataSource, { username: 'replay', role: 'counter', password: PASSWORD });
    await atStartOfStep();
    const { enrolment } = await enrol((await passwordLogin(testApp, 'replay')).call);

    // The enrolment used the current code: the same code again is a replay.
    const first = await passwordLogin(testApp, 'replay');
    await first.call(authEndpoints.secondFactor, { body: { code: codeFor(enrolment.secret) } }).expect(401);
    await first.call(authEndpoints.secondFactor, { body: { code: codeFor(enrolment.secret, 2) } }).expect(401);
    await first.call(authEndpoints.secondFactor, { body: { code: codeFor(enrolment.secret, 1) } }).expect(200);

    const second = await passwordLogin(testApp, 'replay');
    await second.call(authEndpoints.secondFactor, { body: { code: codeFor(enrolment.secret, 1) } }).expect(401);
  });

  it('accepts the code of the step before now (a phone half a minute slow)', async () => {
    const testApp = await appWith('off');
    await buildStaffAccount(testApp.dataSource, { username: 'slow', role: 'counter', password: PASSWORD });
    await atStartOfStep();
    const { enrolment } = await enrol((await passwordLogin(testApp, 'slow')).call);
    // Forget the enrolment's step, as if it had been long ago.
    await testApp.dataSource.query(`UPDATE staff_accounts SET totp_last_step = 0 WHERE username = 'slow'`);
    const login = await passwordLogin(testApp, 'slow');
    await login.call(authEndpoints.secondFactor, { body: { code: codeFor(enrolment.secret, -1) } }).expect(200);
  });

  it('takes a recovery code instead of the app, once', async () => {
    const testApp = await appWith('off');
    await buildStaffAccount(testApp.dataSource, { username: 'lost-phone', role: 'counter', password: PASSWORD });
    const { recoveryCodes } = await enrol((await passwordLogin(testApp, 'lost-phone')).call);

    const first = await passwordLogin(testApp, 'lost-phone');
    await first.call(authEndpoints.secondFactor, { body: { code: recoveryCodes[3]?.toUpperCase() } }).expect(200);
    await first.call(authEndpoints.me).expect(200);

    const second = await passwordLogin(testApp, 'lost-phone');
    await second.call(authEndpoints.secondFactor, { body: { code: recoveryCodes[3] } }).expect(401);
    await second.call(authEndpoints.secondFactor, { body: { code: recoveryCodes[4] } }).expect(200);
  });

  it('slows down code guessing like password guessing', async () => {
    const testApp = await appWith('off');
    await buildStaffAccount(testApp.dataSource, { username: 'guessed', role: 'counter', password: PASSWORD });
    const { enrolment } = await enrol((await passwordLogin(testApp, 'guessed')).call);
    const login = await passwordLogin(testApp, 'guessed');
    for (let attempt = 0; attempt < throttle.freeFailures; attempt += 1) {
      await login.call(authEndpoints.secondFactor, { body: { code: String(100000 + attempt) } }).expect(401);
    }
    const limited = await login
      .call(authEndpoints.secondFactor, { body: { code: codeFor(enrolment.secret, 1) } })
      .expect(429);
    expect(limited.body.error.code).toBe('rate_limited');
  });
});

describe('TOTP_REQUIRED', () => {
  it('admins (the default): an admin without a second factor is sent to enrolment and reaches nothing else first', async () => {
    const testApp = await appWith('admins');
    await buildStaffAccount(testApp.dataSource, { username: 'ny-admin', role: 'admin', password: PASSWORD });
    await buildStaffAccount(testApp.dataSource, { username: 'ny-skranke', role: 'counter', password: PASSWORD });
    expect((await passwordLogin(testApp, 'ny-skranke')).next).toBe('done');

    const admin = await passwordLogin(testApp, 'ny-admin');
    expect(admin.next).toBe('enrol');
    await admin.call(authEndpoints.me).expect(401);
    await admin.call(caseEndpoints.list).expect(401);
    await admin.call(authEndpoints.secondFactor, { body: { code: '123456' } }).expect(401);
    await enrol(admin.call);
    expect((await admin.call(authEndpoints.me).expect(200)).body.user.role).toBe('admin');
    expect((await passwordLogin(testApp, 'ny-admin')).next).toBe('second-factor');
  });

  it('all: every role enrols', async () => {
    const testApp = await appWith('all');
    await buildStaffAccount(testApp.dataSource, { username: 'alle', role: 'counter', password: PASSWORD });
    expect((await passwordLogin(testApp, 'alle')).next).toBe('enrol');
  });
});
