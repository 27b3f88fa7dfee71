import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * node-postgres's pool under TypeORM (the same connections and settings: size, timeouts), for the
 * statements every request runs: as a named statement it is parsed and planned once per
 * connection, and TypeORM's query runner (checking a connection out and in, wrapping errors) is
 * skipped. Its errors are node-postgres's own, which `isDatabaseUnavailable` reads as well.
 */
export function poolOf(dataSource: DataSource): Pool {
  // TypeORM's PostgresDriver keeps its pool as `master` (typed `any` there).
  const pool = (dataSource.driver as unknown as { master?: Pool }).master;
  if (!pool) throw new Error('the data source is not initialised: it has no pool yet');
  return pool;
}
