import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface MemberRoleChangedPayload {
  userId: string;
  from: 'owner' | 'admin' | 'member' | 'viewer';
  to: 'owner' | 'admin' | 'member' | 'viewer';
}

export class MemberRoleChangedV1 extends IntegrationEvent<MemberRoleChangedPayload> {
  static readonly TYPE = 'identity.member.role-changed.v1';
  readonly type = MemberRoleChangedV1.TYPE;
}
