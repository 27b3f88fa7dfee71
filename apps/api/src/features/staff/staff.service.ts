import type { EntityManager } from 'typeorm';
import { may, type CreateStaffRequest, type PageQuery, type UpdateStaffRequest } from '@digihjaelp/contract';
import { AppError, notFound } from '../../kernel/app-error';
import { insertUnique } from '../../kernel/unique-keys';
import { hashPassword } from '../auth/passwords';
import { forgetSessions } from '../auth/session-cache';
import { closeSessionsOf } from '../auth/sessions.service';
import { assertActiveListItem } from '../admin-lists/admin-list.service';
import { StaffAccountEntity } from './staff-account.entity';

export async function findStaffAccounts(manager: EntityManager, { page, pageSize }: PageQuery) {
  const [accounts, total] = await manager.findAndCount(StaffAccountEntity, {
    order: { active: 'DESC', displayName: 'ASC' },
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  return { accounts, total };
}

/** A taken username is 409 naming `username`. */
export async function createStaffAccount(manager: EntityManager, request: CreateStaffRequest) {
  if (request.defaultBranchKey)
    await assertActiveListItem(manager, 'branch', request.defaultBranchKey, 'defaultBranchKey');
  return insertUnique(
    manager,
    StaffAccountEntity,
    {
      username: request.username,
      displayName: request.displayName,
      role: request.role,
      passwordHash: await hashPassword(request.password),
      active: true,
      defaultBranchKey: request.defaultBranchKey ?? null,
    },
    { field: 'username', message: `Brugernavnet "${request.username}" er allerede i brug` },
  );
}

export async function findStaffAccountByUsername(manager: EntityManager, username: string) {
  return manager.findOneBy(StaffAccountEntity, { username });
}

async function findAccountOrThrow(manager: EntityManager, id: string) {
  const account = await manager.findOneBy(StaffAccountEntity, { id });
  if (!account) throw notFound('Medarbejderen');
  return account;
}

/** An admin cannot lock themselves out: no taking away their own right to manage staff, or deactivating themselves. */
export async function updateStaffAccount(
  manager: EntityManager,
  id: string,
  changes: UpdateStaffRequest,
  actingStaffId: string,
) {
  const account = await findAccountOrThrow(manager, id);
  const keepsStaffAccess = changes.active !== false && (!changes.role || may({ role: changes.role }, 'manageStaff'));
  if (id === actingStaffId && !keepsStaffAccess) {
    throw new AppError('conflict', 'Du kan ikke fjerne din egen administratoradgang');
  }
  if (changes.defaultBranchKey)
    await assertActiveListItem(manager, 'branch', changes.defaultBranchKey, 'defaultBranchKey');
  Object.assign(account, changes);
  const saved = await manager.save(account);
  // Their sessions carry name, role and default branch: the next request must read them anew.
  forgetSessions(manager, { staffId: id });
  if (changes.active === false) await closeSessionsOf(manager, id);
  return saved;
}

export async function resetStaffPassword(manager: EntityManager, id: string, password: string) {
  const account = await findAccountOrThrow(manager, id);
  account.passwordHash = await hashPassword(password);
  await manager.save(account);
  await closeSessionsOf(manager, id);
}

/**
 * Creates the account unless the username is taken (then false, changing nothing — also when
 * another instance creates it at the same moment); used for demo accounts and the first admin.
 */
export async function ensureStaffAccount(manager: EntityManager, account: CreateStaffRequest): Promise<boolean> {
  if (await manager.existsBy(StaffAccountEntity, { username: account.username })) return false;
  return createStaffAccount(manager, account).then(
    () => true,
    (error: unknown) => {
      if (error instanceof AppError && error.code === 'conflict') return false;
      throw error;
    },
  );
}
