import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { buildGuide } from '../../../test/support/factories';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';
import { DEFAULT_ORGANISATION_NAME } from '../../config';
import { danishDate } from './handout.page';

let testApp: TestApp;
let staff: SignedIn;
let webDist: string;
beforeAll(async () => {
  // A built web app is present, so its client-route fallback is mounted too: the handout must win.
  webDist = await fs.mkdtemp(path.join(os.tmpdir(), 'web-dist-'));
  await fs.writeFile(path.join(webDist, 'index.html'), '<!doctype html><head></head><div id="root"></div>');
  testApp = await startTestApp({ webDist });
  staff = await signInAs(testApp, 'counter');
  await buildGuide(testApp.dataSource, staff.user, {
    slug: 'aktiver-mitid-appen',
    title: 'Aktivér MitID-appen',
    summary: 'Sådan kommer du i gang med MitID-appen.',
    audience: 'citizen',
    sources: [{ title: 'MitID: Kom i gang', url: 'https://www.mitid.dk/kom-i-gang/' }],
    body: [
      '::: trin',
      '1. Hent appen.',
      '2. Scan dit pas.',
      ':::',
      '',
      '::: advarsel',
      'Del aldrig din kode.',
      ':::',
      '',
      '::: sig-til-borgeren',
      'Hemmelig personaletekst.',
      ':::',
      '',
      '::: må-ikke',
      'Personalet må aldrig taste koden.',
      ':::',
      '',
      '<script>alert(1)</script>',
    ].join('\n'),
  });
  // Saving refuses such a link now; a guide saved before that rule must still print it inert.
  await testApp.dataSource.query(
    `UPDATE guides SET body = body || ' [klik](javascript:alert(1))' WHERE slug = 'aktiver-mitid-appen'`,
  );
});
afterAll(async () => {
  await testApp.close();
  await fs.rm(webDist, { recursive: true, force: true });
});

describe('GET /guides/:slug/handout', () => {
  it('is a print-ready page: title, numbered steps, warning, branch, Danish date, source as text and QR code', async () => {
    const response = await staff.agent.get('/guides/aktiver-mitid-appen/handout').expect(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    const html = response.text;
    expect(html).toContain('<html lang="da" dir="ltr">');
    expect(html).toContain('<h1>Aktivér MitID-appen</h1>');
    expect(html).toMatch(/<ol>\s*<li>Hent appen.<\/li>\s*<li>Scan dit pas.<\/li>/);
    expect(html).toContain('Del aldrig din kode.');
    expect(html).toContain(DEFAULT_ORGANISATION_NAME);
    expect(html).toContain(danishDate(new Date()));
    expect(danishDate(new Date('2026-11-26T12:00:00Z'))).toBe('26. november 2026');
    // The Danish day, whatever the server's zone: 23:30 UTC on 31 December is New Year's Day in Denmark.
    expect(danishDate(new Date('2026-12-31T23:30:00Z'))).toBe('1. januar 2027');
    expect(html).toContain('https://www.mitid.dk/kom-i-gang/');
    expect(html).toMatch(/<svg role="img" aria-label="QR-kode til MitID: Kom i gang" class="qr" [^>]*viewBox/);
  });

  it("names the staff member's own branch when they have one", async () => {
    await testApp.dataSource.query(`UPDATE staff_accounts SET default_branch_key = 'hovedbiblioteket' WHERE id = $1`, [
      staff.user.id,
    ]);
    const html = (await staff.agent.get('/guides/aktiver-mitid-appen/handout').expect(200)).text;
    expect(html).toContain(`${DEFAULT_ORGANISATION_NAME}, Hovedbiblioteket`);
    await testApp.dataSource.query(`UPDATE staff_accounts SET default_branch_key = NULL WHERE id = $1`, [
      staff.user.id,
    ]);
  });

  it('names the organisation the installation is configured with', async () => {
    const configured = await startTestApp({ organisationName: 'Vordingborg Bibliotekerne' });
    try {
      const lead = await signInAs(configured, 'lead');
      await buildGuide(configured.dataSource, lead.user, { slug: 'til-borgeren', audience: 'citizen' });
      const html = (await lead.agent.get('/guides/til-borgeren/handout').expect(200)).text;
      expect(html).toContain('Udleveret af Vordingborg Bibliotekerne');
      expect(html).not.toContain(DEFAULT_ORGANISATION_NAME);
    } finally {
      await configured.close();
    }
  });

  it('leaves out the staff-only boxes', async () => {
    const html = (await staff.agent.get('/guides/aktiver-mitid-appen/handout').expect(200)).text;
    expect(html).not.toMatch(/Hemmelig personaletekst|Personalet må aldrig|Sig til borgeren|Må ikke/);
  });

  it('runs no inline script and renders hostile markdown inert', async () => {
    const response = await staff.agent.get('/guides/aktiver-mitid-appen/handout').expect(200);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    const scripts = response.text.match(/<script[^>]*>/g);
    expect(scripts).toEqual(['<script src="/guides/handout-print.js" defer>']);
    expect(response.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(response.text).not.toContain('href="javascript');
    const script = await staff.agent.get('/guides/handout-print.js').expect(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
  });

  it('prints only the citizen section of a staff guide, and offers no handout for a staff guide without one', async () => {
    await buildGuide(testApp.dataSource, staff.user, {
      slug: 'personale-med-udlevering',
      title: 'Sådan hjælper du borgeren',
      audience: 'staff',
      body: 'Borgeren taster selv.\n\n:::: til-borgeren Sådan gør du selv\nDu taster selv.\n::::',
    });
    const html = (await staff.agent.get('/guides/personale-med-udlevering/handout').expect(200)).text;
    expect(html).toContain('<h1>Sådan gør du selv</h1>');
    expect(html).toContain('Du taster selv.');
    expect(html).not.toContain('Borgeren taster selv.');

    await buildGuide(testApp.dataSource, staff.user, { slug: 'kun-personale', audience: 'staff', body: 'Kun til os.' });
    const none = await staff.agent.get('/guides/kun-personale/handout').expect(404);
    expect(none.text).toContain('ingen udlevering');
    const detail = await staff.agent.get('/api/guides/kun-personale').expect(200);
    expect(detail.body.data.handout).toBe(false);
    expect((await staff.agent.get('/api/guides/personale-med-udlevering').expect(200)).body.data.handout).toBe(true);
  });

  it('marks a handout of an unpublished guide as a draft', async () => {
    await buildGuide(testApp.dataSource, staff.user, {
      slug: 'kladde-udlevering',
      status: 'draft',
      audience: 'citizen',
    });
    const html = (await staff.agent.get('/guides/kladde-udlevering/handout').expect(200)).text;
    expect(html).toContain('Kladde – ikke godkendt');
  });

  it('needs a login, and answers 404 for an unknown guide', async () => {
    const anonymous = await request(testApp.app).get('/guides/aktiver-mitid-appen/handout').expect(401);
    expect(anonymous.text).toContain('Log ind');
    await staff.agent.get('/guides/findes-ikke/handout').expect(404);
    await staff.agent.get('/guides/IKKE%20GYLDIG/handout').expect(404);
  });
});
