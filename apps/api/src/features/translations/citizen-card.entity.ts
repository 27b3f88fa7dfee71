import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StaffAccountEntity } from '../staff/staff-account.entity';

/** A show-the-citizen card: one sentence, per language code. */
@Entity('citizen_cards')
export class CitizenCardEntity {
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'jsonb' })
  texts!: Record<string, string>;

  @Column({ type: 'int' })
  version!: number;

  /** Null for a card as seeded from content/. */
  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById!: string | null;

  @ManyToOne(() => StaffAccountEntity, { nullable: true })
  @JoinColumn({ name: 'updated_by_id' })
  updatedBy!: StaffAccountEntity | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
