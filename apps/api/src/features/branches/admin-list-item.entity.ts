import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The columns branches and channels share; each table is its own entity below. */
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
