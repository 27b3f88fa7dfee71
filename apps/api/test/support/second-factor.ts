import request from 'supertest';
import { Secret, TOTP } from 'otpauth';
import { authEndpoints, loginResponseSchema, totpEnrolmentResponseSchema } from '@digihjaelp/contract';
import { contractCall, type Call } from './api-client';
import type { TestApp } from './test-app';

/** The code an authenticator app shows for `secret`, now or `offsetSteps` half-minutes away. */
export function codeFor(secret: string, offsetSteps = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret), period: 30, digits: 6, algorithm: 'SHA1' }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  });
}

/** A browser logging in with a password: what the login said comes next, and calls in that session. */
export async function passwordLoginAs(testApp: TestApp, username: string, password: string) {
  const browser = request.agent(testApp.app);
  const response = await contractCall(browser)(authEndpoints.login, { body: { username, password } }).expect(200);
  const login = loginResponseSchema.parse(response.body);
  return { next: login.next, user: login.user, call: contractCall(browser, login.csrfToken) as Call };
}

/** Enrols the account's authenticator in a signed-in session; returns the secret and the recovery codes. */
export async function enrol(call: Call) {
  const enrolment = totpEnrolmentResponseSchema.parse((await call(authEndpoints.startTotpEnrolment).expect(200)).body);
  const confirmed = await call(authEndpoints.confirmTotpEnrolment, {
    body: { code: codeFor(enrolment.secret) },
  }).expect(200);
  return { enrolment, recoveryCodes: confirmed.body.recoveryCodes as string[] };
}
