import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { WorkspaceRole } from '../../../common/auth/workspace-role';

/**
 * Notifications' own list of a workspace's members, for the weekly digest: fed by identity's
 * member events (who belongs, with which role) and by the member's own subscription choice.
 * The address comes from identity.user.registered.v1 (member_addresses); `email` here is the
 * address of the member's session when they last set their subscription, the fallback.
 */
@Entity({ schema: 'notifications', name: 'digest_members' })
export class DigestMemberEntity {
  @PrimaryColumn({
    name: 'workspace_id',
    type: 'uuid',
    primaryKeyConstraintName: 'digest_members_pkey',
  })
  workspaceId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'digest_members_pkey' })
  userId!: string;

  @Column({ type: 'varchar', length: 8 })
  role!: WorkspaceRole;

  /** The session's address at the member's last subscription change; null until then. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'boolean', default: true })
  subscribed!: boolean;
}
