import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { InvitableRole } from '../domain/invitable-role';

/** An emailed invitation; only the token's SHA-256 is stored, the token itself is in the mail. */
@Entity({ schema: 'identity', name: 'invitations' })
// Inviting again replaces the address's pending invitation; listing reads a workspace's pending ones.
@Index('invitations_by_workspace_and_email', ['workspaceId', 'email'])
@Check('invitation_role_is_known', `"role" IN ('admin', 'member', 'viewer')`)
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: InvitableRole;

  @Column({ name: 'token_hash', type: 'char', length: 64, unique: true })
  tokenHash!: string;

  @Column({ name: 'invited_by', type: 'uuid' })
  invitedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;
}
