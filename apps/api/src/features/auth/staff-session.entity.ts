import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

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
}
