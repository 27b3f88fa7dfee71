import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The lists admins keep — branches (filialer), channels (kanaler) and problem categories — share
 * these columns; each table is its own entity below. Records refer to an entry by its key, so a key
 * never changes once created.
 */
export abstract class AdminListItemEntity {
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ name: 'name_da', type: 'text' })
  nameDa!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}

@Entity('branches')
export class BranchEntity extends AdminListItemEntity {}

@Entity('channels')
export class ChannelEntity extends AdminListItemEntity {}

/** A problem category: an admin list like the others, plus `urgent` and search words; reordered as a whole (categories.service.ts). */
@Entity('categories')
export class CategoryEntity extends AdminListItemEntity {
  @Column({ type: 'boolean', default: false })
  urgent!: boolean;

  /** What citizens call it ("glemt kode", "papir"): the counter's picker matches these too. */
  @Column({ name: 'search_words', type: 'text', array: true, default: () => "'{}'" })
  searchWords!: string[];
}
