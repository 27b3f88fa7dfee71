import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** `full` reaches everything the role may; the others only the second-factor endpoints. */
export type SessionStage = 'full' | 'second-factor' | 'enrol';
export type SessionMethod = 'password' | 'oidc';

/**
 * A login session. The cookie holds a random token; only its SHA-256 is stored. The foreign key to
 * staff_accounts (ON DELETE CASCADE) is in the migration; the lookup joins it in plain SQL.
 */
@Entity('staff_sessions')
export class StaffSessionEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @Column({ name: 'csrf_token', type: 'text' })
  csrfToken!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'text' })
  method!: SessionMethod;

  @Column({ type: 'text' })
  stage!: SessionStage;

  @Column({ name: 'address_prefix', type: 'text', nullable: true })
  addressPrefix!: string | null;

  /** After single sign-on: the ID token, sent back as `id_token_hint` when logging out at the provider. */
  @Column({ name: 'id_token', type: 'text', nullable: true })
  idToken!: string | null;
}
