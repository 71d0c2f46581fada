import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

import type { WorkspaceRole } from '../../../common/auth/workspace-role';

@Entity({ schema: 'identity', name: 'memberships' })
@Check('membership_role_is_known', `"role" IN ('owner', 'admin', 'member', 'viewer')`)
export class MembershipEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Index('memberships_by_user')
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: WorkspaceRole;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt!: Date;
}
