import type { EntityManager, EntityTarget } from 'typeorm';
import type {
  CreateCategoryRequest,
  CreateListItemRequest,
  UpdateCategoryRequest,
  UpdateListItemRequest,
} from '@digihjaelp/contract';
import { AppError, notFound } from '../../kernel/app-error';
import { insertUnique } from '../../kernel/unique-keys';
import { type AdminListItemEntity, BranchEntity, CategoryEntity, ChannelEntity } from './admin-list-item.entity';

/**
 * The lists admins keep — branches, channels and problem categories — are kept the same way:
 * key, Danish and English name, sort order, active. `kind` says which table. (Categories also
 * have `urgent`, and are reordered as a whole: see categories.service.ts.)
 */
const adminLists = {
  branch: { entity: BranchEntity, nameDa: 'Filialen', label: 'filial' },
  channel: { entity: ChannelEntity, nameDa: 'Kanalen', label: 'kanal' },
  category: { entity: CategoryEntity, nameDa: 'Kategorien', label: 'kategori' },
} as const satisfies Record<string, { entity: EntityTarget<AdminListItemEntity>; nameDa: string; label: string }>;
export type AdminListKind = keyof typeof adminLists;

/** New entries go last, this far apart, so one can later be placed between two others. */
export const SORT_ORDER_STEP = 10;

export function findListItems(manager: EntityManager, kind: 'category'): Promise<CategoryEntity[]>;
export function findListItems(manager: EntityManager, kind: AdminListKind): Promise<AdminListItemEntity[]>;
export function findListItems(manager: EntityManager, kind: AdminListKind): Promise<AdminListItemEntity[]> {
  return manager
    .createQueryBuilder<AdminListItemEntity>(adminLists[kind].entity, 'item')
    .orderBy('item.sortOrder', 'ASC')
    .addOrderBy('item.key', 'ASC')
    .getMany();
}

/** Adds an active entry, last unless a sort order is given; a taken key is 409 naming `key`. */
export function createListItem(
  manager: EntityManager,
  kind: 'category',
  request: CreateCategoryRequest,
): Promise<CategoryEntity>;
export function createListItem(
  manager: EntityManager,
  kind: AdminListKind,
  request: CreateListItemRequest,
): Promise<AdminListItemEntity>;
export async function createListItem(
  manager: EntityManager,
  kind: AdminListKind,
  request: CreateListItemRequest | CreateCategoryRequest,
): Promise<AdminListItemEntity> {
  const { entity, nameDa } = adminLists[kind];
  const last = await manager
    .createQueryBuilder<AdminListItemEntity>(entity, 'item')
    .select('max(item.sortOrder)', 'max')
    .getRawOne<{ max: number | null }>();
  const sortOrder = ('sortOrder' in request ? request.sortOrder : undefined) ?? (last?.max ?? 0) + SORT_ORDER_STEP;
  return insertUnique<AdminListItemEntity>(
    manager,
    entity,
    { ...request, sortOrder, active: true },
    { field: 'key', message: `${nameDa} "${request.key}" findes allerede` },
  );
}

/** Renames, reorders or (de)activates an entry (404 when unknown); the key never changes, records refer to it. */
export function updateListItem(
  manager: EntityManager,
  kind: 'category',
  key: string,
  changes: UpdateCategoryRequest,
): Promise<CategoryEntity>;
export function updateListItem(
  manager: EntityManager,
  kind: AdminListKind,
  key: string,
  changes: UpdateListItemRequest,
): Promise<AdminListItemEntity>;
export async function updateListItem(
  manager: EntityManager,
  kind: AdminListKind,
  key: string,
  changes: UpdateListItemRequest | UpdateCategoryRequest,
): Promise<AdminListItemEntity> {
  const { entity, nameDa } = adminLists[kind];
  const item = await manager
    .createQueryBuilder<AdminListItemEntity>(entity, 'item')
    .where('item.key = :key', { key })
    .getOne();
  if (!item) throw notFound(nameDa);
  Object.assign(item, changes);
  return manager.save(item);
}

/**
 * For cases and staff accounts: 400 naming `field` unless `key` is an active entry of the list.
 * Inactive entries stay valid on old records but take no new ones.
 */
export async function assertActiveListItem(manager: EntityManager, kind: AdminListKind, key: string, field: string) {
  const { entity, label } = adminLists[kind];
  if (!(await manager.existsBy<AdminListItemEntity>(entity, { key, active: true }))) {
    throw new AppError('validation', `Ukendt eller lukket ${label} i feltet ${field}`, {
      fields: [{ path: field, message: `Ukendt eller lukket ${label}` }],
    });
  }
}
