import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DataSource, IsNull } from 'typeorm';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { AppConfig } from '../../../../infrastructure/config/app-config';
import { OutgoingMail } from '../../../../infrastructure/mail/outgoing-mail';
import { AlreadyMember } from '../../domain/identity.errors';
import { INVITATION_LIFETIME_MS, newInvitationToken } from '../../domain/invitation-token';
import { InvitationEntity } from '../../persistence/invitation.entity';
import { isMemberByEmail } from '../../persistence/memberships.store';
import { WorkspaceEntity } from '../../persistence/workspace.entity';
import { type InvitationView, invitationViewOf } from '../invitation-view';
import { invitationMail } from './invitation-mail';
import { InviteMemberCommand } from './invite-member.command';

@CommandHandler(InviteMemberCommand)
export class InviteMemberHandler implements ICommandHandler<InviteMemberCommand> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly mail: OutgoingMail,
    private readonly config: AppConfig,
  ) {}

  async execute({ props }: InviteMemberCommand): Promise<InvitationView> {
    const { actorId, actorEmail, workspaceId, email, role } = props;
    const { token, tokenHash } = newInvitationToken();
    const { invitation, workspaceName } = await this.unitOfWork.run(actorId, async (manager) => {
      // The row lock serialises invitations to one workspace, so "only the latest link works"
      // holds when the same address is invited twice at once.
      const workspace = await manager.findOneOrFail(WorkspaceEntity, {
        where: { id: workspaceId },
        lock: { mode: 'pessimistic_write' },
      });
      if (await isMemberByEmail(manager, workspaceId, email)) throw new AlreadyMember();
      await manager.delete(InvitationEntity, { workspaceId, email, acceptedAt: IsNull() });
      const saved = await manager.save(
        manager.create(InvitationEntity, {
          workspaceId,
          email,
          role,
          tokenHash,
          invitedBy: actorId,
          expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
          acceptedAt: null,
        }),
      );
      return { invitation: saved, workspaceName: workspace.name };
    });

    const message = invitationMail({
      to: email,
      token,
      workspaceName,
      inviterEmail: actorEmail,
      role,
      expiresAt: invitation.expiresAt,
      publicBaseUrl: this.config.publicBaseUrl,
    });
    try {
      await this.mail.send(message, { jobId: `invitation-${invitation.id}` });
    } catch (error) {
      // An invitation whose mail never left is useless (nobody knows its token): undo it so the
      // caller's retry starts clean. The event backbone's outbox will make this one transaction.
      await this.dataSource.manager.delete(InvitationEntity, { id: invitation.id });
      throw error;
    }
    return invitationViewOf(invitation);
  }
}
