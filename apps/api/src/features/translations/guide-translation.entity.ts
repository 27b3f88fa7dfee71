import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { TranslationStatus } from '@digihjaelp/contract';
import { StaffAccountEntity } from '../staff/staff-account.entity';

/** A guide's citizen text in one language, as it is now. */
@Entity('guide_translations')
export class GuideTranslationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'guide_id', type: 'uuid' })
  guideId!: string;

  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  status!: TranslationStatus;

  @Column({ type: 'int' })
  version!: number;

  /** The Danish guide's version this text was translated from. */
  @Column({ name: 'base_version', type: 'int' })
  baseVersion!: number;

  @Column({ name: 'needs_native_check', type: 'boolean' })
  needsNativeCheck!: boolean;

  @Column({ name: 'translated_by_id', type: 'uuid' })
  translatedById!: string;

  @ManyToOne(() => StaffAccountEntity)
  @JoinColumn({ name: 'translated_by_id' })
  translatedBy!: StaffAccountEntity;

  @Column({ name: 'translated_at', type: 'timestamptz' })
  translatedAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One save of a translation: a full snapshot, who made it and why. */
@Entity('guide_translation_revisions')
export class GuideTranslationRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'translation_id', type: 'uuid' })
  translationId!: string;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  status!: TranslationStatus;

  @Column({ name: 'base_version', type: 'int' })
  baseVersion!: number;

  @Column({ name: 'needs_native_check', type: 'boolean' })
  needsNativeCheck!: boolean;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => StaffAccountEntity)
  @JoinColumn({ name: 'author_id' })
  author!: StaffAccountEntity;

  @Column({ name: 'change_note', type: 'text', nullable: true })
  changeNote!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
