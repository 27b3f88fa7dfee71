import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { idempotencyKeyHeader, type AuthUser, type CreateCase } from '@digihjaelp/contract';
import { AppError } from '../../kernel/app-error';
import { explainRejectedCase, insertCase } from './cases.service';
import { CaseEntity } from './case.entity';

export interface LoggedCase {
  record: CaseEntity;
  /** True when the key had already logged this case: nothing new was written. */
  replayed: boolean;
}

/** The parsed request, fingerprinted: zod's output lists the fields in the schema's order, so key order sent does not matter. */
const fingerprint = (input: CreateCase) => createHash('sha256').update(JSON.stringify(input)).digest('hex');

/** The case a used key logged, or 422 when the key came with another visit; undefined for a key never used. */
async function replay(
  manager: EntityManager,
  author: AuthUser,
  key: string,
  hash: string,
): Promise<LoggedCase | undefined> {
  const [used] = await manager.query<{ request_hash: string; case_id: string | null }[]>(
    'SELECT request_hash, case_id FROM case_idempotency_keys WHERE staff_id = $1 AND key = $2',
    [author.id, key],
  );
  if (!used) return undefined;
  if (used.request_hash !== hash) {
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
 * inserting the case are one statement (`insertCase`): a second request with the same key waits
 * on the first one's uncommitted claim, inserts nothing, then reads what the first one logged —
 * so a double submit or a retry after a lost answer never writes twice. A failed first request
 * leaves no claim, and the retry logs the visit.
 */
export async function logCaseOnce(
  dataSource: DataSource,
  author: AuthUser,
  input: CreateCase,
  key: string | undefined,
): Promise<LoggedCase> {
  const claim = key ? { key, requestHash: fingerprint(input) } : undefined;
  const record = await insertCase(dataSource, author, input, claim);
  if (record) return { record, replayed: false };
  const replayed = claim && (await replay(dataSource.manager, author, claim.key, claim.requestHash));
  return replayed ?? explainRejectedCase(dataSource.manager, author, input);
}
