import type { EntityManager } from 'typeorm';

import {
  type AppliesEvents,
  EventConsumer,
} from '../../../infrastructure/events/event-consumer.decorator';
import { MemberJoinedV1 } from '../../identity/contracts/member-joined.event';
import { MemberLeftV1 } from '../../identity/contracts/member-left.event';
import { MemberRoleChangedV1 } from '../../identity/contracts/member-role-changed.event';
import { MemberEntity } from '../persistence/member.entity';

type MemberEvent = MemberJoinedV1 | MemberLeftV1 | MemberRoleChangedV1;

/** Keeps projects.members, projects' own copy of who belongs to which workspace, in step with identity. */
@EventConsumer({
  name: 'projects.workspace-members',
  events: [MemberJoinedV1, MemberLeftV1, MemberRoleChangedV1],
})
export class WorkspaceMembersConsumer implements AppliesEvents<MemberEvent> {
  async apply(event: MemberEvent, manager: EntityManager): Promise<void> {
    const { workspaceId } = event;
    const { userId } = event.payload;
    if (event instanceof MemberLeftV1) {
      await manager.delete(MemberEntity, { workspaceId, userId });
      return;
    }
    const role = event instanceof MemberJoinedV1 ? event.payload.role : event.payload.to;
    // An upsert: a role change for someone this projection never saw join (members from before
    // it existed) still leaves the right row.
    await manager.upsert(MemberEntity, { workspaceId, userId, role }, ['workspaceId', 'userId']);
  }
}
