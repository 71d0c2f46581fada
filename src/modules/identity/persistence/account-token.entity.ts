import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { AccountTokenPurpose } from '../domain/account-token';

/**
 * A mailed single-use token (email verification, password reset). Only its SHA-256 is stored; the
 * token itself exists only in the mail. Issuing a new one for the same purpose deletes the older.
 */
@Entity({ schema: 'identity', name: 'account_tokens' })
@Index('account_tokens_by_user_and_purpose', ['userId', 'purpose'])
@Check('account_token_purpose_is_known', `"purpose" IN ('verify-email', 'reset-password')`)
export class AccountTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 16 })
  purpose!: AccountTokenPurpose;

  @Column({ name: 'token_hash', type: 'char', length: 64, unique: true })
  tokenHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
