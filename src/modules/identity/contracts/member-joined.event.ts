import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface MemberJoinedPayload {
  userId: string;
  role: 'owner' | 'admin' | 'member' | 'viewer';
  /** How they came in: created the workspace (owner) or accepted an invitation. */
  via: 'workspace-created' | 'invitation';
}

/** Someone became a member of `workspaceId`. */
export class MemberJoinedV1 extends IntegrationEvent<MemberJoinedPayload> {
  static readonly TYPE = 'identity.member.joined.v1';
  readonly type = MemberJoinedV1.TYPE;
}
