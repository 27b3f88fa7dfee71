import type { EntityManager } from 'typeorm';
import type { Category, CreateCategoryRequest, UpdateCategoryRequest } from '@digihjaelp/contract';
import { AppError, notFound } from '../../http/app-error';
import { CategoryEntity } from './category.entity';

export function presentCategory(category: CategoryEntity): Category {
  return {
    key: category.key,
    nameDa: category.nameDa,
    nameEn: category.nameEn,
    sortOrder: category.sortOrder,
    urgent: category.urgent,
    active: category.active,
  };
}

export async function findCategories(manager: EntityManager): Promise<CategoryEntity[]> {
  return manager.find(CategoryEntity, { order: { sortOrder: 'ASC' } });
}

/** For validating references from guides, flows and cases: 400 naming `field` when unknown. */
export async function assertCategoriesExist(manager: EntityManager, keys: string[], field: string): Promise<void> {
  const found = await manager.countBy(
    CategoryEntity,
    keys.map((key) => ({ key })),
  );
  if (found !== new Set(keys).size) {
    throw new AppError('validation', `Ukendt kategori i feltet ${field}`, {
      fields: [{ path: field, message: 'Ukendt kategori' }],
    });
  }
}

const ORDER_STEP = 10;

export async function createCategory(manager: EntityManager, request: CreateCategoryRequest): Promise<CategoryEntity> {
  if (await manager.existsBy(CategoryEntity, { key: request.key })) {
    throw new AppError('validation', `Nøglen "${request.key}" er allerede i brug`, {
      fields: [{ path: 'key', message: 'Allerede i brug' }],
    });
  }
  const last = await manager.maximum(CategoryEntity, 'sortOrder');
  return manager.save(
    manager.create(CategoryEntity, { ...request, sortOrder: (last ?? 0) + ORDER_STEP, active: true }),
  );
}

export async function updateCategory(
  manager: EntityManager,
  key: string,
  changes: UpdateCategoryRequest,
): Promise<CategoryEntity> {
  const category = await manager.findOneBy(CategoryEntity, { key });
  if (!category) throw notFound('Kategorien');
  Object.assign(category, changes);
  return manager.save(category);
}

/** `keys` must name every category exactly once; they get sort orders 10, 20, 30, … */
export async function reorderCategories(manager: EntityManager, keys: string[]): Promise<CategoryEntity[]> {
  const categories = await findCategories(manager);
  const known = new Set(categories.map((category) => category.key));
  if (new Set(keys).size !== keys.length || keys.length !== known.size || !keys.every((key) => known.has(key))) {
    throw new AppError('validation', 'Rækkefølgen skal nævne hver kategori præcis én gang', {
      fields: [{ path: 'keys', message: 'Skal nævne hver kategori præcis én gang' }],
    });
  }
  for (const [index, key] of keys.entries()) {
    await manager.update(CategoryEntity, { key }, { sortOrder: (index + 1) * ORDER_STEP });
  }
  return findCategories(manager);
}
