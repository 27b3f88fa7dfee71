import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('categories')
export class CategoryEntity {
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ name: 'name_da', type: 'text' })
  nameDa!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder!: number;

  @Column({ type: 'boolean', default: false })
  urgent!: boolean;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
