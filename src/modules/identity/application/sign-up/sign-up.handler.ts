import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { QueryFailedError } from 'typeorm';

import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { MemberJoinedV1 } from '../../contracts/member-joined.event';
import { UserRegisteredV1 } from '../../contracts/user-registered.event';
import { EmailAlreadyRegistered } from '../../domain/identity.errors';
import { hashPassword } from '../../domain/password-hasher';
import { assertPasswordIsStrong } from '../../domain/password-policy';
import { MembershipEntity } from '../../persistence/membership.entity';
import { UserEntity } from '../../persistence/user.entity';
import { WorkspaceEntity } from '../../persistence/workspace.entity';
import type { SignedIn } from '../signed-in';
import { StartSession } from '../start-session';
import { SignUpCommand } from './sign-up.command';

const UNIQUE_VIOLATION = '23505';

/** Creates the user and their first workspace (as owner) in one transaction, then signs them in. */
@CommandHandler(SignUpCommand)
export class SignUpHandler implements ICommandHandler<SignUpCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly startSession: StartSession,
    private readonly outbox: EventOutbox,
  ) {}

  async execute({ email, password, workspaceName }: SignUpCommand): Promise<SignedIn> {
    assertPasswordIsStrong(password, email);
    const passwordHash = await hashPassword(password);
    const user = await this.unitOfWork
      .run(null, async (manager) => {
        const created = await manager.save(manager.create(UserEntity, { email, passwordHash }));
        const workspace = await manager.save(
          manager.create(WorkspaceEntity, { name: workspaceName, createdBy: created.id }),
        );
        await manager.insert(MembershipEntity, {
          workspaceId: workspace.id,
          userId: created.id,
          role: 'owner',
        });
        await this.outbox.publish(
          manager,
          new UserRegisteredV1(
            { userId: created.id, email: created.email },
            newEventMetadata(workspace.id, created.id),
          ),
          new MemberJoinedV1(
            { userId: created.id, role: 'owner', via: 'workspace-created' },
            newEventMetadata(workspace.id, created.id),
          ),
        );
        return created;
      })
      .catch((error: unknown) => {
        if (
          error instanceof QueryFailedError &&
          (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
        ) {
          throw new EmailAlreadyRegistered();
        }
        throw error;
      });
    return this.startSession.for({ id: user.id, email: user.email });
  }
}
