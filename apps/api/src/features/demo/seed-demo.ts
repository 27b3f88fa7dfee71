import type { DataSource } from 'typeorm';
import { ensureStaffAccount } from '../staff/staff.service';
import { DEMO_PASSWORD, demoAccounts } from './demo-accounts';

/**
 * Fills a demo installation with its accounts and content. Idempotent: runs at every demo start
 * and only adds what is missing, so nothing a user changed is overwritten.
 */
export async function seedDemo(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    for (const account of demoAccounts) {
      await ensureStaffAccount(manager, { ...account, password: DEMO_PASSWORD });
    }
  });
}
