import type { EntityManager } from 'typeorm';
import type { CreateListItemRequest, UpdateListItemRequest } from '@digihjaelp/contract';
import { AppError } from '../../http/app-error';
import { BranchEntity, ChannelEntity, type AdminListItemEntity } from './admin-list-item.entity';

/** Branches and channels are kept the same way; `kind` says which table. */
export const adminLists = {
  branch: { entity: BranchEntity, nameDa: 'Filialen', label: 'filial' },
  channel: { entity: ChannelEntity, nameDa: 'Kanalen', label: 'kanal' },
} as const;
export type AdminListKind = keyof typeof adminLists;

export function findListItems(manager: EntityManager, kind: AdminListKind): Promise<AdminListItemEntity[]> {
  return manager.find(adminLists[kind].entity, { order: { sortOrder: 'ASC', key: 'ASC' } });
}

export async function createListItem(manager: EntityManager, kind: AdminListKind, request: CreateListItemRequest) {
  const { entity, nameDa } = adminLists[kind];
  if (await manager.existsBy(entity, { key: request.key })) {
    throw new AppError('conflict', `${nameDa} "${request.key}" findes allerede`, {
      fields: [{ path: 'key', message: 'Allerede i brug' }],
    });
  }
  const last = await manager
    .createQueryBuilder(entity, 'item')
    .select('max(item.sortOrder)', 'max')
    .getRawOne<{ max: number | null }>();
  return manager.save(
    manager.create(entity, { ...request, sortOrder: request.sortOrder ?? (last?.max ?? 0) + 10, active: true }),
  );
}

export async function updateListItem(
  manager: EntityManager,
  kind: AdminListKind,
  key: string,
  changes: UpdateListItemRequest,
) {
  const { entity, nameDa } = adminLists[kind];
  const item = await manager.findOneBy(entity, { key });
  if (!item) throw new AppError('not_found', `${nameDa} findes ikke`);
  Object.assign(item, changes);
  return manager.save(item);
}

/**
 * For cases and staff accounts: 400 naming `field` unless `key` is an active entry of the list.
 * Inactive entries stay valid on old records but take no new ones.
 */
export async function assertActiveListItem(manager: EntityManager, kind: AdminListKind, key: string, field: string) {
  const { entity, label } = adminLists[kind];
  if (!(await manager.existsBy(entity, { key, active: true }))) {
    throw new AppError('validation', `Ukendt eller lukket ${label} i feltet ${field}`, {
      fields: [{ path: field, message: `Ukendt eller lukket ${label}` }],
    });
  }
}
