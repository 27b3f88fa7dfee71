import type { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import {
  CASE_AUTHOR_EDIT_HOURS,
  caseRuleIssues,
  DANISH_TIME_ZONE,
  IDEMPOTENCY_KEY_HOURS,
  may,
  mayEditCase,
  maySeeCase,
  type AuthUser,
  type CaseListQuery,
  type CreateCase,
  type UpdateCase,
} from '@digihjaelp/contract';
import { poolOf } from '../../db/pool';
import { AppError, notFound, validationError } from '../../kernel/app-error';
import { assertNoPersonalData } from '../../kernel/personal-data';
import { assertActiveListItem } from '../admin-lists/admin-list.service';
import { assertCategoriesExist } from '../categories/categories.service';
import { scrubCaseAudit } from './audit-free-text';
import { CaseAuditEntity, type CaseAuditChange } from './case-audit.entity';
import {
  type CaseColumn,
  caseColumnNames,
  caseColumns,
  caseValues,
  type InsertedCaseRow,
  insertedCase,
  recommendationOf,
} from './case-columns';
import { CaseEntity } from './case.entity';

/** Builds an entity from a raw `RETURNING *` row (an edit's), using TypeORM's own column mapping. */
function entityFromRow<T extends ObjectLiteral>(
  manager: EntityManager,
  target: new () => T,
  row: Record<string, unknown>,
): T {
  const entity = new target();
  for (const column of manager.connection.getMetadata(target).columns) {
    column.setEntityValue(entity, row[column.databaseName]);
  }
  return entity;
}

function assertNoPersonalDataInCase(fields: {
  note?: string | null;
  deviationReason?: string | null;
  answers?: Record<string, unknown>;
}) {
  const answerTexts = Object.fromEntries(
    Object.entries(fields.answers ?? {}).flatMap(([question, answer]) =>
      typeof answer === 'string' ? [[`triage.answers.${question}`, answer]] : [],
    ),
  );
  assertNoPersonalData({ note: fields.note, deviationReason: fields.deviationReason, ...answerTexts });
}

/** Which reference made an insert find nothing to insert: 400 naming that field. */
async function explainRejectedReferences(
  manager: EntityManager,
  references: { branchKey: string; channelKey: string; categoryKeys: string[] },
): Promise<never> {
  await assertActiveListItem(manager, 'branch', references.branchKey, 'branchKey');
  await assertActiveListItem(manager, 'channel', references.channelKey, 'channelKey');
  await assertCategoriesExist(manager, references.categoryKeys, 'categoryKeys');
  throw new AppError('validation', 'Kategorien er lukket for nye sager', {
    fields: [{ path: 'categoryKeys', message: 'Kategorien er lukket for nye sager' }],
  });
}

/** The parameter holding a column's value in the insert statements: $1… in `caseColumns`' order. */
const parameterOf = (column: CaseColumn) => `$${caseColumnNames.indexOf(column) + 1}`;
/** The parameters after the columns', when an Idempotency-Key is claimed too. */
const [keyParameter, requestHashParameter, keyHoursParameter] = [1, 2, 3].map((n) => `$${caseColumnNames.length + n}`);

const caseRowValues = caseColumns.map(([name, type]) => `${parameterOf(name)}::${type}`).join(', ');

/** Branch, channel and every category are open for new cases. */
const referencesOpen = `
  EXISTS (SELECT 1 FROM branches WHERE key = ${parameterOf('branch_key')} AND active)
  AND EXISTS (SELECT 1 FROM channels WHERE key = ${parameterOf('channel_key')} AND active)
  AND (SELECT count(*) FROM categories WHERE key = ANY(${parameterOf('category_keys')}::text[]) AND active)
      = cardinality(${parameterOf('category_keys')}::text[])`;

/** What the database fills in for a new case (`InsertedCaseRow`); the rest is what was sent. */
const insertedColumns = 'id, created_at, updated_at, version';

const auditCreated = `audited AS (
    INSERT INTO case_audit (case_id, staff_id, action, at) SELECT id, staff_id, 'created', created_at FROM inserted
  )`;

// One statement, so one round trip: it checks that branch, channel and categories are open,
// inserts the case and its audit row, atomically (a statement is its own transaction).
const insertCaseSql = `
  WITH inserted AS (
    INSERT INTO cases (${caseColumnNames.join(', ')}) SELECT ${caseRowValues} WHERE ${referencesOpen}
    RETURNING ${insertedColumns}, staff_id
  ), ${auditCreated}
  SELECT ${insertedColumns} FROM inserted`;

// The same with the Idempotency-Key claimed in the statement: the case is inserted only when the
// claim is new (or replaces a key older than it is kept). A second request with the key waits on
// the first one's uncommitted claim (`ON CONFLICT`), then inserts nothing; a failed first request
// leaves no claim behind. The staff member's other expired keys are forgotten on the way.
const insertCaseOnceSql = `
  WITH expired AS (
    DELETE FROM case_idempotency_keys
     WHERE staff_id = ${parameterOf('staff_id')}::uuid AND key <> ${keyParameter}::uuid
       AND created_at < now() - make_interval(hours => ${keyHoursParameter}::int)
  ), claimed AS (
    INSERT INTO case_idempotency_keys (staff_id, key, request_hash, case_id)
    SELECT ${parameterOf('staff_id')}::uuid, ${keyParameter}::uuid, ${requestHashParameter}::text, gen_random_uuid()
     WHERE ${referencesOpen}
    ON CONFLICT (staff_id, key) DO UPDATE
      SET request_hash = EXCLUDED.request_hash, case_id = EXCLUDED.case_id, created_at = now()
      WHERE case_idempotency_keys.created_at < now() - make_interval(hours => ${keyHoursParameter}::int)
    RETURNING case_id
  ), inserted AS (
    INSERT INTO cases (id, ${caseColumnNames.join(', ')}) SELECT claimed.case_id, ${caseRowValues} FROM claimed
    RETURNING ${insertedColumns}, staff_id
  ), ${auditCreated}
  SELECT ${insertedColumns} FROM inserted`;

/** The branch a visit is logged at: the one chosen, else the staff member's own (400 without either). */
function branchKeyOf(author: AuthUser, input: CreateCase): string {
  const branchKey = input.branchKey ?? author.defaultBranchKey;
  if (!branchKey) throw validationError([{ path: 'branchKey', message: 'Vælg filial' }]);
  return branchKey;
}

/** An `Idempotency-Key` to claim with the case: the key, and the fingerprint of the request it came with. */
export interface CaseClaim {
  key: string;
  requestHash: string;
}

/**
 * Logs a visit in one round trip: a named statement straight on the pool (see `poolOf`), no
 * transaction around it. Undefined when nothing was inserted: with a claim, the key may be taken
 * (see case-idempotency.ts); otherwise a reference is closed (`explainRejectedCase`).
 */
export async function insertCase(
  dataSource: DataSource,
  author: AuthUser,
  input: CreateCase,
  claim?: CaseClaim,
): Promise<CaseEntity | undefined> {
  const branchKey = branchKeyOf(author, input);
  assertNoPersonalDataInCase({
    note: input.note,
    deviationReason: input.deviationReason,
    answers: input.triage?.answers,
  });
  const fields = { ...input, staffId: author.id, branchKey };
  const values = caseValues(fields);
  const {
    rows: [row],
  } = await poolOf(dataSource).query<InsertedCaseRow>(
    claim
      ? {
          name: 'insert-case-once',
          text: insertCaseOnceSql,
          values: [...values, claim.key, claim.requestHash, IDEMPOTENCY_KEY_HOURS],
        }
      : { name: 'insert-case', text: insertCaseSql, values },
  );
  return row && insertedCase(fields, row);
}

/** Why a visit with these references was not inserted: 400 naming the closed (or unknown) one. */
export function explainRejectedCase(manager: EntityManager, author: AuthUser, input: CreateCase): Promise<never> {
  return explainRejectedReferences(manager, { ...input, branchKey: branchKeyOf(author, input) });
}

/** The case, if the viewer may see it: counter staff see only their own (else 403). */
export async function findCaseForViewer(manager: EntityManager, viewer: AuthUser, id: string): Promise<CaseEntity> {
  const record = await manager.findOne(CaseEntity, { where: { id }, relations: { staff: true } });
  if (!record) throw notFound('Sagen');
  if (!maySeeCase(viewer, record)) throw new AppError('forbidden', 'Du kan kun se dine egne sager');
  return record;
}

export async function findCases(manager: EntityManager, viewer: AuthUser, query: CaseListQuery) {
  const managesAll = may(viewer, 'manageAllCases');
  if (!managesAll && query.staffId && query.staffId !== viewer.id) {
    throw new AppError('forbidden', 'Du kan kun se dine egne sager');
  }
  const staffId = managesAll ? query.staffId : viewer.id;
  const filtered = manager.createQueryBuilder(CaseEntity, 'c');
  // Days are Danish calendar days, whatever the server's time zone.
  if (query.from)
    filtered.andWhere('c.created_at >= CAST(CAST(:from AS date) AS timestamp) AT TIME ZONE :zone', {
      from: query.from,
      zone: DANISH_TIME_ZONE,
    });
  if (query.to)
    filtered.andWhere('c.created_at < CAST(CAST(:to AS date) + 1 AS timestamp) AT TIME ZONE :zone', {
      to: query.to,
      zone: DANISH_TIME_ZONE,
    });
  if (staffId) filtered.andWhere('c.staff_id = :staffId', { staffId });
  if (query.branchKey) filtered.andWhere('c.branch_key = :branchKey', { branchKey: query.branchKey });
  if (query.channelKey) filtered.andWhere('c.channel_key = :channelKey', { channelKey: query.channelKey });
  if (query.categoryKey)
    filtered.andWhere('c.category_keys @> ARRAY[CAST(:categoryKey AS text)]', { categoryKey: query.categoryKey });
  if (query.levelGiven) filtered.andWhere('c.level_given = :levelGiven', { levelGiven: query.levelGiven });
  if (query.outcome) filtered.andWhere('c.outcome = :outcome', { outcome: query.outcome });
  // The text as typed, anywhere in the note: % and _ are letters here, not patterns.
  if (query.q) filtered.andWhere(`c.note ILIKE :q ESCAPE '\\'`, { q: `%${query.q.replace(/[\\%_]/g, '\\$&')}%` });

  const counted = await filtered.clone().select('count(*)::int', 'total').getRawOne<{ total: number }>();
  const cases = await filtered
    .leftJoinAndSelect('c.staff', 'staff')
    .orderBy('c.created_at', 'DESC')
    .addOrderBy('c.id', 'DESC')
    .offset((query.page - 1) * query.pageSize)
    .limit(query.pageSize)
    .getMany();
  return { cases, total: counted?.total ?? 0 };
}

const editableFields = [
  'branchKey',
  'channelKey',
  'categoryKeys',
  'levelGiven',
  'outcome',
  'referralTarget',
  'minutes',
  'guideSlugs',
  'repeatVisit',
  'ageBand',
  'note',
  'deviationReason',
] as const satisfies readonly (keyof CaseEntity & keyof UpdateCase)[];

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function staleVersion(): AppError {
  return new AppError('conflict', 'Sagen er blevet ændret af en anden imens. Hent den igen, og ret på ny.');
}

/**
 * Corrects a case and records old → new for every changed field, in the caller's transaction.
 * The update only applies to the version the editor read: a racing edit gets 409.
 */
export async function updateCase(
  manager: EntityManager,
  editor: AuthUser,
  id: string,
  input: UpdateCase,
): Promise<CaseEntity> {
  const record = await findCaseForViewer(manager, editor, id);
  if (!mayEditCase(editor, record)) {
    throw new AppError(
      'forbidden',
      `Du kan rette dine egne sager i ${CASE_AUTHOR_EDIT_HOURS} timer. Bed en teamleder om at rette den.`,
    );
  }
  if (record.version !== input.version) throw staleVersion();

  const changed = editableFields.filter(
    (field) => input[field] !== undefined && !sameValue(input[field], record[field]),
  );
  if (changed.length === 0) return record;
  const next = { ...record, ...Object.fromEntries(changed.map((field) => [field, input[field]])) } as CaseEntity;
  const ruleIssues = caseRuleIssues({ ...next, recommended: recommendationOf(record) });
  if (ruleIssues.length > 0) throw validationError(ruleIssues);
  assertNoPersonalDataInCase(next);
  if (changed.includes('branchKey')) await assertActiveListItem(manager, 'branch', next.branchKey, 'branchKey');
  if (changed.includes('channelKey')) await assertActiveListItem(manager, 'channel', next.channelKey, 'channelKey');
  if (changed.includes('categoryKeys')) await assertCategoriesExist(manager, next.categoryKeys, 'categoryKeys');

  const result = await manager
    .createQueryBuilder()
    .update(CaseEntity)
    .set({
      ...Object.fromEntries(changed.map((field) => [field, next[field] ?? null])),
      version: () => 'version + 1',
      updatedAt: () => 'now()',
    })
    .where('id = :id AND version = :version', { id, version: input.version })
    .returning('*')
    .execute();
  if (result.affected !== 1) throw staleVersion();

  const changes: CaseAuditChange[] = changed.map((field) => ({
    field,
    old: record[field] ?? null,
    new: next[field] ?? null,
  }));
  await manager.insert(CaseAuditEntity, { caseId: id, staffId: editor.id, action: 'updated', changes });
  const updated = entityFromRow(manager, CaseEntity, result.raw[0]);
  updated.staff = record.staff;
  return updated;
}

/** The counted fields, for the deletion's audit entry; free text is never copied into the trail. */
const countedFields = editableFields.filter((field) => field !== 'note' && field !== 'deviationReason');

/**
 * Deletes a case (leads), in the caller's transaction; the trail keeps what was deleted but none
 * of its free text, since the purpose the note served ends with the case.
 */
export async function deleteCase(manager: EntityManager, lead: AuthUser, id: string): Promise<void> {
  const record = await manager.findOne(CaseEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!record) throw notFound('Sagen');
  await manager.delete(CaseEntity, { id });
  const changes: CaseAuditChange[] = [
    { field: 'createdAt', old: record.createdAt.toISOString(), new: null },
    { field: 'staffId', old: record.staffId, new: null },
    ...countedFields.map((field) => ({ field, old: record[field] ?? null, new: null })),
  ];
  await manager.insert(CaseAuditEntity, { caseId: id, staffId: lead.id, action: 'deleted', changes });
  await scrubCaseAudit(manager, id);
}

/** The trail of one case, oldest first. Leads may read the trail of a deleted case too. */
export async function findCaseAudit(manager: EntityManager, viewer: AuthUser, id: string): Promise<CaseAuditEntity[]> {
  if (!may(viewer, 'manageAllCases')) await findCaseForViewer(manager, viewer, id);
  const entries = await manager.find(CaseAuditEntity, {
    where: { caseId: id },
    relations: { staff: true },
    order: { id: 'ASC' },
  });
  if (entries.length === 0) await findCaseForViewer(manager, viewer, id);
  return entries;
}
