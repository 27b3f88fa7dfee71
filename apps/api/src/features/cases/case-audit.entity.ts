import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { StaffAccountEntity } from '../staff/staff-account.entity';

export type CaseAuditAction = 'created' | 'updated' | 'deleted' | 'notes_erased';

/** The values a case's fields hold, as JSON. */
export type CaseFieldValue = string | number | boolean | string[] | null;

export interface CaseAuditChange {
  field: string;
  old: CaseFieldValue;
  new: CaseFieldValue;
  /** Free text erased by retention: old and new are no longer kept. */
  erased?: boolean;
}

/** Who did what to a case and when. No foreign key to cases: the trail outlives a deletion. */
@Entity('case_audit')
export class CaseAuditEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'staff_id', type: 'uuid', nullable: true })
  staffId!: string | null;

  @ManyToOne(() => StaffAccountEntity)
  @JoinColumn({ name: 'staff_id' })
  staff?: StaffAccountEntity | null;

  @Column({ type: 'text' })
  action!: CaseAuditAction;

  @Column({ type: 'jsonb' })
  changes!: CaseAuditChange[];
}
