import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { StaffAccountEntity } from '../staff/staff-account.entity';

/** A team lead's comment on one month's report (the month as its first day). */
@Entity('stats_report_comments')
export class ReportCommentEntity {
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @Column({ type: 'text' })
  comment!: string;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedById!: string;

  @ManyToOne(() => StaffAccountEntity)
  @JoinColumn({ name: 'updated_by' })
  updatedBy!: StaffAccountEntity;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
