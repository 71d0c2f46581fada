import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface InvitationAcceptedPayload {
  invitationId: string;
  /** Who accepted (the new member). */
  userId: string;
  /** Who sent the invitation: they are told it was accepted. */
  invitedBy: string;
  role: 'admin' | 'member' | 'viewer';
}

/** An invitation was accepted (published with identity.member.joined.v1, in the same transaction). */
export class InvitationAcceptedV1 extends IntegrationEvent<InvitationAcceptedPayload> {
  static readonly TYPE = 'identity.invitation.accepted.v1';
  readonly type = InvitationAcceptedV1.TYPE;
}
