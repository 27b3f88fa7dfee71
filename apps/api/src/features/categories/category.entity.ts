import { Column, Entity } from 'typeorm';
import { AdminListItemEntity } from '../branches/admin-list-item.entity';

/** A problem category: an admin-kept list like branches and channels, plus `urgent`. */
@Entity('categories')
export class CategoryEntity extends AdminListItemEntity {
  @Column({ type: 'boolean', default: false })
  urgent!: boolean;
}
