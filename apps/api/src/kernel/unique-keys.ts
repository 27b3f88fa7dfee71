import {
  QueryFailedError,
  type EntityManager,
  type EntityTarget,
  type ObjectLiteral,
  type QueryDeepPartialEntity,
} from 'typeorm';
import { AppError } from './app-error';

/** PostgreSQL's SQLSTATE for a broken unique key. */
const UNIQUE_VIOLATION = '23505';

/** What is already taken, as the caller words it for the user. */
export interface Duplicate {
  /** The request field holding the taken value, e.g. `key`, `username`, `slug`. */
  field: string;
  message: string;
  /** Shown at the field; "Allerede i brug" unless said otherwise. */
  fieldMessage?: string;
}

/**
 * The one answer to a value that must be unique but is taken: 409 `conflict`, naming the field
 * when the caller knows it. Every create of a keyed record and the error handler (for a unique
 * key no service expected) answer through here.
 */
export function duplicateConflict(duplicate?: Duplicate): AppError {
  if (!duplicate) return new AppError('conflict', 'Det findes allerede');
  const { field, message, fieldMessage = 'Allerede i brug' } = duplicate;
  return new AppError('conflict', message, { fields: [{ path: field, message: fieldMessage }] });
}

export function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError && 'code' in error.driverError && error.driverError.code === UNIQUE_VIOLATION
  );
}

/**
 * Inserts one row unless one of its unique keys (the primary key, a username, a slug) is taken,
 * and then answers 409 naming `duplicate.field`, having written nothing. `ON CONFLICT DO NOTHING`
 * decides, so two racing requests cannot both win, the caller's transaction stays usable, and no
 * failed statement (with its values) is logged. Returns the row as saved, defaults included.
 */
export async function insertUnique<Entity extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<Entity>,
  values: QueryDeepPartialEntity<Entity>,
  duplicate: Duplicate,
): Promise<Entity> {
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(target)
    .values(values)
    .orIgnore()
    .returning('*')
    .execute();
  const rows: unknown[] = result.raw;
  if (rows.length === 0) throw duplicateConflict(duplicate);
  const [identifier] = result.identifiers;
  if (!identifier) throw new Error('An inserted row has an identifier');
  return manager.createQueryBuilder(target, 'row').where(identifier).getOneOrFail();
}
