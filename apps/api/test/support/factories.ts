import type { DataSource } from 'typeorm';
import type { Role } from '@digihjaelp/contract';
import { createStaffAccount } from '../../src/features/staff/staff.service';

let sequence = 0;

export async function buildStaffAccount(
  dataSource: DataSource,
  overrides: Partial<{ username: string; displayName: string; role: Role; password: string }> = {},
) {
  sequence += 1;
  return createStaffAccount(dataSource.manager, {
    username: overrides.username ?? `staff${sequence}`,
    displayName: overrides.displayName ?? `Medarbejder ${sequence}`,
    role: overrides.role ?? 'counter',
    password: overrides.password ?? 'correct horse battery',
  });
}
