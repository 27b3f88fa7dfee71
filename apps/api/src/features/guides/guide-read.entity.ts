import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** "I have read this version": one row per guide, staff member and version. */
@Entity('guide_reads')
export class GuideReadEntity {
  @PrimaryColumn({ name: 'guide_id', type: 'uuid' })
  guideId!: string;

  @PrimaryColumn({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  @CreateDateColumn({ name: 'confirmed_at', type: 'timestamptz' })
  confirmedAt!: Date;
}
