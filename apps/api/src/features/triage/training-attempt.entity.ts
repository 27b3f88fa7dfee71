import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { HelpLevel, LegalNoteKey, Recommendation } from '@digihjaelp/contract';

/** One practice attempt: what the trainee chose beside what the engine recommended. */
@Entity('triage_training_attempts')
export class TrainingAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @Column({ name: 'scenario_id', type: 'text' })
  scenarioId!: string;

  @Column({ name: 'category_key', type: 'text' })
  categoryKey!: string;

  @Column({ name: 'flow_version', type: 'int' })
  flowVersion!: number;

  @Column({ name: 'chosen_kind', type: 'text' })
  chosenKind!: Recommendation['kind'];

  @Column({ name: 'chosen_level', type: 'int', nullable: true })
  chosenLevel!: HelpLevel | null;

  @Column({ name: 'chosen_notes', type: 'text', array: true })
  chosenNotes!: LegalNoteKey[];

  @Column({ name: 'engine_kind', type: 'text' })
  engineKind!: Recommendation['kind'];

  @Column({ name: 'engine_level', type: 'int', nullable: true })
  engineLevel!: HelpLevel | null;

  @Column({ name: 'engine_notes', type: 'text', array: true })
  engineNotes!: LegalNoteKey[];

  @Column({ type: 'boolean' })
  agreed!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
