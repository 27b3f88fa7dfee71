import type { DataSource } from 'typeorm';
import { insertCasesInBulk } from './bulk-insert-cases';
import { generateCases } from './case-generator';
import { CaseEntity } from './case.entity';

/** The same demo year every time for a given end date. */
export const DEMO_CASES_SEED = 20_240_501;

/**
 * Fills an empty case log with about a year of realistic visits up to yesterday, logged by the
 * given staff accounts. Does nothing once any case exists, so nothing a user logged is touched.
 */
export async function seedDemoCases(dataSource: DataSource, staffIds: string[], today = new Date()): Promise<number> {
  if (await dataSource.manager.exists(CaseEntity)) return 0;
  const yesterday = new Date(today.getTime() - 24 * 3_600_000);
  return insertCasesInBulk(dataSource, generateCases({ seed: DEMO_CASES_SEED, end: yesterday, staffIds }));
}
