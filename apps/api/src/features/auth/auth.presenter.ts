import type { AuthUser } from '@digihjaelp/contract';
import type { StaffAccountEntity } from '../staff/staff-account.entity';

export function presentAuthUser(account: StaffAccountEntity): AuthUser {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    defaultBranchKey: account.defaultBranchKey,
  };
}
