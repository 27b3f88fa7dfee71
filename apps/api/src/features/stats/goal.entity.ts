import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { GoalMeasure } from '@digihjaelp/contract';

/** A yearly goal (målindsats) set by a team lead, e.g. "60 % of visits solved at levels 1–2". */
@Entity('stats_goals')
export class GoalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'text' })
  measure!: GoalMeasure;

  // numeric comes back from PostgreSQL as a string; targets are small, so a JS number is exact enough.
  @Column({ type: 'numeric', transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  target!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'branch_key', type: 'text', nullable: true })
  branchKey!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
