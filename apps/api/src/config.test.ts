import { loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to demo mode on the embedded database at port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, demoMode: true, initialAdmin: undefined });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('is not in demo mode on a real database unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/x' }).demoMode).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/x', DEMO_MODE: 'true' }).demoMode).toBe(true);
  });

  it('takes the first admin from the environment', () => {
    expect(loadConfig({ ADMIN_USERNAME: 'ida', ADMIN_PASSWORD: 'long enough pw' }).initialAdmin).toEqual({
      username: 'ida',
      password: 'long enough pw',
    });
  });

  it('keeps case notes for 365 days unless CASE_NOTE_RETENTION_DAYS says otherwise', () => {
    expect(loadConfig({}).caseNoteRetentionDays).toBe(365);
    expect(loadConfig({ CASE_NOTE_RETENTION_DAYS: '90' }).caseNoteRetentionDays).toBe(90);
    expect(() => loadConfig({ CASE_NOTE_RETENTION_DAYS: '0' })).toThrow(/CASE_NOTE_RETENTION_DAYS/);
  });

  it('names the organisation from ORGANISATION_NAME, by default the one whose branches are seeded', () => {
    expect(loadConfig({}).organisationName).toBe('Næstved Bibliotek og Borgerservice');
    expect(loadConfig({ ORGANISATION_NAME: '  Vordingborg Bibliotekerne ' }).organisationName).toBe(
      'Vordingborg Bibliotekerne',
    );
    expect(() => loadConfig({ ORGANISATION_NAME: ' ' })).toThrow(/ORGANISATION_NAME/);
  });

  it('offers the citizen languages CITIZEN_LANGUAGES lists, in its order; by default en, uk, ar, pl, tr', () => {
    const codes = (environment: NodeJS.ProcessEnv) => loadConfig(environment).citizenLanguages.map((l) => l.code);
    expect(codes({})).toEqual(['en', 'uk', 'ar', 'pl', 'tr']);
    expect(codes({ CITIZEN_LANGUAGES: ' AR, en,ar ' })).toEqual(['ar', 'en']);
    expect(loadConfig({ CITIZEN_LANGUAGES: 'ar' }).citizenLanguages[0]?.dir).toBe('rtl');
    expect(() => loadConfig({ CITIZEN_LANGUAGES: 'en,xx' })).toThrow(/CITIZEN_LANGUAGES: unknown language "xx"/);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ ADMIN_USERNAME: 'ida' })).toThrow(/ADMIN_PASSWORD/);
  });

  it('refuses a common password for the first admin', () => {
    expect(() => loadConfig({ ADMIN_USERNAME: 'ida', ADMIN_PASSWORD: 'password123' })).toThrow(/ADMIN_PASSWORD/);
  });

  it('asks admins for a second factor by default, except in the demo, whose passwords are on its login page', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/x' }).totpRequired).toBe('admins');
    expect(loadConfig({}).totpRequired).toBe('off');
    expect(loadConfig({ DATABASE_URL: 'postgres://db/x', TOTP_REQUIRED: 'all' }).totpRequired).toBe('all');
    expect(() => loadConfig({ TOTP_REQUIRED: 'some' })).toThrow(/TOTP_REQUIRED/);
  });

  const sso = {
    DATABASE_URL: 'postgres://db/x',
    OIDC_ISSUER_URL: 'https://login.microsoftonline.com/tenant-id/v2.0',
    OIDC_CLIENT_ID: 'client-id',
    OIDC_CLIENT_SECRET: 'secret',
    PUBLIC_URL: 'https://digihjaelp.kommune.dk',
    OIDC_ROLE_MAP: 'digihjaelp-skranke=counter, digihjaelp-leder=lead,digihjaelp-admin=admin',
  };

  it('reads single sign-on with its defaults, and the role map', () => {
    expect(loadConfig(sso).oidc).toEqual({
      issuerUrl: sso.OIDC_ISSUER_URL,
      clientId: 'client-id',
      clientSecret: 'secret',
      publicUrl: sso.PUBLIC_URL,
      scopes: 'openid profile email',
      roleClaim: 'groups',
      roleMap: [
        ['digihjaelp-skranke', 'counter'],
        ['digihjaelp-leder', 'lead'],
        ['digihjaelp-admin', 'admin'],
      ],
      buttonLabel: 'Log ind med din kommunale konto',
    });
    expect(loadConfig({ DATABASE_URL: 'postgres://db/x' }).oidc).toBeUndefined();
  });

  it('refuses half a single sign-on setup, a bad role map, and passwords off without single sign-on', () => {
    expect(() => loadConfig({ ...sso, OIDC_CLIENT_SECRET: undefined })).toThrow(/OIDC_CLIENT_SECRET/);
    expect(() => loadConfig({ ...sso, OIDC_ROLE_MAP: 'gruppe=chef' })).toThrow(/OIDC_ROLE_MAP/);
    expect(() => loadConfig({ PASSWORD_LOGIN: 'off' })).toThrow(/PASSWORD_LOGIN/);
    expect(loadConfig({ ...sso, PASSWORD_LOGIN: 'off', BREAK_GLASS_USERS: 'ida, Bo' }).passwordLogin).toEqual({
      enabled: false,
      breakGlassUsers: ['ida', 'bo'],
    });
  });
});
