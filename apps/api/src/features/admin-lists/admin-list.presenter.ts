import type { Branch } from '@digihjaelp/contract';
import type { AdminListItemEntity } from './admin-list-item.entity';

export function presentListItem(item: AdminListItemEntity): Branch {
  return { key: item.key, nameDa: item.nameDa, nameEn: item.nameEn, sortOrder: item.sortOrder, active: item.active };
}
