import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { StaffAccountEntity } from '../staff/staff-account.entity';

@Entity('guide_feedback')
export class GuideFeedbackEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'guide_id', type: 'uuid' })
  guideId!: string;

  /** The version the feedback was given on. */
  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @ManyToOne(() => StaffAccountEntity)
  @JoinColumn({ name: 'staff_id' })
  staff!: StaffAccountEntity;

  @Column({ type: 'boolean' })
  helpful!: boolean;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
