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
});
