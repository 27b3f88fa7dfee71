import type { EntityManager } from 'typeorm';
import { AppError } from '../../kernel/app-error';
import { findListItems, SORT_ORDER_STEP } from '../admin-lists/admin-list.service';
import { CategoryEntity } from '../admin-lists/admin-list-item.entity';

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

/**
 * The display order of all categories at once (adding, renaming and deactivating are the admin
 * list's, see admin-list.service.ts). `keys` must name every category exactly once; they get
 * sort orders 10, 20, 30, …
 */
export async function reorderCategories(manager: EntityManager, keys: string[]): Promise<CategoryEntity[]> {
  const categories = await findListItems(manager, 'category');
  const known = new Set(categories.map((category) => category.key));
  if (new Set(keys).size !== keys.length || keys.length !== known.size || !keys.every((key) => known.has(key))) {
    throw new AppError('validation', 'Rækkefølgen skal nævne hver kategori præcis én gang', {
      fields: [{ path: 'keys', message: 'Skal nævne hver kategori præcis én gang' }],
    });
  }
  for (const [index, key] of keys.entries()) {
    await manager.update(CategoryEntity, { key }, { sortOrder: (index + 1) * SORT_ORDER_STEP });
  }
  return findListItems(manager, 'category');
}
