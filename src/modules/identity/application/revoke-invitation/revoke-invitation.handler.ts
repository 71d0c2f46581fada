import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DataSource, IsNull } from 'typeorm';

import { InvitationNotFound } from '../../domain/identity.errors';
import { InvitationEntity } from '../../persistence/invitation.entity';
import { RevokeInvitationCommand } from './revoke-invitation.command';

/** Deletes a pending invitation, so its token stops working; the mail already sent stays sent. */
@CommandHandler(RevokeInvitationCommand)
export class RevokeInvitationHandler implements ICommandHandler<RevokeInvitationCommand> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ props: { workspaceId, invitationId } }: RevokeInvitationCommand): Promise<void> {
    // Scoped by workspace: another workspace's invitation id is "not found", never revoked.
    const result = await this.dataSource.manager.delete(InvitationEntity, {
      id: invitationId,
      workspaceId,
      acceptedAt: IsNull(),
    });
    if (!result.affected) throw new InvitationNotFound();
  }
}
