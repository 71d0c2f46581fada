import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';

import { MemberNotFound } from '../../domain/identity.errors';
import { assertMayChangeMember } from '../../domain/ownership-rules';
import { MembershipEntity } from '../../persistence/membership.entity';
import { lockMembers } from '../../persistence/memberships.queries';
import { MembershipSync } from '../membership-sync';
import { ChangeMemberRoleCommand } from './change-member-role.command';

/**
 * Role changes, removals and leaving: one use case, because they share the ownership rules and the
 * lock that makes "the last owner stays" hold under concurrent requests.
 */
@CommandHandler(ChangeMemberRoleCommand)
export class ChangeMemberRoleHandler implements ICommandHandler<ChangeMemberRoleCommand> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly membershipSync: MembershipSync,
  ) {}

  async execute({
    actor,
    workspaceId,
    targetUserId,
    newRole,
  }: ChangeMemberRoleCommand): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const members = await lockMembers(manager, workspaceId);
      const target = members.find((member) => member.userId === targetUserId);
      const actorMembership = members.find((member) => member.userId === actor.userId);
      if (!target || !actorMembership) throw new MemberNotFound();
      assertMayChangeMember({
        actorRole: actorMembership.role,
        targetRole: target.role,
        newRole,
        ownerCount: members.filter((member) => member.role === 'owner').length,
      });
      if (newRole)
        await manager.update(
          MembershipEntity,
          { workspaceId, userId: targetUserId },
          { role: newRole },
        );
      else await manager.delete(MembershipEntity, { workspaceId, userId: targetUserId });
    });
    await this.membershipSync.afterChangeOf(targetUserId);
  }
}
