import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { InvitationAcceptedV1 } from '../../contracts/invitation-accepted.event';
import { MemberJoinedV1 } from '../../contracts/member-joined.event';
import {
  AlreadyMember,
  EmailNotVerified,
  InvitationForAnotherEmail,
  InvitationNotFound,
} from '../../domain/identity.errors';
import { invitationTokenHash } from '../../domain/invitation-token';
import { InvitationEntity } from '../../persistence/invitation.entity';
import { MembershipEntity } from '../../persistence/membership.entity';
import { UserEntity } from '../../persistence/user.entity';
import { WorkspaceEntity } from '../../persistence/workspace.entity';
import { MembershipSync } from '../membership-sync';
import type { WorkspaceView } from '../workspace-view';
import { AcceptInvitationCommand } from './accept-invitation.command';

@CommandHandler(AcceptInvitationCommand)
export class AcceptInvitationHandler implements ICommandHandler<AcceptInvitationCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly membershipSync: MembershipSync,
    private readonly outbox: EventOutbox,
  ) {}

  async execute({ props }: AcceptInvitationCommand): Promise<WorkspaceView> {
    const { actorId, actorEmail, token } = props;
    const view = await this.unitOfWork.run(actorId, async (manager) => {
      // An invitation goes to an address: only someone who proved to read it may take it.
      const user = await manager.findOneByOrFail(UserEntity, { id: actorId });
      if (!user.emailVerifiedAt) throw new EmailNotVerified();
      // Locked, so two accepts of one token cannot both pass the "not used yet" check.
      const invitation = await manager.findOne(InvitationEntity, {
        where: { tokenHash: invitationTokenHash(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation || invitation.acceptedAt || invitation.expiresAt.getTime() <= Date.now()) {
        throw new InvitationNotFound();
      }
      if (invitation.email !== actorEmail) throw new InvitationForAnotherEmail();
      const { workspaceId, role } = invitation;
      if (await manager.existsBy(MembershipEntity, { workspaceId, userId: actorId })) {
        throw new AlreadyMember();
      }
      await manager.insert(MembershipEntity, { workspaceId, userId: actorId, role });
      await manager.update(InvitationEntity, { id: invitation.id }, { acceptedAt: new Date() });
      await this.outbox.publish(
        manager,
        new MemberJoinedV1(
          { userId: actorId, role, via: 'invitation' },
          newEventMetadata(workspaceId, actorId),
        ),
      );
      // Whoever invited them is told (notifications' inbox); same transaction as the join.
      await this.outbox.publish(
        manager,
        new InvitationAcceptedV1(
          { invitationId: invitation.id, userId: actorId, invitedBy: invitation.invitedBy, role },
          newEventMetadata(workspaceId, actorId),
        ),
      );
      const workspace = await manager.findOneByOrFail(WorkspaceEntity, { id: workspaceId });
      return {
        id: workspace.id,
        name: workspace.name,
        role,
        createdAt: workspace.createdAt.toISOString(),
      };
    });
    await this.membershipSync.afterChangeOf(actorId);
    return view;
  }
}
