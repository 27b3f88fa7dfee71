import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { IDEMPOTENCY_KEY_HOURS, idempotencyKeyHeader, type AuthUser, type CreateCase } from '@digihjaelp/contract';
import { AppError } from '../../kernel/app-error';
import { createCase } from './cases.service';
import { CaseEntity } from './case.entity';

export interface LoggedCase {
  record: CaseEntity;
  /** True when the key had already logged this case: nothing new was written. */
  replayed: boolean;
}

/** The parsed request, fingerprinted: zod's output lists the fields in the schema's order, so key order sent does not matter. */
const fingerprint = (input: CreateCase) => createHash('sha256').update(JSON.stringify(input)).digest('hex');

/** The case a used key logged, or 422 when the key came with another visit. */
async function replay(manager: EntityManager, author: AuthUser, key: string, hash: string): Promise<LoggedCase> {
  const [used] = await manager.query<{ request_hash: string; case_id: string | null }[]>(
    'SELECT request_hash, case_id FROM case_idempotency_keys WHERE staff_id = $1 AND key = $2',
    [author.id, key],
  );
  if (!used || used.request_hash !== hash) {
    throw new AppError(
      'idempotency_key_reused',
      `Denne ${idempotencyKeyHeader} er allerede brugt til en anden henvendelse. Se dine sager, før du logger igen.`,
    );
  }
  const record = used.case_id ? await manager.findOne(CaseEntity, { where: { id: used.case_id } }) : null;
  if (!record) throw new AppError('not_found', 'Sagen, der blev logget for denne henvendelse, er slettet');
  return { record, replayed: true };
}

/**
 * Logs a visit at most once per `Idempotency-Key` and staff account. Claiming the key and
 * inserting the case share one transaction: a second request with the same key waits on the
 * first one's uncommitted claim (`ON CONFLICT` on the primary key), then reads what it logged —
 * so a double submit or a retry after a lost answer never writes twice. A failed first request
 * rolls its claim back, and the retry logs the visit.
 */
export async function logCaseOnce(
  dataSource: DataSource,
  author: AuthUser,
  input: CreateCase,
  key: string | undefined,
): Promise<LoggedCase> {
  if (!key) return { record: await createCase(dataSource.manager, author, input), replayed: false };
  const hash = fingerprint(input);
  return dataSource.transaction(async (manager) => {
    await manager.query(
      'DELETE FROM case_idempotency_keys WHERE staff_id = $1 AND created_at < now() - make_interval(hours => $2)',
      [author.id, IDEMPOTENCY_KEY_HOURS],
    );
    const claimed = await manager.query<unknown[]>(
      `INSERT INTO case_idempotency_keys (staff_id, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING key`,
      [author.id, key, hash],
    );
    if (claimed.length === 0) return replay(manager, author, key, hash);
    const record = await createCase(manager, author, input);
    await manager.query('UPDATE case_idempotency_keys SET case_id = $3 WHERE staff_id = $1 AND key = $2', [
      author.id,
      key,
      record.id,
    ]);
    return { record, replayed: false };
  });
}
