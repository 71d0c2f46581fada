import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

import type { WorkspaceRole } from '../../../common/auth/workspace-role';

/**
 * Projects' own copy of workspace membership, kept up to date from identity's member events, so
 * that assignment rules need no query into identity's schema.
 */
@Entity({ schema: 'projects', name: 'members' })
@Check('member_role_is_known', `"role" IN ('owner', 'admin', 'member', 'viewer')`)
export class MemberEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: WorkspaceRole;
}
