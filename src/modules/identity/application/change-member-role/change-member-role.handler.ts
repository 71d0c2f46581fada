import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { MemberLeftV1 } from '../../contracts/member-left.event';
import { MemberRoleChangedV1 } from '../../contracts/member-role-changed.event';
import { MemberNotFound } from '../../domain/identity.errors';
import { assertMayChangeMember } from '../../domain/ownership-rules';
import { MembershipEntity } from '../../persistence/membership.entity';
import { lockMembers } from '../../persistence/memberships.store';
import { MembershipSync } from '../membership-sync';
import { ChangeMemberRoleCommand } from './change-member-role.command';

/**
 * Role changes, removals and leaving: one use case, because they share the ownership rules and the
 * lock that makes "the last owner stays" hold under concurrent requests.
 */
@CommandHandler(ChangeMemberRoleCommand)
export class ChangeMemberRoleHandler implements ICommandHandler<ChangeMemberRoleCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly membershipSync: MembershipSync,
    private readonly outbox: EventOutbox,
  ) {}

  async execute({ props }: ChangeMemberRoleCommand): Promise<void> {
    const { actorId, workspaceId, targetUserId, newRole } = props;
    await this.unitOfWork.run(actorId, async (manager) => {
      const members = await lockMembers(manager, workspaceId);
      const target = members.find((member) => member.userId === targetUserId);
      const actorMembership = members.find((member) => member.userId === actorId);
      if (!target || !actorMembership) throw new MemberNotFound();
      assertMayChangeMember({
        actorRole: actorMembership.role,
        targetRole: target.role,
        newRole,
        ownerCount: members.filter((member) => member.role === 'owner').length,
      });
      const metadata = newEventMetadata(workspaceId, actorId);
      if (newRole === target.role) return; // nothing changes, nothing to announce
      if (newRole) {
        await manager.update(
          MembershipEntity,
          { workspaceId, userId: targetUserId },
          { role: newRole },
        );
        await this.outbox.publish(
          manager,
          new MemberRoleChangedV1(
            { userId: targetUserId, from: target.role, to: newRole },
            metadata,
          ),
        );
      } else {
        await manager.delete(MembershipEntity, { workspaceId, userId: targetUserId });
        const reason = targetUserId === actorId ? 'left' : 'removed';
        await this.outbox.publish(
          manager,
          new MemberLeftV1({ userId: targetUserId, reason }, metadata),
        );
      }
    });
    await this.membershipSync.afterChangeOf(targetUserId);
  }
}
