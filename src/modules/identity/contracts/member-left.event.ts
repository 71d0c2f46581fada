import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface MemberLeftPayload {
  userId: string;
  /** Left on their own, or removed by an admin or owner (`actorId`). */
  reason: 'left' | 'removed';
}

/** Someone stopped being a member of `workspaceId`. */
export class MemberLeftV1 extends IntegrationEvent<MemberLeftPayload> {
  static readonly TYPE = 'identity.member.left.v1';
  readonly type = MemberLeftV1.TYPE;
}
