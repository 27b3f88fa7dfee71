import { randomUUID } from 'node:crypto';
import { caseEndpoints, idempotencyKeyHeader, metaEndpoints } from '@digihjaelp/contract';
import { buildCaseRequest } from '../../../test/support/factories';
import { signInAs, startTestApp, type SignedIn, type TestApp } from '../../../test/support/test-app';

let testApp: TestApp;
let counter: SignedIn;
let colleague: SignedIn;
let lead: SignedIn;
beforeAll(async () => {
  testApp = await startTestApp();
  counter = await signInAs(testApp, 'counter', 'sanne');
  colleague = await signInAs(testApp, 'counter', 'kurt');
  lead = await signInAs(testApp, 'lead', 'lene');
});
afterAll(() => testApp.close());

const postWithKey = (as: SignedIn, key: string, body: object = buildCaseRequest()) =>
  as.call(caseEndpoints.create, { body }).set(idempotencyKeyHeader, key);
const casesOf = async (as: SignedIn) =>
  (await testApp.dataSource.query('SELECT id FROM cases WHERE staff_id = $1', [as.user.id])).map(
    (row: { id: string }) => row.id,
  ) as string[];

describe('Idempotency-Key on logging a visit', () => {
  it('answers a repeated request with the case the first one created: same id, 200, nothing new written', async () => {
    const key = randomUUID();
    const before = await casesOf(counter);
    const first = await postWithKey(counter, key).expect(201);
    const again = await postWithKey(counter, key).expect(200);
    expect(again.body.data).toEqual(first.body.data);
    expect(await casesOf(counter)).toEqual([...before, first.body.data.id]);
    const audit = await counter.call(caseEndpoints.audit, { params: { id: first.body.data.id } }).expect(200);
    expect(audit.body.data).toHaveLength(1);
  });

  it('finds the case when the first answer was lost, whatever order the fields came in', async () => {
    const key = randomUUID();
    const body = buildCaseRequest({ note: 'Kom igen i morgen' });
    // The client never saw this answer (lost on the network); it sends the same visit again.
    const lost = await postWithKey(counter, key, body).expect(201);
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const retried = await postWithKey(counter, key, reordered).expect(200);
    expect(retried.body.data.id).toBe(lost.body.data.id);
  });

  it('refuses another visit under a used key with 422 and writes nothing', async () => {
    const key = randomUUID();
    await postWithKey(counter, key, buildCaseRequest({ minutes: 10 })).expect(201);
    const before = await casesOf(counter);
    const reused = await postWithKey(counter, key, buildCaseRequest({ minutes: 11 })).expect(422);
    expect(reused.body.error.code).toBe('idempotency_key_reused');
    expect(reused.body.error.message).toMatch(/allerede brugt/);
    expect(await casesOf(counter)).toEqual(before);
  });

  it('keeps a key space per staff account: the same key from a colleague logs the colleague’s own visit', async () => {
    const key = randomUUID();
    const mine = await postWithKey(counter, key).expect(201);
    const theirs = await postWithKey(colleague, key).expect(201);
    expect(theirs.body.data.id).not.toBe(mine.body.data.id);
    expect(theirs.body.data.staff.id).toBe(colleague.user.id);
    // Nor can a colleague reach a case through someone else's key.
    const replayed = await postWithKey(colleague, key).expect(200);
    expect(replayed.body.data.id).toBe(theirs.body.data.id);
  });

  it('creates one case when two identical requests arrive at the same moment', async () => {
    const key = randomUUID();
    const before = await casesOf(counter);
    const answers = await Promise.all(Array.from({ length: 5 }, () => postWithKey(counter, key)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(answers.map((answer) => answer.body.data.id)).size).toBe(1);
    expect(await casesOf(counter)).toHaveLength(before.length + 1);
  });

  it('lets a retry log the visit when the first attempt was refused, since the refusal wrote nothing', async () => {
    const key = randomUUID();
    await postWithKey(counter, key, buildCaseRequest({ note: 'Ring på 20 30 40 50' })).expect(422);
    await postWithKey(counter, key, buildCaseRequest({ note: 'Kom igen' })).expect(201);
  });

  it('does not log a visit again after a lead deleted its case', async () => {
    const key = randomUUID();
    const logged = await postWithKey(counter, key).expect(201);
    await lead.call(caseEndpoints.delete, { params: { id: logged.body.data.id } }).expect(200);
    const before = await casesOf(counter);
    const late = await postWithKey(counter, key).expect(404);
    expect(late.body.error.code).toBe('not_found');
    expect(await casesOf(counter)).toEqual(before);
  });

  it('keeps keys for 24 hours and forgets older ones', async () => {
    const kept = randomUUID();
    const expired = randomUUID();
    const keptCase = await postWithKey(counter, kept).expect(201);
    await postWithKey(counter, expired).expect(201);
    await testApp.dataSource.query(
      `UPDATE case_idempotency_keys SET created_at = now() - CASE key WHEN $2 THEN interval '23 hours 59 minutes' ELSE interval '24 hours 1 minute' END
       WHERE staff_id = $1 AND key IN ($2, $3)`,
      [counter.user.id, kept, expired],
    );
    expect((await postWithKey(counter, kept).expect(200)).body.data.id).toBe(keptCase.body.data.id);
    await postWithKey(counter, expired).expect(201);
  });

  it('refuses a key that is not a UUID with 400 naming the header', async () => {
    const response = await postWithKey(counter, 'twice-please').expect(400);
    expect(response.body.error.details.fields).toEqual([
      { path: 'idempotency-key', message: 'Idempotency-Key skal være et UUID' },
    ]);
  });

  it('is described in the OpenAPI document', async () => {
    const { body } = await counter.call(metaEndpoints.openApi).expect(200);
    const create = body.paths['/api/cases'].post;
    expect(create.parameters).toContainEqual(
      expect.objectContaining({ name: 'idempotency-key', in: 'header', required: false }),
    );
    expect(create.description).toMatch(/Idempotency-Key/);
    expect(Object.keys(create.responses)).toEqual(expect.arrayContaining(['200', '201']));
  });
});
