import type { EntityManager } from 'typeorm';
import type { CreateStaffRequest, PageQuery, UpdateStaffRequest } from '@digihjaelp/contract';
import { AppError, notFound } from '../../http/app-error';
import { hashPassword } from '../auth/passwords';
import { closeSessionsOf } from '../auth/sessions.service';
import { assertActiveListItem } from '../branches/admin-list.service';
import { StaffAccountEntity } from './staff-account.entity';

export async function findStaffAccounts(manager: EntityManager, { page, pageSize }: PageQuery) {
  const [accounts, total] = await manager.findAndCount(StaffAccountEntity, {
    order: { active: 'DESC', displayName: 'ASC' },
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  return { accounts, total };
}

export async function createStaffAccount(manager: EntityManager, request: CreateStaffRequest) {
  if (await manager.existsBy(StaffAccountEntity, { username: request.username })) {
    throw new AppError('conflict', `Brugernavnet "${request.username}" er allerede i brug`, {
      fields: [{ path: 'username', message: 'Allerede i brug' }],
    });
  }
  if (request.defaultBranchKey)
    await assertActiveListItem(manager, 'branch', request.defaultBranchKey, 'defaultBranchKey');
  return manager.save(
    manager.create(StaffAccountEntity, {
      username: request.username,
      displayName: request.displayName,
      role: request.role,
      passwordHash: await hashPassword(request.password),
      active: true,
      defaultBranchKey: request.defaultBranchKey ?? null,
    }),
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

/** An admin cannot lock themselves out: no removing their own admin role or deactivating themselves. */
export async function updateStaffAccount(
  manager: EntityManager,
  id: string,
  changes: UpdateStaffRequest,
  actingStaffId: string,
) {
  const account = await findAccountOrThrow(manager, id);
  if (id === actingStaffId && (changes.active === false || (changes.role && changes.role !== 'admin'))) {
    throw new AppError('conflict', 'Du kan ikke fjerne din egen administratoradgang');
  }
  if (changes.defaultBranchKey)
    await assertActiveListItem(manager, 'branch', changes.defaultBranchKey, 'defaultBranchKey');
  Object.assign(account, changes);
  const saved = await manager.save(account);
  if (changes.active === false) await closeSessionsOf(manager, id);
  return saved;
}

export async function resetStaffPassword(manager: EntityManager, id: string, password: string) {
  const account = await findAccountOrThrow(manager, id);
  account.passwordHash = await hashPassword(password);
  await manager.save(account);
  await closeSessionsOf(manager, id);
}

/** Creates the account unless the username is taken; used for demo accounts and the first admin. */
export async function ensureStaffAccount(manager: EntityManager, account: CreateStaffRequest): Promise<boolean> {
  if (await manager.existsBy(StaffAccountEntity, { username: account.username })) return false;
  await createStaffAccount(manager, account);
  return true;
}
