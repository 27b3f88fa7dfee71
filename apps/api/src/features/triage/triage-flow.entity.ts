import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { FlowDefinition } from '@digihjaelp/contract';
import { StaffAccountEntity } from '../staff/staff-account.entity';

/** One version of a category's triage flow; versions are only ever added. */
@Entity('triage_flows')
export class TriageFlowEntity {
  @PrimaryColumn({ name: 'category_key', type: 'text' })
  categoryKey!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  /** Passed the static check when saved. */
  @Column({ type: 'jsonb' })
  definition!: FlowDefinition;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Null for a seeded version. */
  @ManyToOne(() => StaffAccountEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  createdBy!: StaffAccountEntity | null;
}
