import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@digihjaelp/contract';

@Entity('staff_accounts')
export class StaffAccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  username!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  role!: Role;

  /** Null for an account from the identity provider: it signs in there, never with a password of ours. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  /** With `oidcSubject`: who this is at the identity provider (never the e-mail, which can be reused). */
  @Column({ name: 'oidc_issuer', type: 'text', nullable: true })
  oidcIssuer!: string | null;

  @Column({ name: 'oidc_subject', type: 'text', nullable: true })
  oidcSubject!: string | null;

  /** The authenticator app's secret (base32) once enrolment is confirmed. */
  @Column({ name: 'totp_secret', type: 'text', nullable: true })
  totpSecret!: string | null;

  /** A secret shown during enrolment, not yet confirmed with a code. */
  @Column({ name: 'totp_pending_secret', type: 'text', nullable: true })
  totpPendingSecret!: string | null;

  /** The last 30-second step whose code was accepted: that code, and older ones, are refused. */
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true })
  totpLastStep!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'default_branch_key', type: 'text', nullable: true })
  defaultBranchKey!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
