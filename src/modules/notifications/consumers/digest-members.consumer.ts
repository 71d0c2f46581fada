import type { EntityManager } from 'typeorm';

import {
  type AppliesEvents,
  EventConsumer,
} from '../../../infrastructure/events/event-consumer.decorator';
import { MemberJoinedV1 } from '../../identity/contracts/member-joined.event';
import { MemberLeftV1 } from '../../identity/contracts/member-left.event';
import { MemberRoleChangedV1 } from '../../identity/contracts/member-role-changed.event';
import { forgetMember, recordMembership } from '../persistence/digest-members.store';

type MemberEvent = MemberJoinedV1 | MemberLeftV1 | MemberRoleChangedV1;

/** Keeps notifications.digest_members, the digest's list of who belongs to which workspace. */
@EventConsumer({
  name: 'notifications.digest-members',
  events: [MemberJoinedV1, MemberLeftV1, MemberRoleChangedV1],
})
export class DigestMembersConsumer implements AppliesEvents<MemberEvent> {
  async apply(event: MemberEvent, manager: EntityManager): Promise<void> {
    const member = { workspaceId: event.workspaceId, userId: event.payload.userId };
    if (event instanceof MemberLeftV1) return forgetMember(manager, member);
    const role = event instanceof MemberJoinedV1 ? event.payload.role : event.payload.to;
    await recordMembership(manager, { ...member, role });
  }
}
