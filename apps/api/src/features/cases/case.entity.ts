import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AgeBand, CaseOutcome, HelpLevel, ReferralTarget, TriageAnswers } from '@digihjaelp/contract';
import { StaffAccountEntity } from '../staff/staff-account.entity';

/** One visit (never a person). Free text is erased after the retention period; the rest stays. */
@Entity('cases')
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Optimistic locking: an edit names the version it read; a stale one gets 409. */
  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @ManyToOne(() => StaffAccountEntity)
  @JoinColumn({ name: 'staff_id' })
  staff?: StaffAccountEntity;

  @Column({ name: 'branch_key', type: 'text' })
  branchKey!: string;

  @Column({ name: 'channel_key', type: 'text' })
  channelKey!: string;

  @Column({ name: 'category_keys', type: 'text', array: true })
  categoryKeys!: string[];

  @Column({ name: 'flow_version', type: 'int', nullable: true })
  flowVersion!: number | null;

  @Column({ name: 'triage_answers', type: 'jsonb', nullable: true })
  triageAnswers!: TriageAnswers | null;

  @Column({ name: 'recommended_level', type: 'smallint', nullable: true })
  recommendedLevel!: HelpLevel | null;

  @Column({ name: 'recommended_referral', type: 'text', nullable: true })
  recommendedReferral!: ReferralTarget | null;

  @Column({ name: 'recommended_not_permitted', type: 'boolean' })
  recommendedNotPermitted!: boolean;

  /** Null for a refusal where no help was given: a refusal is no step on the ladder. */
  @Column({ name: 'level_given', type: 'smallint', nullable: true })
  levelGiven!: HelpLevel | null;

  @Column({ type: 'text' })
  outcome!: CaseOutcome;

  @Column({ name: 'referral_target', type: 'text', nullable: true })
  referralTarget!: ReferralTarget | null;

  @Column({ type: 'smallint' })
  minutes!: number;

  @Column({ name: 'guide_slugs', type: 'text', array: true })
  guideSlugs!: string[];

  @Column({ name: 'repeat_visit', type: 'boolean' })
  repeatVisit!: boolean;

  @Column({ name: 'age_band', type: 'text', nullable: true })
  ageBand!: AgeBand | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'deviation_reason', type: 'text', nullable: true })
  deviationReason!: string | null;

  @Column({ name: 'notes_erased_at', type: 'timestamptz', nullable: true })
  notesErasedAt!: Date | null;
}
