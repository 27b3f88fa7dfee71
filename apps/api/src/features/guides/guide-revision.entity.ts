import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { GuideStatus } from '@digihjaelp/contract';
import { StaffAccountEntity } from '../staff/staff-account.entity';
import { GuideContentColumns } from './guide-content.columns';

/** One saved change: a full snapshot, who made it, when, which fields changed and why. */
@Entity('guide_revisions')
export class GuideRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'guide_id', type: 'uuid' })
  guideId!: string;

  /** The guide's version this revision created. */
  @Column({ type: 'int' })
  number!: number;

  @Column(() => GuideContentColumns, { prefix: false })
  content!: GuideContentColumns;

  @Column({ type: 'text' })
  status!: GuideStatus;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => StaffAccountEntity)
  @JoinColumn({ name: 'author_id' })
  author!: StaffAccountEntity;

  @Column({ name: 'change_note', type: 'text', nullable: true })
  changeNote!: string | null;

  @Column({ name: 'changed_fields', type: 'text', array: true })
  changedFields!: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
