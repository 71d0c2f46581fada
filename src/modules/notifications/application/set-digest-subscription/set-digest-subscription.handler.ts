import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { recordSubscription } from '../../persistence/digest-members.store';
import type { DigestSubscription } from './digest-subscription';
import { SetDigestSubscriptionCommand } from './set-digest-subscription.command';

/**
 * A member subscribes or unsubscribes themself. Their session's address becomes the digest's
 * address for them: identity's events carry none (docs/NOTIFICATIONS.md, "Addresses").
 */
@CommandHandler(SetDigestSubscriptionCommand)
export class SetDigestSubscriptionHandler implements ICommandHandler<SetDigestSubscriptionCommand> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async execute({ props }: SetDigestSubscriptionCommand): Promise<DigestSubscription> {
    const { workspaceId, actorId, actorEmail, actorRole, subscribed } = props;
    await this.unitOfWork.run(actorId, (manager) =>
      recordSubscription(manager, {
        workspaceId,
        userId: actorId,
        email: actorEmail,
        role: actorRole,
        subscribed,
      }),
    );
    return { subscribed };
  }
}
