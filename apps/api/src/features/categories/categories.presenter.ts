import type { Category } from '@digihjaelp/contract';
import type { CategoryEntity } from '../admin-lists/admin-list-item.entity';

export function presentCategory(category: CategoryEntity): Category {
  return {
    key: category.key,
    nameDa: category.nameDa,
    nameEn: category.nameEn,
    sortOrder: category.sortOrder,
    urgent: category.urgent,
    searchWords: category.searchWords,
    active: category.active,
  };
}
