import { Client } from 'pg';
import { caseEndpoints } from '@digihjaelp/contract';
import { buildCaseRequest } from '../../../test/support/factories';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';
import { CaseAuditFreeText1764614000000 } from '../../db/migrations/1764614000000-case-audit-free-text';
import { eraseExpiredNotes, NOTE_RETENTION_LOCK_KEY } from './note-retention';

let testApp: TestApp;
let counter: SignedIn;
let lead: SignedIn;
beforeAll(async () => {
  testApp = await startTestApp();
  counter = await signInAs(testApp, 'counter', 'sanne');
  lead = await signInAs(testApp, 'lead', 'lene');
});
afterAll(() => testApp.close());

const logCase = async (overrides: Record<string, unknown>) =>
  (await counter.call(caseEndpoints.create, { body: buildCaseRequest(overrides) }).expect(201)).body.data;
const backdate = (id: string, days: number) =>
  testApp.dataSource.query(`UPDATE cases SET created_at = now() - make_interval(days => $2) WHERE id = $1`, [id, days]);
const correctNote = (id: string, note: string) =>
  lead.call(caseEndpoints.update, { params: { id }, body: { version: 1, note } }).expect(200);
const backdateCorrections = (ids: string[], days: number) =>
  testApp.dataSource.query(
    `UPDATE case_audit SET at = now() - make_interval(days => $2) WHERE case_id = ANY($1) AND action = 'updated'`,
    [ids, days],
  );
const trailText = async (id: string) =>
  JSON.stringify(await testApp.dataSource.query('SELECT changes FROM case_audit WHERE case_id = $1', [id]));
const countedFigures = async () =>
  (
    await testApp.dataSource.query(
      `SELECT count(*)::int AS cases, sum(minutes)::int AS minutes, count(*) FILTER (WHERE level_given <= 2)::int AS low FROM cases`,
    )
  )[0];

