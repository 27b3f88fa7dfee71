import type { StaffAccount } from '@digihjaelp/contract';
import type { StaffAccountEntity } from './staff-account.entity';

export function presentStaffAccount(account: StaffAccountEntity): StaffAccount {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    active: account.active,
    defaultBranchKey: account.defaultBranchKey,
    createdAt: account.createdAt.toISOString(),
  };
}
