import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { GuideProposalStatus } from '@digihjaelp/contract';
import { StaffAccountEntity } from '../staff/staff-account.entity';
import { GuideContentColumns } from './guide-content.columns';
import { GuideEntity } from './guide.entity';

/** A proposed change to a guide, made on `baseVersion`; a lead accepts (a new revision) or rejects it. */
@Entity('guide_proposals')
export class GuideProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'guide_id', type: 'uuid' })
  guideId!: string;

  @ManyToOne(() => GuideEntity)
  @JoinColumn({ name: 'guide_id' })
  guide!: GuideEntity;

  @Column({ name: 'base_version', type: 'int' })
  baseVersion!: number;

  @Column(() => GuideContentColumns, { prefix: false })
  content!: GuideContentColumns;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => StaffAccountEntity)
  @JoinColumn({ name: 'author_id' })
  author!: StaffAccountEntity;

  @Column({ name: 'change_note', type: 'text', nullable: true })
  changeNote!: string | null;

  @Column({ type: 'text' })
  status!: GuideProposalStatus;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => StaffAccountEntity)
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy!: StaffAccountEntity | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