describe('note retention', () => {
  it('erases notes and reasons older than the period, records the erasure not the text, keeps the counts', async () => {
    const old = await logCase({ note: 'Gammel note om kurset', levelGiven: 3, deviationReason: 'Gammel begrundelse' });
    await lead
      .call(caseEndpoints.update, {
        params: { id: old.id },
        body: { version: 1, note: 'Rettet gammel note', minutes: 14 },
      })
      .expect(200);
    await backdate(old.id, 400);
    const recent = await logCase({ note: 'Ny note' });
    await backdate(recent.id, 300);
    const before = await countedFigures();

    expect(await eraseExpiredNotes(testApp.dataSource, 365)).toEqual({ ran: true, erased: 1, auditRowsScrubbed: 0 });

    const erased = (await lead.call(caseEndpoints.get, { params: { id: old.id } }).expect(200)).body.data;
    expect(erased).toMatchObject({
      note: null,
      deviationReason: null,
      notesErasedAt: expect.any(String),
      minutes: 14,
      levelGiven: 3,
    });
    expect((await lead.call(caseEndpoints.get, { params: { id: recent.id } }).expect(200)).body.data.note).toBe(
      'Ny note',
    );
    expect(await countedFigures()).toEqual(before);

    const audit = (await lead.call(caseEndpoints.audit, { params: { id: old.id } }).expect(200)).body.data;
    expect(audit.map((entry: { action: string }) => entry.action)).toEqual(['created', 'updated', 'notes_erased']);
    expect(audit[2]).toMatchObject({
      staff: null,
      changes: [
        { field: 'note', old: null, new: null, erased: true },
        { field: 'deviationReason', old: null, new: null, erased: true },
      ],
    });
    expect(audit[1].changes).toEqual([
      { field: 'minutes', old: 12, new: 14 },
      { field: 'note', old: null, new: null, erased: true },
    ]);
    const stored = JSON.stringify(
      await testApp.dataSource.query(`SELECT * FROM case_audit WHERE case_id = $1`, [old.id]),
    );
    expect(stored).not.toMatch(/Gammel|Rettet gammel/);
  });

  it('a second run finds nothing left to erase', async () => {
    expect(await eraseExpiredNotes(testApp.dataSource, 365)).toEqual({ ran: true, erased: 0, auditRowsScrubbed: 0 });
  });

  it('follows the configured period', async () => {
    const case40 = await logCase({ note: 'Fyrre dage gammel' });
    await backdate(case40.id, 40);
    expect(await eraseExpiredNotes(testApp.dataSource, 30)).toEqual({ ran: true, erased: 2, auditRowsScrubbed: 0 });
  });

  it('does not run while another instance holds the lock', async () => {
    const waiting = await logCase({ note: 'Venter på sin tur' });
    await backdate(waiting.id, 400);
    const otherInstance = new Client({ connectionString: testApp.database.url });
    await otherInstance.connect();
    try {
      await otherInstance.query('SELECT pg_advisory_lock($1)', [NOTE_RETENTION_LOCK_KEY]);
      expect(await eraseExpiredNotes(testApp.dataSource, 365)).toEqual({ ran: false, erased: 0, auditRowsScrubbed: 0 });
      expect((await lead.call(caseEndpoints.get, { params: { id: waiting.id } }).expect(200)).body.data.note).toBe(
        'Venter på sin tur',
      );
    } finally {
      await otherInstance.end();
    }
    expect(await eraseExpiredNotes(testApp.dataSource, 365)).toEqual({ ran: true, erased: 1, auditRowsScrubbed: 0 });
  });

  it('scrubs audit rows by their own age, also when their case is gone', async () => {
    // A correction older than the period on a case deleted without scrubbing (as deletions did
    // before), one on a case that is younger than the period, and a recent one.
    const gone = await logCase({ note: 'Slettet sags note' });
    await correctNote(gone.id, 'Slettet sags rettelse');
    await testApp.dataSource.query('DELETE FROM cases WHERE id = $1', [gone.id]);
    const young = await logCase({ note: 'Ung sag' });
    await correctNote(young.id, 'Gammel rettelse');
    await backdateCorrections([gone.id, young.id], 400);
    const recent = await logCase({ note: 'Frisk sag' });
    await correctNote(recent.id, 'Frisk rettelse');

    expect(await eraseExpiredNotes(testApp.dataSource, 365)).toEqual({ ran: true, erased: 0, auditRowsScrubbed: 2 });

    expect(await trailText(gone.id)).not.toMatch(/Slettet sags/);
    expect(await trailText(young.id)).not.toMatch(/Gammel rettelse|Ung sag/);
    expect(await trailText(recent.id)).toMatch(/Frisk rettelse/);
    const audit = (await lead.call(caseEndpoints.audit, { params: { id: young.id } }).expect(200)).body.data;
    expect(audit[1].changes).toEqual([{ field: 'note', old: null, new: null, erased: true }]);
    // The case's own note is younger than the period and stays.
    expect((await lead.call(caseEndpoints.get, { params: { id: young.id } }).expect(200)).body.data.note).toBe(
      'Gammel rettelse',
    );
  });

  it('the upgrade scrubs the trails of cases deleted before deleting scrubbed them', async () => {
    const deleted = await logCase({ note: 'Før opgraderingen' });
    await correctNote(deleted.id, 'Rettet før opgraderingen');
    await testApp.dataSource.query('DELETE FROM cases WHERE id = $1', [deleted.id]);
    await testApp.dataSource.query(`INSERT INTO case_audit (case_id, staff_id, action) VALUES ($1, $2, 'deleted')`, [
      deleted.id,
      lead.user.id,
    ]);
    const kept = await logCase({ note: 'Lever videre' });
    await correctNote(kept.id, 'Lever stadig');

    const migration = new CaseAuditFreeText1764614000000();
    const runner = testApp.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }

    expect(await trailText(deleted.id)).not.toMatch(/opgraderingen/);
    expect(await trailText(kept.id)).toMatch(/Lever stadig/);
  });

  it('erases in batches when many notes are due', async () => {
    await testApp.dataSource.query(
      `
      INSERT INTO cases (staff_id, branch_key, channel_key, category_keys, level_given, outcome, minutes, note, created_at)
      SELECT $1, 'hovedbiblioteket', 'walk-in', '{tax}', 2, 'solved', 10, 'Note nr. ' || n, now() - interval '500 days'
      FROM generate_series(1, 12000) AS n`,
      [counter.user.id],
    );
    expect(await eraseExpiredNotes(testApp.dataSource, 365)).toEqual({
      ran: true,
      erased: 12000,
      auditRowsScrubbed: 0,
    });
    const [{ left }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS left FROM cases WHERE note IS NOT NULL AND created_at < now() - interval '365 days'`,
    );
    expect(left).toBe(0);
  });
});
