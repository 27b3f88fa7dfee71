import type { EntityManager } from 'typeorm';
import type { Category } from '@digihjaelp/contract';
import { AppError } from '../../http/app-error';
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
  const found = await manager.countBy(CategoryEntity, keys.map((key) => ({ key })));
  if (found !== new Set(keys).size) {
    throw new AppError('validation', `Ukendt kategori i feltet ${field}`, {
      fields: [{ path: field, message: 'Ukendt kategori' }],
    });
  }
}
